import assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';
import { scanCompose } from '../../src/core/formats/compose';
import { applyEdits } from './applyEdits';

// Each whole compose file in the folder sits beside `<name>.expected.json`, written by reading the file.
const folder = join(__dirname, '..', 'fixtures', 'scanners', 'compose');
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('scanCompose on whole files', () => {
  const files = readdirSync(folder).filter((name) => !name.endsWith('.expected.json'));

  it('every fixture has its expected mentions', () => {
    assert.ok(files.length >= 2);
    for (const name of files) assert.ok(readdirSync(folder).includes(`${name}.expected.json`), name);
  });

  for (const name of files) {
    it(`${name}: the mentions and problems match the reviewed list, and every fix leaves valid YAML`, () => {
      const text = readFileSync(join(folder, name), 'utf8');
      const expected = JSON.parse(readFileSync(join(folder, `${name}.expected.json`), 'utf8'));
      const { mentions, problems } = scanCompose(text);
      assert.deepStrictEqual(
        mentions.map(({ start, end, entry: _entry, ...rest }) => ({ line: lineOf(text, start), written: text.slice(start, end), ...rest })),
        expected.mentions);
      assert.deepStrictEqual(problems.map((p) => {
        const shown: Record<string, unknown> = { line: lineOf(text, p.start), written: text.slice(p.start, p.end), code: p.code };
        if (p.fix) shown.fix = p.fix.edits.map((e) => e.newText).join('');
        return shown;
      }), expected.problems);
      for (const p of problems) {
        if (!p.fix) continue;
        const fixed = applyEdits(text, p.fix.edits);
        for (const doc of parseAllDocuments(fixed) as unknown as { errors: unknown[] }[]) assert.deepStrictEqual(doc.errors, []);
        assert.ok(!scanCompose(fixed).problems.some((q) => q.code === p.code && lineOf(fixed, q.start) === lineOf(text, p.start)
          && fixed.slice(q.start, q.end) === text.slice(p.start, p.end)), `${p.code} fixed`);
      }
    });
  }
});
