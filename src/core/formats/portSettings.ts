// Settings that carry ports: environment variables (Compose `environment:`, Dockerfile ENV/ARG, .env files)
// and labels. A key named like a port (PORT, DB_PORT, EXPOSED_PORTS) must hold a port; any value may hold
// URLs with ports; address keys (REDIS_ADDR, KAFKA_BOOTSTRAP_SERVERS) may hold bare `host:port`.
import type { PortMention } from '../types';
import { UNKNOWN } from './interpolation';
import type { MappedText } from './mappedText';
import { isSpecError, MAX_PORT, parsePortRange } from './portSpec';
import type { ScanCollector } from './scanCollector';
import { findHostPorts, findUrlPorts } from './urlPort';
import { isIPv4, isIPv6 } from './ipAddress';

/** Well-known port variables that do not follow the *_PORT pattern. */
const OTHER_PORT_KEYS = new Set(['PGPORT']);

/** PORT, *_PORT and *_PORTS, in any case (and a few well-known names such as PGPORT). */
export function isPortKey(key: string): boolean {
  const k = key.toUpperCase();
  return k === 'PORT' || k === 'PORTS' || k.endsWith('_PORT') || k.endsWith('_PORTS') || OTHER_PORT_KEYS.has(k);
}

/** Keys that conventionally hold `host:port` without a scheme. */
export function isAddressKey(key: string): boolean {
  return /(^|_)(ADDR|ADDRESS|ADDRESSES|HOST|HOSTS|SERVER|SERVERS|BROKER|BROKERS|ENDPOINT|ENDPOINTS|LISTEN|BIND)$/.test(key.toUpperCase());
}

/** One or more `host:port` (the host with a letter in it), separated by commas or spaces: checked item by item,
 *  with no pattern that could backtrack over a long value. */
function isHostPortList(text: string): boolean {
  if (!text.includes(':')) return false; // every item needs one: most port values end here, unsplit
  const items = text.trim().split(/[\s,]+/);
  return items.length > 0 && items.every((item) => {
    const colon = item.indexOf(':');
    if (colon <= 0 || colon !== item.lastIndexOf(':')) return false;
    const host = item.slice(0, colon);
    const port = item.slice(colon + 1);
    return /^[A-Za-z0-9_.-]+$/.test(host) && /[A-Za-z_]/.test(host) && /^[0-9]{1,5}$/.test(port);
  });
}

export interface SettingPlace {
  /** The key as the user wrote it, for messages. */
  key: string;
  /** PortMention.context. */
  context: string;
  service?: string;
}

/** Reads one `key = value` setting. `value` is already unquoted and interpolated. */
export function readSetting(place: SettingPlace, value: MappedText, out: ScanCollector): void {
  if (value.text.trim() === '') return;
  if (value.text.includes('://')) {
    readUrlPorts(place, value, out);
    return;
  }
  // What the key's name says, found once: this runs for every line of a large .env file.
  const portKey = isPortKey(place.key);
  const addressKey = !portKey && isAddressKey(place.key);
  if ((portKey || addressKey) && readListenAddress(place, value, out)) return;
  if (portKey) {
    // `APPEND_PORT=postgres:5432`: a key named like a port that holds a socket (host:port), not a bad port.
    if (isHostPortList(value.text)) readAddressPorts(place, value, out);
    else if (!readListenList(place, value, out)) readPortValue(place, value, out, place.key.toUpperCase().endsWith('PORTS'));
    return;
  }
  if (addressKey) readAddressPorts(place, value, out);
}

function mention(place: SettingPlace, value: MappedText, i: number, j: number, port: number, extra: { endPort?: number; implicit?: true } = {}): PortMention | undefined {
  // A port pieced together from separate places (split by a Dockerfile line continuation) has no span that
  // shows it as written. An implicit port's span is its address, whatever it is made of.
  if (!extra.implicit && !value.isWrittenWhole(i, j)) return undefined;
  const { start, end } = value.span(i, j);
  // Fields set one by one rather than spread from `extra`: this runs for every port of a large .env file.
  const m: PortMention = { port, start, end, role: 'setting', context: place.context };
  if (extra.endPort !== undefined) m.endPort = extra.endPort;
  if (extra.implicit !== undefined) m.implicit = extra.implicit;
  if (place.service !== undefined) m.service = place.service;
  return m;
}

