// The Dockerfile scanner: EXPOSE, ENV/ARG port settings and HEALTHCHECK URLs, with variables resolved from
// ARG/ENV defaults declared earlier. dockerfile-ast splits instructions and arguments (continuations, escape
// directive, comments); its line/character positions are converted back to UTF-16 offsets here.
import type { Argument, Instruction, Property } from 'dockerfile-ast';
import type { PortMention, ScanResult } from '../types';
import { DockerfileScope } from './dockerfileScope';
import { StageImages } from './dockerfileStageImages';
import { interpolate, UNKNOWN, type DollarEscape, type Lookup } from './interpolation';
import { continuedText, isContinuation } from './dockerfileContinuation';
import type { MappedText } from './mappedText';
import { isSpecError, parsePortRange, parseProtocol, protocolError, splitPortSpec } from './portSpec';
import { readCommandPorts, readSetting } from './portSettings';
import { LF } from './charCodes';
import { ScanCollector } from './scanCollector';
import { dockerfileParser } from './dockerfileParser';
import { unsetHealthCheckPorts, type HealthCheckCommand } from './dockerfileHealthCheckVariable';

interface Position { line: number; character: number }

/** Line starts as vscode-languageserver-textdocument counts lines (\r\n, \r and \n all end a line),
 *  which is what dockerfile-ast's positions are relative to. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function scanDockerfile(text: string): ScanResult {
  const out = new ScanCollector();
  const starts = lineStarts(text);
  const offsetAt = (p: Position) => Math.min(text.length, (starts[p.line] ?? text.length) + p.character);
  const parser = dockerfileParser();
  // Without its parser (the host gave no dockerfileParser.js, or a damaged one, which dataFileProblems names), a
  // Dockerfile is read as saying nothing about ports.
  if (!parser) return out.result();
  const dockerfile = parser.parse(text);
  const escape: DollarEscape = '\\$';
  const scope = new DockerfileScope();
  const escapeChar = dockerfile.getEscapeCharacter();
  const argText = (range: { start: Position; end: Position }): MappedText =>
    continuedText(text, offsetAt(range.start), offsetAt(range.end), escapeChar);
  // BuildKit reads `30\⏎00` as 3000: a port written across continuations is still a port, shown from its first
  // digit to its last. Set on the text each grammar reads, after interpolation, which builds its text anew.
  const joined: Joined = (value) => value.joinedBy((start, end) => isContinuation(text, start, end, escapeChar));

  // Each stage's FROM image, stamped on the mentions of that stage once it ends.
  const stageImages = new StageImages();
  let stageImage: string | undefined;
  let stageMentions = 0;
  const healthChecks: HealthCheckCommand[] = [];
  const declared = new Set<string>();
  const stampStage = () => {
    if (stageImage !== undefined) for (let i = stageMentions; i < out.mentions.length; i++) out.mentions[i].image = stageImage;
  };
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === 'FROM') stampStage();
    switch (instruction.getKeyword()) {
      case 'FROM': {
        const args = instruction.getArguments().map((a) => a.getValue());
        const as = args.findIndex((a) => a.toUpperCase() === 'AS');
        const base = args.find((a) => !a.startsWith('--')) ?? '';
        const stageName = as >= 0 ? args[as + 1] : undefined;
        stageImage = stageImages.imageOf(base, scope.fromLookup, escape, stageName);
        stageMentions = out.mentions.length;
        scope.enterStage(base, stageName);
        break;
      }
      case 'ARG':
      case 'ENV':
        for (const property of (instruction as Instruction & { getProperties?: () => Property[] }).getProperties?.() ?? []) declared.add(property.getName());
        readVariables(instruction, scope, argText, joined, escape, escapeChar, out);
        break;
      case 'EXPOSE': {
        // All arguments at once, from the first to the last: BuildKit joins continued lines before it splits
        // words, and a comment line inside a continuation can hide what dockerfile-ast reads as an argument.
        const args = instruction.getArguments();
        if (args.length > 0) {
          readExpose(text, argText({ start: args[0].getRange().start, end: args[args.length - 1].getRange().end }), scope.lookup, escape, joined, out);
        }
        break;
      }
      case 'HEALTHCHECK': {
        const args = instruction.getArguments();
        const cmd = args.findIndex((a) => a.getValue().toUpperCase() === 'CMD');
        if (cmd >= 0 && cmd + 1 < args.length) {
          // The command from its first word to its last, read as one text the way BuildKit joins it (as for
          // EXPOSE): dockerfile-ast ends a word early when a comment line inside a continuation ends with the
          // escape character, which would cut `http://a:8\⏎# note \⏎0/` to port 8.
          const command = argText({ start: args[cmd + 1].getRange().start, end: args[args.length - 1].getRange().end });
          healthChecks.push({ command, at: offsetAt(instruction.getRange().start) });
          readCommandPorts({ key: 'HEALTHCHECK', context: 'HEALTHCHECK' }, joined(interpolate(command, scope.runtimeLookup, escape)), out);
        }
        break;
      }
    }
  }
  stampStage();
  unsetHealthCheckPorts(text, healthChecks, declared, out);
  for (const mention of out.mentions) if (isSplit(text, mention)) mention.split = true;
  return out.result();
}

type Joined = (value: MappedText) => MappedText;

/** A written port's span holds a line break only when the port is written across a continuation: a whole
 *  one is just its digits, and one taken from a variable is shown as the reference (`${PO\⏎RT}`), which is
 *  whole where it is written. */
