// Text that scanners read (a scalar's value, a value after variable interpolation) with, for each of its
// characters, the span of source text it came from. Grammars work on the plain string; mentions and problems
// are mapped back through `span` so that their offsets point into the file the user edits.

export class MappedText {
  private constructor(
    readonly text: string,
    /** Source offset of character 0 when the mapping is one-to-one; otherwise unused. */
    private readonly base: number,
    private readonly from?: number[],
    private readonly to?: number[],
    /** Set for coarse text: its characters are somewhere in their span, so no span is a value as written. */
    readonly approximate = false,
    /** Whether source text[start, end) between two characters is only line continuations (see `joinedBy`). */
    private readonly isJoin?: (start: number, end: number) => boolean,
  ) {}

  /** Text copied verbatim from the source starting at `base`. */
  static exact(text: string, base: number): MappedText {
    return new MappedText(text, base);
  }

  /** Text that cannot be mapped character by character (escapes, folded lines): every character maps to
   *  the whole source span, so a mention still lands on the right value even if not on the exact digits. */
  static coarse(text: string, start: number, end: number): MappedText {
    return new MappedText(text, start, new Array<number>(text.length).fill(start), new Array<number>(text.length).fill(end), true);
  }

  /** Built from explicit per-character source spans (used by interpolation). */
  static mapped(text: string, from: number[], to: number[], emptyAt: number, approximate = false): MappedText {
    return new MappedText(text, emptyAt, from, to, approximate);
  }

  /** The same text, where characters written one for one on both sides of a gap that `isJoin` accepts (a
   *  Dockerfile line continuation) still count as written whole, and `span` covers the gap. Kept by `slice`;
   *  a text built anew (interpolation) starts without it, so the scanner sets it on the text it reads last. */
  joinedBy(isJoin: (start: number, end: number) => boolean): MappedText {
    return new MappedText(this.text, this.base, this.from, this.to, this.approximate, isJoin);
  }

  get length(): number {
    return this.text.length;
  }

  /** Source start of character i (i may equal length: the position just after the text). */
  startOf(i: number): number {
    if (!this.from) return this.base + i;
    if (this.from.length === 0) return this.base;
    return i < this.from.length ? this.from[i] : this.to![this.to!.length - 1];
  }

  /** Source end of character i. */
  endOf(i: number): number {
    if (!this.to) return this.base + i + 1;
    if (this.to.length === 0) return this.base;
    return this.to[Math.min(i, this.to.length - 1)];
  }

  /** Source span of text[i, j). An empty span sits where character i would start. */
  span(i: number, j: number): { start: number; end: number } {
    if (j <= i) {
      const at = this.startOf(i);
      return { start: at, end: at };
    }
    return { start: this.startOf(i), end: this.endOf(j - 1) };
  }

  /** Whether text[i, j) can be shown as one source span: written there character for character (across the
   *  gaps `joinedBy` accepts, if set), or taken whole from one place (a variable reference). False when it is
   *  pieced together from separate places (`80${X}`, or digits split by a line continuation when no
   *  `joinedBy` accepts it): then no span is the value as written. */
  isWrittenWhole(i: number, j: number): boolean {
    if (this.approximate) return false;
    if (!this.from || j - i <= 1) return true;
    const to = this.to!;
    let oneForOne = true;
    let shared = true;
    for (let k = i + 1; k < j; k++) {
      const follows = this.from[k] === to[k - 1]
        || (this.isJoin !== undefined && this.from[k] > to[k - 1] && this.isJoin(to[k - 1], this.from[k]));
      if (!follows || to[k] - this.from[k] !== 1) oneForOne = false;
      if (this.from[k] !== this.from[i] || to[k] !== to[i]) shared = false;
      if (!oneForOne && !shared) return false;
    }
    return oneForOne ? to[i] - this.from[i] === 1 : shared;
  }

  slice(i: number, j: number): MappedText {
    const text = this.text.slice(i, j);
    if (!this.from) return new MappedText(text, this.base + i);
    return new MappedText(text, this.startOf(i), this.from.slice(i, j), this.to!.slice(i, j), this.approximate, this.isJoin);
  }
}
