// The line of a hover that says what the service's (or the Dockerfile stage's) image runs on the port: the
// software and the image, or that the image does not listen there, or that the port is the application's own
// when the image is a runtime (node, python) or a server that listens only where its configuration says (haproxy),
// or that it listens on no port at all (a client that only dials out, as its owner documents: restic, watchtower).
import { codeSpan, escapeMarkdown, linkTarget } from './markdownText';
import { imagePortsIn, imagePortText } from './images/imagePorts';
import { lookupImage } from './images/lookupImage';
import type { ImageInfo, PortMention } from './types';

export interface ImageHoverLine {
  line: string;
  /** The software's name, so that the registry's own entry for it is not repeated. */
  software: string;
}

export function imageLine(mention: PortMention): ImageHoverLine | undefined {
  if (mention.image === undefined) return undefined;
  const info = lookupImage(mention.image);
  if (!info) return undefined;
  const said = imageSentence(mention, info);
  return said && { ...said, line: `${said.line}${sourceLink(info.url)}` };
}

/** ` · [Dockerfile](…)` or ` · [documentation](…)`: where the row's ports are stated, so the reader can check
 *  them, as the registry's lines link theirs. */
function sourceLink(url: string): string {
  if (!/^https:\/\//.test(url)) return '';
  const label = /\/Dockerfile[^/]*$/i.test(url) ? 'Dockerfile' : 'documentation';
  return ` · [${label}](${linkTarget(url)})`;
}

function imageSentence(mention: PortMention, info: ImageInfo): ImageHoverLine | undefined {
  const port = containerPortOf(mention, info);
  if (!port) return undefined;
  const software = `**${escapeMarkdown(info.software)}**`;
  const from = `from image ${codeSpan(info.image)}`;
  if (info.listensOnNoPort) {
    const written = port.low === port.high ? `${port.low}` : `${port.low}–${port.high}`;
    // A client's own documentation says so: a port mapped to it reaches nothing, unless something turns a server on.
    const line = mention.portsChangedBy !== undefined
      ? `listens on no port by default; the service's ${escapeMarkdown(mention.portsChangedBy)} may change that.`
      : info.portSettings && info.portSettings.length > 0
        ? `listens on no port unless configured to (${info.portSettings.map(codeSpan).join(', ')}): by default nothing in the container answers on port ${written}.`
        : `listens on no port, so nothing in the container answers on port ${written}.`;
    return { software: info.software, line: `${software}, ${from}: ${line}` };
  }
  if (info.ports.length === 0) {
    return { software: info.software,
      line: `${software}, ${from}, listens on no fixed port of its own: this one is the application's, or set by its configuration.` };
  }
  const ports = imagePortsIn(info, port.low, port.high);
  if (ports.length > 0) {
    const description = [...new Set(ports.map((p) => withoutName(p.description, info.software)))].map(escapeMarkdown).join('; ');
    return { software: info.software, line: `${software} ${description}, ${from}` };
  }
  const listens = info.ports.map((p) => `${imagePortText(p)} (${escapeMarkdown(p.description)})`).join(', ');
  const written = port.low === port.high ? `${port.low}` : `${port.low}–${port.high}`;
  if (mention.networkSharedWith !== undefined) {
    const names = mention.networkSharedWith.map((name) => codeSpan(name)).join(', ');
    const joins = mention.networkSharedWith.length > 1 ? 'which join' : 'which joins';
    return { software: info.software,
      line: `${software}, ${from}, does not listen on container port ${written} itself: the port may be published here for ${names}, ${joins} this service's network (${codeSpan(`network_mode: service:${mention.service}`)}).` };
  }
  // The image's own port setting is what moves it: here is where it listens now.
  if (port.setting !== undefined) {
    return { software: info.software,
      line: `${software}, ${from}, listens on ${written} as ${codeSpan(port.setting)} sets it, instead of its default ${listens}.` };
  }
  const unless = mention.portsChangedBy !== undefined
    ? `; the service's ${escapeMarkdown(mention.portsChangedBy)} may move it here`
    : info.portSettings && info.portSettings.length > 0 ? `, unless configured otherwise (${info.portSettings.map(codeSpan).join(', ')})` : '';
  return { software: info.software,
    line: `${software}, ${from}, does not listen on container port ${written} by default: it listens on ${listens}${unless}.` };
}

/** The container port the mention stands for, when it is one the image could listen on: a published or exposed
 *  container port, the container side of a publish, or a setting that is the image's own port setting (a
 *  runtime's `PORT`). A URL in a setting points at another service, so it has none. */
function containerPortOf(mention: PortMention, info: ImageInfo): { low: number; high: number; setting?: string } | undefined {
  switch (mention.role) {
    case 'container':
    case 'expose':
      return { low: mention.port, high: mention.endPort ?? mention.port };
    case 'host':
      return mention.peer ? { low: mention.peer.port, high: mention.peer.endPort ?? mention.peer.port } : undefined;
    case 'setting': {
      const key = mention.context?.split(' ').pop() ?? '';
      if (info.portSettings?.includes(key)) return { low: mention.port, high: mention.endPort ?? mention.port, setting: key };
      return info.ports.length === 0 && !info.listensOnNoPort && key.toUpperCase() === 'PORT' ? { low: mention.port, high: mention.endPort ?? mention.port } : undefined;
    }
    default:
      return undefined;
  }
}

/** "PostgreSQL protocol" after **PostgreSQL** reads as "**PostgreSQL** protocol". */
function withoutName(description: string, software: string): string {
  const prefix = `${software} `;
  return description.length > prefix.length && description.toLowerCase().startsWith(prefix.toLowerCase()) ? description.slice(prefix.length) : description;
}
