// Compose `ports:` entries (short syntax `[ip:][host:]container[/proto]` and long syntax mappings) and
// `expose:` entries, read the way Docker's parser reads them.
import { isMap, isScalar, type Document, type Node, type Scalar } from 'yaml';
import type { PortMention, Protocol } from '../types';
import { firstVariableName, interpolate, UNKNOWN, type Lookup } from './interpolation';
import { isIpAddress } from './ipAddress';
import type { MappedText } from './mappedText';
import {
  isSpecError, parsePortRange, parseProtocol, protocolError, rangeMismatch, splitPortSpec,
  type PortRange, type SpecError,
} from './portSpec';
import type { ScanCollector } from './scanCollector';
import { mapEntries, scalarView, type WalkBudget } from './composeYaml';
import { namesWord } from '../asciiWords';

export interface ServiceScope extends ComposeText {
  doc: Document;
  budget: WalkBudget;
  service: string;
  out: ScanCollector;
}

/** The file's text, and the variables it is interpolated with. */
export interface ComposeText {
  text: string;
  lookup: Lookup;
  /** The editor read the `.env` beside the file and passed its variables (even none): a variable it does not
   *  set can then be named as unset. */
  envRead: boolean;
}

/** Compose interpolates with the shell's environment and the `.env` file beside the compose file. The shell
 *  is out of sight, so only the `.env` variables the editor passes in are known: without one,
 *  `${WEB_PORT:-8080}` reads as its default and `${WEB_PORT}` as nothing. */
export function composeLookup(variables: ReadonlyMap<string, string> | undefined): Lookup {
  return variables && variables.size > 0 ? (name) => variables.get(name) ?? null : () => null;
}

export function composeValue(node: Node | null, scope: ComposeText): MappedText | undefined {
  if (!isScalar(node)) return undefined;
  const view = scalarView(node as Scalar, scope.text);
  return view && interpolate(view, scope.lookup, '$$');
}

function report(scope: ServiceScope, value: MappedText, e: SpecError): void {
  const span = value.span(e.start, e.end);
  // An empty part has no characters to underline: mark the whole entry instead.
  const where = span.start === span.end ? value.span(0, value.length) : span;
  scope.out.problem(e.code, where.start, where.end, e.message);
}

const hasUnknown = (s: string, start: number, end: number) => s.slice(start, end).includes(UNKNOWN);

/** YAML 1.1's sexagesimal integer (PyYAML's resolver): `22:22` is 22*60+22. */
const BASE60 = /^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+$/;

export function base60Value(plain: string): number | undefined {
  if (!BASE60.test(plain)) return undefined;
  const sign = plain.startsWith('-') ? -1 : 1;
  let value = 0;
  for (const part of plain.replace(/^[-+]/, '').split(':')) value = value * 60 + Number(part.replace(/_/g, ''));
  return sign * value;
}

export function quoteForYaml(source: string): string {
  return source.includes('"') || source.includes('\\') ? `'${source.replace(/'/g, "''")}'` : `"${source}"`;
}

/** The colon-separated parts of an entry as written, colons inside `${…}` and `[…]` left alone. */
function writtenParts(raw: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if ((c === '$' && raw[i + 1] === '{') || c === '[') { depth++; if (c === '$') i++; }
    else if ((c === '}' || c === ']') && depth > 0) depth--;
    else if (c === ':' && depth === 0) { parts.push(raw.slice(from, i)); from = i + 1; }
  }
  parts.push(raw.slice(from));
  return parts;
}

const variablesIn = (written: string) => [...written.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]);

/**
 * The host-IP slot written with a port's variable (skobkin/docker-stacks' inbucket:
 * `"${HOST_HTTP_PORT:-0.0.0.0}:${HOST_HTTP_PORT:-8389}:9000/tcp"`): the variable the host port takes, or one named as a
 * port. Set, as the host port needs it, it makes the address a port number, which Docker rejects; unset, the two
 * defaults hide the slip. Whatever the variable holds today, one of the two slots is wrong.
 */
