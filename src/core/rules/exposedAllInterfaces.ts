// exposed-all-interfaces: a database, cache, queue, object store or admin port published on every interface.
// Docker writes its own iptables rules ahead of host firewalls such as ufw, so "the firewall blocks it" does not
// hold. What runs there is read from the service's image when Port Lens knows it; only when it does not is the
// port's common use a guess, and the message says so.
import { imagePortsIn, sensitiveKindReason } from '../images/imagePorts';
import { isGeneratedImage, lookupImage } from '../images/lookupImage';
import type { Finding, ImageInfo, PortMention } from '../types';
import { bindToLocalhostFix } from './bindToLocalhostFix';
import { finding } from '../catalogue';
import { hostAddressOfMention } from './hostAddress';
import { sensitivePortIn, type SensitivePort } from './sensitivePorts';

const CONSEQUENCE = 'is published on every interface, and Docker\'s own firewall rules make it reachable from other machines even '
  + 'when a host firewall such as ufw blocks the port. Bind it to 127.0.0.1 unless other machines must reach it.';

/** Ports that devices or agents on other machines are meant to reach: a broker's MQTT, Portainer's Edge agent
 *  tunnel (8000, which its docs publish beside the UI for agents at other sites). */
const DEVICE_PROTOCOL = /\bMQTT\b|Edge agent tunnel/;

export function exposedAllInterfaces(mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  for (const mention of mentions) {
    if (mention.role !== 'host' || mention.implicit) continue;
    if (hostAddressOfMention(mention, text).kind !== 'all') continue;
    const what = whatIsExposed(mention, mentions, text);
    if (!what) continue;
    findings.push(finding('exposed-all-interfaces', mention.start, mention.end, `${what} ${CONSEQUENCE}`, bindToLocalhostFix(mention, text)));
  }
  return findings;
}

/** What the publish exposes, as the start of the message, or undefined when it is nothing to keep local. */
function whatIsExposed(mention: PortMention, mentions: readonly PortMention[], text: string): string | undefined {
  const info = mention.image !== undefined ? lookupImage(mention.image) : undefined;
  // An image whose owner says it listens on no port (a backup client): nothing answers there, whatever the number.
  if (info?.listensOnNoPort) return undefined;
  // An image that listens on nothing of its own (node, python) runs the application's ports: only the number says more.
  if (info && info.ports.length > 0) return byImage(mention, info, mentions, text) ?? byGeneratedRow(mention, info);
  const hit = sensitivePortOf(mention);
  if (!hit) return undefined;
  // A crowded number says little once the service names an image of other software (duplicati/duplicati on 8200).
  // So does a service that builds its own image (fiora's Node app on 9200), unless its build path names the software
  // (docker-elk's build: elasticsearch/ on 9200).
  const named = mention.image?.toLowerCase() ?? mention.buildsFrom;
  if (named !== undefined && hit.imageWords && !hit.imageWords.some((word) => named.includes(word))) return undefined;
  const why = info ? `the image ${info.image} (${info.software}) runs the application's own ports`
    : mention.image !== undefined ? `Port Lens does not know the image ${mention.image}` : 'this service names no image Port Lens knows';
  return `Going by the number, since ${why}: port ${hit.port} is commonly ${hit.what} (${hit.why}). If that is what runs here, it`;
}

/** Decided by the image: its kind (a database is one whatever its port), or an admin port of any software. */
function byImage(mention: PortMention, info: ImageInfo, mentions: readonly PortMention[], text: string): string | undefined {
  const peer = mention.peer;
  // Only the image's ports of the publish's protocol: ZeroTier's `9993:9993/udp` is its peer traffic, not the local
  // control API it serves on 9993/tcp.
  const protocol = mention.protocol ?? 'tcp';
  const ports = peer ? imagePortsIn(info, peer.port, peer.endPort ?? peer.port).filter((p) => p.protocol === protocol) : [];
  const kindReason = sensitiveKindReason(info.kind);
  const named = `${info.software} (image ${info.image})`;
  if (ports.length > 0) {
    const admin = ports.find((p) => p.admin);
    // MQTT is how devices reach a broker from other machines: publishing it is what a broker's file is for.
    const clientFacing = ports.every((p) => DEVICE_PROTOCOL.test(p.description));
    // An admin port is named as one even on a database (CockroachDB's DB Console on 8080 is no SQL port).
    if (admin) return `${named} on container port ${admin.port} (${admin.description}) is an administration port: it`;
    if (kindReason && !clientFacing) return `${named} on container port ${ports[0].port} is ${kindReason}: it`;
    return undefined;
  }
  // A container port that cannot be read is most likely the software's own.
  if (kindReason && !peer) return `${named}, on a container port set by a variable, is ${kindReason}: it`;
  // A container port the image does not listen on reaches nothing, unless the service moved the software there.
  if (kindReason && peer && mention.portsChangedBy !== undefined) {
    return `${named}, on container port ${peer.port} (where ${moverWords(mention, peer.port, mentions, text)} may have moved it), is ${kindReason}: it`;
  }
  return undefined;
}

