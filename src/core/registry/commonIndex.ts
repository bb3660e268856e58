// Reads the curated table (commonPorts.ts). A lookup finds its port's lines with one string search;
// the whole table is parsed only for search (and tests), on first use.
import type { Protocol, ServiceEntry } from '../types';
import { COMMON_PORTS_TABLE } from './commonPorts';

export interface PortedService {
  /** The port (for a range, its first port) and last port the service covers. */
  port: number;
  endPort: number;
  service: ServiceEntry;
}

const PROTOCOLS: readonly Protocol[] = ['tcp', 'udp', 'sctp', 'dccp'];
const ROW = /^(\d+)(?:-(\d+))? \| ([a-z+]+) \| ([^|]+?) \| ([^|]+?) \| (https:\/\/\S+)$/;

let all: PortedService[] | undefined;
let ranges: PortedService[] | undefined;

/** One table line as a service, or undefined for headings and anything malformed. */
export function parseCommonRow(line: string): PortedService | undefined {
  const match = ROW.exec(line);
  if (!match) return undefined;
  const port = Number(match[1]);
  const endPort = match[2] === undefined ? port : Number(match[2]);
  const protocols = PROTOCOLS.filter((p) => match[3].split('+').includes(p));
  return {
    port,
    endPort,
    service: { name: match[4], protocols, description: match[5], source: 'common', url: match[6] },
  };
}

/** Every row of the table, in its order. */
export function allCommonServices(): readonly PortedService[] {
  if (all) return all;
  all = [];
  for (const line of COMMON_PORTS_TABLE.split('\n')) {
    const row = parseCommonRow(line);
    if (row) all.push(row);
  }
  return all;
}

function rangeRows(): PortedService[] {
  if (ranges) return ranges;
  ranges = [];
  for (const match of COMMON_PORTS_TABLE.matchAll(/^\d+-\d+ \|.*$/gm)) {
    const row = parseCommonRow(match[0]);
    if (row) ranges.push(row);
  }
  return ranges;
}

/** The curated services on a port, in the table's order, ranges after single-port rows. Fresh objects. */
export function commonServicesOn(port: number): ServiceEntry[] {
  const services: ServiceEntry[] = [];
  const needle = `\n${port} | `;
  for (let at = COMMON_PORTS_TABLE.indexOf(needle); at >= 0; at = COMMON_PORTS_TABLE.indexOf(needle, at + 1)) {
    const end = COMMON_PORTS_TABLE.indexOf('\n', at + 1);
    const row = parseCommonRow(COMMON_PORTS_TABLE.slice(at + 1, end < 0 ? undefined : end));
    if (row) services.push(row.service);
  }
  for (const row of rangeRows()) {
    if (port >= row.port && port <= row.endPort) services.push({ ...row.service, protocols: [...row.service.protocols] });
  }
  return services;
}
