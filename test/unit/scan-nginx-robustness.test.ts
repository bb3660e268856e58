import assert from 'assert';
import { scanNginx } from '../../src/core/formats/nginx';
import type { ScanResult } from '../../src/core/types';

function portsAndText(text: string): [number, string][] {
  return scanNginx(text).mentions.map((m) => [m.port, text.slice(m.start, m.end)]);
}

function assertWellFormed(text: string, result: ScanResult): void {
  for (const item of [...result.mentions, ...result.problems]) {
    assert.ok(item.start >= 0 && item.start <= item.end && item.end <= text.length, `range ${item.start}-${item.end} inside the text`);
  }
}

describe('scanNginx robustness', () => {
  it('recovers from missing and extra closing braces', () => {
    assert.deepStrictEqual(portsAndText('} }\nserver {\n    listen 8080;\n    location / {\n        proxy_pass http://app:3000;\n'),
      [[8080, '8080'], [3000, '3000']]);
  });

  it('a listen without its semicolon before } is still read', () => {
    assert.deepStrictEqual(portsAndText('server { listen 8080 }'), [[8080, '8080']]);
  });

  it('an unterminated double or single quote does not swallow the rest of the file', () => {
    assert.deepStrictEqual(portsAndText('server {\n    return 200 "half typed;\n    listen 8081;\n    add_header X \'oops;\n    listen 8082;\n}'),
      [[8081, '8081'], [8082, '8082']]);
  });

  it('CRLF line endings keep offsets exact', () => {
    const text = 'server {\r\n    listen 127.0.0.1:8080;\r\n    listen [::1];\r\n}\r\n';
    assert.deepStrictEqual(portsAndText(text), [[8080, '8080'], [80, '[::1]']]);
  });

  it('a BOM before the first directive keeps offsets exact', () => {
    const text = '\uFEFFlisten 8080;';
    const [mention] = scanNginx(text).mentions;
    assert.strictEqual(mention.start, 8);
    assert.strictEqual(text.slice(mention.start, mention.end), '8080');
  });

  it('offsets are UTF-16 code units after non-ASCII text', () => {
    const text = 'server { server_name пример.рф 😀.example; listen 9000; }';
    assert.deepStrictEqual(portsAndText(text), [[9000, '9000']]);
  });

  it('binary garbage returns without throwing and with ranges inside the text', () => {
    let seed = 7;
    let garbage = '';
    for (let i = 0; i < 200_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      garbage += String.fromCharCode(seed % 65536);
    }
    const text = `${garbage}\nlisten 80;\n${garbage}`;
    assertWellFormed(text, scanNginx(text));
    assertWellFormed(garbage, scanNginx(garbage));
  });

  it('a 100,000-character line of [[[[ finishes, as an address and as bare text', () => {
    const brackets = '['.repeat(100_000);
    for (const text of [brackets, `listen ${brackets};`, `proxy_pass http://${brackets};`, `resolver ${brackets}:53;`]) {
      const result = scanNginx(text);
      assert.deepStrictEqual(result.mentions, []);
      assertWellFormed(text, result);
    }
  });

  it('a 100,000-character 1:1:1: line finishes and gives one short problem', () => {
    const ones = '1:'.repeat(50_000);
    assert.deepStrictEqual(scanNginx(ones), { mentions: [], problems: [] });
    const text = `listen ${ones};`;
    const { mentions, problems } = scanNginx(text);
    assert.deepStrictEqual(mentions, []);
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(problems[0].code, 'invalid-port');
    assert.ok(problems[0].message.length < 300, 'the message quotes a shortened address');
  });

  it('many unterminated quotes and deep nesting finish', () => {
    // Quotes pair up across lines as in nginx; the odd one out is cut at its line and ends its directive.
    const quotes = '"\n'.repeat(50_001) + 'listen 80;';
    assert.deepStrictEqual(portsAndText(quotes), [[80, '80']]);
    const nested = 'a {'.repeat(50_000) + 'listen 8080; proxy_pass http://app:3000;'.repeat(1000);
    assert.strictEqual(scanNginx(nested).mentions.length, 2000);
  });

  it('directive names that are Object.prototype keys are plain directives', () => {
    assert.deepStrictEqual(scanNginx('toString a:1; constructor b:2; __proto__ c:3; hasOwnProperty d:4;'), { mentions: [], problems: [] });
  });

  it('an empty text and a text of only comments have no mentions', () => {
    assert.deepStrictEqual(scanNginx(''), { mentions: [], problems: [] });
    assert.deepStrictEqual(scanNginx('# listen 80;\n# proxy_pass http://a:1;'), { mentions: [], problems: [] });
  });
});