/** What may have moved the software to `port`: the setting that first says so, unless the service sets it to
 *  another port, as its whole value (ruanbekker's cp-kafka broker on 9091 beside KAFKA_JMX_PORT: 19101, which moves
 *  JMX, not the broker), when the service's other settings are named instead. A value that lists listeners
 *  (KAFKA_LISTENERS: INTERNAL://0.0.0.0:19092,DOCKER://0.0.0.0:29092) may name the port anywhere in it: kept. */
function moverWords(mention: PortMention, port: number, mentions: readonly PortMention[], text: string): string {
  const by = mention.portsChangedBy!;
  if (!by.startsWith('environment ')) return by;
  const values = mentions.filter((m) => m.role === 'setting' && m.service === mention.service && m.context === by);
  const elsewhere = (m: PortMention) => (port < m.port || port > (m.endPort ?? m.port)) && plainValue(m, text);
  return values.length > 0 && values.every(elsewhere) ? 'the service\'s other settings' : by;
}

/** Whether a setting's port is all its value holds (`KAFKA_JMX_PORT: 19101`, `- PORT="8080"`): the rest of its line
 *  after the port is at most a quote and a comment, and before it only the key, `=` or `:` and a quote. */
function plainValue(mention: PortMention, text: string): boolean {
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  const lineEnd = text.indexOf('\n', mention.end);
  const before = text.slice(lineStart, mention.start);
  const after = text.slice(mention.end, lineEnd < 0 ? text.length : lineEnd);
  return /^\s*(-\s*)?["']?[A-Za-z_][A-Za-z0-9_.]*["']?\s*[:=]\s*["']?$/.test(before) && /^["']?\s*(#.*)?$/.test(after);
}

/**
 * A row generated from catalogs knows the image's ports, but its kind is a store's category at best (valkey/valkey
 * on 6379 comes as "other", bitnami/etcd as a web app): where the published port is one of the image's own and
 * not one it serves a web UI on, the number's common use decides, as for an image Port Lens does not know.
 */
function byGeneratedRow(mention: PortMention, info: ImageInfo): string | undefined {
  const peer = mention.peer;
  if (!peer || sensitiveKindReason(info.kind) || mention.image === undefined || !isGeneratedImage(mention.image)) return undefined;
  const ports = imagePortsIn(info, peer.port, peer.endPort ?? peer.port);
  if (ports.length === 0) return undefined;
  const hit = sensitivePortOf(mention);
  if (!hit) return undefined;
  const named = `${mention.image} ${info.software}`.toLowerCase();
  const nameConfirms = hit.imageWords?.some((word) => named.includes(word)) ?? false;
  if (hit.imageWords && !nameConfirms) return undefined;
  // A port the row says serves HTTP is most often a web UI (autobrr on 7474 is not Neo4j), unless the image's name
  // says it is the software the number is known for: OpenSearch's 9200 is its HTTP API, the database itself.
  if (!nameConfirms && ports.some((p) => p.speaks === 'http' || p.speaks === 'tls')) return undefined;
  return `Going by the number, since the image table does not say what kind of software ${info.software} (image ${info.image}) is: `
    + `port ${hit.port} is commonly ${hit.what} (${hit.why}). If that is what runs here, it`;
}

/** Judged by the container port, which says what runs inside; the host port is the user's pick (`5432:8080`
 *  publishes whatever listens on 8080), so it counts only when the container port cannot be read. */
function sensitivePortOf(mention: PortMention): SensitivePort | undefined {
  const peer = mention.peer;
  const [low, high] = peer ? [peer.port, peer.endPort ?? peer.port] : [mention.port, mention.endPort ?? mention.port];
  if (!Number.isInteger(low) || !Number.isInteger(high)) return undefined;
  return sensitivePortIn(low, Math.max(low, high));
}
