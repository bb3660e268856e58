// route-protocol-mismatch: an HTTP route (a Traefik http service, a Caddy reverse_proxy, nginx-proxy's
// VIRTUAL_PORT, a Coolify URL variable) to a port where the service's image speaks TLS (8443) or a protocol that
// is not HTTP (AMQP, MQTT, SSH): the proxy sends plain HTTP and gets garbage back, a 502 for the user. Only on
// the image's own description of the port, and never when the route says it speaks HTTPS to the container.
import { lookupImage } from '../images/lookupImage';
import type { Finding, ImagePort, PortMention, RouteKind } from '../types';
import { finding } from '../catalogue';
import { asciiCaseAt, firstWord, localHostBeforeColon } from '../asciiWords';

const HTTP_ROUTES: ReadonlySet<RouteKind> = new Set<RouteKind>(['traefik-http', 'caddy', 'nginx-proxy', 'coolify']);
// Words of a port's description, any case, between word boundaries (asciiWords.ts: as /\b(…)\b/i, not compiled).
const TLS = ['HTTPS', 'TLS', 'SSL'];
const NOT_HTTP = ['SSH', 'MQTT', 'AMQP', 'SMTP', 'IMAP', 'POP3', 'DNS', 'PostgreSQL', 'MySQL', 'MariaDB', 'Redis', 'MongoDB', 'LDAP', 'gossip',
  'RPC', 'BitTorrent', 'WireGuard', 'syslog', 'FastCGI', 'native protocol'];
/** A health check that speaks plain HTTP to the container itself (`wget http://localhost:9000/`): http:// and a local
 *  host, any case, right before the port. */
const httpHealthcheck = (before: string) => {
  const host = localHostBeforeColon(before);
  return host >= 0 && asciiCaseAt(before, host - 7, 'http://');
};
/** "no ", "without ", "non-", "not " right before a word. */
const NEGATION_BEFORE = /\b(?:no|non|not|without)[\s-]$/i;
const SAYS_HTTP = ['HTTP', 'web', 'UI', 'API', 'dashboard', 'console'];
/** Ways a route says it speaks HTTPS to the container (Traefik's scheme label or v1's protocol label, nginx-proxy's VIRTUAL_PROTO). */
const HTTPS_UPSTREAM = /loadbalancer\.server\.scheme|VIRTUAL_PROTO|serversTransport|upstreams\s+https|traefik\.(?:[^.\s]+\.)?protocol/i;

export function routeProtocolMismatch(mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  // Only a mention that is a route can give a finding: the pattern, which reads the whole text, waits for one.
  if (!mentions.some((mention) => mention.route !== undefined) || HTTPS_UPSTREAM.test(text)) return findings;
  for (const mention of mentions) {
    const healthcheck = mention.route === 'healthcheck' && httpHealthcheck(text.slice(Math.max(0, mention.start - 24), mention.start));
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
  const tls = firstWord(port.description, TLS);
  // "Docker Engine API (no TLS)": a TLS word the description denies says the port is plain.
  if (tls && !NEGATION_BEFORE.test(port.description.slice(Math.max(0, tls.start - 9), tls.start))) return 'TLS';
  const notHttp = firstWord(port.description, NOT_HTTP);
  if (!notHttp) return undefined;
  const rest = port.description.slice(0, notHttp.start) + port.description.slice(notHttp.start + notHttp.text.length);
  return firstWord(rest, SAYS_HTTP) ? undefined : notHttp.text;
}

/** The image's one plain HTTP port, when it has exactly one. */
function httpPortFix(text: string, mention: PortMention, ports: readonly ImagePort[]): Finding['fix'] {
  const http = ports.filter((p) => p.protocol === 'tcp' && p.endPort === undefined && !spoken(p) && firstWord(p.description, SAYS_HTTP) !== undefined);
  if (http.length !== 1 || text.slice(mention.start, mention.end) !== String(mention.port)) return undefined;
  return { title: `Route to port ${http[0].port}`, edits: [{ start: mention.start, end: mention.end, newText: String(http[0].port) }] };
}
