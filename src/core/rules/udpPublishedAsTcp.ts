// udp-published-as-tcp: a compose service publishes, as TCP (no /udp), a port its image serves only over UDP
// (WireGuard's 51820, a BitTorrent client's DHT port): Docker forwards only TCP there, so the UDP traffic the
// software waits for never arrives. Only on the image's own word: a port number alone proves nothing.
import { lookupImage } from '../images/lookupImage';
import type { Finding, ImageInfo, PortMention } from '../types';
import { finding } from '../catalogue';
import { entryNamesUdp } from '../formats/composePorts';

export function udpPublishedAsTcp(mentions: readonly PortMention[], text = ''): Finding[] {
  const findings: Finding[] = [];
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
      if ((mention.protocol ?? 'tcp') !== 'tcp' || !udpOnly(info, mention.port)) continue;
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

function udpOnly(info: ImageInfo, port: number): boolean {
  const at = info.ports.filter((p) => p.port <= port && port <= (p.endPort ?? p.port));
  return at.length > 0 && at.every((p) => p.protocol === 'udp');
}

/** `- "51820:51820"` → `- "51820:51820/udp"`: only for a short-syntax entry that ends with the container port. */
function udpFix(mention: PortMention): Finding['fix'] {
  if (mention.entry?.syntax !== 'short' || mention.entry.end !== mention.end) return undefined;
  return { title: 'Publish it as UDP (/udp)', edits: [{ start: mention.end, end: mention.end, newText: '/udp' }] };
}
