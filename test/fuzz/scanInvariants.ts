// What must hold for any text, however broken: the scanner and every rule return instead of throwing, every
// offset lies inside the text, and a mention that is written (not implicit) covers exactly its port as
// written: the digits, or `a-b` for a range, parsing back to port / endPort. A port written across Dockerfile
// line continuations (`split`) covers its pieces: without the continuations, it is the port as written.
import { scanCompose } from '../../src/core/formats/compose';
import { scanDockerfile } from '../../src/core/formats/dockerfile';
import { scanDotenv } from '../../src/core/formats/dotenv';
import { scanNginx } from '../../src/core/formats/nginx';
import { scanKubernetes } from '../../src/core/formats/kubernetes';
import { checkPorts, SEMANTIC_RULES } from '../../src/core/rules/checkPorts';
import { KUBERNETES_RULES } from '../../src/core/rules/kubernetesRules';
import { DEFAULT_SEVERITIES } from '../../src/core/catalogue';
import { hoverMarkdown } from '../../src/core/hoverMarkdown';
import { lookupPort } from '../../src/core/registry/registry';
import type { CheckOptions, ConfigFormat, Finding, PortMention, ScanResult } from '../../src/core/types';

/** Called directly, not through scanFile, which turns a throw into an empty result and would hide it. */
export const scanners: Record<ConfigFormat, (text: string, variables?: ReadonlyMap<string, string>) => ScanResult> = {
  compose: scanCompose,
  dockerfile: scanDockerfile,
  nginx: scanNginx,
  dotenv: scanDotenv,
  kubernetes: scanKubernetes,
};

export const formats = Object.keys(scanners) as ConfigFormat[];

const roles = new Set(['host', 'container', 'expose', 'listen', 'upstream', 'setting']);
const protocols = new Set(['tcp', 'udp', 'sctp', 'dccp']);
const severities = new Set(['error', 'warning', 'info', 'hint']);

export class InvariantError extends Error {}

function fail(where: string, message: string, item?: unknown): never {
  throw new InvariantError(`${where}: ${message}${item === undefined ? '' : ` in ${JSON.stringify(item)?.slice(0, 400)}`}`);
}

function checkRange(where: string, start: unknown, end: unknown, length: number, item: unknown): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail(where, `offsets ${start}..${end} are not integers`, item);
  if (!(0 <= (start as number) && (start as number) <= (end as number) && (end as number) <= length)) {
    fail(where, `offsets ${start}..${end} outside 0 ≤ start ≤ end ≤ ${length}`, item);
  }
}

/** A Dockerfile line continuation: the escape character (\ or the `# escape=` one), blanks, the line end, then
 *  the blank and comment lines it skips. */
