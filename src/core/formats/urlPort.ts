// Ports inside URLs (`postgres://user:pw@db:5432/app`, `http://localhost:8080/health`) and bare
// `host:port` addresses (`kafka:9092`, `localhost:3000/health`). Format-neutral: works on a plain string and
// returns indexes into it. Hand-written scanning, linear in the length of the text.
import { UNKNOWN } from './interpolation';
import { MAX_PORT } from './portSpec';

/** The port a client uses when a URL names none. Schemes that look ports up elsewhere (mongodb+srv) have none. */
const SCHEME_DEFAULT_PORTS: Record<string, number> = {
  http: 80, https: 443, ws: 80, wss: 443, ftp: 21, ftps: 990, ssh: 22, sftp: 22, git: 9418,
  postgres: 5432, postgresql: 5432, mysql: 3306, mariadb: 3306, mongodb: 27017, redis: 6379, rediss: 6379,
  amqp: 5672, amqps: 5671, mqtt: 1883, mqtts: 8883, nats: 4222, ldap: 389, ldaps: 636, smtp: 25, smtps: 465,
  memcached: 11211, sqlserver: 1433, mssql: 1433, clickhouse: 9000, cassandra: 9042, kafka: 9092,
};

/** Schemes whose `//` part is a container image reference (skopeo's transports, runners' job images). */
const IMAGE_SCHEMES = new Set(['docker', 'docker-image', 'docker-daemon', 'docker-archive', 'oci', 'oci-archive', 'containers-storage']);

export function defaultPortOfScheme(scheme: string): number | undefined {
  const s = scheme.toLowerCase();
  if (s in SCHEME_DEFAULT_PORTS) return SCHEME_DEFAULT_PORTS[s];
  // Driver suffixes keep the base scheme's port: postgresql+asyncpg, mysql+pymysql. Not mongodb+srv (DNS SRV).
  const plus = s.indexOf('+');
  if (plus > 0 && s.slice(plus + 1) !== 'srv') {
    const base = s.slice(0, plus);
    if (base in SCHEME_DEFAULT_PORTS) return SCHEME_DEFAULT_PORTS[base];
  }
  return undefined;
}

export interface AddressPort {
  /** Undefined when the port text is invalid (see `error`). */
  port?: number;
  /** Indexes of the port digits, or of the host for an implicit port. */
  start: number;
  end: number;
  implicit: boolean;
  scheme?: string;
  host: string;
  /** Why the written port is not a port. */
  error?: string;
}

/** [A-Za-z0-9+.-_], by character code: these tests run on every character of a scanned value. The underscore is no
 *  URL scheme's, but Kafka's listener names stand in their place (`PLAINTEXT_HOST://:29092`). */
const isSchemeCode = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e || c === 0x2d || c === 0x5f;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const DOLLAR = 0x24;
const STAR = 0x2a;
const UNKNOWN_CODE = UNKNOWN.charCodeAt(0);
const isLetter = (c: string) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
/** Characters that end an authority (the `host:port` part) in config values and shell commands. */
const AUTHORITY_END = new Set(['/', '?', '#', ' ', '\t', '\r', '\n', '"', "'", '`', '<', '>', '\\', '|', ';', '(', ')', '{', '}']);
const AUTHORITY_END_CODES = asciiTable(AUTHORITY_END);
const isAuthorityEnd = (c: number) => c < 128 && AUTHORITY_END_CODES[c] === 1;

