// The port map: every host port the workspace's compose files publish, and the ports Kubernetes manifests open
// on their nodes (hostPort, nodePort), in path then text order.
import type { PortMapEntry, PortMention } from '../types';
import type { WorkspaceFile } from './workspaceFile';

export function portMapEntries(file: WorkspaceFile, mentions: readonly PortMention[]): PortMapEntry[] {
  const entries: PortMapEntry[] = [];
  for (const mention of mentions) {
    if (mention.role !== 'host') continue;
    const entry: PortMapEntry = {
      port: mention.port,
      protocol: mention.protocol ?? 'tcp',
      project: file.projectKey,
      location: { path: file.path, start: mention.start, end: mention.end },
    };
    if (mention.endPort !== undefined) entry.endPort = mention.endPort;
    if (mention.hostIp !== undefined) entry.hostIp = mention.hostIp;
    if (mention.service !== undefined) entry.service = mention.service;
    if (mention.peer !== undefined) entry.containerPort = mention.peer.port;
    entries.push(entry);
  }
  return entries;
}

/** A manifest's hostPorts and nodePorts, each named after its object (`Service web`, `Deployment web, container app`). */
export function manifestPortMapEntries(file: WorkspaceFile, mentions: readonly PortMention[]): PortMapEntry[] {
  const entries: PortMapEntry[] = [];
  for (const mention of mentions) {
    const field = mention.kubernetes?.field;
    if (field !== 'hostPort' && field !== 'nodePort') continue;
    const entry: PortMapEntry = {
      port: mention.port,
      protocol: mention.protocol ?? 'tcp',
      project: file.folder,
      service: mention.kubernetes!.object,
      location: { path: file.path, start: mention.start, end: mention.end },
    };
    if (mention.hostIp !== undefined) entry.hostIp = mention.hostIp;
    if (field === 'hostPort' && mention.peer !== undefined) entry.containerPort = mention.peer.port;
    entries.push(entry);
  }
  return entries;
}
