// Settings that carry ports: environment variables (Compose `environment:`, Dockerfile ENV/ARG, .env files)
// and labels. A key named like a port (PORT, DB_PORT, EXPOSED_PORTS) must hold a port; any value may hold
// URLs with ports; address keys (REDIS_ADDR, KAFKA_BOOTSTRAP_SERVERS) may hold bare `host:port`.
import type { PortMention } from '../types';
import { UNKNOWN } from './interpolation';
import type { MappedText } from './mappedText';
import { isSpecError, MAX_PORT, parsePortRange } from './portSpec';
import type { ScanCollector } from './scanCollector';
import { collectUrlPorts, findHostPorts, type AddressPort } from './urlPort';
import { isIPv4, isIPv6 } from './ipAddress';
import { isTemplatePlaceholder } from './templatePlaceholder';

/** Well-known port variables that do not follow the *_PORT pattern. */
const OTHER_PORT_KEYS: readonly string[] = ['PGPORT'];

/** PORT, *_PORT and *_PORTS, in any case (and a few well-known names such as PGPORT). */
export function isPortKey(key: string): boolean {
  return (keyKind(key) & PORT_KEY) !== 0;
}

function isPortKeyUpper(k: string): boolean {
  return k === 'PORT' || k === 'PORTS' || k.endsWith('_PORT') || k.endsWith('_PORTS') || OTHER_PORT_KEYS.includes(k);
}

/** The words that end a key holding `host:port` without a scheme (after `_`, or the whole key). */
const ADDRESS_WORDS = ['ADDR', 'ADDRESS', 'ADDRESSES', 'HOST', 'HOSTS', 'SERVER', 'SERVERS', 'BROKER', 'BROKERS', 'ENDPOINT',
  'ENDPOINTS', 'LISTEN', 'BIND'];
const ADDRESS_KEY = new RegExp(`(^|_)(${ADDRESS_WORDS.join('|')})$`);

/** Keys that conventionally hold `host:port` without a scheme. */
export function isAddressKey(key: string): boolean {
  return (keyKind(key) & ADDRESS_KEY_KIND) !== 0;
}

const PORT_KEY = 1;
const ADDRESS_KEY_KIND = 2;
/** A *_PORTS key: its value may be a list. */
const PORT_LIST_KEY = 4;

/**
 * What a key's name says (PORT_KEY, ADDRESS_KEY_KIND, PORT_LIST_KEY), as the upper-cased key matched against the
 * patterns above would say. An ASCII key is read by its character codes in place, in one pass: this runs for every
 * line of a large .env file, where upper-casing a copy of each key and matching patterns cost more than reading
 * the line. Any other key takes the upper-cased copy, since toUpperCase can change a non-ASCII key ('ß' → 'SS').
 */
function keyKind(key: string): number {
  let segment = 0;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c > 0x7f) return keyKindUpper(key.toUpperCase());
    if (c === 0x5f) segment = k + 1;
  }
  let kind = 0;
  if (segmentIs(key, segment, 'PORT') || segmentIs(key, segment, 'PORTS')) kind |= PORT_KEY;
  for (let k = 0; k < OTHER_PORT_KEYS.length && kind === 0; k++) if (segmentIs(key, 0, OTHER_PORT_KEYS[k])) kind |= PORT_KEY;
  if (kind === 0) {
    for (let k = 0; k < ADDRESS_WORDS.length; k++) {
      if (segmentIs(key, segment, ADDRESS_WORDS[k])) {
        kind |= ADDRESS_KEY_KIND;
        break;
      }
    }
  }
  if (key.length >= 5 && segmentIs(key, key.length - 5, 'PORTS')) kind |= PORT_LIST_KEY;
  return kind;
}

function keyKindUpper(k: string): number {
  return (isPortKeyUpper(k) ? PORT_KEY : 0) | (ADDRESS_KEY.test(k) ? ADDRESS_KEY_KIND : 0) | (k.endsWith('PORTS') ? PORT_LIST_KEY : 0);
}

