// What the lookup command's entry notification says about a port: its range and every service on it, with
// the documents IANA cites as links. No `vscode` import, so that unit tests can read it in plain Node.
import { classifyPort, describePortClass, linkTarget, type PortInfo, type ServiceEntry } from '../core';

const sourceLabel: Record<ServiceEntry['source'], string> = { user: 'your settings', common: 'common software', iana: 'IANA' };

/**
 * One line per port, as a notification shows it: plain text, in which `[label](https://…)` is a link (the
 * only markup notifications read), so a label loses its square brackets and a URL its spaces and parentheses.
 */
export function lookupEntryText(info: PortInfo): string {
  const cls = classifyPort(info.port);
  const heading = cls === 'invalid' ? `Port ${info.port}` : `Port ${info.port} — ${describePortClass(cls)}`;
  const services = info.services.length > 0
    ? info.services.map(serviceText).join(' · ')
    : 'No service is registered on this port.';
  return `${heading} ${services}`;
}

function serviceText(service: ServiceEntry): string {
  const protocols = service.protocols.join('/') || 'protocol not stated';
  const references = (service.references ?? []).filter((r) => /^https?:\/\//.test(r.url))
    .map((r) => `[${r.label.replace(/[[\]]/g, '')}](${linkTarget(r.url)})`);
  const cites = references.length > 0 ? ` (${references.join(', ')})` : '';
  const description = service.description ? `: ${service.description}` : '';
  return `${service.name} (${protocols}, ${sourceLabel[service.source]})${description}${cites}`;
}
