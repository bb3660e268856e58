// A compose health check and the service's own HTTP route label disagree: the Traefik label sends the site to
// port 80 of tandoor while its health check probes localhost:8080. Both are the user's statements about the same
// container and both speak HTTP, so, unless the software serves HTTP on both ports, one of them is wrong. That
// holds whatever a mounted config or an env_file that is not in the workspace sets (AdrienPoupa/docker-compose-nas
// c3da7d9: Tandoor 2 serves on 80, its nginx config folder mounted, the .env only an example). A health check on
// a side port is common (TiDB's status port, a Spring Boot management port), so the check stays silent when
// anything says the software listens there: the service's ports, expose: or Dockerfile, a setting, its image's
// documented ports, another route label of its own.
import type { PortMention, RouteKind } from '../types';
import type { ServiceModel } from './project';
import { listensOn, type Listening } from './serviceListening';

/** The routes that carry HTTP to the service's own container: what a health check with curl or wget speaks. */
const HTTP_ROUTES: ReadonlySet<RouteKind> = new Set(['traefik-http', 'caddy', 'nginx-proxy', 'coolify']);

export interface OwnRoute {
  route: RouteKind;
  mention: PortMention;
}

/** The service's HTTP route labels when none names the health check's port and nothing else says the service
 *  listens there; undefined when they agree, or when the port may well be a side port the software serves. */
export function routesAgainstHealthCheck(port: number, listening: Listening, service: ServiceModel, routes: readonly OwnRoute[]): OwnRoute[] | undefined {
  // With another network namespace, localhost is not the service's own container.
  if (service.networkMode !== undefined) return undefined;
  const http = routes.filter((entry) => HTTP_ROUTES.has(entry.route));
  if (http.length === 0 || routes.some((entry) => entry.mention.port === port)) return undefined;
  if (listensOn(listening, port)) return undefined;
  if ((listening.imagePorts ?? []).some((entry) => entry.port <= port && port <= (entry.endPort ?? entry.port))) return undefined;
  if ((listening.settingPorts ?? []).includes(port)) return undefined;
  // A command that names the port may start a second server there.
  if (service.command !== undefined && new RegExp(`(?<![0-9])${port}(?![0-9])`).test(service.command)) return undefined;
  return http;
}
