// Reads the generated IANA rows (the data file generated/ianaPorts.data, see ../dataFiles.ts) without decoding them.
//
// Every row is a line, `port~name~description[~references]`, in one string, sorted by port, so the first lookups find
// their port's rows by binary search on the string and read only those: microseconds, nothing to build. A row's port
// is the step from the row before (it deflates far better than the port itself, scripts/generate-registry.ts), and
// one row in 64, a checkpoint, gives its port in full: the binary search lands on checkpoints, then reads the rows
// after one. Once lookups become frequent (WARM_LOOKUPS) or the first search needs every row, one pass reads every
// row into a direct index, after which a lookup is a direct index.
//
// The first lookup is what a cold start waits for, and in a fresh process each function costs tens of µs the first time it
// runs (V8 compiles it then, and runs it without type feedback), so that path is a few plain functions.
import type { Protocol, ServiceEntry } from '../types';
import { dataFileText, reportDataFileProblem } from '../dataFiles';
import { lastIndexAtOrBelow } from '../lineStarts';
import { readReferences } from './ianaReferences';
import { unescapeIanaText } from './ianaText';

/** Starts every row (and separates the ranged rows); FIELD separates a row's fields. */
const SEPARATOR = '\n';
/** Joins the lower-case columns that search reads. */
const COLUMN_SEPARATOR = '|';
const FIELD = '~';
const FIELD_CODE = 126;
const DOT = 46;
/** A checkpoint row's line starts so (`=` and its port in full); other rows give the step from the row before. */
const CHECKPOINT_LINE = '\n=';
const CHECKPOINT_CODE = 61;
/** Seek lookups allowed before the direct index is worth its one-off few milliseconds. */
const WARM_LOOKUPS = 32;

/** The generated module's exports that the runtime reads (see scripts/generate-registry.ts). */
export interface IanaColumns {
  IANA_ROW_COUNT: number;
  IANA_ROWS: string;
  /** First and last port of each ranged row, two numbers a row. */
  IANA_RANGE_PORTS: readonly number[];
  IANA_RANGE_ROWS: string;
}

interface DirectIndex {
  /** The first row of each port, or -1; a port's rows are consecutive. */
  firstRow: Int32Array;
  rowPort: Uint16Array;
  rowMask: Uint8Array;
  /** Every row read. */
  names: string[];
  descriptions: string[];
  /** Each row's references field as stored, '' for none (most rows). */
  references: string[];
}

/** The names and descriptions in lower case, each column joined by `|`, for substring search. */
interface LowerCaseColumns {
  names: string;
  descriptions: string;
  /** Where each row's text starts; entry `count` is the column's length + 1. */
  nameStart: Uint32Array;
  descriptionStart: Uint32Array;
}

interface RangeRow {
  port: number;
  endPort: number;
  mask: number;
  name: string;
  description: string;
  references: string;
}

/**
 * One service. Some registry lines carry no name (port 24, "any private mail system"): the description then
 * names it. The link is IANA's own page, whose `search` parameter filters the registry to the port. (One
 * function rather than three: it runs on the first lookup, where each function costs a compile.)
 */
function entry(name: string, description: string, mask: number, port: number, references: string): ServiceEntry {
  const protocols: Protocol[] = [];
  if (mask & 1) protocols.push('tcp');
  if (mask & 2) protocols.push('udp');
  if (mask & 4) protocols.push('sctp');
  if (mask & 8) protocols.push('dccp');
  const service: ServiceEntry = {
    name: name === '' ? description : name,
    protocols,
    description: name === '' ? '' : description,
    source: 'iana',
    url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=' + port,
  };
  if (references !== '') service.references = readReferences(references);
  return service;
}

/** One generated table, read in place. */
export class IanaTable {
  // Fields are declared here and set in the constructor: initialised fields would cost one more function
  // for V8 to compile on the way to the first lookup.
  private declare direct: DirectIndex | undefined;
  private declare ranges: RangeRow[] | undefined;
  private declare seekLookups: number;
  private declare lower: LowerCaseColumns | undefined;
  /**
   * The columns copied into a plain object: a bundler exposes a module's exports through getters, and a
   * getter call on every row read made the first lookups ten times slower.
   */
  private declare readonly columns: IanaColumns;

  constructor(columns: IanaColumns) {
    this.columns = { ...columns };
    this.direct = undefined;
    this.ranges = undefined;
    this.seekLookups = 0;
    this.lower = undefined;
  }