/** A set of ASCII characters as a table indexed by character code. */
function asciiTable(chars: ReadonlySet<string>): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** Every `scheme://…host:port…` in the text, one entry per host (multi-host URLs like mongodb://a:1,b:2), into
 *  found[0…], returning how many: a reader of many values (every line of a large .env file) keeps one array for them
 *  all rather than making one per value. Entries past the count are left as they were. */
export function collectUrlPorts(text: string, found: AddressPort[]): number {
  let count = 0;
  let from = 0;
  for (;;) {
    const sep = text.indexOf('://', from);
    if (sep < 0) break;
    from = sep + 3;
    let schemeStart = sep;
    while (schemeStart > 0 && isSchemeCode(text.charCodeAt(schemeStart - 1))) schemeStart--;
    while (schemeStart < sep && !isLetter(text[schemeStart])) schemeStart++;
    if (schemeStart === sep) continue;
    const scheme = text.slice(schemeStart, sep);
    const authStart = sep + 3;
    let authEnd = authStart;
    let bracketed = false;
    while (authEnd < text.length && !isAuthorityEnd(text.charCodeAt(authEnd))) {
      const code = text.charCodeAt(authEnd);
      if (code === COMMA && startsUrl(text, authEnd + 1)) break;
      // A `]` closes an IPv6 host (`http://[::1]:8080`) or, with none open, the list the URL is written in
      // (Logstash's `elasticsearch_hosts=[http://elasticsearch:9200]`).
      if (code === OPEN_BRACKET) bracketed = true;
      else if (code === CLOSE_BRACKET && !bracketed) break;
      authEnd++;
    }
    from = authEnd;
    // `docker://node:20-bookworm` (a Gitea or GitHub runner's label, a job's image) names an image and its tag,
    // not a host and a port.
    if (IMAGE_SCHEMES.has(scheme.toLowerCase())) continue;
    const at = lastIndexIn(text, '@', authStart, authEnd);
    const hostsStart = at >= 0 ? at + 1 : authStart;
    let segStart = hostsStart;
    for (let k = hostsStart; k <= authEnd; k++) {
      if (k === authEnd || text.charCodeAt(k) === COMMA) {
        const hostPort = readHostPort(text, segStart, k, scheme);
        if (hostPort) found[count++] = hostPort;
        segStart = k + 1;
      }
    }
  }
  return count;
}

/** Does a `scheme://` start at i? (Separates `http://a:1,http://b:2` lists from multi-host authorities.) */
function startsUrl(text: string, i: number): boolean {
  if (i >= text.length || !isLetter(text[i])) return false;
  let j = i;
  while (j < text.length && isSchemeCode(text.charCodeAt(j))) j++;
  return text.startsWith('://', j);
}

function readHostPort(text: string, start: number, end: number, scheme: string | undefined): AddressPort | undefined {
  if (start >= end) return undefined;
  let hostEnd: number;
  let host: string;
  let colon = -1;
  if (text[start] === '[') {
    const close = indexIn(text, ']', start, end);
    if (close < 0) return undefined;
    host = text.slice(start + 1, close);
    hostEnd = close + 1;
    if (hostEnd < end) {
      if (text[hostEnd] !== ':') return undefined;
      colon = hostEnd;
    }
  } else {
    colon = lastIndexIn(text, ':', start, end);
    hostEnd = colon >= 0 ? colon : end;
    host = text.slice(start, hostEnd);
  }
  // The port's text, read in place: copied out only for a message.
  const portStart = colon >= 0 ? colon + 1 : end;
  // A port left to the shell or the program (`http://127.0.0.1:$PORT` in a health check, `$$` escaped in Compose, a
  // variable inside another variable's value) or a wildcard (`http://localhost:*` in an allow list) is not a port
  // written wrong: nothing to read, nothing to report.
  if (portStart < end && (text.charCodeAt(portStart) === DOLLAR || (text.charCodeAt(portStart) === STAR && end === portStart + 1))) return undefined;
  let port = 0;
  let digitsOnly = true;
  for (let k = portStart; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === UNKNOWN_CODE) return undefined;
    if (c >= 0x30 && c <= 0x39) {
      if (port <= MAX_PORT) port = port * 10 + c - 0x30;
    } else if (c === DOLLAR && digitsOnly && k > portStart) {
      // Digits and then a variable (`http://localhost:8080$${ROOT_PATH:-}/api` in a health check, `:80${BASE_URL}`):
      // the variable starts the path, so the port is the digits before it.
      end = k;
      break;
    } else digitsOnly = false;
  }
  if (portStart === end) {
    const implicitPort = scheme !== undefined ? defaultPortOfScheme(scheme) : undefined;
    if (implicitPort === undefined || hostEnd === start) return undefined;
    return { port: implicitPort, start, end: hostEnd, implicit: true, scheme, host };
  }
  if (!digitsOnly || port > MAX_PORT) {
    const portText = text.slice(portStart, end);
    return { start: colon + 1, end, implicit: false, scheme, host,
      error: `"${portText}" after ${host || 'the host'}: is not a port: write a number from 0 to ${MAX_PORT}.` };
  }
  return { port, start: colon + 1, end, implicit: false, scheme, host };
}

const TOKEN_END = new Set([' ', '\t', '\r', '\n', '"', "'", '`', ',', ';', '|', '(', ')', '[', ']', '=', '<', '>', '{', '}']);

/** Bare `host:port` addresses (no scheme): `localhost:8080`, `127.0.0.1:5432/db`, `kafka-1:9092`,
 *  `[::1]:80`. The host must contain a letter or a dot, so that times like `12:30` are not ports. */
export function findHostPorts(text: string): AddressPort[] {
  const found: AddressPort[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i;
    if (text[i] === '[') {
      // `[::1]:8080` starts a token; any other `[` (a JSON array) separates tokens.
      const close = indexIn(text, ']', i, Math.min(text.length, i + 48));
      if (close < 0 || text[close + 1] !== ':' || !/^[0-9a-fA-F:.]+$/.test(text.slice(i + 1, close))) {
        i++;
        continue;
      }
      j = close + 1;
    } else if (TOKEN_END.has(text[i])) {
      i++;
      continue;
    }
    while (j < text.length && !TOKEN_END.has(text[j])) j++;
    const token = text.slice(i, j);
    if (!token.includes('://')) {
      const slash = token.indexOf('/');
      const addressEnd = slash >= 0 ? i + slash : j;
      const hostPort = readBareHostPort(text, i, addressEnd);
      if (hostPort) found.push(hostPort);
    }
    i = j;
  }
  return found;
}

function readBareHostPort(text: string, start: number, end: number): AddressPort | undefined {
  const colon = lastIndexIn(text, ':', start, end);
  if (colon <= start || colon === end - 1) return undefined;
  const portText = text.slice(colon + 1, end);
  if (!/^[0-9]{1,5}$/.test(portText) || Number(portText) > MAX_PORT) return undefined;
  let host = text.slice(start, colon);
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  else if (!/^[A-Za-z0-9._-]+$/.test(host) || !/[A-Za-z.]/.test(host)) return undefined;
  return { port: Number(portText), start: colon + 1, end, implicit: false, host };
}

/** indexOf limited to text[start, end), so that scanning stays linear. */
function indexIn(text: string, ch: string, start: number, end: number): number {
  const code = ch.charCodeAt(0);
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === code) return k;
  return -1;
}

function lastIndexIn(text: string, ch: string, start: number, end: number): number {
  const code = ch.charCodeAt(0);
  for (let k = end - 1; k >= start; k--) if (text.charCodeAt(k) === code) return k;
  return -1;
}
