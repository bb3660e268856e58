// One entry point over the five scanners: text and format in, mentions and reading problems out. The Dockerfile,
// nginx and .env scanners run from a script the host gives on the first such file (scannersScript.ts), the
// Kubernetes scanner from another (../kubernetesCode.ts).
import type { ConfigFormat, PortMention, ScanResult } from '../types';
import { scanCompose } from './compose';
import { firstVariableName } from './interpolation';
import { otherScanners } from './scannersScript';
import { kubernetesCode } from '../kubernetesCode';

/** What a file says without its scanner (the host gave no scanners.js or kubernetes.js, or a damaged one, which
 *  dataFileProblems names). */
const NOTHING_READ = (): ScanResult => ({ mentions: [], problems: [] });

const scanners: Record<ConfigFormat, (text: string, variables?: ReadonlyMap<string, string>) => ScanResult> = {
  compose: scanCompose,
  dockerfile: (text) => (otherScanners()?.scanDockerfile ?? NOTHING_READ)(text),
  nginx: (text) => (otherScanners()?.scanNginx ?? NOTHING_READ)(text),
  dotenv: (text) => (otherScanners()?.scanDotenv ?? NOTHING_READ)(text),
  kubernetes: (text) => (kubernetesCode()?.scanKubernetes ?? NOTHING_READ)(text),
};

/**
 * Never throws: a scanner that fails on some input returns nothing rather than breaking the editor.
 * `variables` are what a compose file is interpolated with besides the shell (its `.env` file's); the other
 * formats resolve their variables themselves.
 */
export function scanFile(text: string, format: ConfigFormat, variables?: ReadonlyMap<string, string>): ScanResult {
  const scan = scanners[format];
  if (!scan) return { mentions: [], problems: [] };
  try {
    const result = scan(text, variables);
    for (const mention of result.mentions) markVariable(text, mention, format);
    return result;
  } catch {
    return { mentions: [], problems: [] };
  }
}

/** Where each format's variables get their values, for the hover ("The value of `PORT` …"). */
const VARIABLE_SOURCES: Record<ConfigFormat, string> = {
  compose: 'in the .env file beside this compose file',
  dockerfile: 'set by an ARG or ENV above',
  dotenv: 'set on a line above',
  nginx: 'in the environment',
  kubernetes: 'in the environment',
};

/** A port written as a variable reference (`${WEB_PORT}`, `$PORT`) is shown on the reference: name it. */
function markVariable(text: string, mention: PortMention, format: ConfigFormat): void {
  if (mention.implicit || text.charCodeAt(mention.start) !== 0x24 /* $ */) return;
  const name = firstVariableName(text.slice(mention.start, Math.min(mention.end, mention.start + 260)));
  if (name) mention.variable = { name, source: VARIABLE_SOURCES[format] };
}

export function scanPorts(text: string, format: ConfigFormat, variables?: ReadonlyMap<string, string>): PortMention[] {
  return scanFile(text, format, variables).mentions;
}
