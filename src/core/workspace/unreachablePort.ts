// unreachable-port: a target (`proxy_pass http://web:8080`, `DATABASE_URL=postgres://db:5433/app`) that
// reaches a compose service on a port that service is known not to listen on: nginx answers 502, the client
// "connection refused". Silent whenever what the service listens on is unknown or may be moved where this
// model cannot see: a false warning costs more than a missed one.
import { finding } from '../catalogue';
import { lookupPort } from '../registry/lookupPort';
import type { Finding, FindingFix, RelatedPlace, RouteKind } from '../types';
import type { ProjectModel, ServiceModel } from './project';
import { neighbourListeningOn, type NeighbourListening } from './healthCheckNeighbour';
import { hostSideMapping } from './hostSideTarget';
import { listensOn, type Listening, type ListenSource } from './serviceListening';
import type { Target } from './targets';

export interface Resolution {
  project: ProjectModel;
  service: ServiceModel;
  listening: Listening;
  /** For a health check: the project's other services and what they listen on (healthCheckNeighbour.ts). */
  neighbours?: readonly NeighbourListening[];
}

export interface ResolvedTarget extends Target {
  /** One per project of the file where the host names exactly one service. */
  resolutions: Resolution[];
}

/** Known: nothing uncertain, and at least one source that declares what the container listens on. The container
 *  side of `ports:` alone is no such declaration: a service often listens on more than it publishes (an agent's
 *  gRPC port beside a published web UI), and other services reach those ports over the project's network. */
/** Whether the service's ports are known: a statement of where it listens beyond what it publishes. A generated
 *  image row counts only for routes (`forRoutes`): the catalogs list the ports their proxies route to and people
 *  publish, which is what a route is held to, but not every port the software listens on for its neighbours. */
function isKnown(listening: Listening, forRoutes = false): boolean {
  return !listening.uncertain && listening.sources.some((entry) => entry.kind !== 'ports' && (forRoutes || !entry.partial));
}

/** `path` is the file's own, so that a route can tell the statements of its own file from another's. */
export function unreachablePortFindings(text: string, targets: readonly ResolvedTarget[], path?: string): Finding[] {
  const findings: Finding[] = [];
  for (const target of targets) {
    const { mention, resolutions } = target;
    if (target.route !== undefined) {
      const found = routeFinding(text, target, path);
      if (found) findings.push(found);
      continue;
    }
    // Every project the file belongs to must agree: the same config mounted in two stacks may be right in one.
    if (resolutions.length === 0) continue;
    // A port the target service's own environment names (cp-kafka's KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://kafka:29092,
    // from which the image derives its listeners) may be one it listens on, as for routes (routeFinding).
    if (!resolutions.every((r) => isKnown(r.listening) && !listensOn(r.listening, mention.port) && !(r.listening.settingPorts ?? []).includes(mention.port))) {
      const found = hostSideFinding(text, target);
      if (found) findings.push(found);
      continue;
    }
    const { service, listening } = resolutions[0];
    const written = mention.implicit ? `${target.host} (port ${mention.port} by default)` : `${target.host}:${mention.port}`;
    const message = `Nothing listens on ${written}: service ${service.name} listens on ${listenedPorts(listening.sources)}.`;
    const found = finding('unreachable-port', mention.start, mention.end, message);
    const fixes = portFixes(text, target, listening.sources);
    if (fixes.length > 0) found.fix = fixes[0];
    if (fixes.length > 1) found.otherFixes = fixes.slice(1);
    const related = relatedPlaces(service.name, listening.sources);
    if (related.length > 0) found.related = related;
    findings.push(found);
  }
  return findings;
}

/** A target on the host side of its service's own mapping (hostSideTarget.ts), where what the service listens on
 *  is otherwise unknown: the mapping itself says where the container listens. Written ports only (an implicit
 *  port 80 of `http://web` is no copied host port). */
