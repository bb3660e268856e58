// Reads the generated IANA columns (ianaTable.ts) without decoding them at load.
//
// A lookup needs one port's rows, so the first lookups start at the nearest checkpoint (every 64th row,
// offsets precomputed by the generator) and read at most ~64 rows: microseconds, and nothing to build.
// Once lookups become frequent (WARM_LOOKUPS) or the first search needs every row, one pass builds a
// direct index (typed arrays per port and per row), after which a lookup is a direct index.
import type { Protocol, ServiceEntry } from '../types';
import * as generated from './ianaTable';

/** Rows in each generated column are separated by `|` (see the generator for why). */
const SEPARATOR = '|';
const SEPARATOR_CODE = 124;
const DOT = 46;
/** Seek lookups allowed before the direct index is worth its one-off millisecond. */
const WARM_LOOKUPS = 32;

const PROTOCOL_BITS: [number, Protocol][] = [
  [1, 'tcp'],
  [2, 'udp'],
  [4, 'sctp'],
  [8, 'dccp'],
];

export function protocolsOfMask(mask: number): Protocol[] {
  const protocols: Protocol[] = [];
  for (const [bit, protocol] of PROTOCOL_BITS) if (mask & bit) protocols.push(protocol);
  return protocols;
}

/** IANA's own page for a port; its `search` parameter filters the registry to that number. */
export function ianaUrl(port: number): string {
  return `https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=${port}`;
}

/** The generated module's exports that the runtime reads (see scripts/generate-registry.ts). */
export interface IanaColumns {
  IANA_ROW_COUNT: number;
  IANA_PORTS: string;
  IANA_NAMES: string;
  IANA_DESCRIPTIONS: string;
  IANA_CHECKPOINT_EVERY: number;
  IANA_CHECKPOINTS: readonly number[];
  IANA_RANGE_ROWS: string;
  IANA_QUOTE_STAND_IN: string;
}

interface DirectIndex {
  /** The first row of each port, or -1; a port's rows are consecutive. */
  firstRow: Int32Array;
  rowPort: Uint16Array;
  rowMask: Uint8Array;
  /** Where each row's line starts; entry `count` is the column's length + 1. */
  nameStart: Uint32Array;
  descriptionStart: Uint32Array;
}

interface RangeRow {
  port: number;
  endPort: number;
  mask: number;
  name: string;
  description: string;
}

/**
 * The columns copied into a plain object: a bundler exposes a module's exports through getters, and a
 * getter call on every row read made the first lookups ten times slower.
 */
function plainColumns(columns: IanaColumns): IanaColumns {
  return {
    IANA_ROW_COUNT: columns.IANA_ROW_COUNT,
    IANA_PORTS: columns.IANA_PORTS,
    IANA_NAMES: columns.IANA_NAMES,
    IANA_DESCRIPTIONS: columns.IANA_DESCRIPTIONS,
    IANA_CHECKPOINT_EVERY: columns.IANA_CHECKPOINT_EVERY,
    IANA_CHECKPOINTS: columns.IANA_CHECKPOINTS,
    IANA_RANGE_ROWS: columns.IANA_RANGE_ROWS,
    IANA_QUOTE_STAND_IN: columns.IANA_QUOTE_STAND_IN,
  };
}

/** A position in the three columns: row number, its port and protocol mask, where its lines start. */
class RowCursor {
  row: number;
  port: number;
  mask = 3;
  /** Start of the next row's line in the ports column. */
  private portsAt: number;
  nameAt: number;
  descriptionAt: number;

  /** Puts the cursor on the checkpoint's row. */
  constructor(
    private readonly columns: IanaColumns,
    checkpoint: number,
  ) {
    const at = checkpoint * 4;
    this.row = checkpoint * columns.IANA_CHECKPOINT_EVERY;
    this.port = columns.IANA_CHECKPOINTS[at];
    this.portsAt = columns.IANA_CHECKPOINTS[at + 1];
    this.nameAt = columns.IANA_CHECKPOINTS[at + 2];
    this.descriptionAt = columns.IANA_CHECKPOINTS[at + 3];
    this.readPortsLine(); // its delta is already counted in the checkpoint's port
  }

  /** Moves to the next row; false past the last one. */
  next(): boolean {
    if (this.row + 1 >= this.columns.IANA_ROW_COUNT) return false;
    this.nameAt = this.columns.IANA_NAMES.indexOf(SEPARATOR, this.nameAt) + 1;
    this.descriptionAt = this.columns.IANA_DESCRIPTIONS.indexOf(SEPARATOR, this.descriptionAt) + 1;
    this.port += this.readPortsLine();
    this.row++;
    return true;
  }

