import assert from 'assert';
import { readDirectives, tokenizeNginx } from '../../src/core/formats/nginxTokens';

function words(text: string): string[] {
  return tokenizeNginx(text).map((token) => (token.kind === 'word' ? text.slice(token.textStart, token.textEnd) : text.slice(token.start, token.end)));
}

describe('nginx tokenizer', () => {
  it('splits on whitespace and on ; and {, and keeps } as its own token between words', () => {
    assert.deepStrictEqual(words('server {\n\tlisten  80;\r\n}'), ['server', '{', 'listen', '80', ';', '}']);
  });

  it('reads quoted strings with escapes as one word, quotes excluded from the text', () => {
    assert.deepStrictEqual(words(`add_header X "a \\"b\\" c" 'd;e';`), ['add_header', 'X', 'a \\"b\\" c', 'd;e', ';']);
  });

  it('keeps ${VAR} in one word, as nginx does after a $', () => {
    assert.deepStrictEqual(words('listen ${NGINX_PORT} ssl;'), ['listen', '${NGINX_PORT}', 'ssl', ';']);
  });

  it('starts a comment only where a token could start', () => {
    assert.deepStrictEqual(words('root /srv/a#b; # comment ; {\nlisten 80;'), ['root', '/srv/a#b', ';', 'listen', '80', ';']);
  });

  it('an unterminated quote ends at its line, so later lines are still read', () => {
    assert.deepStrictEqual(words('return 200 "oops;\r\nlisten 80;'), ['return', '200', 'oops;', 'listen', '80', ';']);
  });

  it('skips a byte order mark', () => {
    assert.deepStrictEqual(tokenizeNginx('\uFEFFlisten 80;')[0].start, 1);
  });
});

describe('nginx directives', () => {
  it('records the enclosing block and its module', () => {
    const directives = readDirectives('http { upstream b { server a:1; } }\nstream { server { listen 53 udp; } }');
    const server = directives.find((d) => d.name === 'server' && !d.opensBlock)!;
    assert.strictEqual(server.block?.name, 'upstream');
    assert.strictEqual(server.block?.module, 'http');
    const listen = directives.find((d) => d.name === 'listen')!;
    assert.strictEqual(listen.block?.name, 'server');
    assert.strictEqual(listen.block?.module, 'stream');
  });

  it('a directive cut short by } or by the end of the text still counts', () => {
    const directives = readDirectives('server { listen 80 }\nlisten 81');
    assert.deepStrictEqual(directives.filter((d) => d.name === 'listen').map((d) => d.args.length), [1, 1]);
  });

  it('a brace with no directive before it nests without hiding the block around it', () => {
    const [listen] = readDirectives('upstream u { { server a:1; } }\nserver { listen 80; }').filter((d) => !d.opensBlock);
    assert.strictEqual(listen.block?.name, 'upstream');
    const after = readDirectives('server { { } listen 81; }').find((d) => d.name === 'listen')!;
    assert.strictEqual(after.block?.name, 'server');
    const top = readDirectives('{ { } } listen 82;').find((d) => d.name === 'listen')!;
    assert.strictEqual(top.block, undefined);
  });

  it('a stray } at the top level is ignored', () => {
    const directives = readDirectives('} }\nlisten 80;');
    assert.strictEqual(directives[0].name, 'listen');
    assert.strictEqual(directives[0].block, undefined);
  });
});