function portVariableInAddress(raw: string): { message: string; length: number } | undefined {
  // The common path: an address written as digits.
  if (!raw.includes('$')) return undefined;
  const parts = writtenParts(raw);
  if (parts.length !== 3) return undefined;
  const inAddress = variablesIn(parts[0]);
  if (inAddress.length === 0) return undefined;
  const inHost = variablesIn(parts[1]);
  const shared = inAddress.find((name) => inHost.includes(name));
  if (shared !== undefined) {
    return { length: parts[0].length, message: `The host IP is written with \${${shared}}, the variable this entry's host port takes: set to a port, as the host port needs it, `
      + 'it puts a port number where Docker expects an IP address, and the service does not start. Use a variable of its own for the address.' };
  }
  const named = inAddress.find((name) => /PORT$/i.test(name));
  if (named !== undefined) {
    return { length: parts[0].length, message: `The host IP is written with \${${named}}, a port's variable: set to a port, it puts a port number where Docker expects an IP address, `
      + 'and the service does not start. Use the address variable.' };
  }
  return undefined;
}

/** One short-syntax entry of `ports:`. */
export function readShortPort(scope: ServiceScope, node: Scalar): void {
  const { text, out, service } = scope;
  const view = scalarView(node, text);
  // A template's placeholder (`"{{DNS_BIND_IP:-0.0.0.0}}:53:53/udp"`, brianpooe/synology-docker-services' template.yaml,
  // filled by its substitute_env.sh): the file is not what runs, so nothing in the entry can be read (templatePlaceholder.ts).
  if (!view || view.text.includes('{{')) return;
  const entryRange = view.span(0, view.length);
  const entry = { syntax: 'short' as const, start: entryRange.start, end: entryRange.end };

  if (node.type === 'PLAIN' && node.range) {
    const raw = text.slice(node.range[0], node.range[1]);
    const sexagesimal = base60Value(raw);
    if (sexagesimal !== undefined && raw.includes(':')) {
      out.problem('yaml-base60', node.range[0], node.range[1],
        `Unquoted, ${raw} is the base-60 number ${sexagesimal} for YAML 1.1 readers (Compose v1, PyYAML-based tools), `
        + 'not a port mapping. Quote it, as the Compose documentation advises for every port mapping.',
        { title: `Quote ${raw}`, edits: [{ start: node.range[0], end: node.range[1], newText: quoteForYaml(raw) }] });
    }
  }

  const value = interpolate(view, scope.lookup, '$$');
  const s = value.text;
  const parts = splitPortSpec(s);
  const bad = (e: SpecError) => report(scope, value, e);

  let protocol: Protocol | undefined = 'tcp';
  if (parts.protocol && !hasUnknown(s, parts.protocol.start, parts.protocol.end)) {
    const raw = s.slice(parts.protocol.start, parts.protocol.end);
    protocol = parseProtocol(raw);
    if (!protocol) bad(protocolError(raw, parts.protocol.start, parts.protocol.end));
  } else if (parts.protocol) protocol = undefined;

  let hostIp: string | undefined;
  const portInAddress = parts.ip && portVariableInAddress(view.text);
  if (portInAddress) {
    const where = view.span(0, portInAddress.length);
    out.problem('invalid-port', where.start, where.end, portInAddress.message);
  } else if (parts.ip && !hasUnknown(s, parts.ip.start, parts.ip.end)) {
    let ip = s.slice(parts.ip.start, parts.ip.end);
    if (ip.startsWith('[')) ip = ip.replace(/^\[/, '').replace(/\]$/, '');
    if (ip !== '' && !isIpAddress(ip)) {
      bad({ code: 'invalid-port', start: parts.ip.start, end: parts.ip.end,
        message: `"${ip}" is not an IP address: write the host IP to bind (such as 127.0.0.1 or ::1), or leave it out to publish on every interface.` });
    } else if (ip !== '') hostIp = ip;
  }

  let container: PortRange | undefined;
  const c = parts.container;
  if (!hasUnknown(s, c.start, c.end)) {
    const r = parsePortRange(s, c.start, c.end, 'container port');
    if (isSpecError(r)) bad(r);
    else container = r;
  }

  let host: PortRange | undefined;
  const h = parts.host;
  if (h && h.end > h.start && !hasUnknown(s, h.start, h.end)) {
    const r = parsePortRange(s, h.start, h.end, 'host port');
    if (isSpecError(r)) bad(r);
    else host = r;
  }

  if (host && container) {
    const mismatch = rangeMismatch(host, container, 0, s.length);
    if (mismatch) bad(mismatch);
  }

  reportUnsetVariable(scope, value, h);
  reportUnsetVariable(scope, value, c);
  if (!parts.protocol) reportUdpByName(scope, entry);
  reportCrossedNames(scope, entry);
  const unread = (part: TextPart | undefined) => unreadPart(text, value, part);
  const base = { protocol, service, context: 'ports', entry };
  const hostAt = host && portOf(value, host);
  if (hostAt) {
    out.mention(clean({ ...base, ...hostAt, role: 'host', hostIp, peer: container && peerOf(container),
      unresolved: unresolvedParts(unread(parts.ip), unread(c)) }));
  }
  const containerAt = container && portOf(value, container);
  if (containerAt) {
    out.mention(clean({ ...base, ...containerAt, role: 'container', peer: host && peerOf(host),
      unresolved: unresolvedParts(undefined, unread(h)) }));
  }
}

