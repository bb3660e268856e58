// unreachable-port: a health check that runs a database's own client with no port (`redis-cli ping`, `pg_isready`)
// while the service's command starts the server on another port (`--port ${REDIS_PORT:-6379}`, `-c port=5433`). The
// client then knocks on its default port (redis-cli 6379; pg_isready the socket or TCP port 5432), where nothing
// listens once the port moves: getlago/lago fixed exactly this (b1e40bd, "ensure Redis healthcheck uses configured
// port"). A health check without a host runs against its own container, so the service is that server whatever its
// image is called. Silent when the client names a port, a URL, a socket or another host, when the command's port is
// the client's default or the command runs another program, and for pg_isready when PGPORT, PGHOST or PGSERVICE
// (which libpq reads) is set.
import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';
import { finding } from '../catalogue';
import type { Finding, FindingFix, PortMention } from '../types';
import { composeServiceNodes } from './composeServiceNodes';

interface Client {
  /** The client's name as a word of the health check. */
  name: RegExp;
  /** The port it uses when told none (redis-cli: 127.0.0.1:6379; pg_isready: libpq's 5432). */
  defaultPort: number;
  /** Words of the health check that choose the port, the server or a socket: the check is then not this slip. */
  chooses: RegExp;
  /** The server's port in its command: the value of the last match's first group. */
  serverPort: RegExp;
  /** How the fix passes the port. */
  flag: string;
  /** A command that runs this server: its binary, or only arguments (`--port 6380`), which the image's entrypoint
   *  hands to it. Another program's `--port=8000` says nothing about the database. */
  server: RegExp;
  /** Environment settings the client reads that choose its port or host (libpq's PGPORT, PGHOST, PGSERVICE). */
  clientSettings?: readonly string[];
}

