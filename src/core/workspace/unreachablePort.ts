// unreachable-port: a target (`proxy_pass http://web:8080`, `DATABASE_URL=postgres://db:5433/app`) that
// reaches a compose service on a port that service is known not to listen on: nginx answers 502, the client
// "connection refused". Silent whenever what the service listens on is unknown or may be moved where this
// model cannot see: a false warning costs more than a missed one.
import { finding } from '../rules/catalogue';
import type { Finding, RouteKind } from '../types';
import type { ProjectModel, ServiceModel } from './project';
import { listensOn, type Listening, type ListenSource } from './serviceListening';
import type { Target } from './targets';

export interface Resolution {
  project: ProjectModel;
  service: ServiceModel;
  listening: Listening;
}

export interface ResolvedTarget extends Target {
  /** One per project of the file where the host names exactly one service. */
  resolutions: Resolution[];
}

/** Known: nothing uncertain, and at least one source that declares what the container listens on. The container
 *  side of `ports:` alone is no such declaration: a service often listens on more than it publishes (an agent's
 *  gRPC port beside a published web UI), and other services reach those ports over the project's network. */
function isKnown(listening: Listening): boolean {
  return !listening.uncertain && listening.sources.some((entry) => entry.kind !== 'ports');
}

export function unreachablePortFindings(text: string, targets: readonly ResolvedTarget[]): Finding[] {
  const findings: Finding[] = [];
  for (const target of targets) {
    const { mention, resolutions } = target;
    if (target.route !== undefined) {
      const found = routeFinding(text, target);
      if (found) findings.push(found);
      continue;
    }
    // Every project the file belongs to must agree: the same config mounted in two stacks may be right in one.
    if (resolutions.length === 0 || !resolutions.every((r) => isKnown(r.listening) && !listensOn(r.listening, mention.port))) continue;
    const { service, listening } = resolutions[0];
    const written = mention.implicit ? `${target.host} (port ${mention.port} by default)` : `${target.host}:${mention.port}`;
    const message = `Nothing listens on ${written}: \`${service.name}\` listens on ${describeSources(listening.sources)}.`;
    findings.push(finding('unreachable-port', mention.start, mention.end, message, portFix(text, target, listening.sources)));
  }
  return findings;
}

/** "3000: api/Dockerfile line 13" or "3000: api/Dockerfile line 13; 9090: expose: in compose.yaml line 12":
 *  each port with the most trusted place that says so (the sources come in order of trust). */
export function describeSources(sources: readonly ListenSource[]): string {
  const byPort = new Map<string, string>();
  for (const entry of sources) {
    const port = entry.endPort === undefined ? String(entry.port) : `${entry.port}-${entry.endPort}`;
    if (!byPort.has(port)) byPort.set(port, entry.where);
  }
  return [...byPort].map(([port, where]) => `${port}: ${where}`).join('; ');
}

/** One port the service listens on, written in place of the target's (or after its host, for a default port). */
function portFix(text: string, target: ResolvedTarget, sources: readonly ListenSource[]): Finding['fix'] {
  const ports = new Set(sources.map((entry) => (entry.endPort === undefined ? entry.port : -1)));
  if (ports.size !== 1 || ports.has(-1) || ports.has(0)) return undefined;
  const [port] = ports;
  const { mention } = target;
  if (mention.implicit) {
    if (text.slice(mention.start, mention.end).toLowerCase() !== target.host) return undefined;
    return { title: `Use port ${port}`, edits: [{ start: mention.end, end: mention.end, newText: `:${port}` }] };
  }
  if (text.slice(mention.start, mention.end) !== String(mention.port)) return undefined;
  return { title: `Use port ${port}`, edits: [{ start: mention.start, end: mention.end, newText: String(port) }] };
}

/** Ports of well-known protocols that are not HTTP (IANA: ssh, smtp, dns, pop3, imap, ldap, mqtt, databases),
 *  and SSH/SFTP's common alternates. */
