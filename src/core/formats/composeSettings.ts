// Ports in a Compose service's settings: `environment:` and `build.args` (list and map form),
// `healthcheck.test`, and Traefik's `loadbalancer.server.port` labels (list and map form).
import { isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { interpolate } from './interpolation';
import { composeValue, type ServiceScope } from './composePorts';
import { mapEntries, scalarView, seqItems } from './composeYaml';
import type { MappedText } from './mappedText';
import { readCommandPorts, readPortValue, readSetting } from './portSettings';
import type { RouteKind } from '../types';
import { isWordChar, localHostBeforeColon } from '../asciiWords';
import { isTraefikV1Port, traefikRouter, traefikServiceName, traefikServicePort } from './traefikLabels';

/** `KEY=value` items of a list: the key as written, and the value (interpolated) mapped to its source. */
function splitAssignment(scope: ServiceScope, node: Node): { key: string; value: MappedText } | undefined {
  if (!isScalar(node)) return undefined;
  const view = scalarView(node as Scalar, scope.text);
  if (!view) return undefined;
  const eq = view.text.indexOf('=');
  if (eq <= 0) return undefined;
  return { key: view.text.slice(0, eq).trim(), value: interpolate(view.slice(eq + 1, view.length), scope.lookup, '$$') };
}

/** Both forms: `- KEY=value` lists and `KEY: value` maps. */
function assignments(scope: ServiceScope, node: Node | null): { key: string; value: MappedText }[] {
  const found: { key: string; value: MappedText }[] = [];
  if (isSeq(node)) {
    for (const item of seqItems(node, scope.doc, scope.budget)) {
      const a = splitAssignment(scope, item.node);
      if (a) found.push(a);
    }
    return found;
  }
  for (const entry of mapEntries(node, scope.doc, scope.budget)) {
    const value = composeValue(entry.value, scope);
    if (value) found.push({ key: entry.key, value });
  }
  return found;
}

export function readEnvironment(scope: ServiceScope, node: Node | null): void {
  const all = assignments(scope, node);
  const hosts = pairedHosts(all);
  for (const { key, value } of all) {
    const first = scope.out.mentions.length;
    readSetting({ key, context: `environment ${key}`, service: scope.service }, value, scope.out);
    // nginx-proxy's port for the container behind VIRTUAL_HOST (default: its one exposed port, else 80).
    if (key.toUpperCase() === 'VIRTUAL_PORT') markRoutes(scope, first, 'nginx-proxy');
    // `DB_HOST=postgres` beside `DB_PORT=5433`: the port is a target on that host, as `postgres:5433` would be.
    const host = hosts.get(key.toUpperCase());
    if (host !== undefined && /^\s*[0-9]+\s*$/.test(value.text)) {
      for (let i = first; i < scope.out.mentions.length; i++) if (!scope.out.mentions[i].implicit) scope.out.mentions[i].host = host;
    }
  }
  readCoolifyRoutes(scope, node);
}

/** `<PREFIX>_PORT` keys whose `<PREFIX>_HOST` (same prefix, not empty) is a plain host name: the host by key. */
function pairedHosts(all: readonly { key: string; value: MappedText }[]): Map<string, string> {
  const byKey = new Map(all.map(({ key, value }) => [key.toUpperCase(), value.text.trim()]));
  const hosts = new Map<string, string>();
  for (const key of byKey.keys()) {
    const prefix = /^(.+)_PORT$/.exec(key)?.[1];
    const host = prefix === undefined ? undefined : byKey.get(`${prefix}_HOST`);
    if (host !== undefined && /^[A-Za-z][A-Za-z0-9_-]*$/.test(host)) hosts.set(key, host);
  }
  return hosts;
}

function markRoutes(scope: ServiceScope, first: number, route: RouteKind): void {
  for (let i = first; i < scope.out.mentions.length; i++) {
    const mention = scope.out.mentions[i];
    if (!mention.implicit && mention.endPort === undefined) mention.route = route;
  }
}

/** Coolify's magic variables: `SERVICE_FQDN_<NAME>_<PORT>` and `SERVICE_URL_<NAME>_<PORT>` set in a service's
 *  environment route the generated domain to that port of the service's container. Only where the variable is
 *  set (a key), not where another setting reads its value (`${SERVICE_FQDN_APP_3000}`). */
const COOLIFY_ROUTE = /^SERVICE_(?:FQDN|URL)_[A-Z0-9_]*?_([0-9]{1,5})$/;

function readCoolifyRoutes(scope: ServiceScope, node: Node | null): void {
  const keyViews: MappedText[] = [];
  if (isSeq(node)) {
    for (const item of seqItems(node, scope.doc, scope.budget)) {
      if (!isScalar(item.node)) continue;
      const view = scalarView(item.node as Scalar, scope.text);
      if (!view) continue;
      const eq = view.text.indexOf('=');
      keyViews.push(eq < 0 ? view : view.slice(0, eq));
    }
  } else {
    for (const entry of mapEntries(node, scope.doc, scope.budget)) {
      if (!entry.own || !isScalar(entry.keyNode)) continue;
      const view = scalarView(entry.keyNode as Scalar, scope.text);
      if (view) keyViews.push(view);
    }
  }
  for (const view of keyViews) {
    const key = view.text.trim();
    const match = COOLIFY_ROUTE.exec(key);
    if (!match) continue;
    const port = Number(match[1]);
    if (port < 1 || port > 65535) continue;
    const offset = view.text.indexOf(key) + key.length - match[1].length;
    if (!view.isWrittenWhole(offset, offset + match[1].length)) continue;
    const { start, end } = view.span(offset, offset + match[1].length);
    scope.out.mention({ port, start, end, role: 'setting', context: `environment ${key}`, service: scope.service, route: 'coolify' });
  }
}

/** `build.args` are read like `environment:`: a port is set there just as often (`ARG PORT` in the
 *  Dockerfile). `build: ./dir` (a string context) has no args, and mapEntries finds no entries in it. */
export function readBuildArgs(scope: ServiceScope, build: Node | null): void {
  const args = mapEntries(build, scope.doc, scope.budget).find((e) => e.key === 'args');
  if (!args) return;
  for (const { key, value } of assignments(scope, args.value)) {
    readSetting({ key, context: `build arg ${key}`, service: scope.service }, value, scope.out);
  }
}

// Traefik's port for the service behind a router (traefik.<http|tcp|udp>.services.<name>.loadbalancer.server.port),
// v1's port labels (`traefik.port` and the per-service `traefik.<name>.port`: v1 reads any one segment before `.port`
// as a service name, so `traefik.backend.port` and `traefik.frontend.port` route too; v1 routes HTTP unless
// `traefik.protocol=https` says otherwise, which routeProtocolMismatch looks for), a router's options
// (traefik.<proto>.routers.<router>.<option>) and a service's name: traefikLabels.ts.

/** caddy-docker-proxy: `caddy.reverse_proxy` (or `caddy_0.reverse_proxy`, `caddy.handle_path.reverse_proxy`) whose
 *  value names `{{upstreams 8080}}` or `{{upstreams http 8080}}`: the container port Caddy proxies to. */
const CADDY_PROXY = /^caddy(_\d+)?(\.[^.]+)*\.reverse_proxy$/i;
const CADDY_UPSTREAMS = /\{\{\s*upstreams\s+(?:(?:https?|h2c)\s+)?([0-9]{1,5})\s*\}\}/g;

/**
 * The Traefik services of a container that no router of it uses: every router names another service (the
 * dashboard's `service=api@internal`), so the port of this one routes nothing. Traefik attaches a router that
 * names no service to the container's only service (https://doc.traefik.io/traefik/routing/providers/docker/), so
 * one such router keeps every service in use; with no router at all on the container (routers from a file
 * provider) nothing is known and every service counts as used.
 */
function unusedTraefikServices(labels: readonly { key: string; value: MappedText }[]): Set<string> {
  const routers = new Map<string, string | undefined>();
  for (const { key, value } of labels) {
    const router = traefikRouter(key);
    if (!router) continue;
    const named = router.option.toLowerCase() === 'service' ? value.text.trim().toLowerCase().replace(/@docker$/, '') : undefined;
    if (!routers.has(router.router) || named !== undefined) routers.set(router.router, named ?? routers.get(router.router));
  }
  const unused = new Set<string>();
  if (routers.size === 0 || [...routers.values()].some((named) => named === undefined)) return unused;
  const defined = new Set<string>();
  for (const { key } of labels) {
    const service = traefikServiceName(key)?.toLowerCase();
    if (service !== undefined) defined.add(service);
  }
  const used = new Set(routers.values() as Iterable<string>);
  // A router naming a service of this provider that the labels do not define (runtipi's cheshire-cat-ai beside a
  // service labelled cheshire) may mean the labelled one: only services of other providers (api@internal,
  // x@file) or other labelled services leave a labelled service unused.
  for (const named of used) if (!named.includes('@') && !defined.has(named)) return unused;
  for (const service of defined) if (!used.has(service)) unused.add(service);
  return unused;
}

export function readLabels(scope: ServiceScope, node: Node | null): void {
  const labels = assignments(scope, node);
  const unused = unusedTraefikServices(labels);
  for (const { key, value } of labels) {
    const traefik = traefikServicePort(key);
    if (traefik && unused.has(traefikServiceName(key)!.toLowerCase())) continue;
    if (traefik) {
      const first = scope.out.mentions.length;
      readPortValue({ key, context: 'label', service: scope.service }, value, scope.out, false);
      markRoutes(scope, first, `traefik-${traefik.toLowerCase()}` as RouteKind);
    } else if (isTraefikV1Port(key)) {
      const first = scope.out.mentions.length;
      readPortValue({ key, context: 'label', service: scope.service }, value, scope.out, false);
      markRoutes(scope, first, 'traefik-http');
    } else if (CADDY_PROXY.test(key)) {
      for (const match of value.text.matchAll(CADDY_UPSTREAMS)) {
        const port = Number(match[1]);
        const offset = match.index! + match[0].lastIndexOf(match[1]);
        if (port < 1 || port > 65535 || !value.isWrittenWhole(offset, offset + match[1].length)) continue;
        const { start, end } = value.span(offset, offset + match[1].length);
        scope.out.mention({ port, start, end, role: 'setting', context: 'label', service: scope.service, route: 'caddy' });
      }
    }
  }
}

export function readHealthcheck(scope: ServiceScope, node: Node | null): void {
  const test = mapEntries(node, scope.doc, scope.budget).find((e) => e.key === 'test')?.value ?? null;
  const commands = isSeq(test) ? seqItems(test, scope.doc, scope.budget).map((i) => i.node) : [test];
  for (const command of commands) {
    const value = composeValue(command, scope);
    if (!value) continue;
    const first = scope.out.mentions.length;
    readCommandPorts({ key: 'healthcheck test', context: 'healthcheck', service: scope.service }, value, scope.out);
    // The test runs inside the container: localhost there is the container itself, so its port is a container port.
    for (let i = first; i < scope.out.mentions.length; i++) {
      const mention = scope.out.mentions[i];
      if (!mention.implicit && mention.endPort === undefined && localHostRightBefore(scope.text.slice(Math.max(0, mention.start - 12), mention.start))) {
        mention.route = 'healthcheck';
      }
    }
  }
}

/** `localhost:`, `127.0.0.1:`, `0.0.0.0:`, `[::1]:` (any case) right before a port, not after a host name's character
 *  (as /(^|[^A-Za-z0-9_.-])(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]):$/i, not compiled: asciiWords.ts). */
function localHostRightBefore(before: string): boolean {
  const host = localHostBeforeColon(before);
  if (host < 0) return false;
  const c = host === 0 ? -1 : before.charCodeAt(host - 1);
  return c < 0 || !(isWordChar(c) || c === 0x2e /* . */ || c === 0x2d /* - */);
}
