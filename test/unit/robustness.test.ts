// Robustness of every scanner and of checkPorts (issue 6): fast-check properties over mutated fixtures and
// token soup, with a fixed seed so that `npm test` is repeatable (`npm run fuzz` runs 100,000 cases with any
// seed), and pathological lines that must cost linear time. No wall-clock limit: the time checks compare
// the growth of the cost from n to 8n, measured on the same machine in the same moment (test/fuzz/linearTime.ts).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import fc from 'fast-check';
import { checkPorts } from '../../src/core/rules/checkPorts';
import { fiveMegabyteLine, patterns, slots } from '../fuzz/pathologicalInputs';
import { robustnessProperties } from '../fuzz/robustnessProperties';
import { checkMention, checkText, formats, scanners } from '../fuzz/scanInvariants';
import { describeScaling, growth, measureScaling, ratioLimit, type Scaling } from '../fuzz/linearTime';

const seed = 20240611;
const deepYamlPatterns = new Set(['[[[[…', '{{{{…']);
const numRuns = 150;

describe('robustness: scanners and checkPorts never throw and keep offsets inside the text', function () {
  this.timeout(60_000);
  for (const { name, property } of robustnessProperties()) {
    it(`${name}: ${numRuns} cases with seed ${seed}`, () => {
      fc.assert(property, { seed, numRuns, endOnFailure: false });
    });
  }

  it('the invariant check rejects a mention one character off, a bad range end and an offset past the end', () => {
    // The properties above are only as strong as this check: it must fail on the mistakes it exists for.
    const text = 'PORT=8080\nRANGE=8000-8010\n';
    checkMention('ok', text, { port: 8080, start: 5, end: 9, role: 'setting' });
    checkMention('ok', text, { port: 8000, endPort: 8010, start: 16, end: 25, role: 'setting' });
    assert.throws(() => checkMention('shifted', text, { port: 8080, start: 6, end: 10, role: 'setting' }), /not a port as written/);
    assert.throws(() => checkMention('end', text, { port: 8000, endPort: 8011, start: 16, end: 25, role: 'setting' }), /endPort 8011/);
    assert.throws(() => checkMention('past', text, { port: 1, start: 20, end: 99, role: 'setting', implicit: true }), /outside/);
  });
});

describe('robustness: pathological lines cost linear time in every scanner', function () {
  this.timeout(120_000);
  it('the linear-time check rejects quadratic work and accepts linear work', () => {
    // The checks below are only as strong as this: a scanner that searches the rest of the line again at each
    // character (a typical quadratic mistake) must fail, the same search done once must pass.
    const build = (size: number) => 'x'.repeat(size);
    const lineEndFrom = (text: string, i: number) => {
      let j = i;
      while (j < text.length && text.charCodeAt(j) !== 10) j++;
      return j;
    };
    let sink = 0;
    const quadratic = measureScaling(build, 500, (text) => {
      for (let i = 0; i < text.length; i++) sink += lineEndFrom(text, i);
    });
    // 100,000 characters and up: at 1,000 one pass took a few microseconds, and on a busy machine (load 14) the fit of
    // such costs read 26× for a loop that is linear by construction, on main as here (2026-12-07).
    const linear = measureScaling(build, 100_000, (text) => {
      for (let i = 0, end = lineEndFrom(text, 0); i < text.length; i++) sink += end;
    });
    assert.ok(quadratic.ratio > ratioLimit, `quadratic work passed: ${describeScaling(quadratic)}`);
    assert.ok(linear.ratio <= ratioLimit, `linear work failed: ${describeScaling(linear)}`);
    assert.ok(sink !== 0.5);
  });
  // 4,000 and 32,000 characters: long enough to expose quadratic work, short enough for `npm test`.
  const n = 4_000;
  for (const format of formats) {
    // Compose lines of brackets nest YAML deeply enough to abort the process: they run in a child process below.
    for (const pattern of patterns.filter((p) => format !== 'compose' || !deepYamlPatterns.has(p.name))) {
      it(`${format}: a line of ${pattern.name} costs at most ${ratioLimit}× more at ${growth * n} characters than at ${n}`, () => {
        const slow: string[] = [];
        for (const slot of slots[format]) {
          const build = (size: number) => slot.wrap(pattern.line(size));
          checkText(build(n * growth), format); // never throws, offsets inside the text
          const scaling = measureScaling(build, n, (text) => {
            scanners[format](text);
            checkPorts(text, format);
          });
          if (scaling.ratio > ratioLimit) slow.push(`${slot.name}: ${describeScaling(scaling)}`);
        }
        assert.deepStrictEqual(slow, [], `super-linear cost in ${format} on ${pattern.name}`);
      });
    }
    it(`${format}: one 5 MB line is read without throwing, in linear time`, () => {
      const build = (size: number) => fiveMegabyteLine(size);
      checkText(build(5_000_000), format);
      const scaling = measureScaling(build, 5_000_000 / growth, (text) => {
        scanners[format](text);
        checkPorts(text, format);
      });
      assert.ok(scaling.ratio <= ratioLimit, describeScaling(scaling));
    });
  }
});

describe('robustness: deeply nested YAML', function () {
  this.timeout(180_000);
  it('compose: 1,000 to 50,000 nested [ { - ? are read without aborting the process, in linear time', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, '../fuzz/deepNestingChild.ts')], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const fatal = /FATAL ERROR[^\n]*/.exec(child.stderr)?.[0];
    assert.strictEqual(child.status, 0, `the child process died (${child.signal ?? `exit ${child.status}`}): ${fatal ?? child.stderr.slice(-2000)}`);
    const report = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as { scaling: (Scaling & { name: string })[] };
    const slow = report.scaling.filter((s) => s.ratio > ratioLimit).map((s) => `${s.name}: ${describeScaling(s)}`);
    assert.deepStrictEqual(slow, [], 'super-linear cost on compose lines of brackets');
  });
});