  /** Every IANA service on a port, in the registry's order, ranged rows (X11 6000–6063) last. */
  services(port: number): ServiceEntry[] {
    const services: ServiceEntry[] = [];
    if (!(Number.isInteger(port) && port >= 0 && port <= 65535)) return services;
    if (this.direct || ++this.seekLookups > WARM_LOOKUPS) this.directServices(port, services);
    else this.seekServices(port, services);
    // The ranged rows' texts are read only when the port lies in one of them: most lookups compare numbers.
    const ranges = this.columns.IANA_RANGE_PORTS;
    for (let i = 0; i < ranges.length; i += 2) {
      if (port >= ranges[i] && port <= ranges[i + 1]) {
        this.rangeServices(port, services);
        break;
      }
    }
    return services;
  }

  /** The same answer as services(), always by searching the rows: lets tests prove both paths agree. */
  servicesBySeek(port: number): ServiceEntry[] {
    const services: ServiceEntry[] = [];
    if (!(Number.isInteger(port) && port >= 0 && port <= 65535)) return services;
    this.seekServices(port, services);
    this.rangeServices(port, services);
    return services;
  }

  hasPort(port: number): boolean {
    if (!(Number.isInteger(port) && port >= 0 && port <= 65535)) return false;
    return this.directIndex().firstRow[port] >= 0 || this.rangeRows().some((r) => port >= r.port && port <= r.endPort);
  }

  // For search, which reads every row and so always uses the direct index.

  rowCount(): number {
    return this.columns.IANA_ROW_COUNT;
  }

  rowPort(row: number): number {
    return this.directIndex().rowPort[row];
  }

  /** The names and descriptions columns in lower case, made on first use, for substring search. */
  lowerCaseColumns(): { names: string; descriptions: string } {
    return this.lowerColumns();
  }

  /** A row's name and description in lower case. */
  lowerCaseRow(row: number): { name: string; description: string } {
    const { names, descriptions, nameStart, descriptionStart } = this.lowerColumns();
    return {
      name: names.slice(nameStart[row], nameStart[row + 1] - 1),
      description: descriptions.slice(descriptionStart[row], descriptionStart[row + 1] - 1),
    };
  }

  nameStarts(): Uint32Array {
    return this.lowerColumns().nameStart;
  }

  descriptionStarts(): Uint32Array {
    return this.lowerColumns().descriptionStart;
  }

  /** The ranged rows, each at its first port. */
  rangeServices(port?: number, into: ServiceEntry[] = []): ServiceEntry[] {
    for (const range of this.rangeRows()) {
      if (port === undefined || (port >= range.port && port <= range.endPort)) {
        into.push(entry(range.name, range.description, range.mask, port ?? range.port, range.references));
      }
    }
    return into;
  }

  rangeStarts(): number[] {
    return this.rangeRows().map((r) => r.port);
  }

  /**
   * Finds a checkpoint below the port by binary search over the rows string (sorted by port; a probe snaps to the
   * next checkpoint), then reads the rows from there, adding up their steps, to the port's rows, which are
   * consecutive. indexOf would scan: ~1 µs per KB.
   */
  private seekServices(port: number, services: ServiceEntry[]): void {
    const rows = this.columns.IANA_ROWS;
    // `low` is a checkpoint's line break whose port is below `port` (or the first row's, itself a checkpoint); every
    // checkpoint from `high` on is at or above it.
    let low = 0;
    let high = rows.length;
    while (high - low > 64) {
      const middle = (low + high) >> 1;
      const start = rows.indexOf(CHECKPOINT_LINE, middle);
      if (start < 0 || start >= high) {
        high = middle;
        continue;
      }
      let rowPort = 0;
      for (let i = start + 2, code = rows.charCodeAt(i); code !== DOT && code !== FIELD_CODE && i < rows.length; code = rows.charCodeAt(++i)) {
        rowPort = rowPort * 36 + (code <= 57 ? code - 48 : code - 87);
      }
      if (rowPort < port) low = start;
      else high = start;
    }
    let rowPort = 0;
    for (let at = rows.indexOf(SEPARATOR, low); at >= 0; ) {
      let i = at + 1;
      let code = rows.charCodeAt(i);
      const checkpoint = code === CHECKPOINT_CODE;
      if (checkpoint) code = rows.charCodeAt(++i);
      let step = 0;
      for (; code !== DOT && code !== FIELD_CODE && i < rows.length; code = rows.charCodeAt(++i)) {
        step = step * 36 + (code <= 57 ? code - 48 : code - 87);
      }
      rowPort = checkpoint ? step : rowPort + step;
      if (rowPort > port) return;
      const rowEnd = rows.indexOf(SEPARATOR, i);
      if (rowPort === port) {
        let mask = 3;
        if (code === DOT) {
          mask = 0;
          for (code = rows.charCodeAt(++i); code !== FIELD_CODE && i < rows.length; code = rows.charCodeAt(++i)) {
            mask = mask * 16 + (code <= 57 ? code - 48 : code - 87);
          }
        }
        const nameEnd = rows.indexOf(FIELD, i + 1);
        const end = rowEnd < 0 ? rows.length : rowEnd;
        // A fourth field, the references, follows the description in a few rows.
        const referencesAt = rows.indexOf(FIELD, nameEnd + 1);
        const descriptionEnd = referencesAt >= 0 && referencesAt < end ? referencesAt : end;
        const references = descriptionEnd < end ? unescapeIanaText(rows.slice(descriptionEnd + 1, end)) : '';
        services.push(entry(unescapeIanaText(rows.slice(i + 1, nameEnd)), unescapeIanaText(rows.slice(nameEnd + 1, descriptionEnd)), mask, port, references));
      }
      at = rowEnd;
    }
  }

