// A socket: one container port of one compose service. Find All References on a port lists every mention of
// the same socket across the workspace: the targets that reach it (nginx `web:3000`, `http://web:3000` in a
// setting) and the places that say the container listens there (the Dockerfile's `EXPOSE 3000`, `expose:`,
// the container side of `ports:`, `PORT=3000`).
import type { PortLocation, PortMention } from '../types';
import type { ProjectModel, ServiceModel } from './project';
import type { Listening } from './serviceListening';
import type { ResolvedTarget } from './unreachablePort';
import type { WorkspaceFile } from './workspaceFile';

export interface Socket {
  project: ProjectModel;
  service: ServiceModel;
  port: number;
}

/** The socket a mention stands for when it is one of the places that say where the service listens. */
export function listeningSocket(project: ProjectModel, service: ServiceModel, listening: Listening, path: string, mention: PortMention): Socket | undefined {
  const isSource = listening.sources.some(({ location }) => location?.path === path && location.start === mention.start && location.end === mention.end);
  return isSource && mention.endPort === undefined ? { project, service, port: mention.port } : undefined;
}

export function socketMentions(socket: Socket, members: readonly WorkspaceFile[], linksOf: (file: WorkspaceFile) => readonly ResolvedTarget[], listening: Listening): PortLocation[] {
  const found: PortLocation[] = [];
  for (const { port, endPort, location } of listening.sources) {
    if (location && port <= socket.port && socket.port <= (endPort ?? port)) found.push(location);
  }
  for (const file of members) {
    for (const target of linksOf(file)) {
      if (target.mention.port !== socket.port) continue;
      if (target.resolutions.some((r) => r.project === socket.project && r.service === socket.service)) {
        found.push({ path: file.path, start: target.mention.start, end: target.mention.end });
      }
    }
  }
  return found;
}
