// Everything the registry knows about one port: the user's entries, then curated common software,
// then IANA's assignments.
import { classifyPort } from '../ranges';
import type { PortInfo, ServiceEntry } from '../types';
import { commonServicesOn } from './commonIndex';
import { customServicesOn } from './customPorts';
import { ianaTable } from './ianaIndex';

/** Whether a service already listed says the very same thing (IANA and the curated table sometimes do). */
function alreadyListed(services: ServiceEntry[], service: ServiceEntry): boolean {
  const name = service.name.toLowerCase();
  const description = service.description.toLowerCase();
  for (const s of services) {
    if (s.name.toLowerCase() === name && s.description.toLowerCase() === description) return true;
  }
  return false;
}

/** undefined only for what is not a port number; an unassigned port gets an empty services list. */
export function lookupPort(port: number): PortInfo | undefined {
  const cls = classifyPort(port);
  if (cls === 'invalid') return undefined;
  const services = customServicesOn(port);
  for (const service of commonServicesOn(port)) services.push(service);
  for (const service of ianaTable().services(port)) {
    if (!alreadyListed(services, service)) services.push(service);
  }
  return { port, class: cls, services };
}