  private directServices(port: number, services: ServiceEntry[]): void {
    const { firstRow, rowPort, rowMask, names, descriptions, references } = this.directIndex();
    for (let row = firstRow[port]; row >= 0 && row < rowPort.length && rowPort[row] === port; row++) {
      services.push(entry(names[row], descriptions[row], rowMask[row], port, references[row]));
    }
  }

  private directIndex(): DirectIndex {
    return (this.direct ??= this.buildDirectIndex());
  }

  /** One pass over the rows with plain locals (a cursor object per row was several times slower). */
  private buildDirectIndex(): DirectIndex {
    const { IANA_ROW_COUNT: count, IANA_ROWS: rows } = this.columns;
    const index: DirectIndex = {
      firstRow: new Int32Array(65536).fill(-1),
      rowPort: new Uint16Array(count),
      rowMask: new Uint8Array(count),
      names: new Array<string>(count),
      descriptions: new Array<string>(count),
      references: new Array<string>(count),
    };
    const { firstRow, rowPort, rowMask } = index;
    let at = rows.indexOf(SEPARATOR) + 1;
    let port = 0;
    for (let row = 0; row < count && at > 0; row++) {
      let code = rows.charCodeAt(at);
      const checkpoint = code === CHECKPOINT_CODE;
      if (checkpoint) code = rows.charCodeAt(++at);
      let step = 0;
      for (; code !== DOT && code !== FIELD_CODE && at < rows.length; code = rows.charCodeAt(++at)) {
        step = step * 36 + (code <= 57 ? code - 48 : code - 87);
      }
      port = checkpoint ? step : port + step;
      let mask = 3;
      if (code === DOT) {
        mask = 0;
        for (code = rows.charCodeAt(++at); code !== FIELD_CODE && at < rows.length; code = rows.charCodeAt(++at)) {
          mask = mask * 16 + (code <= 57 ? code - 48 : code - 87);
        }
      }
      const nameEnd = rows.indexOf(FIELD, at + 1);
      const rowEnd = rows.indexOf(SEPARATOR, nameEnd);
      const end = rowEnd < 0 ? rows.length : rowEnd;
      const referencesAt = rows.indexOf(FIELD, nameEnd + 1);
      const descriptionEnd = referencesAt >= 0 && referencesAt < end ? referencesAt : end;
      rowPort[row] = port;
      rowMask[row] = mask;
      if (firstRow[port] < 0) firstRow[port] = row;
      index.names[row] = unescapeIanaText(rows.slice(at + 1, nameEnd));
      index.descriptions[row] = unescapeIanaText(rows.slice(nameEnd + 1, descriptionEnd));
      index.references[row] = descriptionEnd < end ? unescapeIanaText(rows.slice(descriptionEnd + 1, end)) : '';
      at = end + 1;
    }
    return index;
  }

  /** Lower-cased row by row (lower-casing can change a text's length), then joined. */
  private lowerColumns(): LowerCaseColumns {
    if (this.lower) return this.lower;
    const { names, descriptions } = this.directIndex();
    const join = (texts: string[]) => {
      const lower = texts.map((t) => t.toLowerCase());
      const starts = new Uint32Array(lower.length + 1);
      for (let row = 0, at = 0; row <= lower.length; row++) {
        starts[row] = at;
        at += (lower[row]?.length ?? 0) + 1;
      }
      return { text: lower.join(COLUMN_SEPARATOR), starts };
    };
    const n = join(names);
    const d = join(descriptions);
    return (this.lower = { names: n.text, descriptions: d.text, nameStart: n.starts, descriptionStart: d.starts });
  }

  private rangeRows(): RangeRow[] {
    if (this.ranges) return this.ranges;
    const { IANA_RANGE_PORTS: ports, IANA_RANGE_ROWS: texts } = this.columns;
    const lines = texts === '' ? [] : texts.split(SEPARATOR);
    this.ranges = lines.map((line, i) => {
      const [mask, name, description, references] = line.split(FIELD).map(unescapeIanaText);
      return { port: ports[2 * i], endPort: ports[2 * i + 1], mask: parseInt(mask, 16) || 0, name: name ?? '', description: description ?? '', references: references ?? '' };
    });
    return this.ranges;
  }
}

