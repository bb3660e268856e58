// The nginx scanner: the ports nginx listens on (`listen`), the ones it connects to (`proxy_pass` and the
// other *_pass directives, `upstream { server … }`) and its settings (`resolver`, syslog log targets).
// Defaults follow nginx itself: an http address without a port means 80 (`https://` 443), a resolver 53,
// syslog 514, while fastcgi/uwsgi/scgi/grpc/memcached and stream/mail servers have no default port.
import type { PortMention, PortRole, Protocol, ScanResult } from '../types';
import { forEachDirective, type NginxDirective, type NginxToken } from './nginxTokens';
import { readAddress, type AddressReading } from './nginxAddress';
import { finding } from '../catalogue';

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

export function scanNginx(text: string): ScanResult {
  const result: ScanResult = { mentions: [], problems: [] };
  // Read as a stream: each directive is read when it ends and then dropped (kept until the end, a large
  // config's directives cost the collector more than reading them). Two things can only be known once the
  // whole file is read, so the directives that depend on them wait (`waiting`):
  // - an upstream block may come after the proxy_pass that names it;
  // - LinuxServer.io's SWAG snippets name the container and its port in variables of the same block,
  //   `set $upstream_app gotify; set $upstream_port 80;` then `proxy_pass $upstream_proto://$upstream_app:$upstream_port;`,
  //   and the last `set $upstream_app` of a block counts, wherever it is.
  const upstreams = new Set<string>();
  const upstreamApps = new Map<unknown, string>();
  // What waits is kept as plain data rather than as closures: a closure made here would keep this call's
  // whole scope alive (the directive with its tokens), which is the cost streaming saves.
  const waiting: Waiting[] = [];

  forEachDirective(text, PORT_DIRECTIVES, (directive) => {
    const name = directive.name;
    if (name === 'upstream' && directive.opensBlock && directive.args[0]) {
      upstreams.add(wordOf(text, directive.args[0]));
    }
    if (name === 'set' && directive.args.length >= 2 && wordOf(text, directive.args[0]) === '$upstream_app') {
      upstreamApps.set(directive.block, wordOf(text, directive.args[1]));
    }
    if (directive.opensBlock) return;
    const first = directive.args[0];
    if (!first) return;
    if (name === 'set') {
      if (directive.args[1] && wordOf(text, first) === '$upstream_port') {
        waiting.push({ mentionsBefore: result.mentions.length, problemsBefore: result.problems.length, portVariable: directive });
      }
      return;
    }
    const inHttp = (directive.block?.module ?? 'http') === 'http';
    if (name === 'listen') {
      const params = directive.args.slice(1).map((arg) => wordOf(text, arg));
      // `quic` (HTTP/3) and the stream module's `udp` make the socket a UDP one.
      const protocol: Protocol = params.includes('quic') || params.includes('udp') ? 'udp' : 'tcp';
      const reading = readAddress(text, first.textStart, first.textEnd, { listen: true, directive: 'listen' });
      record(result, reading, { role: 'listen', protocol, context: 'listen' }, inHttp ? 80 : undefined, true);
    } else if (name === 'proxy_pass' || PASS_PREFIXES.has(name)) {
      const pass = readPass(text, directive, first);
      // Only an address that names a host can name an upstream block.
      if (pass?.reading.kind === 'address' && pass.reading.host !== undefined) {
        waiting.push({ mentionsBefore: result.mentions.length, problemsBefore: result.problems.length, pass });
      } else if (pass) {
        recordPass(result, pass, upstreams);
      }
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
  if (waiting.length === 0) return result;
  // The results in the order the directives are written: each waiting one read now and put back where it came.
  const out: ScanResult = { mentions: [], problems: [] };
  let m = 0;
  let p = 0;
  for (const directive of waiting) {
    while (m < directive.mentionsBefore) out.mentions.push(result.mentions[m++]);
    while (p < directive.problemsBefore) out.problems.push(result.problems[p++]);
    if ('pass' in directive) recordPass(out, directive.pass, upstreams);
    else scanUpstreamPortVariable(text, directive.portVariable, upstreamApps, out);
  }
  while (m < result.mentions.length) out.mentions.push(result.mentions[m++]);
  while (p < result.problems.length) out.problems.push(result.problems[p++]);
  return out;
}

/** A directive read once the whole file is, and how many mentions and problems came before it. */
type Waiting = { mentionsBefore: number; problemsBefore: number } & ({ pass: PassReading } | { portVariable: NginxDirective });

/** `set $upstream_port 80;` in a block that also sets `$upstream_app`: a target of that container. */
function scanUpstreamPortVariable(text: string, directive: NginxDirective, apps: ReadonlyMap<unknown, string>, result: ScanResult): void {
  const [variable, value] = directive.args;
  if (!value || wordOf(text, variable) !== '$upstream_port') return;
  const host = apps.get(directive.block);
  const written = wordOf(text, value);
  if (host === undefined || !/^[0-9]{1,5}$/.test(written) || value.textEnd - value.textStart !== written.length) return;
  const port = Number(written);
  if (port < 1 || port > 65535) return;
  result.mentions.push({ port, start: value.textStart, end: value.textEnd, role: 'upstream', protocol: 'tcp', context: 'set $upstream_port', host });
}

/** What a proxy_pass or another *_pass directive points at, before upstream blocks are taken into account. */
interface PassReading {
  reading: AddressReading;
  /** The directive's name, for the mention and messages. */
  context: string;
  /** The port an http(s) proxy_pass connects to when none is written; the others have none. */
  defaultPort?: number;
}

/** `proxy_pass http://host:port/uri` in http; `proxy_pass host:port` (no scheme) in stream; the other *_pass
 *  directives with their optional scheme. Undefined when there is nothing nginx would read as an address now. */
function readPass(text: string, directive: NginxDirective, arg: NginxToken): PassReading | undefined {
  const name = directive.name;
  const options = { listen: false, directive: name };
  if (name !== 'proxy_pass') {
    const prefix = PASS_PREFIXES.get(name)?.exec(wordOf(text, arg));
    const start = arg.textStart + (prefix ? prefix[0].length : 0);
    return { reading: readAddress(text, start, arg.textEnd, options), context: name };
  }
  if ((directive.block?.module ?? 'http') !== 'http') {
    return { reading: readAddress(text, arg.textStart, arg.textEnd, options), context: name };
  }
  const scheme = HTTP_SCHEME.exec(wordOf(text, arg));
  if (!scheme) return undefined; // `$scheme://…` or an invalid prefix
  const start = arg.textStart + scheme[0].length;
  let end = start;
  while (end < arg.textEnd && text[end] !== '/' && text[end] !== '?') end++;
  const authority = text.slice(start, end);
  if (authority.includes('$')) {
    // `http://127.0.0.1:8080$request_uri`: the written port ends where the variable starts.
    const written = WRITTEN_PORT_BEFORE_VARIABLE.exec(authority);
    if (written) end = start + written[1].length;
  }
  return { reading: readAddress(text, start, end, options), context: name, defaultPort: scheme[1].toLowerCase() === 'https' ? 443 : 80 };
}

/** Records a pass directive's address once the upstream blocks are known. */
function recordPass(result: ScanResult, pass: PassReading, upstreams: Set<string>): void {
  const { reading } = pass;
  // `proxy_pass http://backend;` names an upstream block: its servers carry the ports, not port 80. (The
  // directives without a default port record nothing here either way.)
  if (reading.kind === 'address' && !reading.port && reading.host !== undefined && upstreams.has(reading.host)) return;
  record(result, upstreamWithPort(reading, upstreams, pass.context), { role: 'upstream', protocol: 'tcp', context: pass.context }, pass.defaultPort);
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

function wordOf(text: string, token: NginxToken): string {
  return text.slice(token.textStart, token.textEnd);
}
