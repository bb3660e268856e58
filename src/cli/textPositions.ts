// Offsets (UTF-16, as the core reports them) to the 1-based line and column that terminals, SARIF and GitHub
// show. Lines end at \r\n, \n or \r, as in VS Code, so a position here is the editor's position plus one.
import { lastIndexAtOrBelow, lineStartsOf } from '../core';

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (SARIF's default `columnKind`, and VS Code's character + 1). */
  column: number;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly lineStarts: Uint32Array;

  constructor(private readonly text: string) {
    this.lineStarts = lineStartsOf(text);
  }

  positionAt(offset: number): TextPosition {
    const clamped = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, this.text.length));
    const line = lastIndexAtOrBelow(this.lineStarts, clamped);
    return { line: line + 1, column: clamped - this.lineStarts[line] + 1 };
  }
}
