// The port grammar Docker applies in Compose `ports:`/`expose:` and Dockerfile `EXPOSE`
// (go-connections' nat package): `[ip:][host:]container[-end][/proto]`. Functions here work on plain
// strings and return character indexes into them, so that any format can map them back to its source.
import type { Protocol } from '../types';

export const MAX_PORT = 65535;

export interface PortRange {
  port: number;
  endPort?: number;
  /** Indexes into the parsed string. */
  start: number;
  end: number;
}

export interface SpecError {
  code: 'invalid-port' | 'invalid-protocol' | 'range-mismatch';
  start: number;
  end: number;
  message: string;
}

/** A port number as Docker's parser reads it: decimal digits, an optional `+`, leading zeros allowed. */
export function parsePortNumber(s: string): number | undefined {
  if (!/^\+?[0-9]{1,10}$/.test(s)) return undefined;
  const n = Number(s);
  return n <= MAX_PORT ? n : undefined;
}

function describeBadPort(s: string, what: string): string {
  if (s === '') return `The ${what} is empty: write a port number from 0 to ${MAX_PORT}.`;
  if (/^\+?[0-9]+$/.test(s)) return `${s} is not a valid ${what}: ports go from 0 to ${MAX_PORT}.`;
  return `"${s}" is not a valid ${what}: write a port number from 0 to ${MAX_PORT} (or a range such as 8000-8010).`;
}

/** `8080` or `8000-8010` in text[start, end). Cuts at the first `-`, as Docker does. */
export function parsePortRange(text: string, start: number, end: number, what: string): PortRange | SpecError {
  const raw = text.slice(start, end);
  const dash = raw.indexOf('-');
  if (dash < 0) {
    const port = parsePortNumber(raw);
    if (port === undefined) return { code: 'invalid-port', start, end, message: describeBadPort(raw, what) };
    return { port, start, end };
  }
  const first = raw.slice(0, dash);
  const last = raw.slice(dash + 1);
  const port = parsePortNumber(first);
  if (port === undefined) {
    return { code: 'invalid-port', start, end: start + dash, message: describeBadPort(first, `start of the ${what} range`) };
  }
  const endPort = parsePortNumber(last);
  if (endPort === undefined) {
    return { code: 'invalid-port', start: start + dash + 1, end, message: describeBadPort(last, `end of the ${what} range`) };
  }
  if (endPort < port) {
    return { code: 'invalid-port', start, end,
      message: `The range ${raw} ends below its start: write the lower port first (${last}-${first}).` };
  }
  // `8000-8000` is one port, but keeps its written end: a mention says what its text says.
  return { port, endPort, start, end };
}

export function isSpecError(x: PortRange | SpecError): x is SpecError {
  return (x as SpecError).code !== undefined;
}

/** tcp, udp or sctp, case-insensitive; an empty protocol (`80/`) means tcp. */
export function parseProtocol(raw: string): Protocol | undefined {
  const p = raw.toLowerCase();
  if (p === '') return 'tcp';
  return p === 'tcp' || p === 'udp' || p === 'sctp' ? p : undefined;
}

export function protocolError(raw: string, start: number, end: number): SpecError {
  return { code: 'invalid-protocol', start, end,
    message: `"${raw}" is not a protocol Docker understands: use tcp, udp or sctp (tcp when left out).` };
}

/** Pieces of one `[ip:][host:]container[/proto]` spec, as indexes into the string. */
export interface SpecParts {
  ip?: { start: number; end: number };
  host?: { start: number; end: number };
  container: { start: number; end: number };
  /** After the first `/` of the container part, when there is one. */
  protocol?: { start: number; end: number };
}

/** Splits on `:`: the last part is the container side, the one before it the host side, and everything
 *  before that the IP (so `::1:6000:6000` and `[::1]:6000:6000` both work). */
export function splitPortSpec(s: string): SpecParts {
  const colons: number[] = [];
  for (let i = 0; i < s.length; i++) if (s[i] === ':') colons.push(i);
  const n = colons.length;
  const containerStart = n ? colons[n - 1] + 1 : 0;
  const parts: SpecParts = { container: { start: containerStart, end: s.length } };
  if (n >= 1) parts.host = { start: n >= 2 ? colons[n - 2] + 1 : 0, end: colons[n - 1] };
  if (n >= 2) parts.ip = { start: 0, end: colons[n - 2] };
  const slash = s.indexOf('/', containerStart);
  if (slash >= 0) {
    parts.protocol = { start: slash + 1, end: s.length };
    parts.container = { start: containerStart, end: slash };
  }
  return parts;
}

export function rangeLength(r: { port: number; endPort?: number }): number {
  return (r.endPort ?? r.port) - r.port + 1;
}

/** Docker allows a host range with a single container port (pick one free host port from the range),
 *  otherwise both sides must have the same number of ports. */
export function rangeMismatch(host: PortRange, container: PortRange, start: number, end: number): SpecError | undefined {
  const hostLen = rangeLength(host);
  const containerLen = rangeLength(container);
  if (hostLen === containerLen || containerLen === 1) return undefined;
  const show = (r: PortRange) => (r.endPort !== undefined ? `${r.port}-${r.endPort}` : `${r.port}`);
  return { code: 'range-mismatch', start, end,
    message: `Host ports ${show(host)} (${hostLen}) and container ports ${show(container)} (${containerLen}) are ranges of different lengths: `
      + 'give both sides the same number of ports, or publish a single container port.' };
}