  /** Reads `delta[.mask]` (delta base 36, empty for 1), sets the mask, returns the delta. */
  private readPortsLine(): number {
    const text = this.columns.IANA_PORTS;
    let position = this.portsAt;
    let delta = 0;
    let digits = 0;
    let code = text.charCodeAt(position);
    while (position < text.length && code !== SEPARATOR_CODE && code !== DOT) {
      delta = delta * 36 + (code <= 57 ? code - 48 : code - 87);
      digits++;
      code = text.charCodeAt(++position);
    }
    this.mask = 3;
    if (code === DOT) {
      this.mask = 0;
      code = text.charCodeAt(++position);
      while (position < text.length && code !== SEPARATOR_CODE) {
        this.mask = this.mask * 16 + (code <= 57 ? code - 48 : code - 87);
        code = text.charCodeAt(++position);
      }
    }
    this.portsAt = position + 1;
    return digits === 0 ? 1 : delta;
  }
}

function lineAt(column: string, start: number): string {
  const end = column.indexOf(SEPARATOR, start);
  return column.slice(start, end < 0 ? column.length : end);
}

function decodeDescription(name: string, stored: string): string {
  if (stored === '=') return name;
  if (stored === '^') return name.toUpperCase();
  return stored;
}

/** Some registry lines carry no name (port 24, "any private mail system"): the description then names it. */
function entry(name: string, description: string, mask: number, port: number): ServiceEntry {
  return {
    name: name === '' ? description : name,
    protocols: protocolsOfMask(mask),
    description: name === '' ? '' : description,
    source: 'iana',
    url: ianaUrl(port),
  };
}

function isPort(port: number): boolean {
  return Number.isInteger(port) && port >= 0 && port <= 65535;
}

/** One generated table, read in place. */
export class IanaTable {
  private direct: DirectIndex | undefined;
  private ranges: RangeRow[] | undefined;
  private seekLookups = 0;
  private lower: { names: string; descriptions: string } | undefined;

  private readonly columns: IanaColumns;

  constructor(columns: IanaColumns) {
    this.columns = plainColumns(columns);
  }

  /** Every IANA service on a port, in the registry's order, ranged rows (X11 6000–6063) last. */
  services(port: number): ServiceEntry[] {
    const services: ServiceEntry[] = [];
    if (!isPort(port)) return services;
    if (this.direct || ++this.seekLookups > WARM_LOOKUPS) this.directServices(port, services);
    else this.seekServices(port, services);
    this.rangeServices(port, services);
    return services;
  }

  /** The same answer as services(), always by seeking: lets tests prove both paths agree. */
  servicesBySeek(port: number): ServiceEntry[] {
    const services: ServiceEntry[] = [];
    if (!isPort(port)) return services;
    this.seekServices(port, services);
    this.rangeServices(port, services);
    return services;
  }

  hasPort(port: number): boolean {
    if (!isPort(port)) return false;
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
    return (this.lower ??= { names: this.columns.IANA_NAMES.toLowerCase(), descriptions: this.columns.IANA_DESCRIPTIONS.toLowerCase() });
  }

  /** A row's name and description in lower case, sliced from the lower-cased columns. */
  lowerCaseRow(row: number): { name: string; description: string } {
    const { names, descriptions } = this.lowerCaseColumns();
    const { nameStart, descriptionStart } = this.directIndex();
    const name = this.unquote(names.slice(nameStart[row], nameStart[row + 1] - 1));
    const stored = this.unquote(descriptions.slice(descriptionStart[row], descriptionStart[row + 1] - 1));
    return { name, description: stored === '=' || stored === '^' ? name : stored };
  }

  nameStarts(): Uint32Array {
    return this.directIndex().nameStart;
  }

  descriptionStarts(): Uint32Array {
    return this.directIndex().descriptionStart;
  }

  /** The ranged rows, each at its first port. */
  rangeServices(port?: number, into: ServiceEntry[] = []): ServiceEntry[] {
    for (const range of this.rangeRows()) {
      if (port === undefined || (port >= range.port && port <= range.endPort)) {
        into.push(entry(range.name, range.description, range.mask, port ?? range.port));
      }
    }
    return into;
  }

  rangeStarts(): number[] {
    return this.rangeRows().map((r) => r.port);
  }

