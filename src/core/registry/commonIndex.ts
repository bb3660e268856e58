// Reads the curated table (commonPorts.ts). The first lookups pick their port's rows by prefix, so
// nothing is parsed at load; after WARM_LOOKUPS, or for search, the table is parsed once into a map.
import type { Protocol, ServiceEntry } from '../types';
import { COMMON_PORTS_TABLE } from './commonPorts';

export interface PortedService {
  /** The port (for a range, its first port) and last port the service covers. */
  port: number;
  endPort: number;
  service: ServiceEntry;
}

/** Lookups answered by scanning row prefixes before the per-port map is worth building. */
const WARM_LOOKUPS = 32;
const PROTOCOLS: readonly Protocol[] = ['tcp', 'udp', 'sctp', 'dccp'];
const SEPARATOR = ' | ';

let all: PortedService[] | undefined;
let ranges: PortedService[] | undefined;
let byPort: Map<number, ServiceEntry[]> | undefined;
let scanLookups = 0;

function isDigits(text: string): boolean {
  return text.length > 0 && text.length <= 5 && [...text].every((ch) => ch >= '0' && ch <= '9');
}

/** One table row as a service, or undefined for headings and anything malformed. */
export function parseCommonRow(row: string): PortedService | undefined {
  const fields = row.split(SEPARATOR);
  if (fields.length !== 5) return undefined;
  const [ports, protocolList, name, description, url] = fields.map((f) => f.trim());
  const [first, last = first] = ports.split('-');
  if (!isDigits(first) || !isDigits(last)) return undefined;
  const port = Number(first);
  const endPort = Number(last);
  if (port > 65535 || endPort > 65535 || endPort < port) return undefined;
  const protocols = PROTOCOLS.filter((p) => protocolList.split('+').includes(p));
  if (protocols.length === 0 || name === '' || description === '') return undefined;
  if (!url.startsWith('https://') || /\s/.test(url)) return undefined;
  return { port, endPort, service: { name, protocols, description, source: 'common', url } };
}

/** Every row of the table, in its order. */
export function allCommonServices(): readonly PortedService[] {
  if (all) return all;
  all = [];
  for (const row of COMMON_PORTS_TABLE) {
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
  for (const row of COMMON_PORTS_TABLE) {
    const dash = row.indexOf('-');
    if (dash < 0 || dash > row.indexOf(SEPARATOR)) continue;
    const parsed = parseCommonRow(row);
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
    const prefix = `${port}${SEPARATOR}`;
    for (const row of COMMON_PORTS_TABLE) {
      if (!row.startsWith(prefix)) continue;
      const parsed = parseCommonRow(row);
      if (parsed) services.push(parsed.service);
    }
  }
  for (const row of rangeRows()) {
    if (port >= row.port && port <= row.endPort) services.push(copy(row.service));
  }
  return services;
}
