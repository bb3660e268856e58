// The nginx configuration tokenizer, following ngx_conf_read_token: words separated by whitespace, quoted
// strings, `#` comments, `;`, `{` and `}`. One pass over the text, never throws, and recovers from what
// nginx would reject (an unterminated quote ends at its line, a stray `}` is just a token).

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
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

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
  const n = text.length;
  // After one quote of a kind ran to the end of the text unclosed, later quotes of that kind stop at their
  // line end: without this, each of many unclosed quotes would rescan the rest of the file.
  const unclosed = { '"': false, "'": false };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const punctuation = (kind: NginxTokenKind, at: number) =>
    visit({ kind, start: at, end: at + 1, textStart: at, textEnd: at + 1, quoted: false });

  while (i < n) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (isSpace(code)) { i++; continue; }
    if (ch === ';') { punctuation('semicolon', i); i++; continue; }
    if (ch === '{') { punctuation('open', i); i++; continue; }
    if (ch === '}') { punctuation('close', i); i++; continue; }
    if (ch === '#') { i = lineEnd(text, i); continue; }

    if (ch === '"' || ch === "'") {
      const limit = unclosed[ch] ? lineEnd(text, i + 1) : n;
      let j = i + 1;
      while (j < limit && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      if (j < limit) {
        visit({ kind: 'word', start: i, end: j + 1, textStart: i + 1, textEnd: j, quoted: true });
        i = j + 1;
      } else {
        if (limit === n) unclosed[ch] = true;
        // Recover at the end of the line, so one half-typed string does not swallow the rest of the file.
        const stop = lineEnd(text, i + 1);
        const contentEnd = stop > i + 1 && text[stop - 1] === '\r' ? stop - 1 : stop;
        visit({ kind: 'word', start: i, end: contentEnd, textStart: i + 1, textEnd: contentEnd, quoted: true, unterminated: true });
        i = stop;
      }
      continue;
    }

    // A bare word. As in nginx, `}` and quotes inside a word belong to it, `{` does only right after `$`
    // (`${NGINX_PORT}`), and a backslash escapes the next character.
    let j = i;
    let afterDollar = false;
    while (j < n) {
      const c = text[j];
      if (c === '{' && afterDollar) { afterDollar = false; j++; continue; }
      afterDollar = false;
      if (c === '\\') { j = Math.min(n, j + 2); continue; }
      if (c === '$') { afterDollar = true; j++; continue; }
      if (c === ';' || c === '{' || isSpace(text.charCodeAt(j))) break;
      j++;
    }
    visit({ kind: 'word', start: i, end: j, textStart: i, textEnd: j, quoted: false });
    i = j;
  }
}

/** The block a directive sits in, with the nginx module it belongs to inherited from its parents. */
export interface NginxBlock {
  name: string;
  /** `stream` and `mail` servers have no default port; everything else is read as http. */
  module: 'http' | 'stream' | 'mail';
  parent?: NginxBlock;
  /** Braces opened inside this block with no directive before them (nginx: "unexpected {"). Counted rather
   *  than stacked, so that a line of `{{{{` costs no memory per brace. */
  unnamed: number;
}

export interface NginxDirective {
  name: string;
  nameToken: NginxToken;
  args: NginxToken[];
  /** The block it is written in; undefined at the top of the file. */
  block?: NginxBlock;
  /** True when the directive opens a block (`server {`, `upstream backend {`). */
  opensBlock: boolean;
}

/** Groups tokens into directives. A directive cut short by `}` or the end of the text still counts. */
export function readDirectives(text: string): NginxDirective[] {
  const directives: NginxDirective[] = [];
  let block: NginxBlock | undefined;
  let unnamedAtTop = 0;
  let pending: NginxToken[] = [];

  const flush = (opensBlock: boolean): NginxDirective | undefined => {
    if (pending.length === 0) return undefined;
    const [nameToken, ...args] = pending;
    pending = [];
    const directive: NginxDirective = {
      name: text.slice(nameToken.textStart, nameToken.textEnd), nameToken, args, block, opensBlock,
    };
    directives.push(directive);
    return directive;
  };

  forEachToken(text, (token) => {
    if (token.kind === 'word') {
      pending.push(token);
      // A half-typed string ends its directive too: the `;` the user meant is probably inside it.
      if (token.unterminated) flush(false);
    } else if (token.kind === 'semicolon') {
      flush(false);
    } else if (token.kind === 'open') {
      const opener = flush(true);
      if (!opener) {
        if (block) block.unnamed++;
        else unnamedAtTop++;
        return;
      }
      const name = opener.name;
      const module = name === 'stream' || name === 'mail' ? name : block?.module ?? 'http';
      block = { name, module, parent: block, unnamed: 0 };
    } else {
      flush(false);
      if (block && block.unnamed > 0) block.unnamed--;
      else if (block) block = block.parent;
      else if (unnamedAtTop > 0) unnamedAtTop--;
    }
  });
  flush(false);
  return directives;
}