/** The row whose line in a column contains `offset` (rows are in offset order; the last start ends the column). */
export function rowAtOffset(starts: Uint32Array, offset: number): number {
  return lastIndexAtOrBelow(starts, offset, starts.length - 1);
}

/** What the first line of the data file says: where the rows come from, and what the runtime needs to read them. */
export interface IanaDataHeader {
  format: typeof IANA_DATA_FORMAT;
  /** How the file is made, and the licence of its rows. */
  generated: string;
  source: string;
  updated: string;
  sha256: string;
  records: number;
  rowCount: number;
  /** The length of the single-port rows' text, with the line break before each row: a cut file shows. */
  rowsLength: number;
  rangePorts: number[];
}

/** The first field of the data file's first line: a file of another shape is refused, not misread. */
export const IANA_DATA_FORMAT = 'port-lens-iana/3';

/** The file's name where the hosts find it. */
export const IANA_DATA_FILE = 'ianaPorts.data';

const EMPTY_COLUMNS: IanaColumns = { IANA_ROW_COUNT: 0, IANA_ROWS: '', IANA_RANGE_PORTS: [], IANA_RANGE_ROWS: '' };

/**
 * Reads the data file's text (written by scripts/generate-registry.ts): a line of JSON (IanaDataHeader), a line
 * for each ranged row, then a line for each single-port row. The rows are slices of the
 * text, nothing is split. Returns why not when the text is not such a file.
 */
export function readIanaData(text: string): { columns: IanaColumns; header: IanaDataHeader } | string {
  if (typeof text !== 'string') return 'no text';
  const headerEnd = text.indexOf('\n');
  let header: IanaDataHeader;
  try {
    header = JSON.parse(headerEnd < 0 ? text : text.slice(0, headerEnd)) as IanaDataHeader;
  } catch {
    return 'its first line is not the header';
  }
  if (header === null || typeof header !== 'object' || header.format !== IANA_DATA_FORMAT) return `it is not in the format ${IANA_DATA_FORMAT}`;
  const { rowCount, rowsLength, rangePorts } = header;
  const numbers = (list: unknown) => Array.isArray(list) && list.every((n) => Number.isInteger(n) && n >= 0);
  if (!Number.isInteger(rowCount) || !Number.isInteger(rowsLength) || !numbers(rangePorts) || rangePorts.length % 2 !== 0) {
    return 'its header lacks a field';
  }
  let rangeEnd = headerEnd;
  for (let i = 0; i < rangePorts.length / 2 && rangeEnd >= 0; i++) rangeEnd = text.indexOf('\n', rangeEnd + 1);
  // The rows' text runs from the line break that ends the last ranged row to the file's last line break.
  const rowsEnd = text.endsWith('\n') ? text.length - 1 : text.length;
  if (headerEnd < 0 || rangeEnd < 0 || rowsEnd - rangeEnd !== rowsLength) return 'it is cut short or has lines added';
  const columns: IanaColumns = {
    IANA_ROW_COUNT: rowCount,
    IANA_ROWS: text.slice(rangeEnd, rowsEnd),
    IANA_RANGE_PORTS: rangePorts,
    IANA_RANGE_ROWS: rangeEnd === headerEnd ? '' : text.slice(headerEnd + 1, rangeEnd),
  };
  return { columns, header };
}

/** The table of the data file the host gave (an empty one until it does, or when the file is damaged), made on
 *  first use and again when the host gives another text. */
let current: { text: string | undefined; table: IanaTable; header: IanaDataHeader | undefined } | undefined;

function currentTable(): NonNullable<typeof current> {
  const text = dataFileText(IANA_DATA_FILE);
  if (current && current.text === text) return current;
  const read = text === undefined ? undefined : readIanaData(text);
  if (typeof read === 'string') reportDataFileProblem(IANA_DATA_FILE, read);
  const ok = typeof read === 'object';
  return (current = { text, table: new IanaTable(ok ? read.columns : EMPTY_COLUMNS), header: ok ? read.header : undefined });
}

/** IANA's rows as the host gave them. */
export function ianaTable(): IanaTable {
  return currentTable().table;
}

/** The IANA file the rows were made from (its name, date, SHA-256 and record count), once the rows are read. */
export function ianaSource(): { source: string; updated: string; sha256: string; records: number } | undefined {
  const header = currentTable().header;
  return header && { source: header.source, updated: header.updated, sha256: header.sha256, records: header.records };
}
