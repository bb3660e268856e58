// `port-lens ports`: what the repository binds on the host, from the workspace's port map, as a table or JSON.
import type { PortMapEntry } from '../core';
import type { Command } from './arguments';
import { EXIT_OK, EXIT_USAGE } from './exitStatus';
import { loadWorkspaces, type LoadedWorkspace } from './loadWorkspaces';
import type { Streams } from './terminal';
import { LineIndex } from './textPositions';

export interface PortRow {
  port: number;
  endPort?: number;
  /** Undefined: every interface. */
  address?: string;
  protocol: string;
  service?: string;
  containerPort?: number;
  path: string;
  line: number;
}

export function runPorts(command: Extract<Command, { kind: 'ports' }>, streams: Streams, cwd: string): number {
  const { workspaces, skipped } = loadWorkspaces(command.paths, {
    cwd,
    configFile: command.configFile,
    warn: (message) => streams.stderr.write(`port-lens: ${message}\n`),
  });
  for (const file of skipped) streams.stderr.write(`port-lens: ${file.unreadable ? 'cannot read' : 'skipped'} ${file.path}: ${file.reason}\n`);
  const rows = workspaces.flatMap(portRows);
  streams.stdout.write(command.json ? JSON.stringify(rows, null, 2) + '\n' : portTable(rows));
  return skipped.some((file) => file.unreadable) ? EXIT_USAGE : EXIT_OK;
}

function portRows(loaded: LoadedWorkspace): PortRow[] {
  const lineIndexes = new Map<string, LineIndex>();
  // Only the files asked about: a file named is read with its whole project, whose other ports are not asked for.
  const reported = new Set(loaded.reported.map((file) => file.key));
  return loaded.workspace.portMap().flatMap((entry: PortMapEntry): PortRow[] => {
    const file = loaded.files.get(entry.location.path);
    if (!file || !reported.has(file.key)) return [];
    let lines = lineIndexes.get(file.key);
    if (!lines) lineIndexes.set(file.key, lines = new LineIndex(file.text));
    const row: PortRow = { port: entry.port, protocol: entry.protocol, path: file.path, line: lines.positionAt(entry.location.start).line };
    if (entry.endPort !== undefined) row.endPort = entry.endPort;
    if (entry.hostIp !== undefined) row.address = entry.hostIp;
    if (entry.service !== undefined) row.service = entry.service;
    if (entry.containerPort !== undefined) row.containerPort = entry.containerPort;
    return [row];
  });
}

const HEADINGS = ['HOST PORT', 'ADDRESS', 'PROTOCOL', 'SERVICE', 'CONTAINER PORT', 'FILE:LINE'];

export function portTable(rows: readonly PortRow[]): string {
  if (rows.length === 0) return 'No host ports are published.\n';
  const cells = rows.map((row) => [
    row.endPort !== undefined && row.endPort !== row.port ? `${row.port}-${row.endPort}` : String(row.port),
    row.address === undefined ? '*' : row.address.includes(':') ? `[${row.address}]` : row.address,
    row.protocol,
    row.service ?? '',
    row.containerPort === undefined ? '' : String(row.containerPort),
    `${row.path}:${row.line}`,
  ]);
  const widths = HEADINGS.map((heading, column) => Math.max(heading.length, ...cells.map((cell) => cell[column].length)));
  const line = (values: string[]) => values.map((value, column) => value.padEnd(widths[column])).join('  ').trimEnd();
  return [line(HEADINGS), ...cells.map(line)].join('\n') + '\n* = every interface\n';
}
