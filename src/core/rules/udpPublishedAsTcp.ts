// udp-published-as-tcp: a compose service publishes, as TCP (no /udp), a port its image serves only over UDP
// (WireGuard's 51820, a BitTorrent client's DHT port): Docker forwards only TCP there, so the UDP traffic the
// software waits for never arrives. Only on the image's own word, or the mapping's own comment (`# TCP/UDP`): a
// port number alone proves nothing.
import { lookupImage } from '../images/lookupImage';
import type { Finding, ImageInfo, PortMention } from '../types';
import { finding } from '../catalogue';
import { entryNamesUdp } from '../formats/composePorts';

export function udpPublishedAsTcp(mentions: readonly PortMention[], text = ''): Finding[] {
  const findings: Finding[] = udpByComment(mentions, text);
  const reported = new Set(findings.map((found) => found.start));
  const byService = new Map<string, PortMention[]>();
  for (const mention of mentions) {
    if (mention.service === undefined || mention.image === undefined || mention.image.includes('$')) continue;
    const list = byService.get(mention.service) ?? [];
    list.push(mention);
    byService.set(mention.service, list);
  }
  for (const service of byService.values()) {
    const info = lookupImage(service[0].image!);
    if (!info) continue;
    const published = service.filter((m) => m.role === 'container' && m.context === 'ports' && m.endPort === undefined);
    for (const mention of published) {
      if ((mention.protocol ?? 'tcp') !== 'tcp' || !udpOnly(info, mention.port) || reported.has(mention.start)) continue;
      // A variable of the entry that says UDP is already reported by name (composePorts.ts): one finding per mistake.
      if (mention.entry && entryNamesUdp(text.slice(mention.entry.start, mention.entry.end))) continue;
      // Published as UDP too (another entry): the TCP one is extra, not wrong.
      if (published.some((other) => other.port === mention.port && other.protocol === 'udp')) continue;
      const port = info.ports.find((p) => p.port === mention.port)!;
      const message = `${info.software} (image ${info.image}) serves ${mention.port} over UDP only (${port.description}), `
        + `but this publishes it as TCP: add /udp, or the traffic never reaches the container.`;
      findings.push(finding('udp-published-as-tcp', mention.start, mention.end, message, udpFix(mention)));
    }
  }
  return findings;
}

/** The comment written after a short-syntax entry on its own line: ` TCP/UDP` of `- 24872:24872 # TCP/UDP`. */
function trailingComment(text: string, entry: { start: number; end: number }): string | undefined {
  const lineEnd = text.indexOf('\n', entry.end);
  const rest = text.slice(entry.end, lineEnd < 0 ? text.length : lineEnd);
  return /^["']?[ \t]*#(.*)$/.exec(rest)?.[1];
}

const SAYS_UDP = /\budp\b/i;
const DENIES_UDP = /\b(?:no|not|without|never)\s+(?:over\s+)?udp\b/i;

/**
 * A mapping written with no protocol whose own comment says the port carries UDP (`- 24872:24872 # TCP/UDP`, a
 * yuzu room's players): Docker publishes it as TCP only, so the UDP traffic the comment promises never arrives.
 * Whatever the image: the user's own note about the port is the evidence. Quiet when the same service publishes
 * the port as UDP in another entry (the comment then describes the pair), or when the protocol is written.
 */
function udpByComment(mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  for (const mention of mentions) {
    const entry = mention.entry;
    if (mention.role !== 'container' || mention.context !== 'ports' || entry?.syntax !== 'short' || mention.service === undefined) continue;
    if ((mention.protocol ?? 'tcp') !== 'tcp' || text.slice(entry.start, entry.end).includes('/')) continue;
    const comment = trailingComment(text, entry);
    if (comment === undefined || !SAYS_UDP.test(comment) || DENIES_UDP.test(comment)) continue;
    // The entry's own variables that say UDP are reported by name (composePorts.ts): one finding per mistake.
    if (entryNamesUdp(text.slice(entry.start, entry.end))) continue;
    const last = mention.endPort ?? mention.port;
    const alsoUdp = mentions.some((other) => other.service === mention.service && other.role === 'container' && other.context === 'ports'
      && other.protocol === 'udp' && other.port <= last && mention.port <= (other.endPort ?? other.port));
    if (alsoUdp) continue;
    const written = mention.endPort === undefined ? String(mention.port) : `${mention.port}-${mention.endPort}`;
    const message = `The comment on this mapping says container port ${written} carries UDP, but the mapping has no /udp, so Docker `
      + 'publishes it as TCP only: add /udp (in a second entry if TCP is needed too), or the UDP traffic never reaches the container.';
    // A comment that says TCP too (TCP/UDP) asks for both: turning this entry into UDP would drop the TCP one.
    findings.push(finding('udp-published-as-tcp', mention.start, mention.end, message, /\btcp\b/i.test(comment) ? undefined : udpFix(mention)));
  }
  return findings;
}

function udpOnly(info: ImageInfo, port: number): boolean {
  const at = info.ports.filter((p) => p.port <= port && port <= (p.endPort ?? p.port));
  return at.length > 0 && at.every((p) => p.protocol === 'udp');
}

/** `- "51820:51820"` → `- "51820:51820/udp"`: only for a short-syntax entry that ends with the container port. */
function udpFix(mention: PortMention): Finding['fix'] {
  if (mention.entry?.syntax !== 'short' || mention.entry.end !== mention.end) return undefined;
  return { title: 'Publish it as UDP (/udp)', edits: [{ start: mention.end, end: mention.end, newText: '/udp' }] };
}
