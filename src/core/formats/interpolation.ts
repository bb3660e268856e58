// Variable interpolation as Compose, Dockerfile and .env apply it: `$VAR`, `${VAR}`, `${VAR:-default}`,
// `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}`, `${VAR:?err}`, `${VAR?err}`. A scanner does not know the
// shell's environment, so a variable it cannot resolve becomes the UNKNOWN marker: a part that contains it
// gives no mention (rather than a wrong number) and no problem.
import { MappedText } from './mappedText';

/** Stands for a value the scanner cannot know. A private-use character: no port grammar accepts it. */
export const UNKNOWN = '\uE000';

/** The name of the first variable referenced in a written text (`${WEB_PORT:-80}` → WEB_PORT). */
export function firstVariableName(written: string): string | undefined {
  return /\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(written)?.[1];
}

/** A variable's value: a string when known, null when it is set somewhere the scanner cannot see
 *  (the shell, --build-arg), undefined when it is certainly unset. */
export type Lookup = (name: string) => string | null | undefined;

/** How a literal dollar is written: `$$` in Compose, `\$` in Dockerfiles and .env files. */
export type DollarEscape = '$$' | '\\$';

/** Nested defaults deeper than this are not followed (they do not occur in real files). */
const MAX_DEPTH = 8;

class Builder {
  text = '';
  from: number[] = [];
  to: number[] = [];
  push(chars: string, start: number, end: number): void {
    for (let k = 0; k < chars.length; k++) {
      this.from.push(start);
      this.to.push(end);
    }
    this.text += chars;
  }
  append(part: MappedText): void {
    for (let k = 0; k < part.length; k++) {
      this.from.push(part.startOf(k));
      this.to.push(part.endOf(k));
    }
    this.text += part.text;
  }
}

const isNameStart = (c: string) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_';
const isNameChar = (c: string) => isNameStart(c) || (c >= '0' && c <= '9');

export function interpolate(input: MappedText, lookup: Lookup, escape: DollarEscape): MappedText {
  if (!input.text.includes('$')) return input;
  return expand(input, lookup, escape, 0);
}

function expand(input: MappedText, lookup: Lookup, escape: DollarEscape, depth: number): MappedText {
  const s = input.text;
  const out = new Builder();
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (escape === '\\$' && c === '\\' && s[i + 1] === '$') {
      out.push('$', input.startOf(i), input.endOf(i + 1));
      i += 2;
      continue;
    }
    if (c !== '$') {
      out.push(c, input.startOf(i), input.endOf(i));
      i++;
      continue;
    }
    const next = s[i + 1];
    if (escape === '$$' && next === '$') {
      out.push('$', input.startOf(i), input.endOf(i + 1));
      i += 2;
      continue;
    }
    if (next === '{') {
      const close = matchingBrace(s, i + 2);
      const refStart = input.startOf(i);
      const refEnd = close < 0 ? input.endOf(s.length - 1) : input.endOf(close);
      if (close < 0 || depth >= MAX_DEPTH) {
        // Half-typed `${VAR` or absurd nesting: nothing after it can be trusted.
        out.push(UNKNOWN, refStart, refEnd);
        i = close < 0 ? s.length : close + 1;
        continue;
      }
      braced(input, i + 2, close, lookup, escape, depth, out, refStart, refEnd);
      i = close + 1;
      continue;
    }
    if (next !== undefined && isNameStart(next)) {
      let j = i + 1;
      while (j < s.length && isNameChar(s[j])) j++;
      const value = lookup(s.slice(i + 1, j));
      const refStart = input.startOf(i);
      const refEnd = input.endOf(j - 1);
      if (value === null) out.push(UNKNOWN, refStart, refEnd);
      else if (value !== undefined) out.push(value, refStart, refEnd);
      i = j;
      continue;
    }
    out.push('$', input.startOf(i), input.endOf(i));
    i++;
  }
  return MappedText.mapped(out.text, out.from, out.to, input.startOf(0), input.approximate);
}

/** Index of the `}` closing a `${` whose body starts at `from`, or -1. Nested `${…}` in defaults count. */
function matchingBrace(s: string, from: number): number {
  let depth = 0;
  for (let j = from; j < s.length; j++) {
    if (s[j] === '$' && s[j + 1] === '{') {
      depth++;
      j++;
    } else if (s[j] === '}') {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

function braced(input: MappedText, bodyStart: number, close: number, lookup: Lookup, escape: DollarEscape,
  depth: number, out: Builder, refStart: number, refEnd: number): void {
  const s = input.text;
  let j = bodyStart;
  while (j < close && isNameChar(s[j])) j++;
  const name = s.slice(bodyStart, j);
  if (name === '') {
    out.push(UNKNOWN, refStart, refEnd);
    return;
  }
  const value = lookup(name);
  if (j === close) {
    if (value === null) out.push(UNKNOWN, refStart, refEnd);
    else if (value !== undefined) out.push(value, refStart, refEnd);
    return;
  }
  const colon = s[j] === ':';
  const op = s[colon ? j + 1 : j];
  const wordStart = colon ? j + 2 : j + 1;
  const word = () => expand(input.slice(wordStart, close), lookup, escape, depth + 1);
  // With a colon, an empty value counts as unset.
  const isSet = value !== undefined && value !== null && (!colon || value !== '');
  switch (op) {
    case '-':
    case '=':
      // The default is what runs when the variable is not set, so an unknown variable takes it too.
      if (isSet) out.push(value!, refStart, refEnd);
      else out.append(word());
      return;
    case '+':
      if (value === null) out.push(UNKNOWN, refStart, refEnd);
      else if (isSet) out.append(word());
      return;
    case '?':
      if (isSet) out.push(value!, refStart, refEnd);
      else out.push(UNKNOWN, refStart, refEnd);
      return;
    default:
      out.push(UNKNOWN, refStart, refEnd);
  }
}

/** The interpolated value, with each part that a variable sets and that cannot be read shown as written
 *  (`postgres:${PG_VERSION}`), for text shown or looked up whole, such as an image reference. */
export function unknownAsWritten(value: MappedText, source: string): string {
  const s = value.text;
  if (!s.includes(UNKNOWN)) return s;
  let out = '';
  let lastEnd = -1;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== UNKNOWN) {
      out += s[i];
      continue;
    }
    const { start, end } = value.span(i, i + 1);
    if (end !== lastEnd) out += source.slice(start, end);
    lastEnd = end;
  }
  return out;
}
