// unreachable-port: a target (`proxy_pass http://web:8080`, `DATABASE_URL=postgres://db:5433/app`) that
// reaches a compose service on a port that service is known not to listen on: nginx answers 502, the client
// "connection refused". Silent whenever what the service listens on is unknown or may be moved where this
// model cannot see: a false warning costs more than a missed one.
import { finding } from '../catalogue';
import type { Finding } from '../types';
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
