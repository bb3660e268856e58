// What a hover says about one port mention: the number and its range, what the registry knows of it, the
// role the surrounding syntax gives it, and the findings on it. Markdown, kept plain so that it reads well
// in light and dark themes alike (no colours, no HTML).
import type { Finding, PortInfo, PortMention, ServiceEntry } from './types';
import { imageLine } from './imageHover';
import { kubernetesRoleLine } from './kubernetesHover';
import { classifyPort, describePortClass } from './ranges';

const sourceLabel: Record<ServiceEntry['source'], string> = { user: 'your settings', common: 'common software', iana: 'IANA' };
const severityLabel: Record<Finding['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' };

export function hoverMarkdown(mention: PortMention, info: PortInfo | undefined, findings: readonly Finding[]): string {
  const lines: string[] = [];
  lines.push(`**${portTitle(mention)}**${mention.implicit ? ' (implicit: not written, the default for this syntax)' : ''}`);
  lines.push('');
  // What the service's image runs there comes first; the registry's other uses of the number then shrink to one line.
  const image = imageLine(mention);
  if (image) {
    lines.push(image.line);
    lines.push('');
  }
  if (mention.variable) {
    lines.push(`The value of ${codeSpan(mention.variable.name)} ${escapeMarkdown(mention.variable.source)}.`);
    lines.push('');
  }
  if (mention.split) {
    lines.push(`Written across a line continuation: Docker reads it as ${span(mention.port, mention.endPort)}.`);
    lines.push('');
  }
  lines.push(rangeLine(mention));
  lines.push('');
  const role = roleLine(mention);
  if (role) {
    lines.push(role);
    lines.push('');
  }
  if (image && info && info.services.length > 0) {
    // The team's own names (portLens.customPorts) stay whole: they said what the port is for them.
    const own = info.services.filter((s) => s.source === 'user');
    for (const service of own) lines.push(`- ${serviceLine(service)}`);
    const others = alsoUsedByLine(info.services.filter((s) => s.source !== 'user'), image.software);
    if (others) lines.push(...(own.length > 0 ? ['', others] : [others]));
  } else if (info && info.services.length > 0) {
    for (const service of info.services.slice(0, 8)) lines.push(`- ${serviceLine(service)}`);
    if (info.services.length > 8) lines.push(`- …and ${info.services.length - 8} more (Port Lens: Look Up Port…)`);
  } else if (info) {
    lines.push('No service is registered on this port, by IANA or in the common-software table.');
  }
  for (const finding of findings) {
    lines.push('');
    lines.push(`**${severityLabel[finding.severity]}** \`${finding.code}\`: ${escapeMarkdown(finding.message)}`);
  }
  return lines.join('\n');
}

function portTitle(mention: PortMention): string {
  const protocol = mention.protocol ? `/${mention.protocol}` : '';
  return mention.endPort !== undefined && mention.endPort !== mention.port
    ? `Ports ${mention.port}–${mention.endPort}${protocol}`
    : `Port ${mention.port}${protocol}`;
}

function rangeLine(mention: PortMention): string {
  const startClass = classifyPort(mention.port);
  const endClass = mention.endPort !== undefined ? classifyPort(mention.endPort) : startClass;
  if (startClass === 'invalid' || endClass === 'invalid') return 'Not a valid port number (ports are whole numbers from 0 to 65535).';
  if (startClass !== endClass) return `Spans the ${startClass} and ${endClass} ranges.`;
  return describePortClass(startClass);
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

/** The registry's uses of the number, once the image has said what runs there: names only, on one line. */
function alsoUsedByLine(services: readonly ServiceEntry[], software: string): string | undefined {
  const own = software.toLowerCase();
  const names: string[] = [];
  for (const service of services) {
    const name = service.name.trim();
    const key = name.toLowerCase();
    if (name === '' || key.includes(own) || own.includes(key) || names.some((n) => n.toLowerCase() === key)) continue;
    names.push(name);
  }
  if (names.length === 0) return undefined;
  const shown = names.slice(0, 6).map(escapeMarkdown).join(', ');
  return `Also used by: ${shown}${names.length > 6 ? `, and ${names.length - 6} more (Port Lens: Look Up Port…)` : ''}.`;
}

/** Text inside a code span is shown literally; only a backtick could end it early. */
/** A URL as the target of a Markdown link: a parenthesis or a blank would end the target early, so they are
 *  percent-encoded (encodeURIComponent leaves parentheses as they are). */
export function linkTarget(url: string): string {
  return url.replace(/[()\s]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

export function codeSpan(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** Registry and user text is shown as written, never as markup: escape what could start emphasis, code,
 *  a link, a table cell or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]|<>#]/g, '\\$&');
}