function hostSideFinding(text: string, target: ResolvedTarget): Finding | undefined {
  const { mention, resolutions } = target;
  if (mention.implicit || text.slice(mention.start, mention.end) !== String(mention.port) || !isConnection(text, target)) return undefined;
  const mapping = hostSideMapping(resolutions.map((r) => r.listening), mention.port);
  if (!mapping) return undefined;
  const name = resolutions[0].service.name;
  const message = `${target.host}:${mention.port} uses the host side of the mapping of service ${name} (${mapping.where}): `
    + `other containers reach ${name} on its container port ${mapping.port}, so use ${mapping.port}.`;
  const found = finding('unreachable-port', mention.start, mention.end, message,
    { title: `Use port ${mapping.port}`, edits: [{ start: mention.start, end: mention.end, newText: String(mapping.port) }] });
  if (mapping.location) found.related = [{ ...mapping.location, message: `${name} publishes host port ${mention.port} for container port ${mapping.port}.` }];
  return found;
}

/** Schemes of URLs handed to browsers as well as to other containers: a public URL setting (HOST_URL, ROOT_URL)
 *  rightly carries the host port, whatever host it names (TaskingAI's HOST_URL: http://nginx:3080). */
const BROWSER_SCHEMES = /^(https?|wss?)$/i;

/** Whether the target is a connection one container opens to another: nginx's pass or upstream, a database or
 *  broker URL (`postgres://db:5433`), or a `<PREFIX>_PORT` beside a `<PREFIX>_HOST` naming the service. */
