// The .env scanner, following Compose's dotenv parser: `KEY=value`, `export KEY=value`, `KEY: value`;
// single quotes keep text literal, double quotes allow escapes and span lines; ` #` starts a comment only in
// unquoted values; `${VAR}` refers to keys defined earlier in the file (or the shell: unknown). One pass.
import type { ScanResult } from '../types';
import { interpolate, UNKNOWN } from './interpolation';
import { MappedText } from './mappedText';
import { readSetting, type SettingPlace } from './portSettings';
import { ScanCollector } from './scanCollector';
import { BACKSLASH, COLON, CR, DOUBLE_QUOTE, EQUALS, HASH, LF, OPEN_BRACE, SINGLE_QUOTE, SPACE, TAB } from './charCodes';


/** [A-Za-z0-9_.-], as a table by character code: the test runs on every character of every key. */
const KEY_CODES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  KEY_CODES[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x2d ? 1 : 0;
}
const isKeyCode = (c: number) => c < 128 && KEY_CODES[c] === 1;
const LOWER_E = 0x65;
const isBlank = (c: number) => c === SPACE || c === TAB;
const isBreak = (c: number) => c === LF || c === CR;

/** Escapes Compose's dotenv parser expands inside double quotes. */
const DOUBLE_QUOTE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

export function scanDotenv(text: string): ScanResult {
  const out = new ScanCollector();
  // Remembering every key of a large file costs more than reading it; only the names that some `$` in the
  // file could refer to are ever looked up.
  const referenced = referencedNames(text);
  // One place for every entry, its fields set per entry: this runs for every line of a large file, and readSetting
  // keeps no reference to it (a mention copies its context).
  const place: SettingPlace = { key: '', context: '' };
  readEntries(text, referenced.size === 0 ? rememberNone : (key) => referenced.has(key), (key, value) => {
    place.key = key;
    place.context = key;
    readSetting(place, value, out);
  });
  return out.result();
}

/**
 * The variables a `.env` file sets, as Compose reads the one beside a compose file to interpolate it: every
 * key, its value unquoted, unescaped and interpolated from the keys above it. A value that refers to a
 * variable the file does not set (the shell's) is left out, since it cannot be known here.
 */
export function dotenvVariables(text: string): ReadonlyMap<string, string> {
  const variables = new Map<string, string>();
  readEntries(typeof text === 'string' ? text : '', () => true, (key, value) => {
    if (value.text.includes(UNKNOWN)) variables.delete(key);
    else variables.set(key, value.text);
  });
  return variables;
}

const rememberNone = () => false;

/** Calls `onEntry` for every `KEY=value` in order; `remember(key)` says whether later values may refer to it. */
function readEntries(text: string, remember: (key: string) => boolean, onEntry: (key: string, value: MappedText) => void): void {
  const known = new Map<string, string | null>();
  const lookup = (name: string) => (known.has(name) ? known.get(name)! : null);
  const n = text.length;
  // charCodeAt past the end is NaN, which no test below accepts: the loops need no extra bounds checks.
  const at = (k: number) => text.charCodeAt(k);
  let i = at(0) === 0xfeff ? 1 : 0;
  let unclosedSingle = Infinity;
  let unclosedDouble = Infinity;
  const nextLf = new NextIndex(text, '\n');
  const nextCr = new NextIndex(text, '\r');
  const nextHash = new NextIndex(text, '#');
  const lineEnd = (from: number) => Math.min(nextLf.from(from), nextCr.from(from));

  const skipLine = () => {
    i = lineEnd(i);
    while (i < n && isBreak(at(i))) i++;
  };

  while (i < n) {
    while (i < n && (isBlank(at(i)) || isBreak(at(i)))) i++;
    if (i >= n) break;
    if (at(i) === HASH) {
      skipLine();
      continue;
    }
    if (at(i) === LOWER_E && text.startsWith('export', i) && isBlank(at(i + 6))) {
      i += 6;
      while (isBlank(at(i))) i++;
    }
    const keyStart = i;
    while (i < n && isKeyCode(at(i))) i++;
    const keyEnd = i;
    while (isBlank(at(i))) i++;
    if (keyEnd === keyStart || (at(i) !== EQUALS && at(i) !== COLON)) {
      skipLine();
      continue;
    }
    const key = text.slice(keyStart, keyEnd);
    i++;
    while (isBlank(at(i))) i++;

    let value: MappedText;
    const quote = at(i);
    if (quote === SINGLE_QUOTE || quote === DOUBLE_QUOTE) {
      // Once a quote found no closing one, no later quote of that kind will: do not rescan to the end.
      const read = i > (quote === SINGLE_QUOTE ? unclosedSingle : unclosedDouble)
        ? unclosedValue(text, i)
        : quote === SINGLE_QUOTE ? readSingleQuoted(text, i) : readDoubleQuoted(text, i);
      if (read.unclosed) {
        if (quote === SINGLE_QUOTE) unclosedSingle = Math.min(unclosedSingle, i);
        else unclosedDouble = Math.min(unclosedDouble, i);
      }
      value = quote === DOUBLE_QUOTE ? interpolate(read.value, lookup, '\\$') : read.value;
      i = read.next;
    } else {
      // The value ends at the line end or at the first ` #` before it.
      const start = i;
      let end = lineEnd(start);
      let hash = nextHash.from(start);
      while (hash < end && !isBlank(at(hash - 1))) hash = nextHash.from(hash + 1);
      if (hash < end) end = hash;
      i = end;
      while (end > start && isBlank(at(end - 1))) end--;
      value = interpolate(MappedText.exact(text.slice(start, end), start), lookup, '\\$');
    }
    skipLine();
    if (remember(key)) known.set(key, value.text.includes(UNKNOWN) ? null : value.text);
    onEntry(key, value);
  }
}

