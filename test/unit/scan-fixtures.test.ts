// Whole, realistic files per format (test/fixtures/scanners/<format>/), each beside `<name>.expected.json`
// written by reading the file: the scanner must find exactly those mentions and problems, and every fix must
// remove its problem (and, for Compose, leave valid YAML).
import assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';
import { scanCompose } from '../../src/core/formats/compose';
import { scanDockerfile } from '../../src/core/formats/dockerfile';
import { scanDotenv } from '../../src/core/formats/dotenv';
import { scanNginx } from '../../src/core/formats/nginx';
import { scanKubernetes } from '../../src/core/formats/kubernetes';
import type { ConfigFormat, ScanResult } from '../../src/core/types';
import { applyEdits } from './applyEdits';

interface FixtureFormat {
  scan: (text: string) => ScanResult;
  minFiles: number;
  /** Extra checks on a file after one of its fixes is applied. */
  checkFixed?: (fixed: string) => void;
}

const formats: Record<ConfigFormat, FixtureFormat> = {
  compose: {
    scan: scanCompose,
    minFiles: 2,
    checkFixed: (fixed) => {
      for (const doc of parseAllDocuments(fixed) as unknown as { errors: unknown[] }[]) assert.deepStrictEqual(doc.errors, []);
    },
  },
  dockerfile: { scan: scanDockerfile, minFiles: 2 },
  nginx: { scan: scanNginx, minFiles: 4 },
  dotenv: { scan: scanDotenv, minFiles: 1 },
  kubernetes: { scan: scanKubernetes, minFiles: 1 },
};

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

for (const [format, { scan, minFiles, checkFixed }] of Object.entries(formats)) {
  const folder = join(__dirname, '..', 'fixtures', 'scanners', format);
  const files = readdirSync(folder).filter((name) => !name.endsWith('.expected.json'));

  describe(`${format} scanner on whole files`, () => {
    it('every fixture has its reviewed expectations', () => {
      assert.ok(files.length >= minFiles, `at least ${minFiles} fixtures`);
      for (const name of files) assert.ok(readdirSync(folder).includes(`${name}.expected.json`), name);
    });

    for (const name of files) {
      it(`${name}: the mentions and problems match the reviewed list, and every fix removes its problem`, () => {
        const text = readFileSync(join(folder, name), 'utf8');
        const expected = JSON.parse(readFileSync(join(folder, `${name}.expected.json`), 'utf8'));
        const { mentions, problems } = scan(text);
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
          checkFixed?.(fixed);
          assert.ok(!scan(fixed).problems.some((q) => q.code === p.code && lineOf(fixed, q.start) === lineOf(text, p.start)
            && fixed.slice(q.start, q.end) === text.slice(p.start, p.end)), `${p.code} on line ${lineOf(text, p.start)} fixed`);
        }
      });
    }
  });
}
