// Reads one nginx address (`127.0.0.1:8080`, `[::1]:443`, `*:80`, `8000-8010`, `backend`) the way
// ngx_parse_url does: the first `:` outside brackets splits host from port, ports are 1–65535, and only
// `listen` accepts a range. Positions are offsets into the whole text.
import type { Finding } from '../types';
import { finding } from './scanners/host';
import { COLON } from './charCodes';
import { isTemplatePlaceholder } from './templatePlaceholder';

export interface WrittenPort {
  port: number;
  endPort?: number;
  /** Exactly the digits, or `8000-8010`. */
  start: number;
  end: number;
}

export type AddressReading =
  /** Not an inet address we can read: a unix socket, a variable (`$backend`, `${PORT}`), a malformed host. */
  | { kind: 'skip' }
  | { kind: 'problem'; problem: Finding }
  | {
      kind: 'address';
      /** The host as written, without brackets; undefined for the port-only `listen 80` form. */
      host?: string;
      /** The whole address as written (brackets included): where an implicit port is shown. */
      start: number;
      end: number;
      /** Undefined when no port is written and the directive's default applies. */
      port?: WrittenPort;
    };

export interface AddressOptions {
  /** `listen` accepts a bare port and port ranges. */
  listen: boolean;
  /** The directive, for messages. */
  directive: string;
}

const DIGITS = /^\d+$/;
// Tested rather than lower-cased and compared: no copy of the value per address.
const UNIX_PREFIX = /^unix:/i;
// A port (or range) written with a sign, in hex or padded with spaces inside quotes: `+80`, `0x50`, `"80 "`.
const NUMBER_LIKE = /^\s*[+-]?(?:0x[0-9a-f]+|\d+)(?:-[+-]?(?:0x[0-9a-f]+|\d+))?\s*$/i;
// Characters of an IPv6 address (hex, colons, an embedded IPv4); used only to choose the message.
const IPV6_CHARS = /^[0-9a-fA-F:.]+$/;

export function readAddress(text: string, start: number, end: number, options: AddressOptions): AddressReading {
  const value = text.slice(start, end);
  if (value === '' || UNIX_PREFIX.test(value)) return { kind: 'skip' };

  let host: string;
  let portStart: number; // offset in `value` of the port text, or -1 when no port is written
  if (value[0] === '[') {
    const close = value.indexOf(']');
    if (close < 0) return { kind: 'skip' };
    host = value.slice(1, close);
    if (close + 1 === value.length) portStart = -1;
    else if (value[close + 1] === ':') portStart = close + 2;
    else return { kind: 'skip' };
  } else {
    const colon = value.indexOf(':');
    if (colon < 0) {
      if (options.listen && /^\d/.test(value)) {
        const bare = readListenPortOnly(value, start);
        if (bare) return bare;
      }
      if (options.listen && NUMBER_LIKE.test(value)) return notPlainDigits(value, start, end);
      if (value.includes('$') || isTemplatePlaceholder(value)) return { kind: 'skip' };
      return { kind: 'address', host: value, start, end };
    }
    if (value.indexOf(':', colon + 1) >= 0 && IPV6_CHARS.test(value)) return unbracketedIpv6(value, start, end, options);
    host = value.slice(0, colon);
    portStart = colon + 1;
  }

  if (portStart < 0) {
    if (host.includes('$')) return { kind: 'skip' };
    return { kind: 'address', host, start, end };
  }
  const portText = value.slice(portStart);
  // A variable port (`${NGINX_PORT}` in a template, `$port`) or a template's placeholder is filled in later:
  // nothing to read or report.
  if (portText.includes('$') || isTemplatePlaceholder(portText)) return { kind: 'skip' };
  if (host === '') return { kind: 'skip' };
  const read = readPortText(portText, start + portStart, options);
  if ('problem' in read) return { kind: 'problem', problem: read.problem };
  return { kind: 'address', host, start, end, port: read };
}

/** `listen 8080;` and `listen 8000-8010;`: a value that nginx reads as a port when it parses as one. */
function readListenPortOnly(value: string, start: number): AddressReading | undefined {
  const dash = value.indexOf('-');
  const first = dash < 0 ? value : value.slice(0, dash);
  const last = dash < 0 ? undefined : value.slice(dash + 1);
  // nginx tries the value as a port only when its parts are all digits; otherwise it is a host name.
  if (!DIGITS.test(first) || (last !== undefined && !DIGITS.test(last))) return undefined;
  const read = readPortText(value, start, { listen: true, directive: 'listen' });
  if ('problem' in read) return { kind: 'problem', problem: read.problem };
  return { kind: 'address', start, end: start + value.length, port: read };
}

/** `listen +80;`, `listen 0x50;`: nginx reads a listen port only as plain decimal digits, so such a value is
 *  no port at all (not 80, as a lenient number parser would have it). */
