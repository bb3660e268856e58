// The facts a Compose service states about its image: the image, the container side of its ports and
// `expose`, the variables that set a port, the port a proxy label routes HTTP to. Host ports are the store's
// choice, never a fact about the image, and a service on the host's network states no ports at all.
import type { Protocol } from '../../src/core/types';
import { imageKey } from '../../src/core/images/imageReference';
import type { PortClaim } from './claims';

export interface ServiceFacts {
  name: string;
  /** imageKey of the image, or undefined when its name is still a variable. */
  key?: string;
  /** The tag as written, after variables (`fpm-alpine`), when there is one. */
  tag?: string;
  ports: PortClaim[];
  portSettings: string[];
  environment: Map<string, string>;
  labels: Map<string, string>;
  hostNetwork: boolean;
  containerName?: string;
}

/** `${VAR:-default}`, `${VAR-default}`, `${VAR}`, `$VAR`, `$$cap_x` with the values known, or undefined when a
 *  variable is left that has no value. `${VAR?}` (DockSTARTer) takes the value given. */
export function resolveVariables(text: string, values: ReadonlyMap<string, string>): string | undefined {
  let unresolved = false;
  const out = text.replace(/\$\$(cap_[A-Za-z0-9_]+)|\$\{([A-Za-z0-9_<>]+)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_all, cap: string | undefined, name: string | undefined, op: string | undefined, fallback: string | undefined, bare: string | undefined) => {
      const variable = cap ? `$$${cap}` : name ?? bare ?? '';
      const value = values.get(variable);
      if (value !== undefined && value !== '') return value;
      if (op !== undefined && op.endsWith('-')) return fallback ?? '';
      unresolved = true;
      return '$';
    });
  return unresolved ? undefined : out;
}

const PROTOCOLS: ReadonlySet<string> = new Set(['tcp', 'udp', 'sctp']);

/** The container side of a short-syntax port (`[ip:][host:]container[-end][/proto]`), or undefined. */
export function containerSide(spec: string): { port: number; endPort?: number; protocol: Protocol; variable?: string } | undefined {
  let text = spec.trim();
  let protocol: Protocol = 'tcp';
  const slash = text.lastIndexOf('/');
  if (slash >= 0) {
    const p = text.slice(slash + 1).toLowerCase();
    if (!PROTOCOLS.has(p)) return undefined;
    protocol = p as Protocol;
    text = text.slice(0, slash);
  }
  // The container side follows the last `:` outside a `${…}`.
  let depth = 0;
  let cut = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') depth--;
    else if (text[i] === ':' && depth === 0) cut = i;
  }
  const side = text.slice(cut + 1).trim();
  const variable = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(side)?.[1];
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(side);
  if (!m) return variable ? { port: 0, protocol, variable } : undefined;
  const port = Number(m[1]);
  const endPort = m[2] === undefined ? undefined : Number(m[2]);
  if (port < 1 || port > 65535 || (endPort !== undefined && (endPort < port || endPort > 65535))) return undefined;
  return endPort === undefined || endPort === port ? { port, protocol } : { port, endPort, protocol };
}

/** The service's own listening-port variable (`PORT=80`): set to a number none of the stated ports has, it says the
 *  store's ports are not where the service listens (two stores routed Botpress to 81 while setting PORT=80). */
export function contradictedByOwnPort(ports: readonly PortClaim[], environment: ReadonlyMap<string, string>): string | undefined {
  for (const [k, v] of environment) {
    if (!/^(PORT|HTTP_PORT|SERVER_PORT|APP_PORT|WEB_PORT|LISTEN_PORT)$/i.test(k) || !/^\d{1,5}$/.test(v.trim())) continue;
    const port = Number(v.trim());
    if (ports.length > 0 && !ports.some((p) => p.protocol === 'tcp' && p.port <= port && port <= (p.endPort ?? p.port))) return k;
  }
  return undefined;
}

/** A variable that names another service's port or the host's, never this container's own. */
const OTHER_SIDE = /DB|DATABASE|REDIS|POSTGRES|MYSQL|MARIA|MONGO|SMTP|MAIL|LDAP|PROXY|EXTERNAL|PUBLIC|PUBLISHED|HOST_PORT|UPSTREAM|REMOTE|CLIENT|BACKEND|RELAY|IMAP|ELASTIC|RABBIT|AMQP|MQTT|INFLUX|MINIO|S3_/i;

