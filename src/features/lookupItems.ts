// What the lookup command's two pickers show, as plain data (no `vscode` import, so unit tests read it in Node):
// the results of a search, in the core's order, or one row saying why there are none; and a port's entry, one
// row per service with its description and sources, readable where a notification ran it all into one line.
import { classifyPort, noResultsReason, searchPorts, type PortInfo, type ServiceEntry } from '../core';

export interface LookupRow {
  label: string;
  description?: string;
  detail?: string;
  /** The port a result row stands for; none for the row that says why there are no results. */
  info?: PortInfo;
  /** For a service of an entry: where its port is documented. */
  url?: string;
}

/** VS Code's picker sorts the rows whose label matches what was typed by how well it matches ("80" would put
 *  800, 801 and 802 before 8080), undoing the core's ranking; sortByLabel, which turns that off, is a proposed
 *  API. A word joiner (U+2060, invisible and without width) between the digits keeps typed digits from matching
 *  the label, so no row is favoured and the core's order stands. */
export function unmatchableDigits(port: number): string {
  return String(port).split('').join('\u2060');
}

const sourceLabel: Record<ServiceEntry['source'], string> = { user: 'your settings', common: 'common software', iana: 'IANA' };

export function lookupRows(query: string, limit: number): LookupRow[] {
  const results = searchPorts(query, limit);
  const reason = noResultsReason(query, results);
  if (reason) return [{ label: reason, detail: 'Try a port number (5432), a name (kafka) or words (web server).' }];
  return results.map((info) => {
    const names = [...new Set(info.services.map((service) => service.name))];
    const first = info.services.find((service) => service.description.trim() !== '')?.description;
    return {
      label: unmatchableDigits(info.port),
      description: names.length > 0 ? names.slice(0, 4).join(', ') + (names.length > 4 ? ', …' : '') : 'unassigned',
      detail: first ? `${info.class} · ${first}` : info.services.length > 0 ? info.class : `${info.class} · No service is registered on this port.`,
      info,
    };
  });
}

/** The entry's title: "Port 9092 · registered (1024–49151)". */
export function entryTitle(info: PortInfo): string {
  const cls = classifyPort(info.port);
  const spans = { 'well-known': '0–1023', registered: '1024–49151', dynamic: '49152–65535' } as const;
  return cls === 'invalid' ? `Port ${info.port}` : `Port ${info.port} · ${cls} (${spans[cls]})`;
}

/** One row per service on the port: its name, protocols and source, and its description with the documents it
 *  cites on the line below. */
export function entryRows(info: PortInfo): LookupRow[] {
  if (info.services.length === 0) return [{ label: 'No service is registered on this port.' }];
  return info.services.map((service) => {
    const protocols = service.protocols.join('/') || 'protocol not stated';
    const cites = (service.references ?? []).map((reference) => reference.label);
    const detail = [service.description.trim(), cites.length > 0 ? `cites ${cites.join(', ')}` : ''].filter(Boolean).join(' · ');
    const row: LookupRow = { label: service.name, description: `${protocols} · ${sourceLabel[service.source]}` };
    if (detail) row.detail = detail;
    if (service.url && /^https?:\/\//.test(service.url)) row.url = service.url;
    return row;
  });
}
