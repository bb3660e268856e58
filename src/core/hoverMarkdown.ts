// What a hover says about one port mention, most specific first and short enough to read without scrolling
// (about ten lines): the number and its range on the title line, then what the workspace knows runs there (the
// service a target reaches, the image's software), the role the surrounding syntax gives the port, and the
// registry: in full only when nothing more specific is known, else its names on one line. The findings on the
// port are not repeated (VS Code shows them with the hover): one line points at them. Markdown, kept plain so
// that it reads well in light and dark themes alike (no colours, no HTML).
import type { Finding, PortInfo, PortMention, ServiceEntry } from './types';
import { imageLine } from './imageHover';
import { codeSpan, escapeMarkdown, linkTarget } from './markdownText';
import { kubernetesRoleLine } from './kubernetesHover';
import { classifyPort } from './ranges';

const sourceLabel: Record<ServiceEntry['source'], string> = { user: 'your settings', common: 'common software', iana: 'IANA' };

/** Registry entries listed in full when nothing more specific is known; the rest are named on one line. */
const LISTED_SERVICES = 3;
/** Names on the one registry line: few enough that it stays one line. */
const NAMED_SERVICES = 3;

export interface HoverContext {
  /** What the rest of the workspace says about the port that is more specific than the registry (the service a
   *  target reaches and what it listens on): shown first. */
  lead?: readonly string[];
  /** Other notes from the workspace (other projects that publish the same host port): shown after the registry. */
  notes?: readonly string[];
}

export function hoverMarkdown(mention: PortMention, info: PortInfo | undefined, findings: readonly Finding[], context: HoverContext = {}): string {
  const paragraphs: string[] = [];
  paragraphs.push(`**${portTitle(mention)}**${mention.implicit ? ' (implicit: the default for this syntax)' : ''} · ${rangeWords(mention)}`);
  const lead = context.lead ?? [];
  paragraphs.push(...lead);
  // What the service's image runs there comes before anything the registry says of the number.
  const image = imageLine(mention);
  if (image) paragraphs.push(image.line);
  if (mention.variable) paragraphs.push(`The value of ${codeSpan(mention.variable.name)} ${escapeMarkdown(mention.variable.source)}.`);
  if (mention.split) paragraphs.push(`Written across a line continuation: Docker reads it as ${span(mention.port, mention.endPort)}.`);
  const role = roleLine(mention);
  if (role) paragraphs.push(role);
  if (info && info.services.length > 0) {
    // The team's own names (portLens.customPorts) stay whole: they said what the port is for them.
    const own = info.services.filter((s) => s.source === 'user');
    const listed = image || lead.length > 0 ? own : [...own, ...info.services.filter((s) => s.source !== 'user').slice(0, LISTED_SERVICES)];
    if (listed.length > 0) paragraphs.push(listed.map((service) => `- ${serviceLine(service)}`).join('\n'));
    // A name already listed (IANA's http on sctp after http on tcp and udp) is not named again.
    const listedNames = new Set(listed.map((service) => service.name.trim().toLowerCase()));
    const others = alsoUsedByLine(info.services.filter((s) => !listed.includes(s) && !listedNames.has(s.name.trim().toLowerCase())), image?.software);
    if (others) paragraphs.push(others);
  } else if (info && !image && lead.length === 0) {
    paragraphs.push('No service is registered on this port, by IANA or in the common-software table.');
  }
  paragraphs.push(...(context.notes ?? []));
  const pointer = problemPointer(findings);
  if (pointer) paragraphs.push(pointer);
  return paragraphs.join('\n\n');
}

/** One line instead of the findings' messages, which VS Code already shows in the same hover. */
function problemPointer(findings: readonly Finding[]): string | undefined {
  if (findings.length === 0) return undefined;
  const codes = [...new Set(findings.map((finding) => finding.code))].join(', ');
  return findings.length === 1 ? `_See the problem reported here (${codes})._` : `_See the ${findings.length} problems reported here (${codes})._`;
}

/** "registered (1024–49151)": the class of the number, for the title line. */
function rangeWords(mention: PortMention): string {
  const startClass = classifyPort(mention.port);
  const endClass = mention.endPort !== undefined ? classifyPort(mention.endPort) : startClass;
  if (startClass === 'invalid' || endClass === 'invalid') return 'not a valid port number (0–65535)';
  if (startClass !== endClass) return `spans the ${startClass} and ${endClass} ranges`;
  return `${startClass} (${CLASS_SPANS[startClass]})`;
}

const CLASS_SPANS: Record<'well-known' | 'registered' | 'dynamic', string> = { 'well-known': '0–1023', registered: '1024–49151', dynamic: '49152–65535' };