export function serviceFacts(name: string, raw: unknown, values: ReadonlyMap<string, string>): ServiceFacts | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const service = raw as Record<string, unknown>;
  const facts: ServiceFacts = { name, ports: [], portSettings: [], environment: new Map(), labels: new Map(), hostNetwork: false };
  if (typeof service.image === 'string') {
    // A variable left in the tag leaves the image known (imageKey drops the tag); one left in the name does not.
    const image = resolveVariables(service.image, values) ?? service.image;
    {
      facts.key = imageKey(image);
      const tag = /:([^/:@]+)(@|$)/.exec(image.slice(image.lastIndexOf('/') + 1))?.[1];
      if (tag) facts.tag = tag;
    }
  }
  if (typeof service.container_name === 'string') facts.containerName = service.container_name;
  facts.hostNetwork = typeof service.network_mode === 'string' && service.network_mode.trim() === 'host';
  for (const [k, v] of entries(service.environment)) facts.environment.set(k, resolveVariables(v, values) ?? v);
  for (const [k, v] of entries(service.labels)) facts.labels.set(k, v);
  if (facts.hostNetwork) return facts;

  const stated: PortClaim[] = [];
  const add = (spec: unknown, side: 'ports' | 'expose') => {
    if (typeof spec === 'number') spec = String(spec);
    if (typeof spec === 'string') {
      const resolved = resolveVariables(spec, values) ?? spec;
      const c = side === 'expose' ? containerSide(resolved.includes(':') ? '' : resolved) : containerSide(resolved);
      if (c && !c.variable) stated.push(sidePort(c));
    } else if (spec && typeof spec === 'object') {
      const long = spec as Record<string, unknown>;
      const target = typeof long.target === 'string' ? resolveVariables(long.target, values) : long.target;
      const protocol = typeof long.protocol === 'string' ? long.protocol.toLowerCase() : 'tcp';
      const c = target !== undefined && PROTOCOLS.has(protocol) ? containerSide(`${String(target)}/${protocol}`) : undefined;
      if (c && !c.variable) stated.push(sidePort(c));
    }
  };
  if (Array.isArray(service.ports)) for (const spec of service.ports) add(spec, 'ports');
  if (Array.isArray(service.expose)) for (const spec of service.expose) add(spec, 'expose');
  // A proxy label names the port it routes HTTP to (Traefik's loadbalancer.server.port).
  for (const [k, v] of facts.labels) {
    if (/^traefik\.http\.services\.[^.]+\.loadbalancer\.server\.port$/.test(k)) {
      const port = Number(resolveVariables(v, values) ?? NaN);
      if (Number.isInteger(port) && port > 0 && port < 65536) stated.push({ port, protocol: 'tcp', speaks: 'http' });
    }
  }
  facts.ports = dedupe(stated);

  facts.portSettings = markMoved(facts.ports, facts.environment);
  return facts;
}

/** The claim of a container side: no endPort unless a range. */
export function sidePort(side: { port: number; endPort?: number; protocol: Protocol }): PortClaim {
  return side.endPort === undefined ? { port: side.port, protocol: side.protocol } : { port: side.port, endPort: side.endPort, protocol: side.protocol };
}

/** A variable of the service's own set to one of its container ports moves that port: the store chose the
 *  number, so it is evidence of the setting, not of the image's default. Returns the variables. */
export function markMoved(ports: PortClaim[], environment: ReadonlyMap<string, string>): string[] {
  const settings: string[] = [];
  for (const [k, v] of environment) {
    if (!/PORT/i.test(k) || OTHER_SIDE.test(k) || !/^\d{1,5}$/.test(v.trim())) continue;
    const port = Number(v.trim());
    const moved = ports.filter((p) => p.port === port);
    if (moved.length === 0) continue;
    for (const p of moved) p.movedBy = k;
    settings.push(k);
  }
  return settings;
}

/** Environment and labels as Compose allows them: a map, or a list of `KEY=value`. */
export function entries(value: unknown): [string, string][] {
  if (Array.isArray(value)) {
    return value.filter((v): v is string => typeof v === 'string').map((v) => {
      const eq = v.indexOf('=');
      return eq < 0 ? [v.trim(), ''] : [v.slice(0, eq).trim(), v.slice(eq + 1).trim()];
    });
  }
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
      .map(([k, v]) => [k, v === null ? '' : String(v)]);
  }
  return [];
}

export function dedupe(ports: PortClaim[]): PortClaim[] {
  const seen = new Map<string, PortClaim>();
  for (const p of ports) {
    const id = `${p.port}-${p.endPort ?? ''}/${p.protocol}`;
    const had = seen.get(id);
    if (!had) seen.set(id, { ...p });
    else had.speaks ??= p.speaks;
  }
  return [...seen.values()];
}
