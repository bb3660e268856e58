// dynamic-range: a fixed port a service listens on or publishes, inside the range the OS hands out for
// outgoing connections. Such a bind works most of the time and fails when an outgoing socket holds the port.
import { imagePortsIn } from '../images/imagePorts';
import { lookupImage } from '../images/lookupImage';
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

export function dynamicRange(mentions: readonly PortMention[], _text: string, options: CheckOptions): Finding[] {
  const range = ephemeralRangeFrom(options);
  const where = describeRange(range);
  const advice = range[1] >= 65535 ? `Pick a port below ${range[0]}.` : `Pick a port outside ${range[0]}–${range[1]}.`;
  const findings: Finding[] = [];
  for (const mention of mentions) {
    const noun = ROLE_NOUNS[mention.role];
    if (!noun || mention.implicit) continue;
    const last = mention.endPort !== undefined && mention.endPort > mention.port ? mention.endPort : mention.port;
    if (!Number.isInteger(mention.port) || mention.port < 0 || last > 65535) continue;
    if (last < range[0] || mention.port > range[1]) continue;
    if (isImageDefaultInside(mention, last)) continue;
    const message = last === mention.port
      ? `${noun} ${mention.port} is in ${where}, so binding it fails intermittently whenever an outgoing connection already holds it. ${advice}`
      : `${noun}s ${mention.port}-${last} reach into ${where}, so binding them fails intermittently whenever an outgoing connection already holds one. ${advice}`;
    findings.push(finding('dynamic-range', mention.start, mention.end, message));
  }
  return findings;
}

/**
 * A container or exposed port that the service's image itself listens on (WireGuard's 51820, Transmission's
 * 51413, Jenkins' 50000) is the software's choice, not the user's, and only the container's own few outgoing
 * connections could take it. Warning there asks for a change nobody makes; the host port stays checked.
 */
function isImageDefaultInside(mention: PortMention, last: number): boolean {
  if (mention.role !== 'container' && mention.role !== 'expose') return false;
  const info = mention.image !== undefined ? lookupImage(mention.image) : undefined;
  return info !== undefined && imagePortsIn(info, mention.port, last).length > 0;
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
