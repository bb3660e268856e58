// Offsets to 1-based line numbers, for messages that point at another place in the file.
import { lastIndexAtOrBelow } from '../lineStarts';

/** Builds the line index once; each lookup is a binary search. */
export function lineNumberLookup(text: string): (offset: number) => number {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  }
  return (offset) => lastIndexAtOrBelow(lineStarts, offset) + 1;
}
