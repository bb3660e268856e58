// The text of an instruction's arguments as BuildKit joins continued lines (moby/buildkit's Dockerfile parser):
// lines end at \n only (trailing \r dropped); a line that ends with the escape character, then optional spaces
// or tabs, continues on the next line, which is appended as written, its indentation included; inside a
// continuation, blank lines and comment lines are dropped. Every character kept maps to the one source
// character it came from, so a port split by a continuation is pieced together from separate places (whole
// only through `MappedText.joinedBy(isContinuation)`) and one that is not maps to exactly its digits.
import { MappedText } from './mappedText';

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v';

/** text[start, end) with line continuations, and the blank and comment lines inside them, removed. Other
 *  escapes stay as written (`\$` is read later by interpolation). */
export function continuedText(text: string, start: number, end: number, escapeChar: string): MappedText {
  const raw = text.slice(start, end);
  // Almost every argument sits on one line.
  if (!raw.includes('\n') && !raw.endsWith(escapeChar)) return MappedText.exact(raw, start);
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  const keep = (i: number) => {
    out += text[i];
    from.push(i);
    to.push(i + 1);
  };
  let atContinuedLine = false;
  let i = start;
  while (i < end) {
    if (atContinuedLine) {
      let k = i;
      while (k < end && isSpace(text[k])) k++;
      if (k < end && text[k] === '#') {
        const nl = text.indexOf('\n', k);
        i = nl < 0 || nl >= end ? end : nl + 1;
        continue;
      }
      if (k >= end || text[k] === '\n') {
        i = k + 1;
        continue;
      }
      atContinuedLine = false;
    }
    if (text[i] === escapeChar) {
      let j = i + 1;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      while (j < end && text[j] === '\r') j++;
      if (j >= end) break; // a trailing escape continues onto nothing
      if (text[j] === '\n') {
        atContinuedLine = true;
        i = j + 1;
        continue;
      }
      // An escaped character: both stay as written.
      keep(i);
      keep(i + 1);
      i += 2;
      continue;
    }
    keep(i);
    i++;
  }
  return MappedText.mapped(out, from, to, start);
}

/** Whether text[start, end) is only what `continuedText` drops between two characters it keeps: one or more
 *  line continuations, each followed by the blank and comment lines it skips. */
export function isContinuation(text: string, start: number, end: number, escapeChar: string): boolean {
  if (start >= end) return false;
  let i = start;
  while (i < end) {
    if (text[i] !== escapeChar) return false;
    i++;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    while (i < end && text[i] === '\r') i++;
    if (i >= end || text[i] !== '\n') return false;
    i++;
    for (;;) {
      let k = i;
      while (k < end && isSpace(text[k])) k++;
      if (k < end && text[k] === '#') {
        while (k < end && text[k] !== '\n') k++;
        if (k >= end) return false;
      } else if (k >= end || text[k] !== '\n') {
        break;
      }
      i = k + 1;
    }
  }
  return true;
}
