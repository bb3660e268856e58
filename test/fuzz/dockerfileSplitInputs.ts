// Dockerfiles whose ports are cut by line continuations (`EXPOSE 30\⏎00` is port 3000 to BuildKit). Mutations
// and token soup almost never write one, so this generator does on purpose: EXPOSE / ENV / ARG / HEALTHCHECK
// port values, ranges, `/udp`, URLs and `${VAR:-default}`s, cut at random places by the escape character (`\`,
// or a backtick under `# escape=``), with blanks after it, CRLF, and blank or comment lines inside the
// continuation. A case is plain data rendered by `renderSplitDockerfile`, so fast-check can shrink it and a
// failure prints readably.
//
// Two kinds of instruction: `anyInstruction` for robustness (odd values, cuts anywhere, indentation or the
// wrong escape character after a cut, which end or split a word instead of joining it), and
// `wholeSplitPort`, a valid port cut only inside its own text, whose reading is known in advance.
import fc from 'fast-check';

export type EscapeChar = '\\' | '`';

/** One line continuation as written after the escape character, up to the next piece of the value. */
export interface Continuation {
  /** Spaces and tabs between the escape character and the line end: BuildKit allows them. */
  blanks: string;
  crlf: boolean;
  /** Blank and comment lines the continuation skips, without their line ends. */
  skipped: string[];
  /** Before the next piece: '' joins the pieces; blanks make two words (robustness cases only). */
  indent: string;
  /** Written with the other escape character, which continues nothing (robustness cases only). */
  wrongEscape: boolean;
}

/** Where a port sits in an instruction: `before` + port text + `after`. */
export interface PortTemplate {
  before: string;
  after: string;
  /** EXPOSE only: the protocol a mention must carry. */
  protocol?: 'tcp' | 'udp';
}

export interface SplitInstruction {
  template: PortTemplate;
  /** The port as written: `8080`, `8000-8010`, or an odd value in robustness cases. */
  value: string;
  /** Where the continuations go, taken modulo the room there is (so no length is needed to generate them). */
  cuts: number[];
  /** Cut anywhere in the instruction (keyword, scheme, `${`, protocol) instead of only inside the port text. */
  anywhere: boolean;
  gaps: Continuation[];
}

export interface SplitDockerfile {
  escape: EscapeChar;
  /** A `# escape=\` line for the default escape character too (always written for a backtick). */
  directive: boolean;
  crlf: boolean;
  /** Instructions with split ports, and whole filler lines between them. */
  lines: (SplitInstruction | string)[];
  /** How the file ends: a line end, nothing, or an escape character that continues onto nothing. */
  ending: 'eol' | 'none' | 'escape';
}

const expose = (before: string, after: string, protocol: 'tcp' | 'udp'): PortTemplate => ({ before, after, protocol });

/** Instructions that take a port range: EXPOSE only. */
const rangeTemplates: PortTemplate[] = [
  expose('EXPOSE ', '', 'tcp'),
  expose('EXPOSE ', '/udp', 'udp'),
  expose('EXPOSE 80 ', '/tcp 443', 'tcp'),
  expose('EXPOSE ${UNSET_PORT:-', '}', 'tcp'),
  expose('EXPOSE ${UNSET_PORT:-', '}/udp', 'udp'),
];

/** Instructions that take one port. UNSET_PORT is never declared, so its default is what is read. */
const portTemplates: PortTemplate[] = [
  ...rangeTemplates,
  { before: 'ENV PORT=', after: '' },
  { before: 'ENV DB_PORT="', after: '"' },
  { before: 'ENV APP=web PORT=', after: ' MODE=prod' },
  { before: 'ENV PORT ', after: '' },
  { before: 'ENV API_URL=http://localhost:', after: '/health' },
  { before: 'ENV PORT=${UNSET_PORT:-', after: '}' },
  { before: 'ARG PORT=', after: '' },
  { before: "ARG REDIS_PORT='", after: "'" },
  { before: 'ARG DATABASE_URL=postgres://u:p@db:', after: '/app' },
  { before: 'HEALTHCHECK CMD curl -f http://localhost:', after: '/health || exit 1' },
  { before: 'HEALTHCHECK --interval=30s CMD wget -qO- http://127.0.0.1:', after: '/' },
  { before: 'HEALTHCHECK CMD ["curl", "-f", "http://localhost:', after: '/health"]' },
];