const NOT_HTTP_PORTS: ReadonlySet<number> = new Set([21, 22, 23, 25, 53, 110, 143, 389, 465, 587, 636, 993, 995, 1883, 3306, 5432, 5672, 6379, 8883, 27017,
  // SSH and SFTP on their usual alternate ports (Gitea rootless, SFTPGo, Pterodactyl Wings).
  2022, 2222]);

/** Who takes each kind of route, for messages. */
const ROUTE_NAMES: Record<RouteKind, string> = {
  'traefik-http': 'The Traefik label routes',
  'traefik-tcp': 'The Traefik label routes',
  'traefik-udp': 'The Traefik label routes',
  caddy: 'The Caddy label proxies',
  'nginx-proxy': 'VIRTUAL_PORT sends nginx-proxy',
  coolify: 'This Coolify variable routes the domain',
  healthcheck: 'The health check runs inside the container and connects',
};

/**
 * A route to the service's own container (a proxy label, VIRTUAL_PORT, a Coolify variable, a health check on
 * localhost) on a port the service's own statements say it does not listen on. What the service says about
 * itself is evidence even when a mounted config makes the image's defaults uncertain: its `ports:` container
 * side and `expose:` name where it listens. Silent when anything may move the port where this cannot see (a
 * command, a network mode, an env_file not in the workspace), when the port is one the image documents, or one
 * an environment setting of the service names. A health check is held to more: it is reported only when it uses
 * the host side of the service's own mapping, the usual slip (`curl localhost:8080` with "8080:80").
 */
function routeFinding(text: string, target: ResolvedTarget): Finding | undefined {
  const { mention, resolutions, route } = target;
  if (resolutions.length !== 1 || route === undefined) return undefined;
  const [{ service, listening }] = resolutions;
  const port = mention.port;
  if (listening.uncertain || listening.sources.length === 0 || listensOn(listening, port)) return undefined;
  if ((listening.imagePorts ?? []).some((entry) => entry.port <= port && port <= (entry.endPort ?? entry.port))) return undefined;
  if ((listening.settingPorts ?? []).includes(port)) return undefined;
  // A published ssh, mail or database port says nothing about where the web server is (Gitea publishes 22 and is
  // routed to on 3000): only the service's other statements count for an HTTP route.
  const own = listening.sources.filter((entry) => entry.kind !== 'image' && entry.protocol !== 'udp' && !(entry.kind === 'ports' && NOT_HTTP_PORTS.has(entry.port)));
  const published = listening.sources.find((entry) => entry.kind === 'ports' && entry.hostPort === port);
  // Publishes alone say where the service listens only when they name one port: a service that publishes
  // several (EMQX's 1883, 8083, 8084) often serves its web UI on yet another it leaves to the proxy.
  const onlyPublishes = own.length > 0 && own.every((entry) => entry.kind === 'ports');
  const vague = onlyPublishes && new Set(own.map((entry) => entry.port)).size > 1 && !isKnown(listening);
  if (route === 'healthcheck' ? !published : (own.length === 0 && !isKnown(listening)) || (vague && !published)) return undefined;
  const name = service.name;
  const message = published
    ? `${ROUTE_NAMES[route]} to port ${port} of ${name}, but ${port} is the host side of its mapping (${published.where}): `
      + `inside the container ${name} listens on ${published.port}.`
    : `${ROUTE_NAMES[route]} to port ${port} of ${name}, but ${name} listens on ${describeSources(listening.sources)}.`;
  const fixPort = published ? published.port : undefined;
  const fix = fixPort !== undefined && text.slice(mention.start, mention.end) === String(mention.port)
    ? { title: `Use port ${fixPort}`, edits: [{ start: mention.start, end: mention.end, newText: String(fixPort) }] }
    : portFix(text, target, listening.sources);
  return finding('unreachable-port', mention.start, mention.end, message, fix);
}