const CLIENTS: readonly Client[] = [
  // redis-cli: -p <port>, -u <uri>, -s <socket>, -h <host> (https://redis.io/docs/latest/develop/tools/cli/).
  // redis-server (and the image's entrypoint for a command starting with --) takes --port <port>.
  { name: /(?:^|[\s"'[,/])((?:redis|valkey|keydb)-cli)(?=$|[\s"',\]])/, defaultPort: 6379, chooses: /(?:^|[\s"',])(?:-p|-u|-s|--port|--uri|-h)(?=$|[\s"',=])|:\/\//,
    serverPort: /--port[\s"',=]+([^\s"',\]]+)/g, flag: '-p', server: /^\s*-|(?:redis|valkey|keydb)-(?:server|sentinel)\b/ },
  // pg_isready: -p/--port, -h/--host, -d/--dbname (a connection string may name the port); libpq also reads PGPORT
  // (https://www.postgresql.org/docs/current/app-pg-isready.html). postgres takes -p <port> or -c port=<port>.
  { name: /(?:^|[\s"'[,/])(pg_isready)(?=$|[\s"',\]])/, defaultPort: 5432, chooses: /(?:^|[\s"',])(?:-p|--port|-h|--host|-d|--dbname)(?=$|[\s"',=])|PGPORT/,
    serverPort: /(?:^|[\s"',[])(?:-p[\s"',]+|-c[\s"',]+port=|--port=)([^\s"',\]]+)/g, flag: '-p', server: /^\s*-|(?:^|[\s/])postgres(?:$|\s)/,
    clientSettings: ['PGPORT', 'PGHOST', 'PGSERVICE'] },
];

const MAYBE = /(?:redis|valkey|keydb)-cli|pg_isready/;

export function healthCheckClientPort(mentions: readonly PortMention[], text: string): Finding[] {
  if (!MAYBE.test(text)) return [];
  const findings: Finding[] = [];
  for (const { name, node } of composeServiceNodes(mentions, text)) {
    const test = testNode(node);
    if (!test) continue;
    const command = words(node.get('command', true) as Node | undefined) ?? '';
    if (command === '') continue;
    for (const client of CLIENTS) {
      const found = check(client, test, command, node, name, text);
      if (found) findings.push(found);
    }
  }
  return findings;
}

function check(client: Client, test: { text: string; node: Node }, command: string, service: YAMLMap, name: string, text: string): Finding | undefined {
  const match = client.name.exec(test.text);
  if (!match || client.chooses.test(test.text.slice(match.index + match[0].length))) return undefined;
  if (!client.server.test(command)) return undefined;
  const environment = environmentNames(service);
  if ((client.clientSettings ?? []).some((setting) => environment.has(setting))) return undefined;
  const ports = [...command.matchAll(client.serverPort)].map((m) => m[1]);
  const port = ports[ports.length - 1];
  if (port === undefined || port === String(client.defaultPort) || port === '0') return undefined;
  const variable = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(port)?.[1];
  if (variable === undefined && !/^[0-9]{1,5}$/.test(port)) return undefined;
  // The client's word in the file: the range of the scalar that holds it.
  const located = locate(test.node, match[1], text);
  if (!located) return undefined;
  const message = variable === undefined
    ? `The health check runs ${match[1]} with no port, so it connects to ${client.defaultPort}, its default, but the command starts ${name} on port ${port}: `
      + `nothing answers the check. Pass ${client.flag} ${port}.`
    : `The health check runs ${match[1]} with no port, so it connects to ${client.defaultPort}, its default, but the command starts ${name} on ${port}: `
      + `the check fails whenever ${variable} moves the port. Pass ${client.flag} ${port}.`;
  return finding('unreachable-port', located.start, located.end, message, located.fix(client.flag, port));
}

/** The health check's test as one line of words, with the node that holds it; undefined for none or NONE. */
function testNode(service: YAMLMap): { text: string; node: Node } | undefined {
  const healthcheck = service.get('healthcheck', true);
  if (!isMap(healthcheck)) return undefined;
  const node = healthcheck.get('test', true) as Node | undefined;
  const text = words(node);
  return text === undefined ? undefined : { text, node: node! };
}

/** A string, or a list's items joined by spaces; undefined for anything else. */
function words(node: Node | undefined): string | undefined {
  if (isScalar(node)) return typeof node.value === 'string' ? node.value : undefined;
  if (!isSeq(node)) return undefined;
  const items = node.items.map((item) => (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') ? String(item.value) : undefined));
  return items.every((item) => item !== undefined) ? items.join(' ') : undefined;
}

function environmentNames(service: YAMLMap): Set<string> {
  const environment = service.get('environment', true);
  const names = new Set<string>();
  if (isMap(environment)) for (const item of environment.items) if (isScalar(item.key)) names.add(String(item.key.value));
  if (isSeq(environment)) {
    for (const item of environment.items) if (isScalar(item) && typeof item.value === 'string') names.add(item.value.split('=')[0].trim());
  }
  return names;
}

/** Where the client's word is written, and a fix that passes the port right after it: a new item of a list
 *  (`"redis-cli", "-p", "6380"`), or words in a string. Undefined when the word cannot be found as written. */
function locate(test: Node, word: string, text: string): { start: number; end: number; fix(flag: string, port: string): FindingFix | undefined } | undefined {
  const scalars: Scalar[] = isSeq(test) ? test.items.filter((item): item is Scalar => isScalar(item)) : isScalar(test) ? [test] : [];
  for (const scalar of scalars) {
    if (!scalar.range || typeof scalar.value !== 'string') continue;
    const [from, to] = scalar.range;
    const at = text.slice(from, to).indexOf(word);
    if (at < 0) continue;
    const start = from + at;
    const end = start + word.length;
    const inList = isSeq(test) && scalar.value === word;
    const quote = /^["']/.exec(text.slice(from, to))?.[0] ?? '';
    return {
      start, end,
      fix(flag: string, port: string): FindingFix | undefined {
        // A list item is followed by its own quotes: the new items go after the item, in the same quotes.
        const newText = inList ? `, ${quote}${flag}${quote}, ${quote}${port}${quote}` : ` ${flag} ${port}`;
        const at = inList ? to : end;
        if (inList && quote === '' && /[,\]]/.test(port)) return undefined;
        return { title: `Pass ${flag} ${port}`, edits: [{ start: at, end: at, newText }] };
      },
    };
  }
  return undefined;
}
