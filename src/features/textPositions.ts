// Offsets (UTF-16 code units, as the core reports them) to editor positions for files that are not open:
// the line starts of a text, found once, then a binary search per offset.
import * as vscode from 'vscode';

/** The offset at which each line starts; lines end at \r\n, \n or \r, as the editor splits them. */
export function lineStartsOf(text: string): Uint32Array {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (code === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return Uint32Array.from(starts);
}

export function positionIn(lineStarts: Uint32Array, offset: number): vscode.Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return new vscode.Position(low, Math.max(0, offset - lineStarts[low]));
}