function portTitle(mention: PortMention): string {
  const protocol = mention.protocol ? `/${mention.protocol}` : '';
  return mention.endPort !== undefined && mention.endPort !== mention.port
    ? `Ports ${mention.port}–${mention.endPort}${protocol}`
    : `Port ${mention.port}${protocol}`;
}

function roleLine(mention: PortMention): string | undefined {
  if (mention.kubernetes) return kubernetesRoleLine(mention, codeSpan);
  const where = mention.service ? ` (${serviceDetails(mention, mention.service)})` : '';
  const protocol = mention.protocol ?? 'tcp';
  // A part set by a variable that cannot be read is named as written, not guessed.
  const unresolved = mention.unresolved ?? {};
  const on = mention.hostIp ? `on ${mention.hostIp}`
    : unresolved.hostIp ? `on the address from ${codeSpan(unresolved.hostIp)}` : 'on every interface';
  const peer = mention.peer ? span(mention.peer.port, mention.peer.endPort) : undefined;
  switch (mention.role) {
    case 'host':
      return `**Published:** host ${span(mention.port, mention.endPort)} ${on} → container ${peer ?? (unresolved.peer ? codeSpan(unresolved.peer) : '?')}/${protocol}${where}`;
    case 'container':
      // The host side of the mapping has its own hover, which says on which address it is published.
      if (peer) return `**Container port:** ${span(mention.port, mention.endPort)}/${protocol}, published as host port ${peer}${where}`;
      if (unresolved.peer) {
        return `**Container port:** ${span(mention.port, mention.endPort)}/${protocol}, published as the host port from ${codeSpan(unresolved.peer)}, which the .env beside this file does not set${where}`;
      }
      return `**Container port:** ${span(mention.port, mention.endPort)}/${protocol}, published on a host port the engine picks${where}`;
    case 'expose':
      return `**Exposed:** ${span(mention.port, mention.endPort)}/${protocol} is documented as used by the container but not published to the host${where}`;
    case 'listen':
      return `**nginx listens** on ${mention.hostIp ? mention.hostIp : 'every address'}, port ${span(mention.port, mention.endPort)}/${protocol}`;
    case 'upstream':
      return `**Upstream:** nginx connects to ${mention.hostIp ? `${mention.hostIp}:` : 'port '}${mention.port}${mention.context ? ` (${codeSpan(mention.context)})` : ''}`;
    case 'setting':
      return mention.context ? `**Setting:** ${codeSpan(mention.context)}${where}` : undefined;
  }
}

/** `service \`db\``, and when they bear on the port: the profiles it runs in and how many containers it runs. */
function serviceDetails(mention: PortMention, service: string): string {
  const parts = [`service ${codeSpan(service)}`];
  if (mention.profiles) parts.push(`${mention.profiles.length > 1 ? 'profiles' : 'profile'} ${mention.profiles.map(codeSpan).join(', ')}`);
  if (mention.replicas) parts.push(`${mention.replicas.count} replicas`);
  return parts.join(', ');
}

function span(port: number, endPort: number | undefined): string {
  return endPort !== undefined && endPort !== port ? `${port}–${endPort}` : `${port}`;
}

function serviceLine(service: ServiceEntry): string {
  const protocols = service.protocols.length > 0 ? ` (${service.protocols.join(', ')})` : '';
  const description = service.description ? ` — ${escapeMarkdown(service.description)}` : '';
  const source = service.url && /^https?:\/\//.test(service.url)
    ? `[${sourceLabel[service.source]}](${linkTarget(service.url)})`
    : sourceLabel[service.source];
  // The documents the entry cites (IANA's RFCs), each a link: `· [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110)`.
  const references = (service.references ?? []).filter((r) => /^https?:\/\//.test(r.url))
    .map((r) => ` · [${escapeMarkdown(r.label)}](${linkTarget(r.url)})`).join('');
  return `**${escapeMarkdown(service.name)}**${protocols}${description} · ${source}${references}`;
}

/** The registry's uses of the number, once something more specific has said what runs there: names only, on one
 *  line, without the image's own software. */
function alsoUsedByLine(services: readonly ServiceEntry[], software: string | undefined): string | undefined {
  const own = software?.toLowerCase();
  const names: string[] = [];
  for (const service of services) {
    const name = service.name.trim();
    const key = name.toLowerCase();
    if (name === '' || (own && (key.includes(own) || own.includes(key))) || names.some((n) => n.toLowerCase() === key)) continue;
    names.push(name);
  }
  if (names.length === 0) return undefined;
  const shown = names.slice(0, NAMED_SERVICES).map(escapeMarkdown).join(', ');
  const more = names.length > NAMED_SERVICES ? ` and ${names.length - NAMED_SERVICES} more` : '';
  return `Also used by: ${shown}${more}.`;
}
