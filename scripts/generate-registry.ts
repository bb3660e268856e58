// Generates src/core/registry/generated/ianaPorts.data, the IANA part of the port registry, from IANA's own
// registry file, service-names-port-numbers.xml (see data/iana/README.md for where it comes from).
//
//   npm run registry:update                  the repository's copy, data/iana/
//   npm run registry:update -- <file.xml>    another copy of the same file
//   ... -- --out <file>                      write somewhere else (tests, dry runs)
//
// The output depends only on the file's bytes: the same file gives the same data file, byte for byte.
// The XML is read with `sax` (a dev dependency; see README.md, Data sources).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import * as sax from 'sax';
import { IANA_DATA_FORMAT, type IanaDataHeader } from '../src/core/registry/ianaIndex';
import { escapeIanaText } from '../src/core/registry/ianaText';

export const GENERATED_FILE = 'src/core/registry/generated/ianaPorts.data';

/** The repository's copy of IANA's file (CC0), relative to the repository's root. */
export const IANA_XML = join('data', 'iana', 'service-names-port-numbers.xml');

/** `''`: a record that names no protocol (active-net 3322–3325); its rows carry an empty mask. */
const PROTOCOL_BITS: Record<string, number> = { '': 0, tcp: 1, udp: 2, sctp: 4, dccp: 8 };

/** A document a record cites, as the hover and the lookup show it. */
export interface Reference {
  label: string;
  url: string;
}

/** One `<record>` of the XML, as written (texts with their white space collapsed). */
export interface XmlRecord {
  name: string;
  protocol: string;
  description: string;
  /** `80`, `6000-6063`, or '' for a service name without a port. */
  number: string;
  /** The record's own `<xref>` elements, in order (not those inside its notes or its assignee). */
  xrefs: { type: string; data: string; text: string }[];
}

export interface XmlRegistry {
  /** The registry's `<updated>` date. */
  updated: string;
  records: XmlRecord[];
}

/** One registry line as the source states it: one port (or range), one protocol. */
export interface SourceRow {
  port: number;
  endPort: number;
  protocol: string;
  name: string;
  description: string;
  references: Reference[];
}

/** One generated row: the same name, description and references on several protocols become one row. */
export interface IanaRow {
  port: number;
  endPort: number;
  /** Bit mask: 1 tcp, 2 udp, 4 sctp, 8 dccp; 0 when the record names none. */
  protocols: number;
  name: string;
  description: string;
  references: Reference[];
}