const CONTINUATION = /[\\`][ \t]*\r*\n(?:[ \t\r\f\v]*(?:#[^\n]*)?\n)*/g;

export function checkMention(where: string, text: string, mention: PortMention): void {
  checkRange(where, mention.start, mention.end, text.length, mention);
  if (!roles.has(mention.role)) fail(where, `unknown role ${mention.role}`, mention);
  if (mention.protocol !== undefined && !protocols.has(mention.protocol)) fail(where, `unknown protocol ${mention.protocol}`, mention);
  if (mention.entry) checkRange(`${where} (entry)`, mention.entry.start, mention.entry.end, text.length, mention);
  if (mention.implicit) {
    if (mention.split) fail(where, 'an implicit port is not written, so it cannot be split', mention);
    return;
  }
  let written = text.slice(mention.start, mention.end);
  const joined = written.replace(CONTINUATION, '');
  if (mention.split) {
    // What is left once the continuations are taken out must be the port, and something must have been left out.
    if (joined === written) fail(where, `a split mention covers ${JSON.stringify(written.slice(0, 80))}, which holds no continuation`, mention);
    written = joined;
  }
  // A port taken from a variable (Dockerfile `EXPOSE $PORT`, resolved from its ARG/ENV default) is written as
  // the reference: the hover belongs on it, and the number is checked where the default is written. The
  // reference itself may be cut by a continuation (`$PO\⏎RT`): BuildKit joins the lines before expanding it.
  if (!mention.split && /^\$(\{.*\}|[A-Za-z_][A-Za-z0-9_]*)$/s.test(joined)) return;
  // `+80` is accepted by Docker's port parser, so the sign is part of the port as written.
  const parts = /^\+?(\d+)(?:-\+?(\d+))?$/.exec(written);
  if (!parts) fail(where, `the mention covers ${JSON.stringify(written.slice(0, 80))}, not a port as written`, mention);
  if (Number(parts[1]) !== mention.port) fail(where, `the text says ${parts[1].slice(0, 40)}, the mention says port ${mention.port}`, mention);
  const end = parts[2] === undefined ? undefined : Number(parts[2]);
  if (end !== undefined ? mention.endPort !== end : mention.endPort !== undefined && mention.endPort !== mention.port) {
    fail(where, `the text says ${written.slice(0, 40)}, the mention says endPort ${mention.endPort}`, mention);
  }
}

export function checkFinding(where: string, text: string, finding: Finding): void {
  checkRange(where, finding.start, finding.end, text.length, finding);
  if (!DEFAULT_SEVERITIES.has(finding.code)) fail(where, `unknown code ${finding.code}`, finding);
  if (!severities.has(finding.severity)) fail(where, `unknown severity ${finding.severity}`, finding);
  if (typeof finding.message !== 'string' || finding.message.length === 0) fail(where, 'empty message', finding);
  for (const edit of finding.fix?.edits ?? []) {
    checkRange(`${where} (fix edit)`, edit.start, edit.end, text.length, finding);
    if (typeof edit.newText !== 'string') fail(`${where} (fix edit)`, 'newText is not a string', finding);
  }
}

/** Runs the scanner, each semantic rule on its own (runRules would swallow a throw), then checkPorts as the
 *  editor calls it, and checks every result. Throws an Error naming the part that failed. */
export function checkText(text: string, format: ConfigFormat, options: CheckOptions = {}): ScanResult {
  let scanned: ScanResult;
  try {
    scanned = scanners[format](text, options.variables);
  } catch (error) {
    throw new InvariantError(`scan ${format} threw: ${(error as Error)?.stack ?? error}`);
  }
  if (!scanned || !Array.isArray(scanned.mentions) || !Array.isArray(scanned.problems)) fail(`scan ${format}`, 'no { mentions, problems }');
  for (const mention of scanned.mentions) {
    checkMention(`scan ${format} mention`, text, mention);
    if (mention.image !== undefined && typeof mention.image !== 'string') fail(`scan ${format} mention`, 'image is not a string', mention);
    // The hover reads the image from the mention: whatever the scanner put there, it must give text.
    let hover: string;
    try {
      hover = hoverMarkdown(mention, lookupPort(mention.port), []);
    } catch (error) {
      throw new InvariantError(`hover ${format} threw: ${(error as Error)?.stack ?? error}`);
    }
    if (!hover.startsWith('**Port')) fail(`hover ${format}`, 'does not start with the port', mention);
  }
  for (const problem of scanned.problems) checkFinding(`scan ${format} problem`, text, problem);
  for (const rule of format === 'kubernetes' ? KUBERNETES_RULES : SEMANTIC_RULES) {
    let findings: Finding[];
    try {
      findings = rule(scanned.mentions, text, options);
    } catch (error) {
      throw new InvariantError(`rule ${rule.name} (${format}) threw: ${(error as Error)?.stack ?? error}`);
    }
    for (const finding of findings) checkFinding(`rule ${rule.name} (${format})`, text, finding);
  }
  for (const finding of checkPorts(text, format, options)) checkFinding(`checkPorts ${format}`, text, finding);
  return scanned;
}
