// The nginx configuration tokenizer, following ngx_conf_read_token: words separated by whitespace, quoted
// strings, `#` comments, `;`, `{` and `}`. One pass over the text, never throws, and recovers from what
// nginx would reject (an unterminated quote ends at its line, a stray `}` is just a token).
import { BACKSLASH, CLOSE_BRACE, CR, DOLLAR, DOUBLE_QUOTE, HASH, LF, OPEN_BRACE, SEMICOLON, SINGLE_QUOTE, SPACE, TAB } from './charCodes';

export type NginxTokenKind = 'word' | 'semicolon' | 'open' | 'close';

export interface NginxToken {
  kind: NginxTokenKind;
  /** The token as written, quotes included. */
  start: number;
  end: number;
  /** For words: the content, inside the quotes when quoted. Escapes are kept as written. */
  textStart: number;
  textEnd: number;
  quoted: boolean;
  /** A quoted string cut at its line end because its closing quote never came. */
  unterminated?: boolean;
}


function isSpace(code: number): boolean {
  return code === SPACE || code === TAB || code === LF || code === CR;
}

/** ASCII codes a bare word cannot simply run over (they end it or change how it is read), as a table: the
 *  word loop runs on most characters of a config, so an ordinary character should cost one lookup. */
const WORD_SPECIAL = new Uint8Array(128);
for (const code of [SPACE, TAB, LF, CR, SEMICOLON, OPEN_BRACE, BACKSLASH, DOLLAR]) WORD_SPECIAL[code] = 1;

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

export function tokenizeNginx(text: string): NginxToken[] {
  const tokens: NginxToken[] = [];
  forEachToken(text, (token) => tokens.push(token));
  return tokens;
}

/** Hands each token to `visit` as it is read, so that a long run of braces is never held in memory at once. */
export function forEachToken(text: string, visit: (token: NginxToken) => void): void {
  const lexer = new NginxLexer(text);
  while (lexer.next()) visit(lexer.token());
}

/** The tokenizer as a cursor: `next()` reads one token into its fields. Readers that drop most tokens
 *  (punctuation, the words of directives nobody asked about) thus allocate nothing for them. */
class NginxLexer {
  kind: NginxTokenKind = 'word';
  start = 0;
  end = 0;
  textStart = 0;
  textEnd = 0;
  quoted = false;
  unterminated = false;
  private i: number;
  // After one quote of a kind ran to the end of the text unclosed, later quotes of that kind stop at their
  // line end: without this, each of many unclosed quotes would rescan the rest of the file.
  private unclosedDouble = false;
  private unclosedSingle = false;

  constructor(private readonly text: string) {
    this.i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  token(): NginxToken {
    const token: NginxToken = { kind: this.kind, start: this.start, end: this.end, textStart: this.textStart, textEnd: this.textEnd, quoted: this.quoted };
    if (this.unterminated) token.unterminated = true;
    return token;
  }

  next(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.i;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (isSpace(code)) { i++; continue; }
      if (code === SEMICOLON) return this.punctuation('semicolon', i);
      if (code === OPEN_BRACE) return this.punctuation('open', i);
      if (code === CLOSE_BRACE) return this.punctuation('close', i);
      if (code === HASH) { i = lineEnd(text, i); continue; }
      if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) return this.quotedString(i, code);
      return this.bareWord(i);
    }
    this.i = n;
    return false;
  }

  private punctuation(kind: NginxTokenKind, at: number): true {
    this.set(kind, at, at + 1, at, at + 1, false, false);
    this.i = at + 1;
    return true;
  }

  private quotedString(i: number, quote: number): true {
    const text = this.text;
    const n = text.length;
    const unclosed = quote === DOUBLE_QUOTE ? this.unclosedDouble : this.unclosedSingle;
    const limit = unclosed ? lineEnd(text, i + 1) : n;
    let j = i + 1;
    while (j < limit) {
      const c = text.charCodeAt(j);
      if (c === quote) break;
      j += c === BACKSLASH ? 2 : 1;
    }
    if (j < limit) {
      this.set('word', i, j + 1, i + 1, j, true, false);
      this.i = j + 1;
      return true;
    }
    if (limit === n) {
      if (quote === DOUBLE_QUOTE) this.unclosedDouble = true;
      else this.unclosedSingle = true;
    }
    // Recover at the end of the line, so one half-typed string does not swallow the rest of the file.
    const stop = lineEnd(text, i + 1);
    const contentEnd = stop > i + 1 && text.charCodeAt(stop - 1) === CR ? stop - 1 : stop;
    this.set('word', i, contentEnd, i + 1, contentEnd, true, true);
    this.i = stop;
    return true;
  }

  /** As in nginx, `}` and quotes inside a word belong to it, `{` does only right after `$`
   *  (`${NGINX_PORT}`), and a backslash escapes the next character. */
  private bareWord(i: number): true {
    const text = this.text;
    const n = text.length;
    let j = i;
    let afterDollar = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c < 128 && WORD_SPECIAL[c] === 0) { afterDollar = false; j++; continue; }
      if (c === OPEN_BRACE && afterDollar) { afterDollar = false; j++; continue; }
      afterDollar = false;
      if (c === BACKSLASH) { j = Math.min(n, j + 2); continue; }
      if (c === DOLLAR) { afterDollar = true; j++; continue; }
      if (c === SEMICOLON || c === OPEN_BRACE || isSpace(c)) break;
      j++;
    }
    this.set('word', i, j, i, j, false, false);
    this.i = j;
    return true;
  }

  private set(kind: NginxTokenKind, start: number, end: number, textStart: number, textEnd: number, quoted: boolean, unterminated: boolean): void {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.textStart = textStart;
    this.textEnd = textEnd;
    this.quoted = quoted;
    this.unterminated = unterminated;
  }
}