interface TextPart {
  start: number;
  end: number;
}

/** A part set by a variable that cannot be read, as written in the file (`${BIND_IP}`); undefined for a part
 *  that is read. The hover names it rather than guessing. */
function unreadPart(text: string, value: MappedText, part: TextPart | undefined): string | undefined {
  if (!part || part.end <= part.start || !hasUnknown(value.text, part.start, part.end)) return undefined;
  const at = value.span(part.start, part.end);
  return text.slice(at.start, at.end);
}

/** unset-variable: a port part set by a variable that the `.env` beside the file does not set, with no default.
 *  docker compose then takes it from the shell, or warns and uses a blank string. */
function reportUnsetVariable(scope: ServiceScope, value: MappedText, part: TextPart | undefined): void {
  if (!scope.envRead || !part) return;
  const written = unreadPart(scope.text, value, part);
  if (written === undefined) return;
  const at = value.span(part.start, part.end);
  const name = firstVariableName(written);
  if (!name) return;
  scope.out.problem('unset-variable', at.start, at.end,
    `${name} is not set in the .env file beside this compose file and has no default: docker compose takes it from `
    + `the shell, or warns and uses a blank string. Set it in .env, or give a default (\${${name}:-…}).`);
}

/** A variable whose name says the port carries UDP (ANY_SYNC_NODE_QUIC_PORT, GAME_UDP_PORT, WIREGUARD_PORT), not a
 *  web UI or API beside it (WIREGUARD_UI_PORT). QUIC runs over UDP (RFC 9000), WireGuard only over UDP. */
const UDP_NAME = ['QUIC', 'UDP', 'WIREGUARD'];
const VARIABLE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
// Words of the name between `_`, any case (asciiWords.ts: as /(?:^|_)(?:QUIC|UDP|WIREGUARD)(?:_|$)/i, not compiled).
const saysUdp = (name: string) => namesWord(name, UDP_NAME) && !namesWord(name, NOT_UDP_NAME);

/** Whether a ports entry as written names a variable that says UDP (the by-name finding speaks for it). */
export function entryNamesUdp(written: string): boolean {
  return [...written.matchAll(VARIABLE)].some((match) => saysUdp(match[1]));
}
const NOT_UDP_NAME = ['UI', 'WEB', 'HTTP', 'HTTPS', 'ADMIN', 'API', 'DASHBOARD', 'TCP', 'GUI'];

/** udp-published-as-tcp on a mapping written with no protocol whose own variables say UDP: `${X_QUIC_PORT}:${X_QUIC_PORT}`
 *  publishes TCP only, so the UDP traffic the name promises never reaches the container. Read from the names as
 *  written (a default or a value from .env does not change what the name says), so it holds whatever the values are. */
function reportUdpByName(scope: ServiceScope, entry: { start: number; end: number }): void {
  const written = scope.text.slice(entry.start, entry.end);
  for (const match of written.matchAll(VARIABLE)) {
    const name = match[1];
    if (!saysUdp(name)) continue;
    const says = /QUIC/i.test(name) ? 'QUIC, which runs over UDP' : /WIREGUARD/i.test(name) ? 'WireGuard, which runs over UDP only' : 'UDP';
    const open = written.indexOf('}', match.index!);
    const start = entry.start + match.index!;
    const end = match[0].startsWith('${') && open >= 0 ? entry.start + open + 1 : start + match[0].length;
    scope.out.problem('udp-published-as-tcp', start, end,
      `${name} names ${says}, but this mapping has no /udp, so Docker publishes it as TCP only: add /udp, or the traffic never reaches the container.`,
      { title: 'Publish it as UDP (/udp)', edits: [{ start: entry.end, end: entry.end, newText: '/udp' }] });
    return;
  }
}

