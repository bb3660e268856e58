// Everything the registry knows about one port: the user's entries, then curated common software,
// then IANA's assignments.
import { classifyPort } from '../ranges';
import type { PortInfo, ServiceEntry } from '../types';
import { commonServicesOn } from './commonIndex';
import { customServicesOn } from './customPorts';
import { iana } from './ianaIndex';

function sameThing(a: ServiceEntry, b: ServiceEntry): boolean {
  return a.name.toLowerCase() === b.name.toLowerCase() && a.description.toLowerCase() === b.description.toLowerCase();
}

/** undefined only for what is not a port number; an unassigned port gets an empty services list. */
export function lookupPort(port: number): PortInfo | undefined {
  const cls = classifyPort(port);
  if (cls === 'invalid') return undefined;
  const services = [...customServicesOn(port), ...commonServicesOn(port)];
  for (const service of iana.services(port)) {
    // IANA and the curated table may say the very same thing; show it once.
    if (!services.some((s) => sameThing(s, service))) services.push(service);
  }
  return { port, class: cls, services };
}
