import assert from 'assert';
import { scanDockerfile } from '../../src/core/formats/dockerfile';
import { continuedText } from '../../src/core/formats/dockerfileContinuation';

const written = (text: string, m: { start: number; end: number }) => text.slice(m.start, m.end);
const found = (text: string) => {
  const { mentions, problems } = scanDockerfile(text);
  return {
    mentions: mentions.map((m) => [m.port, m.protocol, written(text, m)]),
    problems: problems.map((p) => [p.code, written(text, p)]),
  };
};

describe('scanDockerfile: ports and line continuations', () => {
  it('a protocol split by a continuation: the mention covers just the digits', () => {
    assert.deepStrictEqual(found('FROM a\nEXPOSE 3000/tc\\\np 80\n'), {
      mentions: [[3000, 'tcp', '3000'], [80, 'tcp', '80']], problems: [] });
  });

  it('a comment line inside a continuation is dropped up to \\n, a lone \\r included, as BuildKit reads lines', () => {
    // The comment line `# c \rd, 80` hides `d, 80`: what is left is 3000/tc, whose protocol is wrong.
    assert.deepStrictEqual(found('FROM a\nEXPOSE 3000/tc\\\n# c \rd, 80'), {
      mentions: [[3000, undefined, '3000']], problems: [['invalid-protocol', 'tc']] });
    assert.deepStrictEqual(found('FROM a\nEXPOSE 3000\\\n# c \rd'), { mentions: [[3000, 'tcp', '3000']], problems: [] });
  });

  it('comment lines, blank lines and indentation inside continuations, with CRLF', () => {
    const text = 'FROM a\r\nEXPOSE 3000 \\\r\n  # web\r\n\r\n  80/udp \\ \t\r\n   # more\r\n 90\r\nEXPOSE 91\r\n';
    assert.deepStrictEqual(found(text), {
      mentions: [[3000, 'tcp', '3000'], [80, 'udp', '80'], [90, 'tcp', '90'], [91, 'tcp', '91']], problems: [] });
  });

  it('digits split by a continuation give no mention: no span of the file is the port as written', () => {
    assert.deepStrictEqual(found('FROM a\nEXPOSE 30\\\n00 8080\n'), { mentions: [[8080, 'tcp', '8080']], problems: [] });
    assert.deepStrictEqual(found('FROM a\nENV PORT=80\\\n80 API_URL=http://a:80\\\n81/\n'), { mentions: [], problems: [] });
  });

  it('a bad port split by a continuation is still a problem, marked on what is written', () => {
    assert.deepStrictEqual(found('FROM a\nEXPOSE 700\\\n00\n'), { mentions: [], problems: [['invalid-port', '700\\\n00']] });
  });

  it('continued lines are joined as BuildKit joins them: indentation kept, blank and comment lines dropped', () => {
    const join = (text: string, escape = '\\') => continuedText(text, 0, text.length, escape).text;
    assert.strictEqual(join('30\\\n00'), '3000');
    assert.strictEqual(join('30\\\n  00'), '30  00', 'indentation separates words');
    assert.strictEqual(join('80 \\ \t\r\n\r\n  \n  # note \\\n#\r90\n91'), '80 91');
    assert.strictEqual(join('80`\r\n`\n9\\0', '`'), '809\\0');
    assert.strictEqual(join('8\\0 \\$P\r9'), '8\\0 \\$P\r9', 'other escapes and a lone \\r stay as written');
    assert.strictEqual(join('80\\'), '80', 'a trailing escape continues onto nothing');
  });
});
