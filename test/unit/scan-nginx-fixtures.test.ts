import assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { scanNginx } from '../../src/core/formats/nginx';

// Each whole config in the folder sits beside `<name>.expected.json`, written by reading the config.
const folder = join(__dirname, '..', 'fixtures', 'scanners', 'nginx');

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

describe('scanNginx on whole configs', () => {
  const configs = readdirSync(folder).filter((name) => !name.endsWith('.expected.json'));

  it('every fixture config has its expected mentions', () => {
    assert.ok(configs.length >= 4);
    for (const name of configs) assert.ok(readdirSync(folder).includes(`${name}.expected.json`), name);
  });

  for (const name of configs) {
    it(`${name}: the mentions and problems match the reviewed list`, () => {
      const text = readFileSync(join(folder, name), 'utf8');
      const expected = JSON.parse(readFileSync(join(folder, `${name}.expected.json`), 'utf8'));
      const { mentions, problems } = scanNginx(text);
      assert.deepStrictEqual(
        mentions.map(({ start, end, ...rest }) => ({ line: lineOf(text, start), written: text.slice(start, end), ...rest })),
        expected.mentions);
      assert.deepStrictEqual(
        problems.map((problem) => {
          const shown: Record<string, unknown> = {
            line: lineOf(text, problem.start), written: text.slice(problem.start, problem.end), code: problem.code,
          };
          if (problem.fix) shown.fix = problem.fix.edits.map((edit) => edit.newText).join('');
          return shown;
        }),
        expected.problems);
    });
  }
});