function notPlainDigits(value: string, start: number, end: number): AddressReading {
  const trimmed = value.trim();
  const plain = /^\+?\d+$/.test(trimmed) ? Number(trimmed) : /^\+?0x[0-9a-f]+$/i.test(trimmed) ? parseInt(trimmed.replace('+', ''), 16) : undefined;
  const fix = plain !== undefined && plain >= 1 && plain <= 65535
    ? { title: `Write ${plain}`, edits: [{ start, end, newText: String(plain) }] }
    : undefined;
  return {
    kind: 'problem',
    problem: finding('invalid-port', start, end,
      `listen: '${shorten(value)}' is not a port number: nginx reads a port only as plain decimal digits from 1 to 65535 (no sign, spaces or hex) and rejects this value.${fix ? ` Write ${plain}.` : ''}`,
      fix),
  };
}

function readPortText(portText: string, at: number, options: AddressOptions): WrittenPort | { problem: Finding } {
  const end = at + portText.length;
  if (portText === '') {
    return { problem: finding('invalid-port', at - 1, at,
      `The port after ':' is missing in ${options.directive}: write a port from 1 to 65535${defaultHint(options)}.`) };
  }
  const dash = options.listen ? portText.indexOf('-') : -1;
  if (dash >= 0) {
    const firstText = portText.slice(0, dash);
    const lastText = portText.slice(dash + 1);
    const bad = checkNumber(firstText, at, options) ?? checkNumber(lastText, at + dash + 1, options);
    if (bad) return { problem: bad };
    const first = Number(firstText);
    const last = Number(lastText);
    if (last < first) {
      return { problem: finding('invalid-port', at, end,
        `The port range ${portText} ends below its start: nginx rejects it ("invalid port range"). Write the lower port first: ${lastText}-${firstText}.`,
        { title: `Write the range as ${lastText}-${firstText}`, edits: [{ start: at, end, newText: `${lastText}-${firstText}` }] }) };
    }
    return first === last ? { port: first, start: at, end } : { port: first, endPort: last, start: at, end };
  }
  if (!options.listen && /^\d+-\d+$/.test(portText)) {
    return { problem: finding('invalid-port', at, end,
      `${options.directive} takes one port, not the range ${portText}: only listen accepts port ranges. Write a single port.`) };
  }
  const bad = checkNumber(portText, at, options);
  if (bad) return { problem: bad };
  return { port: Number(portText), start: at, end };
}

function checkNumber(digits: string, at: number, options: AddressOptions): Finding | undefined {
  const end = at + digits.length;
  if (!DIGITS.test(digits)) {
    const shown = digits === '' ? 'an empty port' : `'${shorten(digits)}'`;
    return finding('invalid-port', digits === '' ? Math.max(0, at - 1) : at, digits === '' ? at : end,
      `${options.directive}: ${shown} is not a port number. nginx expects digits from 1 to 65535 here${defaultHint(options)}.`);
  }
  const port = Number(digits);
  if (port === 0) {
    return finding('invalid-port', at, end,
      `Port 0 is not valid in ${options.directive}: nginx needs a port from 1 to 65535. Write the real port, for example 8080.`);
  }
  if (port > 65535) {
    return finding('invalid-port', at, end,
      `Port ${shorten(digits)} is out of range: nginx accepts ports 1–65535. Write a port in that range.`);
  }
  return undefined;
}

function defaultHint(options: AddressOptions): string {
  return options.listen ? ", or leave out ':' and the port to listen on 80" : '';
}

/** `listen ::1:80;`: nginx reads everything after the first `:` as the port and says "invalid port". */
function unbracketedIpv6(value: string, start: number, end: number, options: AddressOptions): AddressReading {
  const lastColon = value.lastIndexOf(':');
  const head = value.slice(0, lastColon);
  const tail = value.slice(lastColon + 1);
  const fixed = DIGITS.test(tail) && isCompleteIpv6(head) ? `[${head}]:${tail}` : `[${value}]`;
  const colon = value.indexOf(':');
  return {
    kind: 'problem',
    problem: finding('invalid-port', start, end,
      `nginx splits '${shorten(value)}' at its first ':' and cannot read '${shorten(value.slice(colon + 1))}' as a port ("invalid port"): an IPv6 address in ${options.directive} needs brackets. Write ${shorten(fixed)}.`,
      { title: `Write ${shorten(fixed)}`, edits: [{ start, end, newText: fixed }] }),
  };
}

/** Whether `head` could stand alone as an IPv6 address, so that the part after the last `:` is a port. */
function isCompleteIpv6(head: string): boolean {
  if (head === '' || (head.endsWith(':') && !head.endsWith('::'))) return false;
  // Counted in place and given up past 8: split(':') on a runaway line makes an array of one string per
  // group, and past ~16,000 elements V8 keeps arrays in its large-object space, where they cost ~13× more.
  let groups = 0;
  for (let k = 0; k < head.length && groups <= 8; k++) {
    if (head.charCodeAt(k) !== COLON && (k === 0 || head.charCodeAt(k - 1) === COLON)) groups++;
  }
  return head.includes('::') ? groups < 8 : groups === 8;
}

/** Keeps messages readable when the text is a runaway line. */
function shorten(written: string): string {
  return written.length > 40 ? `${written.slice(0, 37)}...` : written;
}
