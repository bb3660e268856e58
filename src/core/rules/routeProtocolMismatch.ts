// route-protocol-mismatch: an HTTP route (a Traefik http service, a Caddy reverse_proxy, nginx-proxy's
// VIRTUAL_PORT, a Coolify URL variable) to a port where the service's image speaks TLS (8443) or a protocol that
// is not HTTP (AMQP, MQTT, SSH): the proxy sends plain HTTP and gets garbage back, a 502 for the user. Only on
// the image's own description of the port, and never when the route says it speaks HTTPS to the container.
import { lookupImage } from '../images/lookupImage';
import type { Finding, ImagePort, PortMention, RouteKind } from '../types';
import { finding } from '../catalogue';

const HTTP_ROUTES: ReadonlySet<RouteKind> = new Set<RouteKind>(['traefik-http', 'caddy', 'nginx-proxy', 'coolify']);
const TLS = /\b(HTTPS|TLS|SSL)\b/i;
const NOT_HTTP = /\b(SSH|MQTT|AMQP|SMTP|IMAP|POP3|DNS|PostgreSQL|MySQL|MariaDB|Redis|MongoDB|LDAP|gossip|RPC|BitTorrent|WireGuard|syslog|FastCGI|native protocol)\b/i;
/** A health check that speaks plain HTTP to the container itself (`wget http://localhost:9000/`). */
const HTTP_HEALTHCHECK = /http:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]):$/i;
const SAYS_HTTP = /\b(HTTP|web|UI|API|dashboard|console)\b/i;
/** Ways a route says it speaks HTTPS to the container (Traefik's scheme label or v1's protocol label, nginx-proxy's VIRTUAL_PROTO). */
const HTTPS_UPSTREAM = /loadbalancer\.server\.scheme|VIRTUAL_PROTO|serversTransport|upstreams\s+https|traefik\.(?:[^.\s]+\.)?protocol/i;

export function routeProtocolMismatch(mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  // Only a mention that is a route can give a finding: the pattern, which reads the whole text, waits for one.
  if (!mentions.some((mention) => mention.route !== undefined) || HTTPS_UPSTREAM.test(text)) return findings;
  for (const mention of mentions) {
    const healthcheck = mention.route === 'healthcheck' && HTTP_HEALTHCHECK.test(text.slice(Math.max(0, mention.start - 24), mention.start));
    if (mention.route === undefined || !(HTTP_ROUTES.has(mention.route) || healthcheck) || mention.image === undefined || mention.image.includes('$')) continue;
    const info = lookupImage(mention.image);
    const port = info?.ports.find((p) => p.port === mention.port && p.endPort === undefined);
    if (!info || !port) continue;
    const speaks = spoken(port);
    if (!speaks) continue;
    const said = speaks.toLowerCase() === port.description.toLowerCase() ? speaks : `${speaks} (${port.description})`;
    const message = healthcheck
      ? `The health check sends HTTP to port ${mention.port} of ${mention.service}, where ${info.software} (image ${info.image}) speaks ${said}: `
        + 'it gets no HTTP answer there. Check the image\'s HTTP port.'
      : `This routes HTTP to port ${mention.port} of ${mention.service}, where ${info.software} (image ${info.image}) speaks ${said}: `
        + 'the proxy gets no HTTP answer there. Route to the image\'s HTTP port, or tell the proxy to speak HTTPS to it.';
    findings.push(finding('route-protocol-mismatch', mention.start, mention.end, message, httpPortFix(text, mention, info.ports)));
  }
  return findings;
}

function spoken(port: ImagePort): string | undefined {
  if (port.protocol !== 'tcp') return 'UDP';
  if (TLS.test(port.description)) return 'TLS';
  if (NOT_HTTP.test(port.description) && !SAYS_HTTP.test(port.description.replace(NOT_HTTP, ''))) return port.description.match(NOT_HTTP)![0];
  return undefined;
}

/** The image's one plain HTTP port, when it has exactly one. */
function httpPortFix(text: string, mention: PortMention, ports: readonly ImagePort[]): Finding['fix'] {
  const http = ports.filter((p) => p.protocol === 'tcp' && p.endPort === undefined && !spoken(p) && SAYS_HTTP.test(p.description));
  if (http.length !== 1 || text.slice(mention.start, mention.end) !== String(mention.port)) return undefined;
  return { title: `Route to port ${http[0].port}`, edits: [{ start: mention.start, end: mention.end, newText: String(http[0].port) }] };
}