function isSplit(text: string, mention: PortMention): boolean {
  if (mention.implicit || text[mention.start] === '$') return false;
  // Bounded to the span: an indexOf could run on to the end of a long line for every mention on it.
  for (let k = mention.start; k < mention.end; k++) if (text.charCodeAt(k) === LF) return true;
  return false;
}

function readVariables(instruction: Instruction, scope: DockerfileScope,
  argText: (r: { start: Position; end: Position }) => MappedText, joined: Joined, escape: DollarEscape, escapeChar: string,
  out: ScanCollector): void {
  const keyword = instruction.getKeyword();
  const properties = (instruction as Instruction & { getProperties?: () => Property[] }).getProperties?.() ?? [];
  const args = instruction.getArguments();
  const argsEnd = args.length > 0 ? args[args.length - 1].getRange().end : undefined;
  for (const property of properties) {
    const name = property.getName();
    const range = property.getValueRange();
    if (!range) {
      if (keyword === 'ARG') scope.declareArg(name, null, false);
      continue;
    }
    // `NAME=value` as BuildKit reads it: the joined line from the value on, to the end of its word.
    // dockerfile-ast ends the value (and sometimes the word) early when a comment line inside a continuation
    // cuts it (`ENV PORT=${U:-10\⏎# c⏎0}`); BuildKit drops the comment line first and reads 100.
    let raw = argsEnd && isAssignment(args, name, range)
      ? firstWord(argText({ start: range.start, end: argsEnd }), escapeChar)
      : argText(range);
    const quote = raw.text[0];
    if ((quote === '"' || quote === "'") && raw.text.length >= 2 && raw.text.endsWith(quote)) raw = raw.slice(1, raw.length - 1);
    // Single quotes keep `$` literal in ENV/ARG values, as in the shell.
    const value = quote === "'" ? raw : interpolate(raw, scope.lookup, escape);
    const known = value.text.includes(UNKNOWN) ? null : value.text;
    readSetting({ key: name, context: `${keyword} ${name}` }, joined(value), out);
    if (keyword === 'ARG') scope.declareArg(name, known, true);
    else scope.setEnv(name, known);
  }
}

/** Whether the property is written `NAME=value` (not the legacy `ENV NAME value`, whose value runs to the end
 *  of the line): the word its value starts in begins with `NAME=`. */
function isAssignment(args: readonly Argument[], name: string, value: { start: Position }): boolean {
  const word = args.find((arg) => {
    const { start, end } = arg.getRange();
    return before(start, value.start) && before(value.start, end);
  });
  return word !== undefined && word.getValue().startsWith(`${name}=`);
}

/** The text up to the first blank outside quotes, as BuildKit splits the words of ENV and ARG: quotes group,
 *  and the escape character keeps the next character (inside double quotes too). */
function firstWord(value: MappedText, escapeChar: string): MappedText {
  const s = value.text;
  let quote = '';
  let i = 0;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === escapeChar && quote !== "'") {
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') break;
  }
  return value.slice(0, Math.min(i, s.length));
}