/** What a port variable's name says the port carries, by its words (W9_HTTP_PORT_SET, GITEA_SSH_PORT, APP_DB_PORT). */
const NAMED_PROTOCOLS: readonly [string, RegExp][] = [
  ['HTTP', /(?:^|_)(?:HTTPS?|WEB|UI|GUI|CONSOLE|DASHBOARD)(?:_|$)/i],
  ['SSH', /(?:^|_)(?:SSH|SFTP)(?:_|$)/i],
  ['mail', /(?:^|_)(?:SMTPS?|IMAPS?|POP3S?|SUBMISSION)(?:_|$)/i],
  ['database', /(?:^|_)(?:DB|MYSQL|MARIADB|POSTGRES|POSTGRESQL|PG|REDIS|MONGO|MONGODB)(?:_|$)/i],
  ['DNS', /(?:^|_)DNS(?:_|$)/i],
];
const ONE_VARIABLE = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::?[-?][^}]*)?\}?$/;

function protocolNamed(name: string): string | undefined {
  const said = NAMED_PROTOCOLS.filter(([, pattern]) => pattern.test(name));
  return said.length === 1 ? said[0][0] : undefined;
}

/** container-port-mismatch on a mapping whose two sides are variables named for different protocols:
 *  `${W9_HTTP_PORT_SET}:${W9_SSH_PORT}` publishes the container's SSH port where the host side promises HTTP. Read
 *  from the names as written, so it holds whatever their values are. */
function reportCrossedNames(scope: ServiceScope, entry: { start: number; end: number }): void {
  const written = scope.text.slice(entry.start, entry.end);
  // `[ip:]host:container[/protocol]`, each side one variable as written (defaults and .env values aside). Most
  // entries hold one variable or none: the pattern, which needs two `$`, is then not run (nor compiled, in a fresh process).
  if (written.indexOf('$') === written.lastIndexOf('$')) return;
  const sides = /(\$\{?[A-Za-z_][A-Za-z0-9_]*(?::?[-?][^}]*)?\}?):(\$\{?[A-Za-z_][A-Za-z0-9_]*(?::?[-?][^}]*)?\}?)["']?(?:\/[a-z]+)?["']?\s*$/.exec(written);
  if (!sides) return;
  const hostName = ONE_VARIABLE.exec(sides[1])?.[1];
  const containerName = ONE_VARIABLE.exec(sides[2])?.[1];
  if (!hostName || !containerName) return;
  const hostSays = protocolNamed(hostName);
  const containerSays = protocolNamed(containerName);
  if (!hostSays || !containerSays || hostSays === containerSays) return;
  const start = entry.start + sides.index + sides[1].length + 1;
  scope.out.problem('container-port-mismatch', start, start + sides[2].length,
    `The host side ${hostName} names ${hostSays}, but the container side ${containerName} names ${containerSays}: this publishes `
    + `the container's ${containerSays} port where the host side promises ${hostSays}. Use the variable of the container's ${hostSays} port.`);
}

const whole = (value: MappedText): TextPart => ({ start: 0, end: value.length });

function unresolvedParts(hostIp: string | undefined, peer: string | undefined): PortMention['unresolved'] {
  if (hostIp === undefined && peer === undefined) return undefined;
  const parts: NonNullable<PortMention['unresolved']> = {};
  if (hostIp !== undefined) parts.hostIp = hostIp;
  if (peer !== undefined) parts.peer = peer;
  return parts;
}

/** The port's place, or undefined when no span of the file is the port as written (it is pieced together
 *  from escapes): then there is no mention, though problems are still marked on the entry. */
function portOf(value: MappedText, r: PortRange): Pick<PortMention, 'port' | 'endPort' | 'start' | 'end'> | undefined {
  if (!value.isWrittenWhole(r.start, r.end)) return undefined;
  const { start, end } = value.span(r.start, r.end);
  return { port: r.port, endPort: r.endPort, start, end };
}

function peerOf(r: PortRange): { port: number; endPort?: number } {
  return r.endPort !== undefined ? { port: r.port, endPort: r.endPort } : { port: r.port };
}

/** Leaves optional fields out instead of setting them to undefined (deepEqual-friendly, smaller JSON). */
function clean(m: Partial<PortMention>): PortMention {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) if (v !== undefined) out[k] = v;
  return out as unknown as PortMention;
}

