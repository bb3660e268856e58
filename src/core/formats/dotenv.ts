// The .env scanner, following Compose's dotenv parser: `KEY=value`, `export KEY=value`, `KEY: value`;
// single quotes keep text literal, double quotes allow escapes and span lines; ` #` starts a comment only in
// unquoted values; `${VAR}` refers to keys defined earlier in the file (or the shell: unknown). One pass.
import type { ScanResult } from '../types';
import { interpolate, UNKNOWN } from './interpolation';
import { MappedText } from './mappedText';
import { readSetting } from './portSettings';
import { ScanCollector } from './scanCollector';

const isKeyChar = (c: string) => /[A-Za-z0-9_.\-]/.test(c);
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isBreak = (c: string | undefined) => c === '\n' || c === '\r';

/** Escapes Compose's dotenv parser expands inside double quotes. */
const DOUBLE_QUOTE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

export function scanDotenv(text: string): ScanResult {
  const out = new ScanCollector();
  const known = new Map<string, string | null>();
  const lookup = (name: string) => (known.has(name) ? known.get(name)! : null);
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let unclosedSingle = Infinity;
  let unclosedDouble = Infinity;

  const skipLine = () => {
    while (i < text.length && !isBreak(text[i])) i++;
    while (i < text.length && isBreak(text[i])) i++;
  };

  while (i < text.length) {
    while (i < text.length && (isBlank(text[i]) || isBreak(text[i]))) i++;
    if (i >= text.length) break;
    if (text[i] === '#') {
      skipLine();
      continue;
    }
    if (text.startsWith('export', i) && isBlank(text[i + 6])) {
      i += 6;
      while (isBlank(text[i])) i++;
    }
    const keyStart = i;
    while (i < text.length && isKeyChar(text[i])) i++;
    const key = text.slice(keyStart, i);
    while (isBlank(text[i])) i++;
    if (key === '' || (text[i] !== '=' && text[i] !== ':')) {
      skipLine();
      continue;
    }
    i++;
    while (isBlank(text[i])) i++;

    let value: MappedText;
    const quote = text[i];
    if (quote === "'" || quote === '"') {
      // Once a quote found no closing one, no later quote of that kind will: do not rescan to the end.
      const read = i > (quote === "'" ? unclosedSingle : unclosedDouble)
        ? unclosedValue(text, i)
        : quote === "'" ? readSingleQuoted(text, i) : readDoubleQuoted(text, i);
      if (read.unclosed) {
        if (quote === "'") unclosedSingle = Math.min(unclosedSingle, i);
        else unclosedDouble = Math.min(unclosedDouble, i);
      }
      value = quote === '"' ? interpolate(read.value, lookup, '\\$') : read.value;
      i = read.next;
    } else {
      const start = i;
      let end = i;
      while (end < text.length && !isBreak(text[end]) && !(text[end] === '#' && isBlank(text[end - 1]))) end++;
      i = end;
      while (end > start && isBlank(text[end - 1])) end--;
      value = interpolate(MappedText.exact(text.slice(start, end), start), lookup, '\\$');
    }
    skipLine();
    known.set(key, value.text.includes(UNKNOWN) ? null : value.text);
    readSetting({ key, context: key }, value, out);
  }
  return out.result();
}

interface QuotedValue { value: MappedText; next: number; unclosed?: boolean }

/** A quote with no closing one (half-typed): the value is the rest of its line. */
function unclosedValue(text: string, open: number): QuotedValue {
  let end = open + 1;
  while (end < text.length && !isBreak(text[end])) end++;
  return { value: MappedText.exact(text.slice(open + 1, end), open + 1), next: end, unclosed: true };
}

function readSingleQuoted(text: string, open: number): QuotedValue {
  const close = text.indexOf("'", open + 1);
  if (close < 0) return unclosedValue(text, open);
  return { value: MappedText.exact(text.slice(open + 1, close), open + 1), next: close + 1 };
}

function readDoubleQuoted(text: string, open: number): QuotedValue {
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
