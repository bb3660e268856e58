// dynamic-range: a fixed port a service listens on or publishes, inside the range the OS hands out for
// outgoing connections. Such a bind works most of the time and fails when an outgoing socket holds the port.
import { imagePortsIn } from '../images/imagePorts';
import { imageRows, lookupImage } from '../images/lookupImage';
import { EPHEMERAL_RANGES } from '../ranges';
import type { CheckOptions, Finding, PortMention, PortRole } from '../types';
import { finding } from '../catalogue';

/** Ports something binds. Upstream and setting ports are dialled, not bound, so the OS range does not hurt them. */
const ROLE_NOUNS: Partial<Record<PortRole, string>> = {
  host: 'Host port',
  container: 'Container port',
  expose: 'Exposed port',
  listen: 'Listen port',
};

export function dynamicRange(mentions: readonly PortMention[], text: string, options: CheckOptions): Finding[] {
  const range = ephemeralRangeFrom(options);
  const where = describeRange(range);
  const advice = range[1] >= 65535 ? `Pick a port below ${range[0]}.` : `Pick a port outside ${range[0]}–${range[1]}.`;
  const flagged: PortMention[] = [];
  for (const mention of mentions) {
    if (!ROLE_NOUNS[mention.role] || mention.implicit) continue;
    const last = lastOf(mention);
    if (!Number.isInteger(mention.port) || mention.port < 0 || last > 65535) continue;
    if (last < range[0] || mention.port > range[1]) continue;
    if (isImageDefaultInside(mention, last, text)) continue;
    flagged.push(mention);
  }
  // One choice, one warning: a mapping's host port is where the user picks (its container side and the same port
  // under expose: follow from it), so they are folded into its warning and named there.
  const folded = new Map<PortMention, PortMention[]>();
  const leadOf = (mention: PortMention): PortMention | undefined => {
    if (mention.role === 'container' && mention.entry) {
      return flagged.find((other) => other.role === 'host' && other.entry?.start === mention.entry!.start && other.service === mention.service);
    }
    if (mention.role === 'expose' && mention.service !== undefined) {
      const container = flagged.find((other) => other.role === 'container' && other.service === mention.service && sameSpan(other, mention));
      if (container) return leadOf(container) ?? container;
      // A publish whose container side is not flagged (the image listens there) still decides for this port.
      return flagged.find((other) => other.role === 'host' && other.service === mention.service && other.peer !== undefined
        && other.peer.port === mention.port && (other.peer.endPort ?? other.peer.port) === lastOf(mention));
    }
    return undefined;
  };
  const leads: PortMention[] = [];
  for (const mention of flagged) {
    const lead = leadOf(mention);
    if (lead === undefined) leads.push(mention);
    else folded.set(lead, [...(folded.get(lead) ?? []), mention]);
  }
  return leads.map((mention) => {
    const noun = ROLE_NOUNS[mention.role]!;
    const last = lastOf(mention);
    const rest = alsoWords(folded.get(mention) ?? [], last !== mention.port);
    const message = last === mention.port
      ? `${noun} ${mention.port}${rest} is in ${where}, so binding it fails intermittently whenever an outgoing connection already holds it. ${advice}`
      : `${noun}s ${mention.port}-${last}${rest} reach into ${where}, so binding them fails intermittently whenever an outgoing connection already holds one. ${advice}`;
    return finding('dynamic-range', mention.start, mention.end, message);
  });
}

function lastOf(mention: PortMention): number {
  return mention.endPort !== undefined && mention.endPort > mention.port ? mention.endPort : mention.port;
}

function sameSpan(a: PortMention, b: PortMention): boolean {
  return a.port === b.port && lastOf(a) === lastOf(b);
}

/** " (and the container port it maps to, also under expose:)": what the one warning also stands for. */
function alsoWords(folded: readonly PortMention[], plural: boolean): string {
  const parts: string[] = [];
  if (folded.some((m) => m.role === 'container')) parts.push(plural ? 'the container ports they map to' : 'the container port it maps to');
  if (folded.some((m) => m.role === 'expose')) parts.push(parts.length > 0 ? 'also under expose:' : plural ? 'the same ports under expose:' : 'the same port under expose:');
  return parts.length === 0 ? '' : ` (and ${parts.join(', ')})`;
}

/**
 * A container or exposed port that the service's image itself listens on (WireGuard's 51820, Transmission's
 * 51413, Jenkins' 50000) is the software's choice, not the user's, and only the container's own few outgoing
 * connections could take it. Warning there asks for a change nobody makes. So does a host port that keeps that
 * default on both sides (`51820:51820/udp` for WireGuard): the user did not pick it, the software's clients expect
 * it, and moving it breaks them. A host port that differs from the container's (`51821:51820`) is the user's pick
 * and stays checked.
 */