/** A value that must be a port (or a range; several, separated by commas or spaces, for *_PORTS keys). */
export function readPortValue(place: SettingPlace, value: MappedText, out: ScanCollector, list: boolean): void {
  const s = value.text;
  const items: [number, number][] = [];
  if (list) {
    let i = 0;
    while (i < s.length) {
      while (i < s.length && (s[i] === ',' || s[i] === ' ' || s[i] === '\t')) i++;
      let j = i;
      while (j < s.length && s[j] !== ',' && s[j] !== ' ' && s[j] !== '\t') j++;
      if (j > i) items.push([i, j]);
      i = j;
    }
  } else {
    let i = 0;
    let j = s.length;
    while (i < j && /\s/.test(s[i])) i++;
    while (j > i && /\s/.test(s[j - 1])) j--;
    items.push([i, j]);
  }
  for (const [i, j] of items) {
    // `-1` is how many programs write "off" for a port setting (derper's DERP_HTTP_PORT=-1): a choice, not a typo.
    if (s.slice(i, j).includes(UNKNOWN) || s.slice(i, j) === '-1') continue;
    const r = parsePortRange(s, i, j, 'port');
    if (isSpecError(r)) {
      const { start, end } = value.span(i, j);
      out.problem('invalid-port', start, end,
        `${place.key} is named like a port but holds "${s.slice(i, j)}", which is not a port (0–65535). `
        + 'Set it to a port number such as 8080, or rename the key if it is not a port.');
      continue;
    }
    const m = mention(place, value, r.start, r.end, r.port, r.endPort !== undefined ? { endPort: r.endPort } : {});
    if (m) out.mention(m);
  }
}

export function readUrlPorts(place: SettingPlace, value: MappedText, out: ScanCollector): void {
  for (const a of findUrlPorts(value.text)) emitAddress(place, value, a, out);
}

export function readAddressPorts(place: SettingPlace, value: MappedText, out: ScanCollector): void {
  for (const a of findHostPorts(value.text)) emitAddress(place, value, a, out);
}

/** URLs and bare addresses both, as in a health-check command line. */
export function readCommandPorts(place: SettingPlace, value: MappedText, out: ScanCollector): void {
  readUrlPorts(place, value, out);
  readAddressPorts(place, value, out);
}

function emitAddress(place: SettingPlace, value: MappedText, a: ReturnType<typeof findUrlPorts>[number], out: ScanCollector): void {
  if (a.port === undefined) {
    const { start, end } = value.span(a.start, a.end);
    out.problem('invalid-port', start, end, `In ${place.key}: ${a.error ?? 'not a port.'}`);
    return;
  }
  const m = mention(place, value, a.start, a.end, a.port, a.implicit ? { implicit: true } : {});
  if (m) out.mention(m);
}

/** One item of a listen list: a port, or an address and port, with the flag letters some servers allow after it
 *  (civetweb's, as in Pi-hole's `FTLCONF_webserver_port=80o,443os,[::]:443os`). */
const LISTEN_ITEM = /^(?:\[[0-9A-Fa-f:.]+\]:|[0-9.]+:)?([0-9]{1,5})[a-z]{0,3}$/;

/** A comma-separated list of listen items (`8082,[::]:8082`): each port read; false (nothing read) when it is not one. */
function readListenList(place: SettingPlace, value: MappedText, out: ScanCollector): boolean {
  const s = value.text;
  if (!s.includes(',')) return false;
  const items: [number, number, number][] = [];
  let i = 0;
  while (i <= s.length) {
    let j = s.indexOf(',', i);
    if (j < 0) j = s.length;
    let a = i;
    let b = j;
    while (a < b && /\s/.test(s[a])) a++;
    while (b > a && /\s/.test(s[b - 1])) b--;
    const match = LISTEN_ITEM.exec(s.slice(a, b));
    if (!match || Number(match[1]) > MAX_PORT) return false;
    const digitsStart = a + s.slice(a, b).lastIndexOf(match[1]);
    items.push([digitsStart, digitsStart + match[1].length, Number(match[1])]);
    i = j + 1;
  }
  for (const [start, end, port] of items) {
    const m = mention(place, value, start, end, port);
    if (m) out.mention(m);
  }
  return true;
}

/** A listen address, as Go programs and many others take their port: `:80` (every address), `0.0.0.0:8080`,
 *  `[::]:8080`, `127.0.0.1:9000` (Drone's `DRONE_SERVER_PORT=:80`, Caddy, Prometheus' `--web.listen-address`). */
const LISTEN_ADDRESS = /^(?:|([0-9.]+)|\[([0-9A-Fa-f:.]+)\]):([0-9]{1,5})$/;

/** Reads a value that is one listen address; false (and nothing read) when it is not one. */
function readListenAddress(place: SettingPlace, value: MappedText, out: ScanCollector): boolean {
  const s = value.text;
  if (!s.includes(':')) return false; // LISTEN_ADDRESS needs one: most port values end here, uncopied
  let i = 0;
  let j = s.length;
  while (i < j && /\s/.test(s[i])) i++;
  while (j > i && /\s/.test(s[j - 1])) j--;
  const match = LISTEN_ADDRESS.exec(s.slice(i, j));
  if (!match) return false;
  const [, ipv4, ipv6, digits] = match;
  if (ipv4 !== undefined && !isIPv4(ipv4)) return false;
  if (ipv6 !== undefined && !isIPv6(ipv6)) return false;
  const port = Number(digits);
  if (port > MAX_PORT) return false;
  const portStart = j - digits.length;
  const m = mention(place, value, portStart, j, port);
  if (m) out.mention(m);
  return true;
}
