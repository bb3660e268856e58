// Parsing a Compose file with `yaml`, guarded against the two inputs that make `yaml` itself dangerous:
// deep nesting and lines full of syntax errors.
import { Composer, Lexer, Parser, type Document } from 'yaml';

/** Deepest nesting of YAML collections we let `yaml` compose. yaml composes nested collections recursively,
 *  and about 1,000 levels (`[[[[…`, `- - - …`) abort V8 itself ("FATAL ERROR: RegExpCompiler Allocation
 *  failed"), which no try/catch can stop and which would take the extension host down. Real Compose files
 *  nest fewer than 15 levels. */
export const MAX_YAML_DEPTH = 256;

export const COMPOSE_PARSE_OPTIONS = { merge: true, uniqueKeys: false, prettyErrors: false } as const;

/** All documents of the text, or undefined when the text nests deeper than MAX_YAML_DEPTH (then it is not
 *  read at all: a file like that is not a Compose file, and its syntax errors are the editor's business).
 *  This is parseAllDocuments taken apart: the parser's stack is the nesting depth of what it is building,
 *  so watching it after each token measures nesting exactly (flow brackets, block indicators on one line,
 *  indented block collections, quotes and comments all as yaml reads them) for free, and stops before the
 *  recursive composer ever sees the deep document. */
export function parseComposeDocuments(text: string): Document[] | undefined {
  if (sharing === 0) return parseUncached(text);
  for (const recent of recentParses) if (recent.text === text) return recent.docs;
  const docs = parseUncached(text);
  recentParses.unshift({ text, docs });
  if (recentParses.length > RECENT_PARSES) recentParses.pop();
  return docs;
}

// The workspace model reads a compose file twice in a row (its ports, then its services' names, builds and
// mounts), and a compose file together with its override file: while it works, the last two parses are kept,
// so that neither reading parses again. Readers only read the documents. Off otherwise, so that a check of one
// text costs what it costs (the linear-time tests time repeated checks of one text).
const RECENT_PARSES = 2;
const recentParses: { text: string; docs: Document[] | undefined }[] = [];
let sharing = 0;

/** Runs `work` with the last compose readings shared between the readers of the same text. */
export function sharingComposeReadings<T>(work: () => T): T {
  sharing++;
  try {
    return work();
  } finally {
    sharing--;
    // Kept while the work lasts, not after: a later check of the same text parses it again, and no text outlives its use.
    if (sharing === 0) recentParses.length = 0;
  }
}

export function composeReadingsShared(): boolean {
  return sharing > 0;
}

function parseUncached(text: string): Document[] | undefined {
  const lexer = new Lexer();
  const parser = new Parser();
  const composer = new Composer(COMPOSE_PARSE_OPTIONS);
  const docs: Document[] = [];
  // yaml makes an Error per syntax error, and each one captures a stack trace: a 100 KB line of `"'"'…` has
  // 33,000 errors and cost seconds. We never read the traces.
  // stackTraceLimit is V8's; elsewhere the property is absent or inert and left alone.
  const errorClass = Error as { stackTraceLimit?: unknown };
  const limit = errorClass.stackTraceLimit;
  const canLimit = typeof limit === 'number';
  if (canLimit) errorClass.stackTraceLimit = 0;
  try {
    for (const lexeme of lexer.lex(text)) {
      for (const token of parser.next(lexeme)) for (const doc of composer.next(token)) docs.push(doc as Document);
      if (parser.stack.length > MAX_YAML_DEPTH) return undefined;
    }
    for (const token of parser.end()) for (const doc of composer.next(token)) docs.push(doc as Document);
    for (const doc of composer.end()) docs.push(doc as Document);
    return docs;
  } catch {
    return undefined;
  } finally {
    if (canLimit) errorClass.stackTraceLimit = limit;
  }
}
