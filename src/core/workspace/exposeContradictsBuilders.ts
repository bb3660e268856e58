// expose-contradicts-config on a Dockerfile's EXPOSE when every compose service built from the Dockerfile publishes
// or exposes only other container ports (`EXPOSE 8080` while the docker-compose.yml that builds it maps 8071:8071).
// builtPortMismatch.ts already reports the disagreement on the compose side; it is said on the EXPOSE line too because
// in real fixes the wrong one is as often the Dockerfile's (svix-webhooks' EXPOSE 8080 over a server on 8071,
// OxiCloud's Dockerfile.rootless EXPOSE 3000 beside compose and code on 8085 and 8086): whoever reads either file
// learns that the two statements disagree. Only where the compose-side finding stands on this Dockerfile's EXPOSE
// (not on the code it runs, not on a setting), and only when no service built from it agrees with it.
import { finding } from '../catalogue';
import type { Finding, PortMention } from '../types';

/** One compose service built from the Dockerfile, with what builtPortMismatch reported for it. */
export interface DockerfileBuilder {
  service: string;
  /** Its container-side mentions (ports: container ports, expose:), with the compose file each is in. */
  containerPorts: { path: string; mention: PortMention; line: number; fileName: string }[];
  /** builtPortMismatch's findings for the service, in any of its project's compose files. */
  findings: readonly Finding[];
}

/** Findings on the EXPOSE ports of the Dockerfile at `path` (its text and mentions) that every builder contradicts. */
export function exposeContradictsBuilders(path: string, text: string, mentions: readonly PortMention[], builders: readonly DockerfileBuilder[]): Finding[] {
  const active = builders.filter((builder) => builder.containerPorts.length > 0);
  if (active.length === 0) return [];
  // Each builder's disagreement must be with this file's EXPOSE: its finding points at a place here.
  const pointed = new Set<number>();
  for (const builder of active) {
    const here = builder.findings.filter((found) => found.code === 'container-port-mismatch' && found.related?.some((place) => place.path === path));
    if (here.length === 0) return [];
    for (const found of here) for (const place of found.related ?? []) if (place.path === path) pointed.add(place.start);
  }
  const exposed = mentions.filter((mention) => mention.role === 'expose' && !mention.implicit && pointed.has(mention.start));
  if (exposed.length === 0) return [];
  const ports = active.flatMap((builder) => builder.containerPorts);
  const distinct = [...new Set(ports.map(({ mention }) => (mention.endPort !== undefined ? `${mention.port}-${mention.endPort}` : String(mention.port))))];
  const said = ports.slice(0, 3).map(({ mention, fileName, line }) => `${mention.endPort !== undefined ? `${mention.port}-${mention.endPort}` : mention.port} (${fileName} line ${line})`);
  const services = [...new Set(active.map((builder) => builder.service))];
  const who = services.length === 1 ? `service ${services[0]}, built from this Dockerfile,` : `services ${services.join(', ')}, built from this Dockerfile,`;
  const single = distinct.length === 1 && /^\d+$/.test(distinct[0]) && exposed.length === 1 ? Number(distinct[0]) : undefined;
  return exposed.map((mention) => {
    const message = `EXPOSE says the container listens on ${mention.port}, but ${who} publishes or exposes only container port${distinct.length > 1 ? 's' : ''} `
      + `${listed(said)}${ports.length > 3 ? ' and others' : ''}: one of the two is wrong.`;
    const canFix = single !== undefined && text.slice(mention.start, mention.end) === String(mention.port) && !mention.split;
    const found = finding('expose-contradicts-config', mention.start, mention.end, message,
      canFix ? { title: `Expose ${single}`, edits: [{ start: mention.start, end: mention.end, newText: String(single) }], preferred: false } : undefined);
    found.related = ports.map(({ path: at, mention: port }) => ({ path: at, start: port.start, end: port.end, message: `Service ${port.service} publishes or exposes container port ${port.port} here.` }));
    return found;
  });
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
