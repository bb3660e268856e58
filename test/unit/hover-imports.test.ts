// The hover's writers import what they share from below (markdownText.ts), never each other in a circle
// (hoverMarkdown.ts and imageHover.ts once imported each other).
import * as assert from 'assert';
import { existsSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

const root = join(__dirname, '../..');

/** The relative imports of a TypeScript file, resolved to files (type-only imports included: a circle of types
 *  is a circle of modules all the same). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^(?:import|export)[^'";]*?from\s+'(\.[^']+)'/gm)) {
    const base = resolve(dirname(file), match[1]);
    const target = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
    if (target) found.push(target);
  }
  return found;
}

/** Whether `from` reaches `to` through imports. */
function reaches(from: string, to: string, seen = new Set<string>()): boolean {
  for (const next of importsOf(from)) {
    if (next === to) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    if (reaches(next, to, seen)) return true;
  }
  return false;
}

describe('the hover\'s modules', () => {
  for (const name of ['src/core/hoverMarkdown.ts', 'src/core/imageHover.ts', 'src/core/markdownText.ts', 'src/core/workspace/hoverNotes.ts']) {
    it(`${name} is in no import circle`, () => {
      const file = join(root, name);
      const circular = importsOf(file).filter((imported) => imported === file || reaches(imported, file));
      assert.deepStrictEqual(circular.map((imported) => relative(root, imported)), []);
    });
  }
});
