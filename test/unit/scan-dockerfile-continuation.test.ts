import assert from 'assert';
import { scanDockerfile } from '../../src/core/formats/dockerfile';
import { continuedText, isContinuation } from '../../src/core/formats/dockerfileContinuation';
import { analyzePorts } from '../../src/core';
import { checkMention } from '../fuzz/scanInvariants';

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

  it('continuations and the blank and comment lines they skip are recognised as such, and nothing else', () => {
    const gap = (text: string, escape = '\\') => isContinuation(text, 0, text.length, escape);
    assert.ok(gap('\\\n'));
    assert.ok(gap('\\ \t\r\n  # note \\\n\n\t\n\\\n'));
    assert.ok(gap('`\r\n', '`'));
    assert.ok(!gap('\\\n', '`'), 'a backslash is not the escape under # escape=`');
    assert.ok(!gap(''), 'no gap');
    assert.ok(!gap('\\\n '), 'indentation of a kept line is text, not part of the continuation');
    assert.ok(!gap('${X}'), 'a variable between two pieces');
    assert.ok(!gap('\\ x\n'), 'an escaped character');
    assert.ok(!gap('\\\n# note'), 'a comment line not yet ended');
  });
});

/** Mentions as [port, endPort, protocol, split, written]; problems as [code, written, has a fix]. */
const read = (text: string) => {
  const { mentions, findings } = analyzePorts(text, 'dockerfile');
  return {
    mentions: mentions.map((m) => [m.port, m.endPort, m.protocol, m.split, written(text, m)]),
    findings: findings.map((f) => [f.code, written(text, f), f.fix !== undefined]),
  };
};