/** a ≤ b */
function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** The arguments of one EXPOSE: `80`, `80/udp`, `8000-8010`, `$PORT`. BuildKit splits the joined line into
 *  words first, then expands each; a variable may hold several ports. */
function readExpose(source: string, args: MappedText, lookup: Lookup, escape: DollarEscape, joined: Joined, out: ScanCollector): void {
  // The instruction's own syntax copied as is (`EXPOSE <port> [<port>/<protocol>...]`, a cheat sheet): one mistake,
  // one error for the line, not one per placeholder.
  const placeholder = /<[A-Za-z][\w -]*>/.exec(args.text);
  if (placeholder) {
    const where = args.span(0, args.length);
    out.problem('invalid-port', where.start, where.end,
      `"${placeholder[0]}" is a placeholder, not a port: write the port numbers it stands for (Docker rejects this EXPOSE).`);
    return;
  }
  for (const word of words(args)) {
    // The shell-like word rules of BuildKit take the quotes off (EXPOSE "$PORT" exposes 8080 when PORT=8080);
    // a single-quoted word is not expanded.
    const quote = quoteAround(word.text);
    const inner = quote === undefined ? word : word.slice(1, word.length - 1);
    const expanded = quote === "'" ? inner : interpolate(inner, lookup, escape);
    for (const spec of words(expanded)) readExposeSpec(source, joined(spec), out);
  }
}

/** The quote character a word is wrapped in, if it is wrapped in a pair of the same quotes. */
function quoteAround(text: string): '"' | "'" | undefined {
  if (text.length < 2) return undefined;
  const first = text[0];
  return (first === '"' || first === "'") && text[text.length - 1] === first ? first : undefined;
}

function words(value: MappedText): MappedText[] {
  const s = value.text;
  const found: MappedText[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i])) i++;
    let j = i;
    while (j < s.length && !/\s/.test(s[j])) j++;
    if (j > i) found.push(value.slice(i, j));
    i = j;
  }
  return found;
}

function readExposeSpec(source: string, value: MappedText, out: ScanCollector): void {
  const s = value.text;
  if (s.includes(UNKNOWN)) return;
  const bad = (code: string, start: number, end: number, message: string) => {
    const span = value.span(start, end);
    const where = span.start === span.end ? value.span(0, value.length) : span;
    out.problem(code, where.start, where.end, message);
  };
  const parts = splitPortSpec(s);
  let protocol = parseProtocol('');
  if (parts.protocol) {
    const raw = s.slice(parts.protocol.start, parts.protocol.end);
    protocol = parseProtocol(raw);
    if (!protocol) {
      const e = protocolError(raw, parts.protocol.start, parts.protocol.end);
      bad(e.code, e.start, e.end, e.message);
    }
  }
  if (parts.host) {
    // BuildKit ignores the IP and host parts (ExposeInvalidFormat) and only exposes the container port.
    const containerText = s.slice(parts.container.start, s.length);
    const whole = value.span(0, value.length);
    // The fix rewrites the spec, so only one written as it reads (no variable, no continuation inside).
    const exact = source.slice(whole.start, whole.end) === s;
    out.problem('expose-mapping', whole.start, whole.end,
      `EXPOSE ${s} does not publish ${s.slice(0, parts.host.end)}: EXPOSE only documents container ports and BuildKit ignores the host part. `
      + `Write EXPOSE ${containerText} and publish with -p or Compose ports: instead.`,
      exact && containerText !== '' ? { title: `Keep only the container port ${containerText}`,
        edits: [{ start: whole.start, end: whole.end, newText: containerText }] } : undefined);
  }
  const r = parsePortRange(s, parts.container.start, parts.container.end, 'exposed port');
  if (isSpecError(r)) {
    bad(r.code, r.start, r.end, r.message);
    return;
  }
  // A port pieced together from a variable and text (`80${X}`) has no span that is the port as written: no
  // mention. One split only by line continuations (`30\⏎00`) is whole here and marked split by the caller.
  if (!value.isWrittenWhole(r.start, r.end)) return;
  const { start, end } = value.span(r.start, r.end);
  const mention: PortMention = { port: r.port, start, end, role: 'expose', context: 'EXPOSE' };
  if (r.endPort !== undefined) mention.endPort = r.endPort;
  if (protocol) mention.protocol = protocol;
  out.mention(mention);
}
