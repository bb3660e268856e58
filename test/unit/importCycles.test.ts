// The house: no import cycle anywhere in src/ (type-only imports count too: a circle of types is a circle of
// ideas, and the files in it can only be understood together), and the core's layers stay in order.
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The files of src/ a file imports (import, import type, export … from, import()), by relative specifier. */
function importsOf(file: string, known: Set<string>): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const found: string[] = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const base = resolve(dirname(file), fileName);
    const target = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => known.has(candidate));
    if (target) found.push(target);
  }
  return found;
}

export function importGraph(folder: string): Map<string, string[]> {
  const files = sourceFiles(folder);
  const known = new Set(files);
  return new Map(files.map((file) => [file, importsOf(file, known)]));
}

/** Strongly connected components of more than one file, or of a file importing itself (Tarjan). */
export function cyclesOf(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)!.includes(node)) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}


const name = (file: string) => relative(ROOT, file).split('\\').join('/');

describe('the house: imports', () => {
  const graph = importGraph(SRC);

  it('reads the imports it should: a real file of src/ has its edges', () => {
    const workspace = graph.get(join(SRC, 'core/workspace/workspace.ts'))!;
    assert.ok(workspace.includes(join(SRC, 'core/workspace/projectIndex.ts')));
    assert.ok(graph.size > 100, `${graph.size} files`);
  });

  it('the cycle finder finds a circle of three and a file importing itself, and nothing in a tree', () => {
    assert.deepStrictEqual(cyclesOf(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]])), [['a', 'b', 'c']]);
    assert.deepStrictEqual(cyclesOf(new Map([['a', ['a']]])), [['a']]);
    assert.deepStrictEqual(cyclesOf(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]])), []);
  });

  it('no import cycle in src/, type-only imports included', () => {
    const cycles = cyclesOf(graph).map((cycle) => cycle.map(name).join(' ↔ '));
    assert.deepStrictEqual(cycles, []);
  });

  it('the core never imports a front end, and the scanners (formats/) never import the rules or the workspace model', () => {
    for (const [file, imports] of graph) {
      const from = name(file);
      for (const target of imports.map(name)) {
        if (from.startsWith('src/core/')) assert.ok(target.startsWith('src/core/'), `${from} imports ${target}`);
        if (from.startsWith('src/core/formats/')) assert.ok(!/^src\/core\/(rules|workspace)\//.test(target), `${from} imports ${target}`);
      }
    }
  });
});
