// Reads the `portLens.*` settings and turns them into the core's options. The only place that knows the
// setting names, so the rest of the editor layer works with plain values.
import * as vscode from 'vscode';
import { EPHEMERAL_RANGES, type CheckOptions, type CustomPortEntry, type EphemeralRangeName, type Severity } from '../core';

export interface PortLensSettings {
  hoverEnabled: boolean;
  diagnosticsEnabled: boolean;
  maxFileSize: number;
  checkOptions: CheckOptions;
  customPorts: CustomPortEntry[];
}

const severities = new Set(['error', 'warning', 'info', 'hint', 'off']);
const protocols = new Set(['tcp', 'udp', 'sctp', 'dccp']);

export function readSettings(scope?: vscode.ConfigurationScope): PortLensSettings {
  const config = vscode.workspace.getConfiguration('portLens', scope);
  return {
    hoverEnabled: config.get<boolean>('hover.enabled', true),
    diagnosticsEnabled: config.get<boolean>('diagnostics.enabled', true),
    maxFileSize: config.get<number>('maxFileSize', 5_000_000),
    checkOptions: {
      rules: ruleSeverities(config.get<unknown>('rules')),
      ephemeralRange: ephemeralRange(config.get<string>('ephemeralRange', 'iana'), config.get<unknown>('customEphemeralRange')),
    },
    customPorts: customPorts(config.get<unknown>('customPorts')),
  };
}

/** Settings are user input: anything malformed is ignored entry by entry rather than breaking the checks. */
function ruleSeverities(value: unknown): Record<string, Severity | 'off'> {
  const rules: Record<string, Severity | 'off'> = {};
  if (value && typeof value === 'object') {
    for (const [code, severity] of Object.entries(value)) {
      if (typeof severity === 'string' && severities.has(severity)) rules[code] = severity as Severity | 'off';
    }
  }
  return rules;
}

function ephemeralRange(name: string, custom: unknown): [number, number] {
  if (name === 'custom' && Array.isArray(custom) && custom.length === 2 && custom.every(isPortNumber) && custom[0] <= custom[1]) {
    return [custom[0], custom[1]];
  }
  return EPHEMERAL_RANGES[name as EphemeralRangeName] ?? EPHEMERAL_RANGES.iana;
}

function customPorts(value: unknown): CustomPortEntry[] {
  if (!Array.isArray(value)) return [];
  const entries: CustomPortEntry[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object' || !isPortNumber(item.port) || typeof item.name !== 'string' || !item.name) continue;
    const entry: CustomPortEntry = { port: item.port, name: item.name };
    if (isPortNumber(item.endPort) && item.endPort >= item.port) entry.endPort = item.endPort;
    if (typeof item.description === 'string') entry.description = item.description;
    if (Array.isArray(item.protocols)) entry.protocols = item.protocols.filter((p: unknown) => typeof p === 'string' && protocols.has(p));
    if (typeof item.url === 'string') entry.url = item.url;
    entries.push(entry);
  }
  return entries;
}

function isPortNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 65535;
}