/** Whole lines around the split ones: references to the split ARG/ENV values, comments, other instructions. */
const fillers = ['FROM alpine', 'RUN make', '# a comment', '', 'EXPOSE $PORT', 'EXPOSE ${PORT}/udp', 'EXPOSE ${DB_PORT:-5432}',
  'ARG PORT', 'CMD ["node", "server.js"]', 'USER app'];

const blanks = fc.string({ unit: fc.constantFrom(' ', '\t'), maxLength: 3 });

const skippedLine = fc.oneof(
  blanks,
  fc.tuple(blanks, fc.constantFrom('#', '# the web port', '# note \\', '#`', '# EXPOSE 1234')).map(([indent, comment]) => indent + comment),
);

/** A continuation that joins the pieces around it. */
const joiningGap: fc.Arbitrary<Continuation> = fc.record({
  blanks: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: blanks }),
  crlf: fc.boolean(),
  skipped: fc.oneof({ weight: 3, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.array(skippedLine, { minLength: 1, maxLength: 3 }) }),
  indent: fc.constant(''),
  wrongEscape: fc.constant(false),
});

/** Mostly joining, sometimes indented or written with the wrong escape character. */
const anyGap: fc.Arbitrary<Continuation> = fc.oneof(
  { weight: 4, arbitrary: joiningGap },
  { weight: 1, arbitrary: fc.record({ blanks, crlf: fc.boolean(), skipped: fc.array(skippedLine, { maxLength: 2 }),
    indent: blanks, wrongEscape: fc.boolean() }) },
);

/** A valid port or range. One digit leaves no room for a cut inside it: `min` 10 where a cut is required. */
const portValue = (min: number) => fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...portTemplates), fc.integer({ min, max: 65535 }))
    .map(([template, p]) => ({ template, value: String(p) })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...rangeTemplates), fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 }))
    .map(([template, a, b]) => ({ template, value: `${Math.min(a, b)}-${Math.max(a, b)}` })) },
);

const cuts = fc.uniqueArray(fc.nat({ max: 1 << 16 }), { minLength: 1, maxLength: 3 });

/** A valid port cut only inside its own text, every cut a joining continuation: BuildKit reads it whole. */
export const wholeSplitPort: fc.Arbitrary<SplitInstruction> = fc.record({
  port: portValue(10),
  cuts,
  gaps: fc.array(joiningGap, { minLength: 3, maxLength: 3 }),
}).map(({ port: { template, value }, cuts: at, gaps }) => ({ template, value, cuts: at, anywhere: false, gaps }));

/** Values a port check must reject or read with care, variable references among them (cut anywhere, even
 *  right after the `$`: BuildKit joins the lines before it expands them). */
const oddValue = fc.constantFrom('0', '65536', '99999', '080', '+80', '80-', '-80', '90-80', '8080-8080', '1-65535', '80/', '8080:80',
  '127.0.0.1:8080:80', '$PORT', '${PORT}', '${PORT:-80}', '80${X}00', '9'.repeat(30));

/** Anything from a whole split port to odd values cut anywhere, with gaps that do not join. */
export const anyInstruction: fc.Arbitrary<SplitInstruction> = fc.record({
  port: fc.oneof({ weight: 4, arbitrary: portValue(1) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...portTemplates), oddValue).map(([template, value]) => ({ template, value })) }),
  cuts,
  anywhere: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  gaps: fc.array(anyGap, { minLength: 3, maxLength: 3 }),
}).map(({ port: { template, value }, cuts: at, anywhere, gaps }) => ({ template, value, cuts: at, anywhere, gaps }));