/** Every name written right after `$` or `${`: a superset of the names interpolation can look up, since
 *  those are always source characters following a `$` (escapes never produce `$` or name characters). */
function referencedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (let dollar = text.indexOf('$'); dollar >= 0; dollar = text.indexOf('$', dollar + 1)) {
    const start = text.charCodeAt(dollar + 1) === OPEN_BRACE ? dollar + 2 : dollar + 1;
    let end = start;
    while (isNameCode(text.charCodeAt(end))) end++;
    if (end > start) names.add(text.slice(start, end));
  }
  return names;
}

/** [A-Za-z0-9_]: the characters of a variable name. */
function isNameCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** Where a character next occurs, found by the native indexOf and remembered: the scanner asks from
 *  positions that only move forward, so the whole file is searched once per character. */
class NextIndex {
  private searchedFrom = Infinity;
  /** The first occurrence at or after `searchedFrom`, or the text length when there is none. */
  private found = 0;

  constructor(private readonly text: string, private readonly char: string) {}

  from(i: number): number {
    if (i < this.searchedFrom || this.found < i) {
      const k = this.text.indexOf(this.char, i);
      this.found = k < 0 ? this.text.length : k;
      this.searchedFrom = i;
    }
    return this.found;
  }
}

interface QuotedValue { value: MappedText; next: number; unclosed?: boolean }

/** A quote with no closing one (half-typed): the value is the rest of its line. */
function unclosedValue(text: string, open: number): QuotedValue {
  let end = open + 1;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  return { value: MappedText.exact(text.slice(open + 1, end), open + 1), next: end, unclosed: true };
}

function readSingleQuoted(text: string, open: number): QuotedValue {
  const close = text.indexOf("'", open + 1);
  if (close < 0) return unclosedValue(text, open);
  return { value: MappedText.exact(text.slice(open + 1, close), open + 1), next: close + 1 };
}

function readDoubleQuoted(text: string, open: number): QuotedValue {
  // Most values hold no backslash: their text is the source itself, one character for one, which `exact`
  // maps by arithmetic. Two arrays of one offset per character cost far more than reading the value: past
  // about 16,000 elements V8 moves each array into its large-object space, where every push costs ~13× more.
  let close = open + 1;
  while (close < text.length && text.charCodeAt(close) !== DOUBLE_QUOTE && text.charCodeAt(close) !== BACKSLASH) close++;
  if (close < text.length && text.charCodeAt(close) === DOUBLE_QUOTE) {
    return { value: MappedText.exact(text.slice(open + 1, close), open + 1), next: close + 1 };
  }
  let chars = '';
  const from: number[] = [];
  const to: number[] = [];
  let k = open + 1;
  for (; k < text.length && text[k] !== '"'; k++) {
    if (text[k] === '\\' && k + 1 < text.length && (text[k + 1] in DOUBLE_QUOTE_ESCAPES)) {
      chars += DOUBLE_QUOTE_ESCAPES[text[k + 1]];
      from.push(k);
      to.push(k + 2);
      k++;
      continue;
    }
    chars += text[k];
    from.push(k);
    to.push(k + 1);
  }
  // Unclosed: keep what is on the opening line only, so one stray quote does not swallow the file.
  if (k >= text.length) return unclosedValue(text, open);
  return { value: MappedText.mapped(chars, from, to, open + 1), next: k + 1 };
}