  private rowEntry(nameAt: number, descriptionAt: number, mask: number, port: number): ServiceEntry {
    const name = this.unquote(lineAt(this.columns.IANA_NAMES, nameAt));
    return entry(name, decodeDescription(name, this.unquote(lineAt(this.columns.IANA_DESCRIPTIONS, descriptionAt))), mask, port);
  }

  private unquote(text: string): string {
    const standIn = this.columns.IANA_QUOTE_STAND_IN;
    return standIn !== '' && text.includes(standIn) ? text.split(standIn).join('"') : text;
  }

  /** The last checkpoint whose port is below `port` (0 if none): the port's rows all come after it. */
  private checkpointBefore(port: number): number {
    const checkpoints = this.columns.IANA_CHECKPOINTS;
    let low = 0;
    let high = checkpoints.length / 4 - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (checkpoints[middle * 4] < port) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  private seekServices(port: number, services: ServiceEntry[]): void {
    if (this.columns.IANA_ROW_COUNT === 0) return;
    const cursor = new RowCursor(this.columns, this.checkpointBefore(port));
    do {
      if (cursor.port === port) services.push(this.rowEntry(cursor.nameAt, cursor.descriptionAt, cursor.mask, port));
      else if (cursor.port > port) break;
    } while (cursor.next());
  }

  private directServices(port: number, services: ServiceEntry[]): void {
    const { firstRow, rowPort, rowMask, nameStart, descriptionStart } = this.directIndex();
    for (let row = firstRow[port]; row >= 0 && row < rowPort.length && rowPort[row] === port; row++) {
      services.push(this.rowEntry(nameStart[row], descriptionStart[row], rowMask[row], port));
    }
  }

  private directIndex(): DirectIndex {
    return (this.direct ??= this.buildDirectIndex());
  }

  /** One pass over the ports column with plain locals (a cursor object per row was several times slower). */
  private buildDirectIndex(): DirectIndex {
    const { IANA_ROW_COUNT: count, IANA_PORTS: ports, IANA_NAMES: names, IANA_DESCRIPTIONS: descriptions } = this.columns;
    const index: DirectIndex = {
      firstRow: new Int32Array(65536).fill(-1),
      rowPort: new Uint16Array(count),
      rowMask: new Uint8Array(count),
      nameStart: new Uint32Array(count + 1),
      descriptionStart: new Uint32Array(count + 1),
    };
    const { firstRow, rowPort, rowMask, nameStart, descriptionStart } = index;
    let at = 0;
    let nameAt = 0;
    let descriptionAt = 0;
    let port = 0;
    for (let row = 0; row < count; row++) {
      // `delta[.mask]`: delta in base 36, empty for 1; mask in hex, absent for 3 (tcp+udp).
      let delta = 0;
      let digits = 0;
      let code = ports.charCodeAt(at);
      while (at < ports.length && code !== SEPARATOR_CODE && code !== DOT) {
        delta = delta * 36 + (code <= 57 ? code - 48 : code - 87);
        digits++;
        code = ports.charCodeAt(++at);
      }
      let mask = 3;
      if (code === DOT) {
        mask = 0;
        code = ports.charCodeAt(++at);
        while (at < ports.length && code !== SEPARATOR_CODE) {
          mask = mask * 16 + (code <= 57 ? code - 48 : code - 87);
          code = ports.charCodeAt(++at);
        }
      }
      at++;
      port += digits === 0 ? 1 : delta;
      rowPort[row] = port;
      rowMask[row] = mask;
      nameStart[row] = nameAt;
      descriptionStart[row] = descriptionAt;
      if (firstRow[port] < 0) firstRow[port] = row;
      nameAt = names.indexOf(SEPARATOR, nameAt) + 1;
      descriptionAt = descriptions.indexOf(SEPARATOR, descriptionAt) + 1;
    }
    nameStart[count] = names.length + 1;
    descriptionStart[count] = descriptions.length + 1;
    return index;
  }

  private rangeRows(): RangeRow[] {
    if (this.ranges) return this.ranges;
    this.ranges = [];
    for (const line of this.columns.IANA_RANGE_ROWS.split(SEPARATOR)) {
      const [ports, mask, name, description] = line.split('~');
      const match = /^(\d+)-(\d+)$/.exec(ports ?? '');
      if (match) {
        this.ranges.push({ port: Number(match[1]), endPort: Number(match[2]), mask: parseInt(mask, 16) || 0, name: name ?? '', description: description ?? '' });
      }
    }
    return this.ranges;
  }
}

/** The row whose line in a column contains `offset` (rows are in offset order). */
export function rowAtOffset(starts: Uint32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The committed table. */
export const iana = new IanaTable(generated);
