// Word and suffix tests that a case-insensitive pattern used to make, written out. A fresh process compiles every
// pattern it runs, and one it runs twice again to machine code: the first check of a compose file ran about thirty
// of ours, and compiling them cost about as much as a tenth of that check (docs/benchmarks.md, "core cold start").
// These answer exactly as the patterns did: a pattern's case-insensitive match without the u flag pairs an ASCII
// letter only with its other case (ECMAScript's Canonicalize maps no other character onto an ASCII letter), and
// \w is [A-Za-z0-9_].

/** Whether `c` is a character of \w. */
export function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** Whether `text` holds `ascii` at `at`, letters in either case (`ascii` is ASCII). */
export function asciiCaseAt(text: string, at: number, ascii: string): boolean {
  if (at < 0 || at + ascii.length > text.length) return false;
  for (let i = 0; i < ascii.length; i++) {
    const c = text.charCodeAt(at + i);
    const w = ascii.charCodeAt(i);
    if (c === w) continue;
    const lower = w | 0x20;
    if (lower < 0x61 || lower > 0x7a || (c | 0x20) !== lower) return false;
  }
  return true;
}

/** The first of `words` in `text` as /\b(word|word…)\b/i finds it: the leftmost place where one of them (in the
 *  order given) stands between word boundaries; the text as written there. Each word starts and ends with a \w
 *  character. */
export function firstWord(text: string, words: readonly string[]): { start: number; text: string } | undefined {
  for (let start = 0; start < text.length; start++) {
    if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
    for (const word of words) {
      const end = start + word.length;
      if (asciiCaseAt(text, start, word) && (end === text.length || !isWordChar(text.charCodeAt(end)))) {
        return { start, text: text.slice(start, end) };
      }
    }
  }
  return undefined;
}

/** `localhost`, `127.0.0.1`, `0.0.0.0` or `[::1]` (any case) right before `:` at the end of `text`: where the host
 *  begins, or -1. */
export function localHostBeforeColon(text: string): number {
  if (!text.endsWith(':')) return -1;
  for (const host of LOCAL_HOSTS) {
    const start = text.length - 1 - host.length;
    if (asciiCaseAt(text, start, host)) return start;
  }
  return -1;
}

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '0.0.0.0', '[::1]'];

/** Whether `text` is `ascii`, letters in either case. */
export function asciiCaseEquals(text: string, ascii: string): boolean {
  return text.length === ascii.length && asciiCaseAt(text, 0, ascii);
}

/** Whether one of the `_`-separated parts of `name` is one of `words`, letters in either case: what
 *  /(?:^|_)(?:WORD|WORD…)(?:_|$)/i says of it (the words hold no `_`). */
export function namesWord(name: string, words: readonly string[]): boolean {
  return name.split('_').some((part) => words.some((word) => asciiCaseEquals(part, word)));
}
