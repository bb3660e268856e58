// Reads the curated table (commonPorts.ts, shipped as a data file: commonPortsData.ts). The first lookups find their port's rows with indexOf on the
// table's one string and parse only those (and the few range rows), so nothing is parsed at load; after
// WARM_LOOKUPS, or for search, the table is parsed once into a map.
//
// The first lookup is what a cold start waits for: its path uses no regular expression (V8 compiles each
// on first use, and interprets it at first: ~140 µs for one pass over the table) and no callbacks (each
// is one more function for V8 to compile).
import type { Protocol, ServiceEntry } from '../types';
import { commonPortsTable } from './commonPortsData';

export interface PortedService {
  /** The port (for a range, its first port) and last port the service covers. */
  port: number;
  endPort: number;
  service: ServiceEntry;
}

/** Lookups answered with indexOf on the table before the per-port map is worth building. */
const WARM_LOOKUPS = 32;
const PROTOCOLS: readonly Protocol[] = ['tcp', 'udp', 'sctp', 'dccp'];
const SEPARATOR = ' | ';
/** Starts a single-port row; RANGE_START starts a row covering a range of ports. */
const ROW_START = '~';
const RANGE_START = '@';

let all: PortedService[] | undefined;
let ranges: PortedService[] | undefined;
let byPort: Map<number, ServiceEntry[]> | undefined;
let scanLookups = 0;
/** The table's text the state above was made from. */
let tableText: string | undefined;

/** The table as the host gave it; what was made from another text is dropped. */
function currentTable(): string {
  const text = commonPortsTable();
  if (text !== tableText) {
    tableText = text;
    all = undefined;
    ranges = undefined;
    byPort = undefined;
    scanLookups = 0;
  }
  return text;
}

/** A port number of one to five digits, or -1. */
function portNumber(text: string): number {
  if (text.length === 0 || text.length > 5) return -1;
  let port = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    port = port * 10 + digit;
  }
  return port <= 65535 ? port : -1;
}

/** One table row as a service, or undefined for headings and anything malformed. */
export function parseCommonRow(row: string): PortedService | undefined {
  const fields = row.split(SEPARATOR);
  if (fields.length !== 5) return undefined;
  const ports = fields[0].trim();
  const dash = ports.indexOf('-');
  const port = portNumber(dash < 0 ? ports : ports.slice(0, dash));
  const endPort = dash < 0 ? port : portNumber(ports.slice(dash + 1));
  if (port < 0 || endPort < port) return undefined;
  const listed = fields[1].trim().split('+');
  const protocols: Protocol[] = [];
  for (const protocol of PROTOCOLS) if (listed.includes(protocol)) protocols.push(protocol);
  const name = fields[2].trim();
  const description = fields[3].trim();
  const url = fields[4].trim();
  if (protocols.length === 0 || name === '' || description === '') return undefined;
  if (!url.startsWith('https://') || url.includes(' ') || url.includes('\t')) return undefined;
  return { port, endPort, service: { name, protocols, description, source: 'common', url } };
}

/** The table's rows as written, headings included, in its order. */
export function commonRows(): string[] {
  return currentTable().split(/[~@]/).slice(1);
}

/** The row that starts at `start` (just after its `~` or `@`). */
function rowFrom(table: string, start: number): string {
  const single = table.indexOf(ROW_START, start);
  const range = table.indexOf(RANGE_START, start);
  const end = single < 0 ? range : range < 0 ? single : Math.min(single, range);
  return table.slice(start, end < 0 ? table.length : end);
}

/** Every row of the table, in its order. */
export function allCommonServices(): readonly PortedService[] {
  // The table first (a new text drops the old list), then the list: splitting the table on every call cost each
  // search about a seventh of its time.
  currentTable();
  if (all) return all;
  all = [];
  for (const row of commonRows()) {
    const parsed = parseCommonRow(row);
    if (parsed) all.push(parsed);
  }
  return all;
}

function copy(service: ServiceEntry): ServiceEntry {
  return { ...service, protocols: [...service.protocols] };
}

function portMap(): Map<number, ServiceEntry[]> {
  if (byPort) return byPort;
  byPort = new Map();
  for (const { port, endPort, service } of allCommonServices()) {
    if (endPort !== port) continue;
    const list = byPort.get(port);
    if (list) list.push(service);
    else byPort.set(port, [service]);
  }
  return byPort;
}

/** The rows covering a range of ports, found by their `@`. */
function rangeRows(): PortedService[] {
  const table = currentTable();
  if (ranges) return ranges;
  ranges = [];
  for (let at = table.indexOf(RANGE_START); at >= 0; at = table.indexOf(RANGE_START, at + 1)) {
    const parsed = parseCommonRow(rowFrom(table, at + 1));
    if (parsed) ranges.push(parsed);
  }
  return ranges;
}

/**
 * The range rows covering a port, for the first lookups: reads only each range's two numbers and parses
 * just the rows that cover the port (parsing all of them cost the first lookup ~60 µs). Fresh objects.
 */
function rangeRowsOn(port: number): PortedService[] {
  const covering: PortedService[] = [];
  const table = currentTable();
  for (let at = table.indexOf(RANGE_START); at >= 0; at = table.indexOf(RANGE_START, at + 1)) {
    let first = 0;
    let last = 0;
    let i = at + 1;
    for (let code = table.charCodeAt(i); code >= 48 && code <= 57; code = table.charCodeAt(++i)) first = first * 10 + code - 48;
    for (let code = table.charCodeAt(++i); code >= 48 && code <= 57; code = table.charCodeAt(++i)) last = last * 10 + code - 48;
    if (port < first || port > last) continue;
    const parsed = parseCommonRow(rowFrom(table, at + 1));
    if (parsed) covering.push(parsed);
  }
  return covering;
}

/** The curated services on a port, in the table's order, ranges after single-port rows. Fresh objects. */
export function commonServicesOn(port: number): ServiceEntry[] {
  currentTable();
  if (!byPort && ++scanLookups <= WARM_LOOKUPS) return commonServicesByScan(port);
  const services: ServiceEntry[] = [];
  for (const service of portMap().get(port) ?? []) services.push(copy(service));
  for (const row of rangeRows()) {
    if (port >= row.port && port <= row.endPort) services.push(copy(row.service));
  }
  return services;
}

/** The same answer as commonServicesOn(), always from the table's text: lets tests prove both paths agree. */
export function commonServicesByScan(port: number): ServiceEntry[] {
  const services: ServiceEntry[] = [];
  const key = ROW_START + port + SEPARATOR;
  const table = currentTable();
  for (let at = table.indexOf(key); at >= 0; at = table.indexOf(key, at + 1)) {
    const parsed = parseCommonRow(rowFrom(table, at + 1));
    if (parsed) services.push(parsed.service);
  }
  for (const row of rangeRowsOn(port)) services.push(row.service);
  return services;
}
