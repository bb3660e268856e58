// How a published port's host IP reads for overlap checks: every interface, one address, or unknown.
import type { PortMention } from '../types';

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

/** The address a published port binds, from the mention and, when the scanner could not read the IP
 *  (`"${BIND_IP}:5432:5432"`, `host_ip: ${BIND_IP}`), from the text: an IP that is written but unreadable
 *  is unknown, not "every interface". */
export function hostAddressOfMention(mention: PortMention, text: string): HostAddress {
  if (mention.hostIp) return hostAddressOf(mention.hostIp);
  const written = writtenHostIp(mention, text);
  if (written.kind === 'unreadable') return { kind: 'unknown' };
  return hostAddressOf(written.kind === 'written' ? written.ip : undefined);
}

export type WrittenHostIp =
  | { kind: 'none' }
  /** `start`–`end` covers the IP and, in the short syntax, the colon after it; in the long syntax the value with its quotes. */
  | { kind: 'written'; ip: string; start: number; end: number }
  | { kind: 'unreadable' };

/** Where a compose `ports:` entry writes its host IP. */
export function writtenHostIp(mention: PortMention, text: string): WrittenHostIp {
  const entry = mention.entry;
  if (!entry || entry.start < 0 || entry.end > text.length || entry.start > entry.end) return { kind: 'unreadable' };
  if (entry.syntax === 'long') {
    const match = HOST_IP_KEY.exec(text.slice(entry.start, entry.end));
    if (!match) return { kind: 'none' };
    const start = entry.start + match.index + match[0].length - match[2].length;
    return { kind: 'written', ip: match[2].replace(/^(["'])(.*)\1$/, '$2'), start, end: start + match[2].length };
  }
  if (mention.start < entry.start || mention.start > entry.end) return { kind: 'unreadable' };
  let before = text.slice(entry.start, mention.start);
  // A host port read from an interpolation default (`${PORT:-5432}`) starts inside it: cut the open `${`.
  const open = before.lastIndexOf('${');
  if (open >= 0 && before.indexOf('}', open) < 0) before = before.slice(0, open);
  if (before === '') return { kind: 'none' };
  if (!before.endsWith(':')) return { kind: 'unreadable' };
  return { kind: 'written', ip: before.slice(0, -1).replace(/^\[(.*)\]$/, '$1'), start: entry.start, end: entry.start + before.length };
}

/** `host_ip: value` in a long-syntax mapping (block or flow); group 2 is the value as written. */
const HOST_IP_KEY = /(^|[\s{,])host_ip[ \t]*:[ \t]*("[^"\n]*"|'[^'\n]*'|[^\s,}#]+)/;
