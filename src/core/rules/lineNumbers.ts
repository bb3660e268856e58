// Offsets to 1-based line numbers, for messages that point at another place in the file.
import { lastIndexAtOrBelow } from '../lineStarts';

/** Builds the line index on the first lookup (most checks never write a message that needs one, and indexing a
 *  100,000-line file is a tenth of its check); each lookup is then a binary search. */
export function lineNumberLookup(text: string): (offset: number) => number {
  let lineStarts: number[] | undefined;
  return (offset) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
    }
    return lastIndexAtOrBelow(lineStarts, offset) + 1;
  };
}
