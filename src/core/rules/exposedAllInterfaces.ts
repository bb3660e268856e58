// exposed-all-interfaces: a database, cache, queue or admin port published on every interface. Docker
// writes its own iptables rules ahead of host firewalls such as ufw, so "the firewall blocks it" does not hold.
import type { Finding, PortMention } from '../types';
import { bindToLocalhostFix } from './bindToLocalhostFix';
import { finding } from './catalogue';
import { hostAddressOfMention } from './hostAddress';
import { sensitivePortIn, type SensitivePort } from './sensitivePorts';

export function exposedAllInterfaces(mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  for (const mention of mentions) {
    if (mention.role !== 'host' || mention.implicit) continue;
    if (hostAddressOfMention(mention, text).kind !== 'all') continue;
    const hit = sensitivePortOf(mention);
    if (!hit) continue;
    const message = `${hit.what} (port ${hit.port}: ${hit.why}) is published on every interface, and Docker's own firewall rules make it reachable from other machines even when a host firewall such as ufw blocks the port. Bind it to 127.0.0.1 unless other machines must reach it.`;
    findings.push(finding('exposed-all-interfaces', mention.start, mention.end, message, bindToLocalhostFix(mention, text)));
  }
  return findings;
}

/** Judged by the container port first (what runs inside), then by the host port (`15432:5432` and `5432:8080` both count). */
function sensitivePortOf(mention: PortMention): SensitivePort | undefined {
  const peer = mention.peer;
  const fromContainer = peer && Number.isInteger(peer.port)
    ? sensitivePortIn(peer.port, peer.endPort !== undefined && peer.endPort > peer.port ? peer.endPort : peer.port)
    : undefined;
  if (fromContainer) return fromContainer;
  if (!Number.isInteger(mention.port)) return undefined;
  return sensitivePortIn(mention.port, mention.endPort !== undefined && mention.endPort > mention.port ? mention.endPort : mention.port);
}