export interface SourceInfo {
  /** The file's name (not its path, so that every copy gives the same bytes). */
  source: string;
  /** The registry's `<updated>` date. */
  updated: string;
  sha256: string;
  /** How many `<record>` elements the file holds. */
  records: number;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Reads IANA's registry XML: the `<updated>` date and every `<record>` directly under `<registry>`. Throws on
 * malformed XML or on a file that is not this registry.
 */
export function readIanaXml(text: string): XmlRegistry {
  const parser = sax.parser(true, { trim: false, normalize: false });
  const stack: string[] = [];
  const registry: XmlRegistry = { updated: '', records: [] };
  let record: XmlRecord | undefined;
  /** The record's child whose text is being collected, with the text so far (nested elements' text too). */
  let child: { tag: string; attributes: Record<string, string>; text: string } | undefined;
  let updatedText: string | undefined;
  let isRegistry = false;
  parser.onerror = (error) => {
    throw new Error(`not well-formed XML (line ${parser.line + 1}): ${error.message.split('\n')[0]}`);
  };
  parser.onopentag = (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (stack.length === 0) isRegistry = tag.name === 'registry' && attributes.id === 'service-names-port-numbers';
    else if (stack.length === 1 && tag.name === 'record') record = { name: '', protocol: '', description: '', number: '', xrefs: [] };
    else if (stack.length === 1 && tag.name === 'updated') updatedText = '';
    else if (stack.length === 2 && record) child = { tag: tag.name, attributes, text: '' };
    stack.push(tag.name);
  };
  parser.ontext = parser.oncdata = (chunk) => {
    if (child) child.text += chunk;
    else if (updatedText !== undefined) updatedText += chunk;
  };
  parser.onclosetag = () => {
    stack.pop();
    if (stack.length === 2 && child && record) {
      const text = clean(child.text);
      if (child.tag === 'name') record.name = text;
      else if (child.tag === 'protocol') record.protocol = text.toLowerCase();
      else if (child.tag === 'description') record.description = text;
      else if (child.tag === 'number') record.number = text;
      else if (child.tag === 'xref') record.xrefs.push({ type: child.attributes.type ?? '', data: child.attributes.data ?? '', text });
      child = undefined;
    } else if (stack.length === 1 && record) {
      registry.records.push(record);
      record = undefined;
    } else if (stack.length === 1 && updatedText !== undefined) {
      registry.updated = clean(updatedText);
      updatedText = undefined;
    }
  };
  parser.write(text).close();
  if (!isRegistry) throw new Error('not IANA\'s service-names-port-numbers registry (no <registry id="service-names-port-numbers">)');
  return registry;
}

/**
 * What a record cites that a reader can open: RFCs (at the RFC Editor), Internet-Drafts (at the IETF
 * datatracker) and web pages. People (`type="person"`, contacts), free text and footnote marks are no links.
 */
export function referencesOf(xrefs: XmlRecord['xrefs']): Reference[] {
  const references: Reference[] = [];
  for (const { type, data, text } of xrefs) {
    let reference: Reference | undefined;
    const rfc = /^rfc(\d+)$/i.exec(data);
    if (type === 'rfc' && rfc) {
      const number = String(Number(rfc[1]));
      reference = { label: `RFC ${number}`, url: `https://www.rfc-editor.org/rfc/rfc${number}` };
    } else if (type === 'draft' && /^(draft|RFC)-[A-Za-z0-9.-]+$/.test(data)) {
      // IANA writes a draft approved as an RFC but not yet numbered `RFC-ietf-…`: its draft is `draft-ietf-…`.
      reference = { label: data, url: `https://datatracker.ietf.org/doc/${data.replace(/^RFC-/, 'draft-')}` };
    } else if (type === 'uri' && /^https?:\/\/[^\s"'<>\\^|~]+$/.test(data)) {
      // The label is stored as written but for the characters the generated rows use as separators.
      reference = { label: (text || data).replace(/"/g, "'").replace(/[\\|~^]/g, '/'), url: data };
    }
    if (reference && !references.some((r) => r.url === reference!.url)) references.push(reference);
  }
  return references;
}

/**
 * IANA lists the free and withdrawn numbers too. A record without a name is a service only when its
 * description names one (port 24, "any private mail system"); a record, named or not, whose description
 * says it was withdrawn (sua 14001/udp, "De-Registered") is none.
 */
export function isPlaceholder(name: string, description: string): boolean {
  const withdrawn = /^\(?(de-?assigned|de-?registered|de-?commissioned|decomissioned|removed|deprecated)\b/i;
  if (withdrawn.test(description)) return true;
  return name === '' && (description === '' || /^\(?(unassigned|reserved)\b/i.test(description));
}

/** The rows of every record that holds a port (or a range) and a service. */
export function rowsFromXml(registry: XmlRegistry): SourceRow[] {
  const rows: SourceRow[] = [];
  for (const record of registry.records) {
    const ports = /^(\d+)(?:-(\d+))?$/.exec(record.number);
    if (!ports || !(record.protocol in PROTOCOL_BITS)) continue; // service names without a port
    const port = Number(ports[1]);
    const endPort = ports[2] === undefined ? port : Number(ports[2]);
    if (port > 65535 || endPort > 65535 || endPort < port) continue;
    if (isPlaceholder(record.name, record.description)) continue;
    rows.push({ port, endPort, protocol: record.protocol, name: record.name, description: record.description, references: referencesOf(record.xrefs) });
  }
  return rows;
}

function referencesKey(references: Reference[]): string {
  return references.map((r) => `${r.label}\n${r.url}`).join('\n');
}

/** Merges the protocols of identical rows and orders rows by port, keeping the source's order of names. */
export function mergeRows(sourceRows: SourceRow[]): IanaRow[] {
  const byKey = new Map<string, IanaRow>();
  for (const row of sourceRows) {
    const key = `${row.port}-${row.endPort}\t${row.name}\t${row.description}\t${referencesKey(row.references)}`;
    const existing = byKey.get(key);
    if (existing) existing.protocols |= PROTOCOL_BITS[row.protocol];
    else byKey.set(key, { port: row.port, endPort: row.endPort, protocols: PROTOCOL_BITS[row.protocol], name: row.name, description: row.description, references: row.references });
  }
  // Array.prototype.sort is stable, so names of one port keep the source's order.
  return [...byKey.values()].sort((a, b) => a.port - b.port || a.endPort - b.endPort);
}

/** Kept out of every text (IANA never uses it): search joins the names and the descriptions with it
 *  (src/core/registry/ianaIndex.ts). */
export const ROW_SEPARATOR = '|';

/** The text of one field: `|` (should IANA ever use it) becomes a broken bar. */
function field(text: string): string {
  return text.replace(/\|/g, '\u00a6');
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
    const key = `${row.port}-${row.endPort}\t${row.name}\t${description}\t${referencesKey(row.references)}`;
    const existing = byKey.get(key);
    if (existing) existing.protocols |= row.protocols;
    else byKey.set(key, { ...row, description });
  }
  return [...byKey.values()];
}

// ---- The rows as text. The file ships deflated in the .vsix (and in the command line's npm package), so what
// counts is how well deflate packs it: names and descriptions are stored as written (an earlier word code made the
// text a third shorter but left deflate nothing to find: the same 91 KB deflated), and each row's port is the step
// from the row before, which is mostly 1 or nothing, where an absolute port is new digits on every line (13 KB of
// the deflated file). Every CHECKPOINT_EVERY-th row gives its port in full, so that a lookup still finds its port by
// binary search on the text (ianaIndex.ts).

/** Separates a row's port, name and description. */
export const FIELD_SEPARATOR = '~';

/** Separates a row's references (after a third FIELD_SEPARATOR). */
export const REFERENCE_SEPARATOR = '^';

/** Opens the port of a row that gives it in full (a checkpoint). */
export const CHECKPOINT = '=';

/** One row in this many gives its port in full: a lookup reads at most this many rows past the binary search. */
export const CHECKPOINT_EVERY = 64;

/**
 * A reference as a row stores it, which ianaReferences.ts reads back: an RFC as its number, a draft as its
 * name, a web page as its URL and, when IANA gives one, a label after a space.
 */
export function referenceCode(reference: Reference): string {
  const rfc = /^RFC (\d+)$/.exec(reference.label);
  if (rfc && reference.url === `https://www.rfc-editor.org/rfc/rfc${rfc[1]}`) return rfc[1];
  if (/^(draft|RFC)-/.test(reference.label) && reference.url === `https://datatracker.ietf.org/doc/${reference.label.replace(/^RFC-/, 'draft-')}`) {
    return reference.label;
  }
  return reference.label === reference.url ? reference.url : `${reference.url} ${reference.label}`;
}

/**
 * The whole data file (src/core/registry/ianaIndex.ts reads it: readIanaData). Pure: the same rows and source give
 * the same text. A line of JSON, the header: the source file, the row count, the ranged rows' ports; a line for
 * each ranged row, `hex protocol mask~name~description[~references]`; then a line for each single-port row, sorted
 * by port, `port~name~description[~references]`, the port in base 36 with `.` and a hex protocol mask after it
 * unless the mask is 3 (tcp+udp). A row's port is the step from the row before (nothing for the same port), and
 * every `checkpointEvery`-th row's, from the first, is `=` and the port itself. It is shipped beside the bundle, not
 * in it: see src/core/dataFiles.ts.
 */
export function renderRegistryData(sourceRows: IanaRow[], info: SourceInfo, checkpointEvery = CHECKPOINT_EVERY): string {
  const rows = withoutRepeatedDescriptions(sourceRows);
  // IANA uses neither; a `~` would end a field early.
  const plain = (text: string) => field(text).replace(/~/g, '-');
  const texts = rows.map((r) => ({ name: plain(r.name), description: plain(r.description) }));
  const singleAt = rows.flatMap((r, i) => (r.endPort === r.port ? [i] : []));
  const rangedAt = rows.flatMap((r, i) => (r.endPort !== r.port ? [i] : []));
  const withReferences = (fields: string[], references: Reference[]) =>
    (references.length > 0 ? [...fields, references.map(referenceCode).join(REFERENCE_SEPARATOR)] : fields).join(FIELD_SEPARATOR);
  let previous = 0;
  const lines = singleAt.map((i, n) => {
    const { port, protocols, references } = rows[i];
    if (port < previous) throw new Error(`the rows are not sorted by port: ${port} after ${previous}`);
    const step = n % checkpointEvery === 0 ? CHECKPOINT + port.toString(36) : port === previous ? '' : (port - previous).toString(36);
    previous = port;
    const key = step + (protocols === 3 ? '' : '.' + protocols.toString(16));
    return withReferences([key, texts[i].name, texts[i].description], references);
  });
  const rangedLines = rangedAt.map((i) => {
    const { protocols, references } = rows[i];
    return withReferences([protocols.toString(16), texts[i].name, texts[i].description], references);
  });
  for (const line of [...lines, ...rangedLines]) {
    if (/[\r\n]/.test(line)) throw new Error(`a line break inside a row: ${JSON.stringify(line)}`);
  }
  // The file stays ASCII, which a reader decodes far faster than UTF-8 (src/core/registry/ianaText.ts).
  const rowsText = lines.map((line) => '\n' + escapeIanaText(line)).join('');
  const header: IanaDataHeader = {
    format: IANA_DATA_FORMAT,
    generated: 'GENERATED FILE, do not edit: regenerate with npm run registry:update (scripts/generate-registry.ts). '
      + 'The IANA Service Name and Transport Protocol Port Number Registry, dedicated to the public domain (CC0 1.0) by the IANA/IETF licensing statement of November 2021.',
    source: info.source,
    updated: info.updated,
    sha256: info.sha256,
    records: info.records,
    rowCount: lines.length,
    rowsLength: rowsText.length,
    rangePorts: rangedAt.flatMap((i) => [rows[i].port, rows[i].endPort]),
  };
  return [JSON.stringify(header), ...rangedLines.map(escapeIanaText)].join('\n') + rowsText + '\n';
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The repository's copy of IANA's file, in data/iana/ (undefined when a checkout lacks it). */
export function findIanaXml(root = resolve(__dirname, '..')): string | undefined {
  const path = join(root, IANA_XML);
  return existsSync(path) ? path : undefined;
}

/** Reads IANA's XML at `path` (or the repository's copy) and returns the data file's text. */
export function generateFrom(path: string | undefined = findIanaXml()): string {
  if (path === undefined) throw new Error(`no ${IANA_XML} in the repository: give the path of service-names-port-numbers.xml`);
  const bytes = readFileSync(path);
  const registry = readIanaXml(bytes.toString('utf8'));
  const rows = mergeRows(rowsFromXml(registry));
  if (rows.length === 0) throw new Error(`${path}: no port rows found; is it IANA's service-names-port-numbers.xml?`);
  return renderRegistryData(rows, { source: basename(path), updated: registry.updated || 'unknown', sha256: sha256(bytes), records: registry.records.length });
}

function main(argv: string[]): void {
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : GENERATED_FILE;
  const input = argv.find((arg, i) => !arg.startsWith('--') && (outAt < 0 || i !== outAt + 1));
  const path = input ?? findIanaXml();
  const text = generateFrom(path);
  writeFileSync(resolve(out), text);
  console.log(`wrote ${out} (${text.length} bytes) from ${path}`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error: unknown) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
