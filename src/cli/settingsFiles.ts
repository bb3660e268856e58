// The `portLens.*` values of a folder's `.vscode/settings.json` and of a `--config` file, layered with the
// command-line flags. Settings files are JSON with comments and trailing commas, as VS Code writes and reads
// them; jsonc-parser is VS Code's own reader of them, so a file VS Code accepts is read the same here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { PortLensSettingName } from '../core';
import type { SettingValues } from './arguments';

const NAMES: readonly PortLensSettingName[] = ['hover.enabled', 'diagnostics.enabled', 'maxFileSize', 'rules', 'ephemeralRange',
  'customEphemeralRange', 'customPorts', 'kubernetes.nodePortRange'];

export type SettingsFileResult =
  | { kind: 'read'; values: SettingValues; problems: string[] }
  | { kind: 'missing' }
  | { kind: 'unreadable'; reason: string };

export function readSettingsFile(path: string): SettingsFileResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'unreadable', reason: (error as Error).message };
  }
  const errors: ParseError[] = [];
  const parsed: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems = errors.map((error) => `${printParseErrorCode(error.error)} at offset ${error.offset}`);
  const values: SettingValues = {};
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    for (const name of NAMES) {
      const key = `portLens.${name}`;
      if (Object.prototype.hasOwnProperty.call(parsed, key)) values[name] = (parsed as Record<string, unknown>)[key];
    }
  } else if (errors.length === 0) {
    problems.push('it does not hold an object of settings');
  }
  return { kind: 'read', values, problems };
}

export function folderSettingsPath(folder: string): string {
  return join(folder, '.vscode', 'settings.json');
}

/** Later layers win, key by key; `rules` merges rule by rule, as VS Code merges an object setting across scopes. */
export function layerSettings(...layers: SettingValues[]): SettingValues {
  const result: SettingValues = {};
  for (const layer of layers) {
    for (const name of NAMES) {
      if (!Object.prototype.hasOwnProperty.call(layer, name)) continue;
      const value = layer[name];
      if (name === 'rules' && isPlainObject(value) && isPlainObject(result.rules)) {
        result.rules = { ...result.rules, ...value };
      } else {
        result[name] = value;
      }
    }
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
