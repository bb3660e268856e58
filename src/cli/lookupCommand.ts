// `port-lens lookup`: the registry entry for a port, or the ports whose names or descriptions match the words,
// as the editor's Look Up Port… command shows them; the team's own ports (portLens.customPorts of the current
// folder's .vscode/settings.json) come first, as in the editor.
import { classifyPort, describePortClass, noResultsReason, portLensSettings, searchPorts, setCustomPorts, type PortInfo } from '../core';
import type { Command } from './arguments';
import { EXIT_FINDINGS, EXIT_OK } from './exitStatus';
import { folderSettingsPath, readSettingsFile } from './settingsFiles';
import type { Streams } from './terminal';

const SOURCES = { iana: 'IANA', common: 'common software', user: 'your settings' } as const;

export function runLookup(command: Extract<Command, { kind: 'lookup' }>, streams: Streams, cwd: string): number {
  const settingsFile = readSettingsFile(folderSettingsPath(cwd));
  if (settingsFile.kind === 'read') setCustomPorts(portLensSettings((name) => settingsFile.values[name]).customPorts);
  const numeric = /^:?\d{1,5}(\/\w+)?$/.test(command.query);
  // A number asks about that port; words ask for the best matches.
  const results = searchPorts(command.query, numeric ? 1 : command.limit);
  if (command.json) {
    streams.stdout.write(JSON.stringify(results.map((info) => ({ ...info, classDescription: describePortClass(classifyPort(info.port)) })), null, 2) + '\n');
  } else if (results.length === 0) {
    // Why, as the editor's picker says it: a number out of range, or no name or words that match.
    streams.stdout.write(`${noResultsReason(command.query, results) ?? `No port matches "${command.query}".`}\n`);
  } else {
    streams.stdout.write(results.map(describeEntry).join('\n'));
  }
  return results.length > 0 ? EXIT_OK : EXIT_FINDINGS;
}

export function describeEntry(info: PortInfo): string {
  const cls = classifyPort(info.port);
  const lines = [cls === 'invalid' ? `Port ${info.port}` : `Port ${info.port} — ${describePortClass(cls)}`];
  if (info.services.length === 0) lines.push('  No service is registered on this port.');
  for (const service of info.services) {
    const description = service.description.trim() ? `: ${service.description}` : '';
    lines.push(`  ${service.name} (${service.protocols.join('/') || 'any'}, ${SOURCES[service.source]})${description}`);
    if (service.url) lines.push(`    ${service.url}`);
  }
  return lines.join('\n') + '\n';
}