function isImageDefaultInside(mention: PortMention, last: number, text: string): boolean {
  if (mention.role === 'host') {
    const peer = mention.peer;
    if (peer === undefined || peer.port !== mention.port || (peer.endPort ?? peer.port) !== last) return false;
  } else if (mention.role !== 'container' && mention.role !== 'expose') return false;
  const info = mention.image !== undefined ? lookupImage(mention.image) : undefined;
  if (info !== undefined && imagePortsIn(info, mention.port, last).length > 0) return true;
  // A compose service whose image (or build context) names software that documents this port, though the table
  // does not know that image or knows it without the port: ghcr.io/thespad/kopia-server on Kopia's 51515,
  // m1k1o/neko:firefox on Neko's WebRTC ports 52000-52100/udp, jaymoulin/transmission on 51413, laradock's
  // ./jenkins build on Jenkins' agent port 50000. `app` on 50000:50000 names no Jenkins: the user's pick.
  if (mention.service !== undefined && mention.role !== 'expose') {
    const named = mention.image ?? mention.buildsFrom;
    return named !== undefined && namesSoftwareOn(named, mention.port, last, mention.protocol ?? 'tcp');
  }
  // A Dockerfile that packages known software FROM a generic base (linuxserver/docker-wireguard's EXPOSE 51820/udp
  // on baseimage-alpine beside `apk add wireguard-tools`, laradock's Jenkins on eclipse-temurin with EXPOSE 50000):
  // the port is that software's own when the Dockerfile names the software, and inside the container only its own
  // few outgoing connections could take it. `FROM node:20` with EXPOSE 50000 names no Jenkins: the author's pick.
  // Only a Dockerfile's EXPOSE (no compose service): a host port is always the user's pick.
  if (mention.role !== 'expose' || mention.service !== undefined || last !== mention.port) return false;
  const names = softwareNamesOf(mention.port, mention.protocol ?? 'tcp');
  if (names === undefined) return false;
  const lower = text.toLowerCase();
  return names.some((name) => lower.includes(name));
}

/** `51820/udp` → the names of the software a curated image row documents on that port in the range (`wireguard`). */
let softwareDefaults: ReadonlyMap<string, readonly string[]> | undefined;

function softwareNamesOf(port: number, protocol: string): readonly string[] | undefined {
  if (softwareDefaults === undefined) {
    const found = new Map<string, string[]>();
    for (const row of imageRows()) {
      const names = [row.image.slice(row.image.lastIndexOf('/') + 1), row.software.split(' ')[0]]
        .map((name) => name.toLowerCase()).filter(distinctive);
      for (const entry of row.ports) {
        if (entry.endPort !== undefined || entry.port < EPHEMERAL_RANGES.linux[0]) continue;
        const key = `${entry.port}/${entry.protocol}`;
        found.set(key, [...(found.get(key) ?? []), ...names]);
      }
    }
    // The rows arrive with the table's script: until then nothing is known, and nothing is kept.
    if (found.size === 0) return undefined;
    softwareDefaults = found;
  }
  return softwareDefaults.get(`${port}/${protocol}`);
}

/** A name long enough to say which software a text means: four letters or more, or three with a digit (h2o), no word. */
function distinctive(name: string): boolean {
  return name.length >= 4 || (name.length === 3 && /[0-9]/.test(name));
}

/** Names too common to say which software an image is (a row's last segment `gateway`, `home`, `test`). */
const GENERIC_NAMES = new Set(['server', 'gateway', 'home', 'test', 'capture', 'docker', 'image', 'service', 'backend',
  'frontend', 'proxy', 'agent', 'firefox', 'chrome', 'base', 'node', 'main', 'core', 'latest']);

interface DocumentedSpan { port: number; last: number; protocol: string; names: readonly string[] }
let documentedSpans: readonly DocumentedSpan[] | undefined;

/** Whether an image reference or build context (`ghcr.io/thespad/kopia-server:v0.17`, `./jenkins`) has, as one of
 *  its words or path segments, the name of software that a curated row documents on ports port–last. Curated rows
 *  only: the catalog's arrive part by part, on lookups, and would make the answer depend on what was looked up. */
function namesSoftwareOn(reference: string, port: number, last: number, protocol: string): boolean {
  if (documentedSpans === undefined) {
    const spans: DocumentedSpan[] = [];
    for (const row of imageRows()) {
      const names = [row.image.slice(row.image.lastIndexOf('/') + 1), row.software.split(' ')[0]]
        .map((name) => name.toLowerCase()).filter((name) => distinctive(name) && !GENERIC_NAMES.has(name));
      if (names.length === 0) continue;
      for (const entry of row.ports) {
        const end = entry.endPort ?? entry.port;
        if (end < EPHEMERAL_RANGES.linux[0]) continue;
        spans.push({ port: entry.port, last: end, protocol: entry.protocol, names });
      }
    }
    // The rows arrive with the table's script: until then nothing is known, and nothing is kept.
    if (spans.length === 0) return false;
    documentedSpans = spans;
  }
  const path = reference.toLowerCase().replace(/@.*$/, '').replace(/:[^/]*$/, '');
  const words = new Set([...path.split('/'), ...path.split(/[^a-z0-9]+/)].filter((word) => word.length > 0));
  return documentedSpans.some((span) => span.protocol === protocol && span.port <= port && last <= span.last
    && span.names.some((name) => words.has(name)));
}

/** The user's range when it is a sane pair of port numbers, else IANA's dynamic range. */
function ephemeralRangeFrom(options: CheckOptions): [number, number] {
  const range = options.ephemeralRange;
  if (Array.isArray(range) && range.length === 2) {
    const [low, high] = range;
    if (Number.isInteger(low) && Number.isInteger(high) && low >= 0 && high <= 65535 && low <= high) return [low, high];
  }
  return [EPHEMERAL_RANGES.iana[0], EPHEMERAL_RANGES.iana[1]];
}

function describeRange([low, high]: [number, number]): string {
  const same = (named: [number, number]) => named[0] === low && named[1] === high;
  if (same(EPHEMERAL_RANGES.iana)) {
    return `IANA's dynamic range ${low}–${high}, where Windows, macOS and (up to ${EPHEMERAL_RANGES.linux[1]}) Linux pick ports for outgoing connections`;
  }
  if (same(EPHEMERAL_RANGES.linux)) {
    return `Linux's ephemeral range ${low}–${high} (net.ipv4.ip_local_port_range), where it picks ports for outgoing connections`;
  }
  return `the ephemeral range ${low}–${high}, where the OS picks ports for outgoing connections`;
}
