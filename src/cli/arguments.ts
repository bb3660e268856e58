// The command line's grammar: which command, which paths, which options, checked strictly (a typo in CI should
// stop the job, not silently check with defaults). Settings given as flags are kept as raw `portLens.*` values,
// so that they go through the same mapping as the settings file (src/core/settings.ts).
import { parseArgs } from 'node:util';
import { RULES, isSeverityOrOff, type PortLensSettingName, type Severity } from '../core';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';
export type FailOn = Severity | 'none';

/** Raw `portLens.*` values, as a settings file holds them. */
export type SettingValues = Partial<Record<PortLensSettingName, unknown>>;

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; paths: string[]; format: OutputFormat; failOn: FailOn; configFile?: string; settings: SettingValues; allowUnrecognized: boolean }
  | { kind: 'lookup'; query: string; json: boolean; limit: number }
  | { kind: 'ports'; paths: string[]; json: boolean; configFile?: string };

export class UsageError extends Error {}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'github'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'hint', 'none'];
const RANGE_NAMES = ['iana', 'linux', 'windows', 'macos'];

export function parseCommandLine(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no command given');
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-v') return { kind: 'version' };
  switch (command) {
    case 'check': return parseCheck(rest);
    case 'lookup': return parseLookup(rest);
    case 'ports': return parsePorts(rest);
    default:
      throw new UsageError(command.startsWith('-') ? `unknown option ${command} (options follow the command)` : `unknown command "${command}"`);
  }
}

function parseCheck(args: string[]): Command {
  const { values, positionals } = parse(args, {
    format: { type: 'string', short: 'f' },
    'fail-on': { type: 'string' },
    rule: { type: 'string', multiple: true },
    'ephemeral-range': { type: 'string' },
    config: { type: 'string', short: 'c' },
    'allow-unrecognized': { type: 'boolean' },
  });
  if (values.help) return { kind: 'help' };
  const format = oneOf('--format', values.format as string | undefined, FORMATS) ?? 'text';
  const failOn = oneOf('--fail-on', values['fail-on'] as string | undefined, FAIL_ON) ?? 'error';
  const settings: SettingValues = {};
  const rules = values.rule as string[] | undefined;
  if (rules) settings.rules = ruleSeverities(rules);
  const range = values['ephemeral-range'] as string | undefined;
  if (range !== undefined) Object.assign(settings, ephemeralRange(range));
  return {
    kind: 'check', paths: pathsOrHere(positionals), format, failOn, configFile: values.config as string | undefined, settings,
    allowUnrecognized: Boolean(values['allow-unrecognized']),
  };
}

function parseLookup(args: string[]): Command {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, limit: { type: 'string', short: 'n' } });
  if (values.help) return { kind: 'help' };
  const query = positionals.join(' ').trim();
  if (query === '') throw new UsageError('lookup needs a port number, a name or words, e.g. port-lens lookup 9092');
  let limit = 10;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number above 0, not "${values.limit}"`);
  }
  return { kind: 'lookup', query, json: Boolean(values.json), limit };
}

function parsePorts(args: string[]): Command {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, config: { type: 'string', short: 'c' } });
  if (values.help) return { kind: 'help' };
  return { kind: 'ports', paths: pathsOrHere(positionals), json: Boolean(values.json), configFile: values.config as string | undefined };
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

function parse(args: string[], options: OptionSpec): Parsed {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs's messages name the option and say what is wrong; drop its advice about `--`.
    throw new UsageError(String((error as Error).message).replace(/\s*To specify a positional argument.*$/s, ''));
  }
}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

function ruleSeverities(rules: string[]): Record<string, Severity | 'off'> {
  const severities: Record<string, Severity | 'off'> = {};
  for (const rule of rules) {
    const match = /^([^=]+)=(.*)$/.exec(rule.trim());
    if (!match) throw new UsageError(`--rule takes code=severity, e.g. --rule dynamic-range=off, not "${rule}"`);
    const [, code, severity] = match;
    if (!RULES.some((known) => known.code === code)) {
      throw new UsageError(`--rule: unknown rule "${code}" (the rules are ${RULES.map((known) => known.code).join(', ')})`);
    }
    if (!isSeverityOrOff(severity)) throw new UsageError(`--rule ${code}: the severity must be error, warning, info, hint or off, not "${severity}"`);
    severities[code] = severity;
  }
  return severities;
}

function ephemeralRange(value: string): SettingValues {
  if (RANGE_NAMES.includes(value)) return { ephemeralRange: value };
  const match = /^(\d{1,5})-(\d{1,5})$/.exec(value);
  if (match) {
    const first = Number(match[1]);
    const last = Number(match[2]);
    if (first <= last && last <= 65535) return { ephemeralRange: 'custom', customEphemeralRange: [first, last] };
  }
  throw new UsageError(`--ephemeral-range must be iana, linux, windows, macos or FIRST-LAST (e.g. 32768-60999), not "${value}"`);
}

function pathsOrHere(positionals: string[]): string[] {
  return positionals.length > 0 ? positionals : ['.'];
}