describe('scanDockerfile: a port written across a line continuation', () => {
  it('EXPOSE 30\\⏎00 is port 3000, split, covering both pieces', () => {
    assert.deepStrictEqual(read('FROM a\nEXPOSE 30\\\n00 8080\n'), {
      mentions: [[3000, undefined, 'tcp', true, '30\\\n00'], [8080, undefined, 'tcp', undefined, '8080']], findings: [] });
  });

  it('a split range 80\\⏎00-8010 is 8000-8010', () => {
    assert.deepStrictEqual(read('FROM a\nEXPOSE 80\\\n00-8010\n').mentions, [[8000, 8010, 'tcp', true, '80\\\n00-8010']]);
  });

  it('a split port keeps its /udp, and a split before /udp leaves the port whole', () => {
    assert.deepStrictEqual(read('FROM a\nEXPOSE 30\\\n00/udp 53\\\n/udp\n').mentions, [
      [3000, undefined, 'udp', true, '30\\\n00'], [53, undefined, 'udp', undefined, '53']]);
  });

  it('an invalid split value gets invalid-port over its pieces and no mention, in EXPOSE, ENV and HEALTHCHECK', () => {
    assert.deepStrictEqual(read('FROM a\nEXPOSE 99\\\n999\n'), { mentions: [], findings: [['invalid-port', '99\\\n999', false]] });
    assert.deepStrictEqual(read('FROM a\nENV PORT=99\\\n999\n'), { mentions: [], findings: [['invalid-port', '99\\\n999', false]] });
    assert.deepStrictEqual(read('FROM a\nHEALTHCHECK CMD curl -f http://localhost:99\\\n999/ || exit 1\n'),
      { mentions: [], findings: [['invalid-port', '99\\\n999', false]] });
  });

  it('CRLF line endings and blanks after the escape character', () => {
    assert.deepStrictEqual(read('FROM a\r\nEXPOSE 30\\ \t\r\n00\r\nEXPOSE 81\r\n').mentions, [
      [3000, undefined, 'tcp', true, '30\\ \t\r\n00'], [81, undefined, 'tcp', undefined, '81']]);
  });

  it('under # escape=` a backtick continues the line and a backslash does not', () => {
    assert.deepStrictEqual(read('# escape=`\nFROM a\nEXPOSE 30`\r\n00\nENV PORT=80\\\nEXPOSE 90\n'), {
      mentions: [[3000, undefined, 'tcp', true, '30`\r\n00'], [90, undefined, 'tcp', undefined, '90']],
      findings: [['invalid-port', '80\\', false]] });
  });

  it('comment and blank lines inside the continuation are inside the span, not in the port', () => {
    assert.deepStrictEqual(read('FROM a\nEXPOSE 30\\\n  # the web port\n\n00\n').mentions, [
      [3000, undefined, 'tcp', true, '30\\\n  # the web port\n\n00']]);
  });

  it('indentation after a continuation separates words, as BuildKit reads it: no split port', () => {
    assert.deepStrictEqual(read('FROM a\nEXPOSE 30\\\n  00\n').mentions, [[30, undefined, 'tcp', undefined, '30'], [0, undefined, 'tcp', undefined, '00']]);
  });

  it('ARG and ENV port values and HEALTHCHECK URLs split by a continuation are read whole', () => {
    assert.deepStrictEqual(read('FROM a\nARG PORT=30\\\n00\nENV DB_PORT="54\\\n32" API_URL=http://a:80\\\n81/\n').mentions, [
      [3000, undefined, undefined, true, '30\\\n00'], [5432, undefined, undefined, true, '54\\\n32'], [8081, undefined, undefined, true, '80\\\n81']]);
    assert.deepStrictEqual(read('FROM a\nHEALTHCHECK CMD curl -f http://localhost:80\\\n80/health\n').mentions, [
      [8080, undefined, undefined, true, '80\\\n80']]);
  });

  it('a HEALTHCHECK URL cut around a comment line that ends in the escape character reads as BuildKit joins it', () => {
    // dockerfile-ast ends the word at the cut; BuildKit drops the whole comment line and runs `curl http://a:80/`.
    assert.deepStrictEqual(read('FROM a\nHEALTHCHECK CMD curl http://a:8\\\n# note \\\n0/\n').mentions, [
      [80, undefined, undefined, true, '8\\\n# note \\\n0']]);
    assert.deepStrictEqual(read('FROM a\nHEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost:8080/health"]\n').mentions, [
      [8080, undefined, undefined, undefined, '8080']]);
  });

  it('an ENV/ARG default cut around a comment line is read to the end of its word, as BuildKit joins it', () => {
    // dockerfile-ast ends the property inside the comment; BuildKit drops the comment line and reads 100.
    assert.deepStrictEqual(read('FROM a\nENV PORT=${U:-10\\\n# c\n0} B=2\n').mentions, [
      [100, undefined, undefined, true, '10\\\n# c\n0']]);
    assert.deepStrictEqual(read('FROM a\nARG PORT=${U:-10\\\n# c\n0}\nEXPOSE $PORT\n').mentions, [
      [100, undefined, undefined, true, '10\\\n# c\n0'], [100, undefined, 'tcp', undefined, '$PORT']]);
  });

  it('an ENV value cut around a comment line that itself ends in the escape character is read whole', () => {
    // dockerfile-ast splits the word at that comment; BuildKit drops the whole comment line and reads 100.
    assert.deepStrictEqual(read('FROM a\nENV PORT=${U:-1\\\n0\\\n# note \\\n0} B=2\n').mentions, [
      [100, undefined, undefined, true, '1\\\n0\\\n# note \\\n0']]);
  });

  it('ENV words: quotes group blanks and an escaped blank stays in its word', () => {
    assert.deepStrictEqual(read('FROM a\nENV A="x y" PORT=80\\\n80 B=\'q r\'\n').mentions, [[8080, undefined, undefined, true, '80\\\n80']]);
    assert.deepStrictEqual(read('FROM a\nENV A=x\\ y PORT=8080\n').mentions, [[8080, undefined, undefined, undefined, '8080']]);
  });

  it('the value a split ARG gives a variable is read where the variable is used', () => {
    assert.deepStrictEqual(read('FROM a\nARG WEB=30\\\n00\nEXPOSE $WEB ${X:-40\\\n00}\n').mentions, [
      [3000, undefined, 'tcp', undefined, '$WEB'], [4000, undefined, 'tcp', true, '40\\\n00']]);
  });

  it('a variable reference split by a continuation is whole where it is written, not a split port', () => {
    assert.deepStrictEqual(read('FROM a\nENV PORT=3000\nEXPOSE ${PO\\\nRT}\n').mentions, [
      [3000, undefined, undefined, undefined, '3000'], [3000, undefined, 'tcp', undefined, '${PO\\\nRT}']]);
  });

  it('a port pieced together around a variable still gives no mention: no continuation joins it', () => {
    assert.deepStrictEqual(read('FROM a\nARG X=\nEXPOSE 30${X}00 30\\\n${X}00\n').mentions, []);
  });

  it('rules apply to split ports as to whole ones: dynamic-range, expose-mapping (without its rewrite)', () => {
    assert.deepStrictEqual(read('FROM a\nEXPOSE 500\\\n00\n').findings, [['dynamic-range', '500\\\n00', false]]);
    assert.deepStrictEqual(read('FROM a\nEXPOSE 80:8\\\n0 80:80\n'), {
      mentions: [[80, undefined, 'tcp', true, '8\\\n0'], [80, undefined, 'tcp', undefined, '80']],
      findings: [['expose-mapping', '80:8\\\n0', false], ['expose-mapping', '80:80', true]] });
  });

  it('the robustness invariant reads a split mention without its continuations, and a whole one strictly', () => {
    const text = 'EXPOSE 30\\\n  # web\n00\n';
    const at = { start: 7, end: text.length - 1, role: 'expose' as const };
    checkMention('split', text, { port: 3000, split: true, ...at });
    assert.throws(() => checkMention('wrong port', text, { port: 3001, split: true, ...at }), /the text says 3000/);
    assert.throws(() => checkMention('not marked', text, { port: 3000, ...at }), /not a port as written/);
    assert.throws(() => checkMention('nothing split', 'EXPOSE 3000', { port: 3000, split: true, start: 7, end: 11, role: 'expose' }), /holds no continuation/);
  });
});
