// The nginx scanner: the ports nginx listens on (`listen`), the ones it connects to (`proxy_pass` and the
// other *_pass directives, `upstream { server … }`) and its settings (`resolver`, syslog log targets).
// Defaults follow nginx itself: an http address without a port means 80 (`https://` 443), a resolver 53,
// syslog 514, while fastcgi/uwsgi/scgi/grpc/memcached and stream/mail servers have no default port.
import type { PortMention, PortRole, Protocol, ScanResult } from '../types';
import { forEachDirective, type NginxDirective, type NginxToken } from './nginxTokens';
import { readAddress, type AddressReading } from './nginxAddress';
import { finding } from './scanners/host';
import { placeholderAfterPort } from './templatePlaceholder';

interface MentionBase {
  role: PortRole;
  protocol: Protocol;
  context: string;
}

// The other *_pass directives: the scheme each may start with, and none of them has a default port.
const PASS_PREFIXES = new Map<string, RegExp | undefined>([
  ['grpc_pass', /^grpcs?:\/\//i],
  ['uwsgi_pass', /^s?uwsgi:\/\//i],
  ['fastcgi_pass', undefined],
  ['scgi_pass', undefined],
  ['memcached_pass', undefined],
]);

/** The directives that can carry a port (and `upstream`, whose names proxy_pass may use): the only ones
 *  the scanner asks the directive reader for. */
const PORT_DIRECTIVES: ReadonlySet<string> = new Set(['listen', 'proxy_pass', ...PASS_PREFIXES.keys(), 'server', 'resolver', 'access_log', 'error_log', 'upstream', 'set']);

const HTTP_SCHEME = /^(https?):\/\//i;
const SYSLOG_PREFIX = /^syslog:/i;
const WRITTEN_PORT_BEFORE_VARIABLE = /^(.*?:\d+)\$/;
const PORT_AT_END = /:\d+$/;

export function scanNginx(text: string): ScanResult {
  const first = readNginx(text);
  // Rare: a pass directive named an upstream block written below it, or a block set $upstream_app after its
  // $upstream_port. Read again, knowing every block's name and app from the start, as nginx does.
  return first.complete ? first.result : readNginx(text, first.known).result;
}

/** What only the whole file tells: the upstream blocks' names, and each block's `set $upstream_app` (the last
 *  one counts), by where the block opens. */
interface Known {
  upstreams: Set<string>;
  upstreamApps: Map<number, string>;
}

/**
 * One pass over the directives as a stream: each is read when it ends and then dropped (kept until the end, the
 * directives of a large config cost the collector more than reading them). With `known` from an earlier pass,
 * what only the whole file tells is known from the start; without it, as far as read so far, and `complete`
 * says whether that was always enough.
 */
function readNginx(text: string, known?: Known): { result: ScanResult; known: Known; complete: boolean } {
  const result: ScanResult = { mentions: [], problems: [] };
  // Given, the whole file's: not to be changed while reading (an earlier `set $upstream_app` would undo a later one).
  const final = known !== undefined;
  const upstreams = known?.upstreams ?? new Set<string>();
  const upstreamApps = known?.upstreamApps ?? new Map<number, string>();
  // Hosts a pass directive named while no upstream block of that name was known, and the blocks whose
  // $upstream_port was read: if either is given its meaning later, the pass read too early.
  const hostsNamed = new Set<string>();
  const portBlocks = new Set<number>();
  let complete = true;

  forEachDirective(text, PORT_DIRECTIVES, (directive) => {
    const name = directive.name;
    if (name === 'upstream' && directive.opensBlock && directive.args[0] && !final) {
      const upstream = wordOf(text, directive.args[0]);
      if (hostsNamed.has(upstream)) complete = false;
      upstreams.add(upstream);
    }
    // LinuxServer.io's SWAG snippets name the container and its port in variables of the same block:
    // `set $upstream_app gotify; set $upstream_port 80;` then `proxy_pass $upstream_proto://$upstream_app:$upstream_port;`.
    if (name === 'set' && directive.args.length >= 2 && wordOf(text, directive.args[0]) === '$upstream_app' && !final) {
      const block = blockKey(directive);
      if (portBlocks.has(block)) complete = false;
      upstreamApps.set(block, wordOf(text, directive.args[1]));
    }
    if (directive.opensBlock) return;
    const first = directive.args[0];
    if (!first) return;
    if (name === 'set') {
      if (scanUpstreamPortVariable(text, directive, upstreamApps, result)) portBlocks.add(blockKey(directive));
      return;
    }
    const inHttp = (directive.block?.module ?? 'http') === 'http';
    if (name === 'listen') {
      // `quic` (HTTP/3) and the stream module's `udp` make the socket a UDP one.
      const protocol: Protocol = hasParameter(text, directive, 'quic') || hasParameter(text, directive, 'udp') ? 'udp' : 'tcp';
      const reading = readAddress(text, first.textStart, first.textEnd, { listen: true, directive: 'listen' });
      record(result, reading, { role: 'listen', protocol, context: 'listen' }, inHttp ? 80 : undefined, true);
    } else if (name === 'proxy_pass') {
      noteHost(scanProxyPass(text, directive, first, upstreams, result), upstreams, hostsNamed);
    } else if (PASS_PREFIXES.has(name)) {
      const prefix = PASS_PREFIXES.get(name)?.exec(wordOf(text, first));
      const start = first.textStart + (prefix ? prefix[0].length : 0);
      const reading = readAddress(text, start, first.textEnd, { listen: false, directive: name });
      noteHost(reading, upstreams, hostsNamed);
      record(result, upstreamWithPort(reading, upstreams, name), { role: 'upstream', protocol: 'tcp', context: name }, undefined);
    } else if (name === 'server' && directive.block?.name === 'upstream') {
      const reading = readAddress(text, first.textStart, first.textEnd, { listen: false, directive: 'server' });
      record(result, reading, { role: 'upstream', protocol: 'tcp', context: 'server' }, inHttp ? 80 : undefined);
    } else if (name === 'resolver') {
      for (const arg of directive.args) {
        if (wordOf(text, arg).includes('=')) continue; // valid=30s, ipv6=off, status_zone=…
        const reading = readAddress(text, arg.textStart, arg.textEnd, { listen: false, directive: 'resolver' });
        record(result, reading, { role: 'setting', protocol: 'udp', context: 'resolver' }, 53);
      }
    } else if (name === 'access_log' || name === 'error_log') {
      scanSyslogTarget(text, name, first, result);
    }
  });
  return { result, known: { upstreams, upstreamApps }, complete };
}

/** A pass directive's address names a host that is no upstream block yet: remember it, in case one comes later. */
function noteHost(reading: AddressReading | undefined, upstreams: ReadonlySet<string>, hostsNamed: Set<string>): void {
  if (reading?.kind === 'address' && reading.host !== undefined && !upstreams.has(reading.host)) hostsNamed.add(reading.host);
}

/** The block a directive is in, as a key that is the same in every pass: where the block opens (-1 at the top). */
function blockKey(directive: NginxDirective): number {
  return directive.block?.start ?? -1;
}

/** `set $upstream_port 80;` in a block that also sets `$upstream_app`: a target of that container. Returns
 *  whether it was a $upstream_port (and so depended on the block's app). */
function scanUpstreamPortVariable(text: string, directive: NginxDirective, apps: ReadonlyMap<number, string>, result: ScanResult): boolean {
  const [variable, value] = directive.args;
  if (!value || wordOf(text, variable) !== '$upstream_port') return false;
  const host = apps.get(blockKey(directive));
  const written = wordOf(text, value);
  if (host === undefined || !/^[0-9]{1,5}$/.test(written) || value.textEnd - value.textStart !== written.length) return true;
  const port = Number(written);
  if (port < 1 || port > 65535) return true;
  result.mentions.push({ port, start: value.textStart, end: value.textEnd, role: 'upstream', protocol: 'tcp', context: 'set $upstream_port', host });
  return true;
}

/** `proxy_pass http://host:port/uri` in http; `proxy_pass host:port` (no scheme) in stream. Returns the address it read. */
function scanProxyPass(text: string, directive: NginxDirective, arg: NginxToken, upstreams: Set<string>, result: ScanResult): AddressReading | undefined {
  const base: MentionBase = { role: 'upstream', protocol: 'tcp', context: 'proxy_pass' };
  const options = { listen: false, directive: 'proxy_pass' };
  if ((directive.block?.module ?? 'http') !== 'http') {
    const reading = readAddress(text, arg.textStart, arg.textEnd, options);
    record(result, upstreamWithPort(reading, upstreams, 'proxy_pass'), base, undefined);
    return reading;
  }
  const scheme = HTTP_SCHEME.exec(wordOf(text, arg));
  if (!scheme) return undefined; // `$scheme://…` or an invalid prefix: nothing nginx would read as an address now
  const start = arg.textStart + scheme[0].length;
  let end = start;
  while (end < arg.textEnd && text[end] !== '/' && text[end] !== '?') end++;
  const authority = text.slice(start, end);
  if (authority.includes('$')) {
    // `http://127.0.0.1:8080$request_uri`: the written port ends where the variable starts.
    const written = WRITTEN_PORT_BEFORE_VARIABLE.exec(authority);
    if (written) end = start + written[1].length;
  } else {
    // `http://127.0.0.1:2341%%ingress_entry%%/`: a start-up script puts the path after the written port.
    const glued = placeholderAfterPort(authority);
    if (glued > 0 && PORT_AT_END.test(authority.slice(0, glued))) end = start + glued;
  }
  const reading = readAddress(text, start, end, options);
  // `proxy_pass http://backend;` names an upstream block: its servers carry the ports, not port 80.
  if (reading.kind === 'address' && !reading.port && reading.host !== undefined && upstreams.has(reading.host)) return reading;
  record(result, upstreamWithPort(reading, upstreams, 'proxy_pass'), base, scheme[1].toLowerCase() === 'https' ? 443 : 80);
  return reading;
}

/** `proxy_pass http://backend:8080;` where backend is an upstream block: nginx refuses to start
 *  ("upstream "backend" may not have port 8080"), because the block's servers carry the ports. */
function upstreamWithPort(reading: AddressReading, upstreams: Set<string>, directive: string): AddressReading {
  if (reading.kind !== 'address' || !reading.port || reading.host === undefined || !upstreams.has(reading.host)) return reading;
  const { port, host } = reading;
  const written = `:${port.port}`;
  return {
    kind: 'problem',
    problem: finding('invalid-port', port.start, port.end,
      `${directive} names the upstream block "${host}", which may not have a port (nginx: "upstream \"${host}\" may not have port ${port.port}"): its servers carry the ports. Remove "${written}" here and put the port on the servers in the block.`,
      { title: `Remove "${written}"`, edits: [{ start: port.start - 1, end: port.end, newText: '' }] }),
  };
}

/** `access_log syslog:server=10.0.0.1:514,facility=local7 combined;` */
function scanSyslogTarget(text: string, directive: string, arg: NginxToken, result: ScanResult): void {
  const value = wordOf(text, arg);
  if (!SYSLOG_PREFIX.test(value)) return;
  let at = 'syslog:'.length;
  while (at <= value.length) {
    const comma = value.indexOf(',', at);
    const paramEnd = comma < 0 ? value.length : comma;
    if (value.startsWith('server=', at)) {
      const start = arg.textStart + at + 'server='.length;
      const reading = readAddress(text, start, arg.textStart + paramEnd, { listen: false, directive: `${directive} syslog server` });
      record(result, reading, { role: 'setting', protocol: 'udp', context: directive }, 514);
      return;
    }
    at = paramEnd + 1;
  }
}

/** Adds what an address reading found: a written port, an implicit default, or a problem. */
function record(result: ScanResult, reading: AddressReading, base: MentionBase, defaultPort: number | undefined, withHostIp = false): void {
  if (reading.kind === 'skip') return;
  if (reading.kind === 'problem') {
    result.problems.push(reading.problem);
    return;
  }
  let mention: PortMention;
  // Fields written out rather than spread from `base`: this runs once per port of a large config.
  if (reading.port) {
    mention = { port: reading.port.port, start: reading.port.start, end: reading.port.end, role: base.role, protocol: base.protocol, context: base.context };
    if (reading.port.endPort !== undefined) mention.endPort = reading.port.endPort;
  } else if (defaultPort !== undefined) {
    mention = { port: defaultPort, start: reading.start, end: reading.end, role: base.role, protocol: base.protocol, context: base.context, implicit: true };
  } else {
    return;
  }
  // `*` and the port-only form listen on every address: there is no host IP to show.
  if (withHostIp && reading.host && reading.host !== '*') mention.hostIp = reading.host;
  result.mentions.push(mention);
}

/** Whether a parameter after the directive's first argument is `word`, compared in place (no copy per parameter). */
function hasParameter(text: string, directive: NginxDirective, word: string): boolean {
  for (let k = 1; k < directive.args.length; k++) {
    const arg = directive.args[k];
    if (arg.textEnd - arg.textStart === word.length && text.startsWith(word, arg.textStart)) return true;
  }
  return false;
}

function wordOf(text: string, token: NginxToken): string {
  return text.slice(token.textStart, token.textEnd);
}
