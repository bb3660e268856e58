// How a published port's host IP reads for overlap checks: every interface, one address, or unknown.

export type HostAddress =
  | { kind: 'all' }
  | { kind: 'ip'; ip: string }
  /** An interpolated or unreadable IP (`${BIND_IP}`): we cannot tell, so rules stay silent rather than guess. */
  | { kind: 'unknown' };

/** A missing IP, 0.0.0.0 and :: all mean "every interface" to the Docker engine. */
const EVERY_INTERFACE: HostAddress = { kind: 'all' };

export function hostAddressOf(hostIp: string | undefined): HostAddress {
  if (hostIp === undefined || hostIp === '' || hostIp === '0.0.0.0' || hostIp === '::') return EVERY_INTERFACE;
  const ip = (hostIp ?? '').trim().replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (ip === '') return { kind: 'all' };
  if (ip.includes('$')) return { kind: 'unknown' };
  if (ip === '0.0.0.0') return { kind: 'all' };
  if (ip.includes(':')) {
    const expanded = expandIpv6(ip);
    if (expanded === undefined) return { kind: 'unknown' };
    if (/^(0+:){7}0+$/.test(expanded)) return { kind: 'all' };
    return { kind: 'ip', ip: expanded };
  }
  return { kind: 'ip', ip };
}

/** True when binding one address would stop the other from binding the same port. */
export function addressesOverlap(a: HostAddress, b: HostAddress): boolean {
  if (a.kind === 'unknown' || b.kind === 'unknown') return false;
  if (a.kind === 'all' || b.kind === 'all') return true;
  return a.ip === b.ip;
}

/** The eight groups of an IPv6 address without leading zeros, so `::1` and `0:0:0:0:0:0:0:1` compare equal. */
function expandIpv6(ip: string): string | undefined {
  const halves = ip.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return undefined;
  return groups.map((group) => group.replace(/^0+(?=.)/, '')).join(':');
}
