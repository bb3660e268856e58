// container-port-mismatch, from two of the service's own statements about the same container: `expose: [8065]`
// while `ports:` maps `8065:8056`, the container side stated nowhere else. The host side repeating the exposed
// port is the shape of a typo (two digits swapped, a digit dropped): the author meant one port on both sides.
// Whatever the image's defaults and whatever a mounted config sets, one of the two statements is wrong.
// Precision first: a service may expose more ports than it publishes, so it stays quiet when the published
// container port is stated anywhere else (another expose entry, a setting, a route, the image's own ports),
// when the exposed port is itself published as a container port, for UDP, ranges and unread variables, and
// when a command or the host's network may make the container listen elsewhere. The same holds for a host side
// set by a variable named for a port (`${UNIFI_PORT_6789}:67`): the name is the author's statement.
import { lookupImage } from '../images/lookupImage';
import type { Finding, ImageInfo, PortMention } from '../types';
import { finding } from '../catalogue';
import { lineNumberLookup } from './lineNumbers';
import { mentionsByService } from './mentionsByService';

export function exposeContradictsPublish(mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  const lineOf = lineNumberLookup(text);
  for (const service of mentionsByService(mentions).values()) {
    const changedBy = service[0].portsChangedBy ?? '';
    if (/^(network_mode|command|entrypoint)/.test(changedBy)) continue;
    const tcp = (m: PortMention) => (m.protocol ?? 'tcp') === 'tcp';
    const exposed = service.filter((m) => m.role === 'expose' && m.context === 'expose');
    const exposeReadable = exposed.length > 0 && exposed.every((m) => tcp(m) && m.endPort === undefined);
    const published = service.filter((m) => m.role === 'container' && m.context === 'ports');
    // A publish whose container side cannot be read may be any port.
    if (service.some((m) => m.role === 'host' && m.peer === undefined)) continue;
    const info = service[0].image === undefined || service[0].image.includes('$') ? undefined : lookupImage(service[0].image);
    const statedElsewhere = (port: number, self: PortMention) => service.some((m) => m !== self && m.port <= port && port <= (m.endPort ?? m.port)
      && (m.role === 'expose' || m.role === 'container' || m.role === 'setting'))
      || (info?.ports.some((p) => p.port <= port && port <= (p.endPort ?? p.port)) ?? false);
    for (const mention of exposeReadable ? published : []) {
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
    findings.push(...variableNameContradicts(service, published, statedElsewhere, text));
    if (info && exposeReadable) findings.push(...exposedHostPort(service, exposed, published, info, text, lineOf));
  }
  return findings;
}

/**
 * The mirror case, decided by the image: `expose: [9443]` beside `9443:443`, where the image listens on 443 and
 * not on 9443. The container side agrees with the image, so the expose entry is the one that is wrong: it names
 * the host port. Quiet when the exposed port is one of the image's, is published or set anywhere else.
 */
const HTTP_PAIRS: readonly (readonly number[])[] = [[80, 443], [8080, 8443]];

function exposedHostPort(service: readonly PortMention[], exposed: readonly PortMention[], published: readonly PortMention[],
  info: ImageInfo, text: string, lineOf: (offset: number) => number): Finding[] {
  const findings: Finding[] = [];
  const imageListens = (port: number) => info.ports.some((p) => p.protocol === 'tcp' && p.port <= port && port <= (p.endPort ?? p.port));
  for (const expose of exposed) {
    const port = expose.port;
    if (imageListens(port)) continue;
    const mapping = published.find((m) => m.peer?.port === port && m.peer.endPort === undefined && m.endPort === undefined && (m.protocol ?? 'tcp') === 'tcp');
    if (!mapping || mapping.port === port || !imageListens(mapping.port)) continue;
    // An image that serves HTTPS on 443 (8443) often serves plain HTTP on 80 (8080) too, whatever its row lists.
    if (HTTP_PAIRS.some((pair) => pair.includes(port) && pair.includes(mapping.port))) continue;
    // Any other statement of the exposed port (a container side, a setting, a route, a health check) may mean
    // the service is configured to listen there too.
    if (service.some((m) => m !== expose && m.port <= port && port <= (m.endPort ?? m.port) && (m.role === 'container' || m.role === 'setting' || m.role === 'expose'))) continue;
    const message = `expose: says the container listens on ${port}, but ports: on line ${lineOf(mapping.start)} maps host port ${port} to container port ${mapping.port}, `
      + `where ${info.software} (image ${info.image}) listens: expose: names the host port. Use ${mapping.port}.`;
    const digits = text.slice(expose.start, expose.end) === String(port) && !expose.split;
    const found = finding('container-port-mismatch', expose.start, expose.end, message,
      digits ? { title: `Expose ${mapping.port}`, edits: [{ start: expose.start, end: expose.end, newText: String(mapping.port) }] } : undefined);
    found.related = [{ path: '', start: mapping.start, end: mapping.end, message: `ports: publishes container port ${mapping.port}, where the image listens.` }];
    findings.push(found);
  }
  return findings;
}

/** A host side set by a variable named for a port (`${UNIFI_PORT_6789}`, the app stores' convention of naming
 *  each publish's variable for its container port) while the container side says another (`:67`). Below 20 the
 *  number is more likely an index (`WEB_PORT_2`) than a port. */
const PORT_IN_NAME = /(?:^|_)PORT_([0-9]{2,5})$/i;

function variableNameContradicts(service: readonly PortMention[], published: readonly PortMention[],
  statedElsewhere: (port: number, self: PortMention) => boolean, text: string): Finding[] {
  const findings: Finding[] = [];
  for (const mention of published) {
    if (mention.endPort !== undefined || !mention.entry) continue;
    const host = service.find((m) => m.role === 'host' && m.context === 'ports' && m.entry?.start === mention.entry!.start);
    const written = host?.variable?.name ?? mention.unresolved?.peer;
    const name = written?.replace(/^\$\{?/, '').replace(/[:?}].*$/s, '').replace(/[-?]$/, '');
    const named = name === undefined ? undefined : PORT_IN_NAME.exec(name);
    if (!named || !name) continue;
    const port = Number(named[1]);
    if (port < 20 || port > 65535 || port === mention.port || statedElsewhere(mention.port, mention)) continue;
    const at = text.indexOf(name, mention.entry.start);
    const message = `ports: publishes container port ${mention.port} through the variable ${name}, whose name says ${port}: `
      + `one of them is wrong, and the publish reaches nothing unless the container listens on ${mention.port}.`;
    const digits = text.slice(mention.start, mention.end) === String(mention.port) && !mention.split;
    const found = finding('container-port-mismatch', mention.start, mention.end, message,
      digits ? { title: `Use container port ${port}`, edits: [{ start: mention.start, end: mention.end, newText: String(port) }] } : undefined);
    if (at >= 0 && at < mention.start) found.related = [{ path: '', start: at, end: at + name.length, message: `The variable ${name} is named for port ${port}.` }];
    findings.push(found);
  }
  return findings;
}