/** The block a directive sits in, with the nginx module it belongs to inherited from its parents. */
export interface NginxBlock {
  name: string;
  /** Where the directive that opens it starts: names the block the same way in every reading of the text. */
  start: number;
  /** `stream` and `mail` servers have no default port; everything else is read as http. */
  module: 'http' | 'stream' | 'mail';
  parent?: NginxBlock;
  /** Braces opened inside this block with no directive before them (nginx: "unexpected {"). Counted rather
   *  than stacked, so that a line of `{{{{` costs no memory per brace. */
  unnamed: number;
}

export interface NginxDirective {
  name: string;
  args: NginxToken[];
  /** The block it is written in; undefined at the top of the file. */
  block?: NginxBlock;
  /** True when the directive opens a block (`server {`, `upstream backend {`). */
  opensBlock: boolean;
}

/** Groups tokens into directives. A directive cut short by `}` or the end of the text still counts.
 *  With `only`, just the directives of those names are returned (blocks are still followed), and nothing
 *  is copied out of the text for the others: most lines of a real config name no port. */
export function readDirectives(text: string, only?: ReadonlySet<string>): NginxDirective[] {
  const directives: NginxDirective[] = [];
  forEachDirective(text, only, (directive) => directives.push(directive));
  return directives;
}

/** readDirectives as a stream: `visit` gets each directive when it ends. A reader that keeps only what it needs
 *  of each lets the rest die young: a 100,000-line config's directives, all kept alive until the end, cost the
 *  collector several times what reading them costs (measured: 62 ms against 12 ms for the benchmark's file). */
export function forEachDirective(text: string, only: ReadonlySet<string> | undefined, visit: (directive: NginxDirective) => void): void {
  const lexer = new NginxLexer(text);
  // Length and first character of each wanted name: most other names fail this without being sliced.
  const shapes = only ? new Set([...only].map((name) => nameShape(name.length, name.charCodeAt(0)))) : undefined;
  let block: NginxBlock | undefined;
  let unnamedAtTop = 0;
  // The directive being read: where its name is, and its tokens when it is kept.
  let reading = false;
  let nameStart = 0;
  let nameEnd = 0;
  // The block cannot change before the directive ends (only braces change it, and they end directives).
  let kept: NginxDirective | undefined;
  // The kept directive's arguments as read, copied into an array of their number when it ends: an array grown
  // by push from empty takes room for 17 tokens, and most directives have one or two.
  const args: NginxToken[] = [];
  let argCount = 0;

  const flush = (opensBlock: boolean): boolean => {
    if (!reading) return false;
    if (kept) {
      kept.opensBlock = opensBlock;
      kept.args = argCount === 0 ? [] : args.slice(0, argCount);
      visit(kept);
    }
    reading = false;
    return true;
  };

  while (lexer.next()) {
    const kind = lexer.kind;
    if (kind === 'word') {
      if (!reading) {
        reading = true;
        nameStart = lexer.textStart;
        nameEnd = lexer.textEnd;
        kept = undefined;
        argCount = 0;
        if (!shapes || shapes.has(nameShape(nameEnd - nameStart, text.charCodeAt(nameStart)))) {
          const name = text.slice(nameStart, nameEnd);
          if (!only || only.has(name)) kept = { name, args: NO_ARGS, block, opensBlock: false };
        }
      } else if (kept) {
        args[argCount++] = lexer.token();
      }
      // A half-typed string ends its directive too: the `;` the user meant is probably inside it.
      if (lexer.unterminated) flush(false);
    } else if (kind === 'semicolon') {
      flush(false);
    } else if (kind === 'open') {
      const opener = kept ? kept.name : text.slice(nameStart, nameEnd);
      if (!flush(true)) {
        if (block) block.unnamed++;
        else unnamedAtTop++;
        continue;
      }
      const module = opener === 'stream' || opener === 'mail' ? opener : block?.module ?? 'http';
      block = { name: opener, start: nameStart, module, parent: block, unnamed: 0 };
    } else {
      flush(false);
      if (block && block.unnamed > 0) block.unnamed--;
      else if (block) block = block.parent;
      else if (unnamedAtTop > 0) unnamedAtTop--;
    }
  }
  flush(false);
}

/** A kept directive's arguments until it ends (replaced then). */
const NO_ARGS: NginxToken[] = [];

function nameShape(length: number, firstCode: number): number {
  return length * 0x10000 + firstCode;
}
