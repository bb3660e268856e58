// container-port-mismatch: a compose service publishes or exposes container ports its image does not listen
// on, and nothing in the service can have moved the image there (`grafana/grafana` with "8080:8080": Grafana
// listens on 3000, so the publish reaches nothing). Conservative by design: it stays quiet whenever the service
// might have changed the port (see `PortMention.portsChangedBy`), whenever one of its container ports is one the
// image listens on or cannot be read, and for images it does not know or that run the application's own ports.
import { imagePortsIn, imagePortText } from '../images/imagePorts';
import { imageTag } from '../images/imageReference';
import { lookupImage } from '../images/lookupImage';
import { portMovedOnlyBy } from '../images/portMovedOnlyBy';
import type { Finding, ImageInfo, PortMention } from '../types';
import { finding } from '../catalogue';
import { exposeContradictsPublish } from './exposeContradictsPublish';

export function containerPortMismatch(mentions: readonly PortMention[], text: string): Finding[] {
  const findings = imagePortMismatch(mentions, text);
  // The service's own statements contradicting each other, whatever the image: where the image's word already
  // flagged the same port, that finding stands alone.
  for (const found of exposeContradictsPublish(mentions, text)) {
    if (!findings.some((f) => f.start === found.start)) findings.push(found);
  }
  return findings;
}

/** The image's word alone: container ports its image does not listen on. Also used on a service merged from an
 *  override and its base (workspace/mergedImagePortMismatch.ts), whose image stands in another file. */
export function imagePortMismatch(mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  for (const service of servicesWithImages(mentions).values()) {
    const first = service[0];
    // A variable left in the reference (even in the tag) may name another image or version: no guess.
    if (first.portsChangedBy !== undefined || first.networkSharedWith !== undefined || first.image === undefined || first.image.includes('$')) continue;
    const info = lookupImage(first.image);
    if (!info || info.ports.length === 0) continue;
    const containerPorts = service.filter(isContainerSide);
    if (containerPorts.length === 0 || service.some(hasUnreadContainerPort)) continue;
    if (containerPorts.some((m) => imagePortsIn(info, m.port, m.endPort ?? m.port).length > 0)) continue;
    if (tagNamesSoftwareOn(first.image, containerPorts)) continue;
    // A setting of the service that names the port (a health check, an environment value) says something listens
    // there. A proxy's route does not: it only repeats where the same author believes the service listens
    // (`${APP_PORT}:80` with a label routing to 80, for an image that listens on 3001).
    // For an image whose documentation names every way its port moves, a setting under another name (a generic
    // PORT=11435 beside Ollama) is not the software's.
    const onlyBy = portMovedOnlyBy(first.image)?.settings;
    // A URL that writes no port (ROOT_URL=http://localhost) is where users reach the service through the host's
    // mapping: it names no container port.
    const named = new Set(service.filter((m) => m.role === 'setting' && (m.route === undefined || m.route === 'healthcheck')
      && !(m.implicit && m.context?.startsWith('environment ')) && (!onlyBy || m.route === 'healthcheck' || onlyBy.includes(m.context ?? ''))).map((m) => m.port));
    if (containerPorts.some((m) => named.has(m.port))) continue;
    const fixTo = containerPorts.length === 1 ? onlyPort(info) : undefined;
    for (const mention of containerPorts) findings.push(mismatch(mention, info, text, fixTo, onlyBy));
  }
  return findings;
}

/** A tag whose word names other software that listens on a published container port: one project publishing its
 *  parts under one image name (`ghcr.io/bluewave-labs/checkmate:redis-dist` with `6379:6379` is Redis, not the
 *  Checkmate server). The image's row describes its main program; the tag's software agrees with the mapping, so
 *  the mapping is no evidence of a mistake. (`umami:postgresql-latest` on 3000 still meets Umami's own row.) */
function tagNamesSoftwareOn(image: string, containerPorts: readonly PortMention[]): boolean {
  const tag = imageTag(image);
  if (tag === undefined) return false;
  for (const word of tag.toLowerCase().split(/[-._]/)) {
    if (!/^[a-z]{3,}$/.test(word)) continue;
    const other = lookupImage(word);
    if (other !== undefined && containerPorts.some((m) => imagePortsIn(other, m.port, m.endPort ?? m.port).length > 0)) return true;
  }
  return false;
}

/** The mentions of each compose service whose image is known, by service. */
function servicesWithImages(mentions: readonly PortMention[]): Map<string, PortMention[]> {
  const byService = new Map<string, PortMention[]>();
  for (const mention of mentions) {
    if (mention.service === undefined || mention.image === undefined) continue;
    const list = byService.get(mention.service);
    if (list) list.push(mention);
    else byService.set(mention.service, [mention]);
  }
  return byService;
}

/** A container port of `ports:` (published) or `expose:`. */
export function isContainerSide(mention: PortMention): boolean {
  return (mention.role === 'container' && mention.context === 'ports') || (mention.role === 'expose' && mention.context === 'expose');
}

/** A publish whose container side is set by a variable that cannot be read: it may be the image's port. */
function hasUnreadContainerPort(mention: PortMention): boolean {
  return mention.role === 'host' && mention.peer === undefined;
}

/** The image's one port, when it has exactly one (a range is not one). */
function onlyPort(info: ImageInfo): number | undefined {
  if (info.ports.length !== 1) return undefined;
  const [port] = info.ports;
  return port.endPort === undefined || port.endPort === port.port ? port.port : undefined;
}

function mismatch(mention: PortMention, info: ImageInfo, text: string, fixTo: number | undefined, onlyBy?: readonly string[]): Finding {
  const written = mention.endPort !== undefined && mention.endPort !== mention.port ? `${mention.port}–${mention.endPort}` : `${mention.port}`;
  const listens = info.ports.map((p) => `${imagePortText(p)} (${p.description})`).join(', ');
  const named = onlyBy ?? info.portSettings;
  const settings = named && named.length > 0 ? ` (${named.join(', ')})` : '';
  const message = `${info.software} (image ${info.image}) listens on ${listens} inside the container, not on ${written}: `
    + `unless the service is configured to listen there${settings}, nothing answers on this port. `
    + (fixTo !== undefined ? `Use container port ${fixTo}.` : 'Use one of the ports the image listens on.');
  // The fix rewrites the port as written: only digits (not a variable, not a range) are replaced.
  const canFix = fixTo !== undefined && /^[0-9]+$/.test(text.slice(mention.start, mention.end)) && !mention.split;
  return finding('container-port-mismatch', mention.start, mention.end, message,
    canFix ? { title: `Change the container port to ${fixTo}`, edits: [{ start: mention.start, end: mention.end, newText: String(fixTo) }] } : undefined);
}
