// A team's own ports, fed at run time (the editor layer reads them from the `portLens.customPorts`
// setting). Entries come from user settings, so anything malformed is skipped, never thrown on.
import type { CustomPortEntry, Protocol, ServiceEntry } from '../types';
import type { PortedService } from './commonIndex';

const PROTOCOLS: readonly Protocol[] = ['tcp', 'udp', 'sctp', 'dccp'];

let custom: PortedService[] = [];

function isPort(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 65535;
}

function toPortedService(entry: CustomPortEntry): PortedService | undefined {
  if (!entry || typeof entry !== 'object' || !isPort(entry.port)) return undefined;
  const name = typeof entry.name === 'string' ? entry.name.trim() : '';
  if (name === '') return undefined;
  const endPort = entry.endPort === undefined || entry.endPort === null ? entry.port : entry.endPort;
  if (!isPort(endPort) || endPort < entry.port) return undefined;
  const protocols = Array.isArray(entry.protocols)
    ? PROTOCOLS.filter((p) => entry.protocols!.some((q) => typeof q === 'string' && q.toLowerCase() === p))
    : [];
  const service: ServiceEntry = {
    name,
    protocols: protocols.length > 0 ? protocols : ['tcp'],
    description: typeof entry.description === 'string' ? entry.description.trim() : '',
    source: 'user',
  };
  if (typeof entry.url === 'string' && entry.url.trim() !== '') service.url = entry.url.trim();
  return { port: entry.port, endPort, service };
}

/** Replaces the user's entries (call again with the new setting; `[]` clears them). */
export function setCustomPorts(entries: CustomPortEntry[]): void {
  custom = [];
  if (!Array.isArray(entries)) return;
  for (const entry of entries) {
    const ported = toPortedService(entry);
    if (ported) custom.push(ported);
  }
}

/** The user's services on a port, in the order the setting lists them. Fresh objects. */
export function customServicesOn(port: number): ServiceEntry[] {
  const services: ServiceEntry[] = [];
  for (const { port: start, endPort, service } of custom) {
    if (port >= start && port <= endPort) services.push({ ...service, protocols: [...service.protocols] });
  }
  return services;
}

export function allCustomServices(): readonly PortedService[] {
  return custom;
}
