// The `portLens.*` settings turned into the core's options. Both front ends read them, from different places
// (the editor from its configuration, the command line from `.vscode/settings.json`), and both pass the raw
// values through this one mapping, so the editor and CI can never read the same settings differently.
import { ephemeralRangeOf, NODE_PORT_RANGE } from './ranges';
import type { CheckOptions, CustomPortEntry, EphemeralRangeName, Severity } from './types';

export interface PortLensSettings {
  hoverEnabled: boolean;
  diagnosticsEnabled: boolean;
  /** Which files the Problems panel reports: every file the workspace index read, or open documents only. */
  diagnosticsScope: 'workspace' | 'openFiles';
  /** Files with more characters than this are not analysed. */
  maxFileSize: number;
  checkOptions: CheckOptions;
  customPorts: CustomPortEntry[];
}

/** The setting names under `portLens.`, as the manifest declares them. */
export type PortLensSettingName = 'hover.enabled' | 'diagnostics.enabled' | 'diagnostics.scope' | 'maxFileSize' | 'rules' | 'ephemeralRange'
  | 'customEphemeralRange' | 'customPorts' | 'kubernetes.nodePortRange';

export const DEFAULT_MAX_FILE_SIZE = 5_000_000;

const severities = new Set(['error', 'warning', 'info', 'hint', 'off']);
const protocols = new Set(['tcp', 'udp', 'sctp', 'dccp']);
const rangeNames = new Set(['iana', 'linux', 'windows', 'macos']);

/** `value(name)` is the raw value of `portLens.<name>`, undefined when unset. Settings are user input: anything
 *  malformed falls back to its default, entry by entry, rather than breaking the checks. */
export function portLensSettings(value: (name: PortLensSettingName) => unknown): PortLensSettings {
  return {
    hoverEnabled: booleanOr(value('hover.enabled'), true),
    diagnosticsEnabled: booleanOr(value('diagnostics.enabled'), true),
    diagnosticsScope: value('diagnostics.scope') === 'openFiles' ? 'openFiles' : 'workspace',
    maxFileSize: maxFileSize(value('maxFileSize')),
    checkOptions: {
      rules: ruleSeverities(value('rules')),
      ephemeralRange: ephemeralRange(value('ephemeralRange'), value('customEphemeralRange')),
      nodePortRange: nodePortRange(value('kubernetes.nodePortRange')),
    },
    customPorts: customPorts(value('customPorts')),
  };
}

export function isSeverityOrOff(value: unknown): value is Severity | 'off' {
  return typeof value === 'string' && severities.has(value);
}

function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function maxFileSize(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_MAX_FILE_SIZE;
}

function ruleSeverities(value: unknown): Record<string, Severity | 'off'> {
  const rules: Record<string, Severity | 'off'> = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [code, severity] of Object.entries(value)) {
      if (isSeverityOrOff(severity)) rules[code] = severity;
    }
  }
  return rules;
}

function ephemeralRange(name: unknown, custom: unknown): [number, number] {
  if (name === 'custom' && Array.isArray(custom) && custom.length === 2 && custom.every(isPortNumber) && custom[0] <= custom[1]) {
    return [custom[0], custom[1]];
  }
  return ephemeralRangeOf(typeof name === 'string' && rangeNames.has(name) ? name as EphemeralRangeName : 'iana');
}

function nodePortRange(value: unknown): [number, number] {
  if (Array.isArray(value) && value.length === 2 && value.every(isPortNumber) && value[0] >= 1 && value[0] <= value[1]) return [value[0], value[1]];
  return [NODE_PORT_RANGE[0], NODE_PORT_RANGE[1]];
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