function isConnection(text: string, target: ResolvedTarget): boolean {
  const { mention } = target;
  if (mention.role === 'upstream') return true;
  // The value's own line: a URL on an earlier line says nothing about this one.
  const from = Math.max(0, mention.start - 300, text.lastIndexOf('\n', mention.start - 1) + 1);
  const before = text.slice(from, mention.start);
  const scheme = /([A-Za-z][A-Za-z0-9+.-]*):\/\/[^\s/'"]*$/.exec(before)?.[1];
  if (scheme !== undefined) return !BROWSER_SCHEMES.test(scheme);
  return /_PORT$/i.test(mention.context ?? '') && !before.includes('://');
}

/** "3000 and 9229", or "5432 (the postgres image (PostgreSQL))" for a port only an image's documentation gives:
 *  the ports in plain words; where each is written goes to the finding's related places. */
export function listenedPorts(sources: readonly ListenSource[]): string {
  const byPort = new Map<string, ListenSource>();
  for (const entry of sources) {
    const port = entry.endPort === undefined ? String(entry.port) : `${entry.port}-${entry.endPort}`;
    const seen = byPort.get(port);
    if (!seen || (seen.location === undefined && entry.location !== undefined)) byPort.set(port, entry);
  }
  const parts = [...byPort].map(([port, entry]) => (entry.location === undefined ? `${port} (${entry.where})` : port));
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

const KIND_WORDS: Record<ListenSource['kind'], (source: ListenSource) => string> = {
  dockerfile: (source) => (source.fromCode ? `the application its Dockerfile runs, ${source.where}` : 'EXPOSE in the Dockerfile it is built from'),
  expose: () => 'its expose:',
  ports: () => 'the container side of its ports:',
  setting: (source) => `its ${source.setting ?? 'port'} setting`,
  image: (source) => source.where,
};

/** For each port the service listens on, the most trusted written place that says so (the sources come in order
 *  of trust): the evidence behind the message, one line each, short enough for the problem's hover. */
export function relatedPlaces(service: string, sources: readonly ListenSource[]): RelatedPlace[] {
  const places = new Map<string, RelatedPlace>();
  for (const entry of sources) {
    const port = entry.endPort === undefined ? String(entry.port) : `${entry.port}-${entry.endPort}`;
    if (!entry.location || places.has(port)) continue;
    places.set(port, { ...entry.location, message: `${service} listens on ${port}: ${KIND_WORDS[entry.kind](entry)}.` });
  }
  return [...places.values()];
}

/** Names of software ports that are rarely the one a client means: a debugger's, an administration console's. */
const SIDE_PORT = /debug|inspector|admin|management/i;

/** A port every common-software entry names as a debugger or admin port (9229 Node.js inspector, 15672
 *  RabbitMQ management); IANA's names are too old and too many to tell. */
function isSidePort(port: number): boolean {
  const common = (lookupPort(port)?.services ?? []).filter((service) => service.source === 'common');
  return common.length > 0 && common.every((service) => SIDE_PORT.test(service.name));
}

/** One fix per port the service listens on, written in place of the target's (or after its host, for a default
 *  port). The first is the likely one: preferred when it is the only port that is not a debugger's or an admin
 *  console's; when several are as likely, none is preferred. */
function portFixes(text: string, target: ResolvedTarget, sources: readonly ListenSource[]): FindingFix[] {
  const ports: number[] = [];
  for (const entry of sources) {
    if (entry.endPort !== undefined || entry.port <= 0 || ports.includes(entry.port)) continue;
    ports.push(entry.port);
  }
  const { mention } = target;
  const written = text.slice(mention.start, mention.end);
  if (mention.implicit ? written.toLowerCase() !== target.host : written !== String(mention.port)) return [];
  const main = ports.filter((port) => !isSidePort(port));
  const ordered = [...main, ...ports.filter((port) => !main.includes(port))];
  return ordered.map((port, index): FindingFix => {
    const edit = mention.implicit ? { start: mention.end, end: mention.end, newText: `:${port}` } : { start: mention.start, end: mention.end, newText: String(port) };
    const fix: FindingFix = { title: `Use port ${port}`, edits: [edit] };
    if (index > 0 || main.length !== 1) fix.preferred = false;
    return fix;
  });
}

/** Ports of well-known protocols that are not HTTP (IANA: ssh, smtp, dns, pop3, imap, ldap, mqtt, databases),
 *  and SSH/SFTP's common alternates. */
const NOT_HTTP_PORTS: ReadonlySet<number> = new Set([21, 22, 23, 25, 53, 110, 143, 389, 465, 587, 636, 993, 995, 1883, 3306, 5432, 5672, 6379, 8883, 27017,
  // SSH and SFTP on their usual alternate ports (Gitea rootless, SFTPGo, Pterodactyl Wings).
  2022, 2222]);

/** The HEALTHCHECK of the image the service builds, when every one of its probes names a port the service
 *  declares and none names this one: the compose health check that replaces it then probes a port nothing says
 *  the software answers on. Undefined when the image checks nothing, or checks a port nothing else declares. */
function imageHealthCheckAgainst(listening: Listening, port: number): ListenSource | undefined {
  const checks = listening.imageHealthChecks ?? [];
  if (checks.length === 0 || checks.some((check) => check.port === port || !listensOn(listening, check.port))) return undefined;
  return checks[0];
}

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
function routeFinding(text: string, target: ResolvedTarget, path?: string): Finding | undefined {
  const { mention, resolutions, route } = target;
  if (resolutions.length !== 1 || route === undefined) return undefined;
  const [{ service, listening, neighbours }] = resolutions;
  const port = mention.port;
  // A command that only names numbers (a retry loop's counts) can move the software to those numbers alone.
  const onlyCommand = listening.onlyCommandNumbers;
  if ((listening.uncertain && !(onlyCommand && !onlyCommand.includes(port))) || listening.sources.length === 0 || listensOn(listening, port)) return undefined;
  if ((listening.imagePorts ?? []).some((entry) => entry.port <= port && port <= (entry.endPort ?? entry.port))) return undefined;
  if ((listening.settingPorts ?? []).includes(port)) return undefined;
  // A published ssh, mail or database port says nothing about where the web server is (Gitea publishes 22 and is
  // routed to on 3000): only the service's other statements count for an HTTP route.
  const own = listening.sources.filter((entry) => entry.kind !== 'image' && entry.protocol !== 'udp' && !(entry.kind === 'ports' && NOT_HTTP_PORTS.has(entry.port)));
  const published = listening.sources.find((entry) => entry.kind === 'ports' && entry.hostPort === port);
  // A proxy route to the port the service's own health check probes, where nothing but the image table (perhaps
  // another version's) names another: two statements of the user's agree, and Docker would have shown the health
  // check failing (Coolify's castopod:1.15.4, routed and probed on 8080; older Castopod listened on 8000).
  if (route !== 'healthcheck' && own.length === 0 && listening.selfProbes?.includes(port)) return undefined;
  // Publishes alone say where the service listens only when they name one port: a service that publishes
  // several (EMQX's 1883, 8083, 8084) often serves its web UI on yet another it leaves to the proxy.
  const onlyPublishes = own.length > 0 && own.every((entry) => entry.kind === 'ports');
  // Publishes that only an override file adds (its development ports: Jupyter's 8888 beside a backend routed to on
  // 80, tiangolo/full-stack-fastapi-template) say nothing about the port the base file routes to. Another full
  // compose file of the folder publishing the same service is a statement like the route's own file's.
  if (route !== 'healthcheck' && onlyPublishes && path !== undefined && !isKnown(listening, true)
    && own.every((entry) => entry.location !== undefined && entry.location.path !== path && isOverrideFile(entry.location.path))) return undefined;
  const vague = onlyPublishes && new Set(own.map((entry) => entry.port)).size > 1 && !isKnown(listening, true);
  // A health check is held to the host side of the mapping: services answer health checks on side ports they
  // declare nowhere (TiDB's status port 10080, ONLYOFFICE's docservice on 8000, a backend behind the image's nginx).
  // Or to another port than the health check of the image it builds, which probes a port the service declares:
  // a compose health check replaces the image's, and the image's author knows where the software answers.
  const imageCheck = route === 'healthcheck' && !published ? imageHealthCheckAgainst(listening, port) : undefined;
  // Or to a port another service of the project says it listens on, while the service's own statements name others.
  const neighbour = route === 'healthcheck' && !published && !imageCheck && own.length > 0 ? neighbourListeningOn(service, neighbours ?? [], port) : undefined;
  // Or to another port than the one the service both sets and publishes (SERVER_PORT: 8000 with "8000:8000", its
  // check left on 8080 when the port moved, readur/readur e0f284e): two statements of the user's agree elsewhere.
  const setting = route === 'healthcheck' && !published && !imageCheck && !neighbour ? settingPublished(own) : undefined;
  if (route === 'healthcheck' ? !published && !imageCheck && !neighbour && !setting : (own.length === 0 && !isKnown(listening, true)) || (vague && !published)) return undefined;
  const name = service.name;
  const message = published
    ? `${ROUTE_NAMES[route]} to port ${port} of ${name}, but ${port} is the host side of its mapping (${published.where}): `
      + `inside the container ${name} listens on ${published.port}.`
    : imageCheck
      ? `${ROUTE_NAMES[route]} to port ${port} of ${name}, but ${imageCheck.where} of the image it is built from probes ${imageCheck.port}, where ${name} listens.`
      : neighbour
        ? `${ROUTE_NAMES[route]} to port ${port} of ${name}, but ${port} is where another container, ${neighbour.service}, listens (${neighbour.source.where}): ${name} listens on ${listenedPorts(own)}.`
      : setting
        ? `${ROUTE_NAMES[route]} to port ${port} of ${name}, but ${setting.setting} sets ${setting.port} (${setting.where}), the port it publishes.`
      : `${ROUTE_NAMES[route]} to port ${port} of ${name}, but ${name} listens on ${listenedPorts(listening.sources)}.`;
  const replacement = published?.port ?? imageCheck?.port ?? setting?.port;
  const fixes = replacement !== undefined && text.slice(mention.start, mention.end) === String(mention.port)
    ? [{ title: `Use port ${replacement}`, edits: [{ start: mention.start, end: mention.end, newText: String(replacement) }] }]
    : portFixes(text, target, listening.sources);
  const found = finding('unreachable-port', mention.start, mention.end, message, fixes[0]);
  if (fixes.length > 1) found.otherFixes = fixes.slice(1);
  const related = relatedPlaces(name, listening.sources);
  if (imageCheck?.location) related.unshift({ ...imageCheck.location, message: `The image's own health check probes ${imageCheck.port}.` });
  if (neighbour?.source.location) related.push({ ...neighbour.source.location, message: `${neighbour.service} listens on ${port}, in its own container.` });
  if (related.length > 0) found.related = related;
  return found;
}

/** The one port a listen setting of the service names and its `ports:` or `expose:` also names, when its own
 *  statements name no other: where the service says, twice, that it listens. */
function settingPublished(own: readonly ListenSource[]): ListenSource | undefined {
  const settings = own.filter((entry) => entry.kind === 'setting');
  if (settings.length !== 1 || new Set(own.map((entry) => entry.port)).size !== 1) return undefined;
  return own.some((entry) => entry.kind !== 'setting') ? settings[0] : undefined;
}

/** `compose.override.yaml`, `docker-compose.override.yml`, `docker-compose.dev.override.yml`: a file docker compose
 *  merges over another, where development settings go. */
function isOverrideFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return name.includes('.override.');
}
