// Offsets (UTF-16 code units, as the core reports them) to editor positions for files that are not open:
// the line starts of a text, found once (the core's lineStartsOf), then a binary search per offset.
import * as vscode from 'vscode';
import { lastIndexAtOrBelow } from '../core';

export function positionIn(lineStarts: Uint32Array, offset: number): vscode.Position {
  const line = lastIndexAtOrBelow(lineStarts, offset);
  return new vscode.Position(line, Math.max(0, offset - lineStarts[line]));
}
