// Targets: ports a connection goes to, with the host it names. nginx's `proxy_pass`, the other `*_pass`
// directives and `upstream` servers; URLs and `host:port` addresses in compose `environment:`, `build.args`,
// health checks, `.env` values and a Dockerfile's `ENV`, `ARG` and `HEALTHCHECK`; a compose `<PREFIX>_PORT`
// setting whose `<PREFIX>_HOST` names a host (`DB_HOST=postgres`, `DB_PORT=5433`); and a Traefik
// `loadbalancer.server.port` label, whose host is the service that carries it.
import type { ConfigFormat, PortMention, RouteKind } from '../types';

export interface Target {
  mention: PortMention;
  /** The host as written, lower-cased (container DNS names are case-insensitive). */
  host: string;
  /** A route to the service's own container (a proxy label, a health check): see PortMention.route. */
  route?: RouteKind;
}

const HOST_CHAR = /[A-Za-z0-9_.-]/;
const HOST_NAME = /^[A-Za-z0-9_.-]+$/;
/** IP addresses and names that are never a container of the project. */
const NOT_A_SERVICE = /^(localhost|[0-9.]+|0\.0\.0\.0)$/i;

export function targetsOf(format: ConfigFormat, text: string, mentions: readonly PortMention[]): Target[] {
  const targets: Target[] = [];
  for (const mention of mentions) {
    if (mention.endPort !== undefined) continue;
    let host: string | undefined;
    if (format === 'nginx') {
      if (mention.role !== 'upstream') continue;
      host = mention.host ?? hostBefore(text, mention);
    } else if (mention.role === 'setting') {
      // A route's host is the service that carries it (its label, its VIRTUAL_PORT, its own health check).
      host = mention.route !== undefined || mention.context === 'label' ? mention.service : mention.host ?? hostBefore(text, mention);
    }
    if (host === undefined || (mention.route === undefined && NOT_A_SERVICE.test(host))) continue;
    targets.push(mention.route === undefined ? { mention, host: host.toLowerCase() } : { mention, host: host.toLowerCase(), route: mention.route });
  }
  return targets;
}

/** The host written right before the port (`web:3000`, `postgres://u:pw@db:5432`), or the implicit port's span
 *  itself (`http://web`). Undefined when the text there is not a plain host name as written: a variable, a
 *  bracketed IPv6 address, a value spread over lines. */
function hostBefore(text: string, mention: PortMention): string | undefined {
  if (mention.implicit) {
    const written = text.slice(mention.start, mention.end);
    return HOST_NAME.test(written) ? written : undefined;
  }
  if (text.slice(mention.start, mention.end) !== String(mention.port) || text[mention.start - 1] !== ':') return undefined;
  const end = mention.start - 1;
  let start = end;
  while (start > 0 && end - start < 253 && HOST_CHAR.test(text[start - 1])) start--;
  // `a:b:8080` (a time, an IPv6 address, a ${VAR:-x}) is not host:port.
  if (start === end || text[start - 1] === ':' || text[start - 1] === '$' || text[start - 1] === '{') return undefined;
  return text.slice(start, end);
}