/** One long-syntax entry of `ports:` (`target`, `published`, `host_ip`, `protocol`). */
export function readLongPort(scope: ServiceScope, node: Node): void {
  const { text, doc, budget, out, service } = scope;
  if (!isMap(node) || !node.range) return;
  let end = node.range[1];
  while (end > node.range[0] && /\s/.test(text[end - 1])) end--;
  const entry = { syntax: 'long' as const, start: node.range[0], end };

  const fields = new Map(mapEntries(node, doc, budget).map((e) => [e.key, e.value]));
  let protocol: Protocol | undefined = 'tcp';
  const protoValue = composeValue(fields.get('protocol') ?? null, scope);
  if (protoValue && !protoValue.text.includes(UNKNOWN)) {
    protocol = parseProtocol(protoValue.text);
    if (!protocol) report(scope, protoValue, protocolError(protoValue.text, 0, protoValue.length));
  } else if (protoValue) protocol = undefined;

  let hostIp: string | undefined;
  const ipValue = composeValue(fields.get('host_ip') ?? null, scope);
  if (ipValue && !ipValue.text.includes(UNKNOWN) && ipValue.text !== '') {
    if (isIpAddress(ipValue.text)) hostIp = ipValue.text;
    else {
      report(scope, ipValue, { code: 'invalid-port', start: 0, end: ipValue.length,
        message: `host_ip "${ipValue.text}" is not an IP address: write the host IP to bind (such as 127.0.0.1), or leave host_ip out to publish on every interface.` });
    }
  }

  const targetValue = composeValue(fields.get('target') ?? null, scope);
  const publishedValue = composeValue(fields.get('published') ?? null, scope);
  const readPort = (value: MappedText | undefined, what: string): { value: MappedText; range: PortRange } | undefined => {
    if (value) reportUnsetVariable(scope, value, whole(value));
    if (!value || value.text.includes(UNKNOWN)) return undefined;
    const r = parsePortRange(value.text, 0, value.length, what);
    if (isSpecError(r)) {
      report(scope, value, r);
      return undefined;
    }
    return { value, range: r };
  };

  const target = readPort(targetValue, 'target port');
  const isRange = (r: PortRange) => r.endPort !== undefined && r.endPort !== r.port;
  if (target && isRange(target.range)) {
    report(scope, target.value, { code: 'invalid-port', start: 0, end: target.value.length,
      message: `target must be one container port, not the range ${target.value.text}: publish a range with the short syntax ("8000-8010:8000-8010").` });
  }
  const published = readPort(publishedValue, 'published port');
  if (!fields.has('target')) {
    out.problem('invalid-port', entry.start, entry.end,
      'This port mapping has no target: add a target key with the port the service listens on inside the container.');
  }
  const validTarget = target && !isRange(target.range) ? target : undefined;
  const unread = (value: MappedText | undefined) => value && unreadPart(text, value, whole(value));
  const publishedAt = published && portOf(published.value, published.range);
  if (publishedAt) {
    out.mention(clean({ ...publishedAt, role: 'host', protocol, hostIp, service,
      peer: validTarget && peerOf(validTarget.range), context: 'ports', entry,
      unresolved: unresolvedParts(unread(ipValue), unread(targetValue)) }));
  }
  const targetAt = validTarget && portOf(validTarget.value, validTarget.range);
  if (targetAt) {
    out.mention(clean({ ...targetAt, role: 'container', protocol, service,
      peer: published && peerOf(published.range), context: 'ports', entry,
      unresolved: unresolvedParts(undefined, unread(publishedValue)) }));
  }
}

/** One `expose:` entry: container ports only. A `HOST:CONTAINER` here is reported by the caller. */
export function readExposeEntry(scope: ServiceScope, value: MappedText): void {
  const s = value.text;
  const parts = splitPortSpec(s);
  let protocol: Protocol | undefined = 'tcp';
  if (parts.protocol && !hasUnknown(s, parts.protocol.start, parts.protocol.end)) {
    const raw = s.slice(parts.protocol.start, parts.protocol.end);
    protocol = parseProtocol(raw);
    if (!protocol) report(scope, value, protocolError(raw, parts.protocol.start, parts.protocol.end));
  } else if (parts.protocol) protocol = undefined;
  const c = parts.container;
  if (hasUnknown(s, c.start, c.end)) return;
  const r = parsePortRange(s, c.start, c.end, 'exposed port');
  if (isSpecError(r)) {
    report(scope, value, r);
    return;
  }
  const at = portOf(value, r);
  if (at) scope.out.mention(clean({ ...at, role: 'expose', protocol, service: scope.service, context: 'expose' }));
}
