// Reads the curated table (commonPorts.ts). The first lookups find their port's rows with indexOf on the
// table's one string, so nothing is parsed at load; after WARM_LOOKUPS, or for search, the table is parsed
// once into a map.
import type { Protocol, ServiceEntry } from '../types';
import { COMMON_PORTS_TABLE } from './commonPorts';

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
/** Starts every row of the table. */
const ROW_START = '~';
/** A row covering a range of ports: its first and last port. */
const RANGE_ROW = /~\d+-\d+ \| /g;

let all: PortedService[] | undefined;
let ranges: PortedService[] | undefined;
let byPort: Map<number, ServiceEntry[]> | undefined;
let scanLookups = 0;

/** `port` or `port-endPort`, each of one to five digits. */
const PORTS_FIELD = /^(\d{1,5})(?:-(\d{1,5}))?$/;

/**
 * One table row as a service, or undefined for headings and anything malformed. Loops are written out
 * (no callbacks): this runs on the first lookup, where every extra function costs V8 a compile.
 */
export function parseCommonRow(row: string): PortedService | undefined {
  const fields = row.split(SEPARATOR);
  if (fields.length !== 5) return undefined;
  const ports = PORTS_FIELD.exec(fields[0].trim());
  if (!ports) return undefined;
  const port = Number(ports[1]);
  const endPort = ports[2] === undefined ? port : Number(ports[2]);
  if (port > 65535 || endPort > 65535 || endPort < port) return undefined;
  const listed = fields[1].trim().split('+');
  const protocols: Protocol[] = [];
  for (const protocol of PROTOCOLS) if (listed.includes(protocol)) protocols.push(protocol);
  const name = fields[2].trim();
  const description = fields[3].trim();
  const url = fields[4].trim();
  if (protocols.length === 0 || name === '' || description === '') return undefined;
  if (!url.startsWith('https://') || /\s/.test(url)) return undefined;
  return { port, endPort, service: { name, protocols, description, source: 'common', url } };
}

/** The table's rows as written, headings included. */
export function commonRows(): string[] {
  return COMMON_PORTS_TABLE.split(ROW_START).slice(1);
}

/** The row that starts at `start` (just after its `~`). */
function rowAt(start: number): string {
  const end = COMMON_PORTS_TABLE.indexOf(ROW_START, start);
  return COMMON_PORTS_TABLE.slice(start, end < 0 ? COMMON_PORTS_TABLE.length : end);
}

/** Every row of the table, in its order. */
export function allCommonServices(): readonly PortedService[] {
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

/** Rows covering a range of ports; found by the `-` in their first field. */
function rangeRows(): PortedService[] {
  if (ranges) return ranges;
  ranges = [];
  for (const match of COMMON_PORTS_TABLE.matchAll(RANGE_ROW)) {
    const parsed = parseCommonRow(rowAt(match.index! + 1));
    if (parsed) ranges.push(parsed);
  }
  return ranges;
}

/** The curated services on a port, in the table's order, ranges after single-port rows. Fresh objects. */
export function commonServicesOn(port: number): ServiceEntry[] {
  const services: ServiceEntry[] = [];
  if (byPort || ++scanLookups > WARM_LOOKUPS) {
    for (const service of portMap().get(port) ?? []) services.push(copy(service));
  } else {
    const key = `${ROW_START}${port}${SEPARATOR}`;
    for (let at = COMMON_PORTS_TABLE.indexOf(key); at >= 0; at = COMMON_PORTS_TABLE.indexOf(key, at + 1)) {
      const parsed = parseCommonRow(rowAt(at + 1));
      if (parsed) services.push(parsed.service);
    }
  }
  for (const row of rangeRows()) {
    if (port >= row.port && port <= row.endPort) services.push(copy(row.service));
  }
  return services;
}