/** A Dockerfile of split-port instructions and fillers. */
export function splitDockerfile(instruction: fc.Arbitrary<SplitInstruction>): fc.Arbitrary<SplitDockerfile> {
  return fc.record({
    escape: fc.constantFrom<EscapeChar>('\\', '`'),
    directive: fc.boolean(),
    crlf: fc.boolean(),
    lines: fc.array(fc.oneof({ weight: 3, arbitrary: instruction }, { weight: 1, arbitrary: fc.constantFrom(...fillers) }), { maxLength: 6 }),
    ending: fc.constantFrom<SplitDockerfile['ending']>('eol', 'none', 'escape'),
  });
}

/** A split-port Dockerfile (its lines from `anyInstruction`) with one `wholeSplitPort` placed among them. */
export interface SplitPortCase {
  file: SplitDockerfile;
  target: SplitInstruction;
  /** Line index of the target among the file's lines, modulo their count + 1. */
  at: number;
}

export const splitPortCase: fc.Arbitrary<SplitPortCase> = fc.record({
  file: splitDockerfile(anyInstruction),
  target: wholeSplitPort,
  at: fc.nat({ max: 16 }),
});

function renderGap(gap: Continuation, escape: EscapeChar): string {
  const escapeChar = gap.wrongEscape ? (escape === '\\' ? '`' : '\\') : escape;
  const eol = gap.crlf ? '\r\n' : '\n';
  return escapeChar + gap.blanks + eol + gap.skipped.map((line) => line + eol).join('') + gap.indent;
}

/** Where the continuations go in `before + value + after`, ascending: strictly inside the port text (or the
 *  whole instruction), so that every cut has a piece on both sides. */
function cutPositions({ template, value, cuts: raw, anywhere }: SplitInstruction): number[] {
  const length = template.before.length + value.length + template.after.length;
  const [from, to] = anywhere ? [0, length] : [template.before.length, template.before.length + value.length];
  const room = to - from - 1;
  return room < 1 ? [] : [...new Set(raw.map((c) => from + 1 + (c % room)))].sort((a, b) => a - b);
}

/** The instruction as written, and where its port text starts and ends in that (continuations included). */
export function renderInstruction(instruction: SplitInstruction, escape: EscapeChar): { text: string; portStart: number; portEnd: number } {
  const { template, value, gaps } = instruction;
  const whole = template.before + value + template.after;
  const at = cutPositions(instruction);
  let text = '';
  let previous = 0;
  at.forEach((cut, i) => {
    text += whole.slice(previous, cut) + renderGap(gaps[i % gaps.length], escape);
    previous = cut;
  });
  text += whole.slice(previous);
  // Source offset of a character of `whole`: shifted by every gap inserted at or before it.
  const shifted = (index: number) => index + at.reduce((sum, cut, i) => sum + (cut <= index ? renderGap(gaps[i % gaps.length], escape).length : 0), 0);
  return { text, portStart: shifted(template.before.length), portEnd: shifted(template.before.length + value.length - 1) + 1 };
}

/** The file as text; with a target, also where the target's port text is in it. */
export function renderSplitDockerfile(file: SplitDockerfile, target?: { instruction: SplitInstruction; at: number }): {
  text: string;
  port?: { start: number; end: number };
} {
  const eol = file.crlf ? '\r\n' : '\n';
  let text = '';
  if (file.escape === '`' || file.directive) text += `# escape=${file.escape}${eol}`;
  text += `FROM alpine${eol}`;
  const lines = [...file.lines];
  const targetIndex = target ? target.at % (lines.length + 1) : -1;
  if (target) lines.splice(targetIndex, 0, target.instruction);
  let port: { start: number; end: number } | undefined;
  lines.forEach((line, i) => {
    if (i > 0) text += eol;
    if (typeof line === 'string') {
      text += line;
      return;
    }
    const rendered = renderInstruction(line, file.escape);
    if (i === targetIndex) port = { start: text.length + rendered.portStart, end: text.length + rendered.portEnd };
    text += rendered.text;
  });
  if (file.ending === 'eol') text += eol;
  else if (file.ending === 'escape') text += file.escape;
  return { text, port };
}