/** Whether key[from…] is `word` (upper case), ignoring the key's ASCII case. */
function segmentIs(key: string, from: number, word: string): boolean {
  if (key.length - from !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = key.charCodeAt(from + k);
    if ((c >= 0x61 && c <= 0x7a ? c - 0x20 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The characters /\s/ matches and String.prototype.trim removes (ECMAScript's white space and line terminators). */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

function isBlankText(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (!isSpaceCode(s.charCodeAt(k))) return false;
  return true;
}

/** The number of 1–5 ASCII digits that are s[i, j) (0–99999), or -1. */
function shortDigits(s: string, i: number, j: number): number {
  if (j <= i || j - i > 5) return -1;
  let n = 0;
  for (let k = i; k < j; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return -1;
    n = n * 10 + c - 0x30;
  }
  return n;
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
  if (isBlankText(value.text)) return;
  if (value.text.includes('://')) {
    readUrlPorts(place, value, out);
    return;
  }
  // What the key's name says, found once: this runs for every line of a large .env file.
  const kind = keyKind(place.key);
  const portKey = (kind & PORT_KEY) !== 0;
  const addressKey = !portKey && (kind & ADDRESS_KEY_KIND) !== 0;
  if ((portKey || addressKey) && readListenAddress(place, value, out)) return;
  if (portKey) {
    // `APPEND_PORT=postgres:5432`: a key named like a port that holds a socket (host:port), not a bad port.
    if (isHostPortList(value.text)) readAddressPorts(place, value, out);
    else if (!readListenList(place, value, out)) readPortValue(place, value, out, (kind & PORT_LIST_KEY) !== 0);
    return;
  }
  if (addressKey) readAddressPorts(place, value, out);
}

function mention(place: SettingPlace, value: MappedText, i: number, j: number, port: number, endPort?: number, implicit?: true): PortMention | undefined {
  // A port pieced together from separate places (split by a Dockerfile line continuation) has no span that
  // shows it as written. An implicit port's span is its address, whatever it is made of.
  if (!implicit && !value.isWrittenWhole(i, j)) return undefined;
  // value.span(i, j), without the object: this runs for every port of a large .env file.
  const start = value.startOf(i);
  const end = j <= i ? start : value.endOf(j - 1);
  const m: PortMention = { port, start, end, role: 'setting', context: place.context };
  if (endPort !== undefined) m.endPort = endPort;
  if (implicit !== undefined) m.implicit = implicit;
  if (place.service !== undefined) m.service = place.service;
  return m;
}

/** A value that must be a port (or a range; several, separated by commas or spaces, for *_PORTS keys). */
export function readPortValue(place: SettingPlace, value: MappedText, out: ScanCollector, list: boolean): void {
  const s = value.text;
  if (!list) {
    let i = 0;
    let j = s.length;
    while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
    while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
    readPortItem(place, value, out, i, j);
    return;
  }
  readPortList(place, value, out, 0, s.length);
}

/** Values that say "no value", "on/off" or "let the program choose" rather than a port (Nutify's UPS_PORT=auto,
 *  NUT's own `port = auto` for a USB UPS). */
const NOT_A_PORT_WORDS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'null', 'none', '~', 'auto', 'any', 'random',
  'default', 'disabled', 'disable', 'enabled', 'enable']);

/** A serial port (zigbee2mqtt's ZIGBEE2MQTT_CONFIG_SERIAL_PORT=/dev/ttyACM0, Windows' COM3) or a socket path under a
 *  name that ends in PORT: a port of another kind, not a network port written wrong. */
function isDeviceOrPath(value: string): boolean {
  if (value.startsWith('/')) return true;
  return value.length > 3 && value.slice(0, 3).toUpperCase() === 'COM' && shortDigits(value, 3, value.length) >= 0;
}

/** A value SOPS encrypted (`ENC[AES256_GCM,data:…,type:str]`, in a `*.sops.env` file): a port, decrypted at deploy
 *  time, that cannot be read here. */
function isSopsEncrypted(value: string): boolean {
  return value.startsWith('ENC[') && value.endsWith(']');
}

/** One port or range of a port value, value.text[i, j). */
function readPortItem(place: SettingPlace, value: MappedText, out: ScanCollector, i: number, j: number): void {
  const s = value.text;
  // The common case, a plain port, without the copies and the pattern parsePortRange takes for the rest.
  const digits = shortDigits(s, i, j);
  if (digits >= 0 && digits <= MAX_PORT) {
    const m = mention(place, value, i, j, digits);
    if (m) out.mention(m);
    return;
  }
  // A quoted port (Compose's list form keeps the quotes) or a bracketed list: read apart, off this common path.
  const first = s.charCodeAt(i);
  if ((first === 0x22 || first === 0x27 || first === 0x5b) && readWrappedPorts(place, value, out, i, j)) return;
  // `-1` is how many programs write "off" for a port setting (derper's DERP_HTTP_PORT=-1): a choice, not a typo.
  if (s.slice(i, j).includes(UNKNOWN) || s.slice(i, j) === '-1') return;
  // Not a port written wrong but a value of another kind under a port-like name: a switch or an empty value
  // (W9_URL_WITH_PORT=false, Symfony's ~ for null) or a connection string (MYSQL_PORT: root:root@tcp(db:3306)).
  const item = s.slice(i, j);
  // A value that starts with # is a comment to the dotenv readers of Node and Python (stack-auth's
  // STACK_EMAIL_PORT=# for local inbucket: 8129), and so empty.
  if (NOT_A_PORT_WORDS.has(item.toLowerCase()) || item.includes('@') || item.startsWith('#') || isDeviceOrPath(item) || isTemplatePlaceholder(item)
    || isSopsEncrypted(item)) return;
  const r = parsePortRange(s, i, j, 'port');
  if (isSpecError(r)) {
    const { start, end } = value.span(i, j);
    out.problem('invalid-port', start, end,
      `${place.key} is named like a port but holds "${s.slice(i, j)}", which is not a port (0–65535). `
      + 'Set it to a port number such as 8080, or rename the key if it is not a port.');
    return;
  }
  const m = mention(place, value, r.start, r.end, r.port, r.endPort);
  if (m) out.mention(m);
}

/** A port in quotes or ports in brackets, s[i, j): whether it was one (and its ports were read). Compose's list form
 *  keeps quotes in the value (`- DB_PORT="5432"`, traefikturkey/onramp's `- SEMAPHORE_LDAP_PORT='636'`): the dotenv
 *  readers and frameworks that read such settings (Laravel's env(), python-dotenv) strip them, so the number inside
 *  is the port the user meant. A list in brackets, as TOML and YAML write one (tuwunel's TUWUNEL_PORT="[8448]", read
 *  by its config loader): each port inside is a port. */
function readWrappedPorts(place: SettingPlace, value: MappedText, out: ScanCollector, i: number, j: number): boolean {
  const s = value.text;
  const first = s.charCodeAt(i);
  if (j - i < 3) return false;
  if (first === 0x5b) {
    if (s.charCodeAt(j - 1) !== 0x5d) return false;
    // One level only: a list in a list is no port setting, and reading it item by item would recurse as deep as it nests.
    for (let k = i + 1; k < j - 1; k++) if (s.charCodeAt(k) === 0x5b) return false;
    readPortList(place, value, out, i + 1, j - 1);
    return true;
  }
  if (s.charCodeAt(j - 1) !== first) return false;
  const inner = shortDigits(s, i + 1, j - 1);
  if (inner < 0 || inner > MAX_PORT) return false;
  const m = mention(place, value, i + 1, j - 1, inner);
  if (m) out.mention(m);
  return true;
}

/** The ports of a list, s[i, j), separated by commas, spaces and tabs: a *_PORTS value, or a bracketed list between
 *  its brackets. */
function readPortList(place: SettingPlace, value: MappedText, out: ScanCollector, i: number, j: number): void {
  const s = value.text;
  while (i < j) {
    while (i < j && (s[i] === ',' || s[i] === ' ' || s[i] === '\t')) i++;
    let k = i;
    while (k < j && s[k] !== ',' && s[k] !== ' ' && s[k] !== '\t') k++;
    // `8080/tcp,8080/udp`: hotio's images take WEBUI_PORTS as ports with their protocol (hotio.dev's qbittorrent page).
    const suffix = k - i > 4 && /^\/(tcp|udp)$/i.test(s.slice(k - 4, k)) ? 4 : 0;
    if (k > i) readPortItem(place, value, out, i, k - suffix);
    i = k;
  }
}

/** The URL addresses of the value being read, for every value in turn (see collectUrlPorts). Emptied after each
 *  value: an address's host may be a slice that keeps a whole file's text alive. */
const urlAddresses: AddressPort[] = [];
const NO_ADDRESS: AddressPort = { start: 0, end: 0, implicit: false, host: '' };

export function readUrlPorts(place: SettingPlace, value: MappedText, out: ScanCollector): void {
  const count = collectUrlPorts(value.text, urlAddresses);
  for (let k = 0; k < count; k++) {
    emitAddress(place, value, urlAddresses[k], out);
    // Overwritten rather than cut (length = 0 would give back the array's room, to be taken again by the next value).
    urlAddresses[k] = NO_ADDRESS;
  }
  if (urlAddresses.length > 8) urlAddresses.length = 0;
}

export function readAddressPorts(place: SettingPlace, value: MappedText, out: ScanCollector): void {
  for (const a of findHostPorts(value.text)) emitAddress(place, value, a, out);
}

/** URLs and bare addresses both, as in a health-check command line. */
export function readCommandPorts(place: SettingPlace, value: MappedText, out: ScanCollector): void {
  readUrlPorts(place, value, out);
  readAddressPorts(place, value, out);
}

function emitAddress(place: SettingPlace, value: MappedText, a: AddressPort, out: ScanCollector): void {
  if (a.port === undefined) {
    const { start, end } = value.span(a.start, a.end);
    out.problem('invalid-port', start, end, `In ${place.key}: ${a.error ?? 'not a port.'}`);
    return;
  }
  const m = mention(place, value, a.start, a.end, a.port, undefined, a.implicit ? true : undefined);
  if (m) out.mention(m);
}

/** One item of a listen list: a port, or an address and port, with the flag letters some servers allow after it
 *  (civetweb's, as in Pi-hole's `FTLCONF_webserver_port=80o,443os,[::]:443os`). */
const LISTEN_ITEM = /^(?:\[[0-9A-Fa-f:.]+\]:|[0-9.]+:)?([0-9]{1,5})[a-z]{0,3}$/;

/** A comma-separated list of listen items (`8082,[::]:8082`): each port read; false (nothing read) when it is not one. */
function readListenList(place: SettingPlace, value: MappedText, out: ScanCollector): boolean {
  if (!value.text.includes(',')) return false;
  // Every item is checked before any is read; the second pass reads them again rather than keeping them.
  if (!readListenItems(place, value, out, false)) return false;
  readListenItems(place, value, out, true);
  return true;
}

/** Each item of a listen list, each port a mention when `emit`; false at the first item that is not one. */
function readListenItems(place: SettingPlace, value: MappedText, out: ScanCollector, emit: boolean): boolean {
  const s = value.text;
  let i = 0;
  while (i <= s.length) {
    let j = s.indexOf(',', i);
    if (j < 0) j = s.length;
    let a = i;
    let b = j;
    while (a < b && isSpaceCode(s.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(s.charCodeAt(b - 1))) b--;
    let port = shortDigits(s, a, b);
    let digitsStart = a;
    let digitsEnd = b;
    if (port < 0) {
      // Anything but a plain port (the commonest item, read without copying it out) takes the pattern.
      const match = LISTEN_ITEM.exec(s.slice(a, b));
      if (!match) return false;
      port = Number(match[1]);
      digitsStart = a + s.slice(a, b).lastIndexOf(match[1]);
      digitsEnd = digitsStart + match[1].length;
    }
    if (port > MAX_PORT) return false;
    if (emit) {
      const m = mention(place, value, digitsStart, digitsEnd, port);
      if (m) out.mention(m);
    }
    i = j + 1;
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
  while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
  while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
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
