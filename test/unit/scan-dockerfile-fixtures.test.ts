import assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { scanDockerfile } from '../../src/core/formats/dockerfile';
import { applyEdits } from './applyEdits';

// Each whole file in the folder sits beside `<name>.expected.json`, written by reading the file.
const folder = join(__dirname, '..', 'fixtures', 'scanners', 'dockerfile');
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('scanDockerfile on whole Dockerfile files', () => {
  const files = readdirSync(folder).filter((name) => !name.endsWith('.expected.json'));

  it('every fixture has its expected mentions', () => {
    assert.ok(files.length >= 1);
    for (const name of files) assert.ok(readdirSync(folder).includes(`${name}.expected.json`), name);
  });

  for (const name of files) {
    it(`${name}: the mentions and problems match the reviewed list`, () => {
      const text = readFileSync(join(folder, name), 'utf8');
      const expected = JSON.parse(readFileSync(join(folder, `${name}.expected.json`), 'utf8'));
      const { mentions, problems } = scanDockerfile(text);
      assert.deepStrictEqual(
        mentions.map(({ start, end, ...rest }) => ({ line: lineOf(text, start), written: text.slice(start, end), ...rest })),
        expected.mentions);
      assert.deepStrictEqual(problems.map((p) => {
        const shown: Record<string, unknown> = { line: lineOf(text, p.start), written: text.slice(p.start, p.end), code: p.code };
        if (p.fix) shown.fix = p.fix.edits.map((e) => e.newText).join('');
        return shown;
      }), expected.problems);
      for (const p of problems) {
        if (!p.fix) continue;
        const fixed = applyEdits(text, p.fix.edits);
        assert.ok(!scanDockerfile(fixed).problems.some((q) => q.code === p.code && lineOf(fixed, q.start) === lineOf(text, p.start)), `${p.code} fixed`);
      }
    });
  }
});
