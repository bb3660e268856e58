// container-port-mismatch, from two of the service's own statements about the same container: `expose: [8065]`
// while `ports:` maps `8065:8056`, the container side stated nowhere else. The host side repeating the exposed
// port is the shape of a typo (two digits swapped, a digit dropped): the author meant one port on both sides.
// Whatever the image's defaults and whatever a mounted config sets, one of the two statements is wrong.
// Precision first: a service may expose more ports than it publishes, so it stays quiet when the published
// container port is stated anywhere else (another expose entry, a setting, a route, the image's own ports),
// when the exposed port is itself published as a container port, for UDP, ranges and unread variables, and
// when a command or the host's network may make the container listen elsewhere.
import { lookupImage } from '../images/lookupImage';
import type { Finding, PortMention } from '../types';
import { finding } from '../catalogue';
import { lineNumberLookup } from './lineNumbers';

export function exposeContradictsPublish(mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  const lineOf = lineNumberLookup(text);
  for (const service of byService(mentions).values()) {
    const changedBy = service[0].portsChangedBy ?? '';
    if (/^(network_mode|command|entrypoint)/.test(changedBy)) continue;
    const tcp = (m: PortMention) => (m.protocol ?? 'tcp') === 'tcp';
    const exposed = service.filter((m) => m.role === 'expose' && m.context === 'expose');
    if (exposed.length === 0 || exposed.some((m) => !tcp(m) || m.endPort !== undefined)) continue;
    const published = service.filter((m) => m.role === 'container' && m.context === 'ports');
    // A publish whose container side cannot be read may be any port.
    if (service.some((m) => m.role === 'host' && m.peer === undefined)) continue;
    const info = service[0].image === undefined || service[0].image.includes('$') ? undefined : lookupImage(service[0].image);
    const statedElsewhere = (port: number, self: PortMention) => service.some((m) => m !== self && m.port <= port && port <= (m.endPort ?? m.port)
      && (m.role === 'expose' || m.role === 'container' || m.role === 'setting'))
      || (info?.ports.some((p) => p.port <= port && port <= (p.endPort ?? p.port)) ?? false);
    for (const mention of published) {
      if (!tcp(mention) || mention.endPort !== undefined || mention.peer === undefined || mention.peer.endPort !== undefined) continue;
      const host = mention.peer.port;
      if (host === mention.port || statedElsewhere(mention.port, mention)) continue;
      const expose = exposed.find((m) => m.port === host);
      // The exposed port published as a container port by another mapping is how the service answers there.
      if (!expose || published.some((m) => m !== mention && m.port <= host && host <= (m.endPort ?? m.port))) continue;
      const message = `ports: maps host port ${host} to container port ${mention.port}, but expose: on line ${lineOf(expose.start)} says the container listens on ${host}: `
        + `one of them is wrong, and the publish reaches nothing unless the container listens on ${mention.port}.`;
      const digits = text.slice(mention.start, mention.end) === String(mention.port) && !mention.split;
      const found = finding('container-port-mismatch', mention.start, mention.end, message,
        digits ? { title: `Use container port ${host}`, edits: [{ start: mention.start, end: mention.end, newText: String(host) }] } : undefined);
      // Same file: the workspace fills in the path (see localAnalysis).
      found.related = [{ path: '', start: expose.start, end: expose.end, message: `expose: says the container listens on ${host}.` }];
      findings.push(found);
    }
  }
  return findings;
}

function byService(mentions: readonly PortMention[]): Map<string, PortMention[]> {
  const map = new Map<string, PortMention[]>();
  for (const mention of mentions) {
    if (mention.service === undefined) continue;
    const list = map.get(mention.service);
    if (list) list.push(mention);
    else map.set(mention.service, [mention]);
  }
  return map;
}
