// Edits that break a config file the way typing, pasting and bad tools do. A mutation is plain data (where,
// what), applied to a seed text by `applyMutations`: fast-check can shrink it, and a failure prints readably.
import fc from 'fast-check';

export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'cutLine'; line: number; column: number }
  | { kind: 'dropLines'; line: number; count: number }
  | { kind: 'duplicateLine'; line: number; times: number }
  | { kind: 'crlf' }
  | { kind: 'bom' }
  | { kind: 'tabs' }
  | { kind: 'longDigits'; at: number; digits: string; times: number }
  | { kind: 'deepNest'; line: number; opener: string; depth: number; closed: boolean }
  | { kind: 'replaceNumber'; which: number; with: string };

/** The characters port syntax is made of: most inserts should land in the grammar, not beside it. */
const portAlphabet = [...'0123456789:-/.[]{}"\'$#;=,\n \t\\*&!|>?+@%'];
const portAlphabetChar = fc.constantFrom(...portAlphabet);

/** `${` soup: interpolation fragments in every state of completion. */
const dollarPiece = fc.constantFrom('${', '}', '$', '$$', ':-', '-', ':?', '?', ':+', '+', '{', 'PORT', '8080', ':', '"', '${PORT:-', '${A:-${B:-', '\\$');

/** Bytes a binary file or a bad encoding would bring, as the UTF-16 a decoder might hand over. */
const binaryChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0xff }),
  fc.constantFrom(0xfffd, 0xfffe, 0xffff, 0xfeff, 0x2028, 0x2029, 0x85, 0xd800, 0xdbff, 0xdc00, 0xdfff),
).map((code) => String.fromCharCode(code));

const at = fc.nat({ max: 1 << 20 });

/** Kept shallow on purpose (with duplicateLine ≤ 20): deeper YAML nesting (≈1,000 levels) aborted the
 *  whole process in `yaml` (see deepNestingChild.ts), so it is tried in a child process, not in here. */
const maxNestDepth = 20;

const insertText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: portAlphabetChar, minLength: 1, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
  { weight: 2, arbitrary: fc.array(binaryChar, { minLength: 1, maxLength: 8 }).map((chars) => chars.join('')) },
  { weight: 3, arbitrary: fc.array(dollarPiece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('\r', '\r\n', '\t', '\uFEFF', '\u00a0', '\u3000', 'é', '𝟘𝟠𝟠𝟘', '٨٠٨٠', '８０８０', '🚀') },
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: insertText }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap' as const), at, other: at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cutLine' as const), line: at, column: at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropLines' as const), line: at, count: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateLine' as const), line: at, times: fc.integer({ min: 1, max: 20 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'crlf' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'tabs' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('longDigits' as const), at,
    digits: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 4 }), times: fc.integer({ min: 250, max: 5000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deepNest' as const), line: at,
    opener: fc.constantFrom('[', '{', '{a: ', '- ', '? ', '[{', '- [', 'a:\n  '), depth: fc.integer({ min: 2, max: maxNestDepth }), closed: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replaceNumber' as const), which: at,
    with: fc.constantFrom('0', '1', '65535', '65536', '99999', '-1', '1e3', '0x50', '080', '+80', '', '1.5', '9'.repeat(400), '80-', '-80', '90-80', '٨٠') }) },
);

/** A seed text and the edits made to it. */
export interface MutatedCase {
  seed: string;
  mutations: Mutation[];
}

export function mutatedCase(seedNames: readonly string[]): fc.Arbitrary<MutatedCase> {
  return fc.record({ seed: fc.constantFrom(...seedNames), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }) });
}

const clamp = (value: number, length: number) => (length === 0 ? 0 : value % (length + 1));

function mapLine(text: string, line: number, edit: (lines: string[], index: number) => void): string {
  const lines = text.split('\n');
  edit(lines, line % lines.length);
  return lines.join('\n');
}

function closerOf(opener: string): string {
  return opener.replace(/[^[{]/g, '').split('').reverse().map((c) => (c === '[' ? ']' : '}')).join('');
}

export function applyMutation(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'insert': {
      const i = clamp(m.at, text.length);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'delete': {
      const i = clamp(m.at, text.length);
      return text.slice(0, i) + text.slice(i + m.length);
    }
    case 'swap': {
      if (text.length < 2) return text;
      const [a, b] = [m.at % text.length, m.other % text.length].sort((x, y) => x - y);
      return a === b ? text : text.slice(0, a) + text[b] + text.slice(a + 1, b) + text[a] + text.slice(b + 1);
    }
    case 'cutLine':
      return mapLine(text, m.line, (lines, i) => {
        lines[i] = lines[i].slice(0, clamp(m.column, lines[i].length));
      });
    case 'dropLines':
      return mapLine(text, m.line, (lines, i) => {
        lines.splice(i, m.count);
      });
    case 'duplicateLine':
      return mapLine(text, m.line, (lines, i) => {
        lines.splice(i, 0, ...Array<string>(m.times).fill(lines[i]));
      });
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'bom':
      return '\uFEFF' + text;
    case 'tabs':
      return text.replace(/^( {2})+/gm, (indent) => '\t'.repeat(indent.length / 2));
    case 'longDigits': {
      const i = clamp(m.at, text.length);
      return text.slice(0, i) + m.digits.repeat(m.times) + text.slice(i);
    }
    case 'deepNest':
      return mapLine(text, m.line, (lines, i) => {
        const nest = m.opener.repeat(m.depth) + '8080:80' + (m.closed ? closerOf(m.opener).repeat(m.depth) : '');
        lines.splice(i, 0, nest);
      });
    case 'replaceNumber': {
      let seen = 0;
      let count = 0;
      text.replace(/\d+/g, () => String(count++));
      if (count === 0) return text;
      const target = m.which % count;
      return text.replace(/\d+/g, (digits) => (seen++ === target ? m.with : digits));
    }
  }
}

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, text);
}
