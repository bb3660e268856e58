// The bundles compile the common path's functions as they load (scripts/eagerFunctions.mjs): the rewrite itself, the
// list against the sources, and a bundle built with it, which must load and answer as the sources do.
import * as assert from 'assert';
import { build } from 'esbuild';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkPorts, lookupPort } from '../../src/core';
import { writeCoreDataFiles } from '../../scripts/coreData.mjs';
import { DEPENDENCY_SHIMS } from '../../scripts/dependencyShims.mjs';
import { eagerFunctionList, eagerFunctionsPlugin, eagerText } from '../../scripts/eagerFunctions.mjs';

const root = join(__dirname, '../..');

describe('eager functions: the rewrite', () => {
  const source = [
    'export function shown(a: number): number {',
    '  return inner(a) + 1;',
    '}',
    '',
    'function inner<T>(a: T): T {',
    '  const nested = () => {',
    '    return a;',
    '  };',
    '  return nested();',
    '}',
    'export function untouched(): void {}',
  ].join('\n');

  it('writes a listed declaration as a parenthesized function expression, line for line', () => {
    const text = eagerText(source, ['shown', 'inner']);
    const lines = text.split('\n');
    assert.strictEqual(lines.length, source.split('\n').length);
    assert.strictEqual(lines[0], 'export const shown = (function shown(a: number): number {');
    assert.strictEqual(lines[2], '});');
    assert.strictEqual(lines[4], 'const inner = (function inner<T>(a: T): T {');
    assert.strictEqual(lines[7], '  };', 'an inner line `  };` is not the end');
    assert.strictEqual(lines[9], '});');
    assert.strictEqual(lines[10], 'export function untouched(): void {}');
  });

  it('refuses a name that is not one top-level declaration (gone, renamed, overloaded) and a body it cannot end', () => {
    assert.throws(() => eagerText(source, ['gone']), /gone is listed in scripts\/eagerFunctions.json but is no top-level function declaration/);
    assert.throws(() => eagerText(source, ['nested']), /nested is listed/);
    const overloaded = 'export function f(a: string): string;\nexport function f(a: number): number;\nexport function f(a: unknown): unknown {\n  return a;\n}';
    assert.throws(() => eagerText(overloaded, ['f']), /more than one/);
    assert.throws(() => eagerText('function g() {\n  return 1; }', ['g']), /does not end on a line of its own/);
  });

  it('finds every listed function in its file', () => {
    const list = eagerFunctionList();
    assert.ok(Object.values(list).flat().length > 100, 'the list is the common path: over a hundred functions');
    for (const [file, names] of Object.entries(list)) eagerText(readFileSync(join(root, file), 'utf8'), names, file);
  });
});

describe('eager functions: a bundle built with them', () => {
  it('loads, compiles the listed functions as parenthesized expressions, and answers as the sources do', async function () {
    this.timeout(60000);
    const folder = mkdtempSync(join(tmpdir(), 'port-lens-eager-'));
    writeCoreDataFiles(folder);
    const bundle = join(folder, 'core.cjs');
    // The options of the core cold start's bundle (scripts/bench.mjs).
    await build({
      entryPoints: [join(root, 'bench/entries/coreColdStart.ts')], bundle: true, platform: 'browser', target: ['es2022', 'node18'],
      format: 'cjs', minify: true, external: ['vscode', 'fs', 'path'], inject: [join(root, 'src/web/bufferShim.ts')], alias: DEPENDENCY_SHIMS,
      legalComments: 'none', logLevel: 'silent', outfile: bundle, plugins: [eagerFunctionsPlugin()],
    });
    const text = readFileSync(bundle, 'utf8');
    const listed = Object.values(eagerFunctionList()).flat().length;
    assert.ok((text.match(/=\(function\(/g) ?? []).length >= listed * 0.9, 'esbuild kept the parentheses');
    // A listed function used while the bundle loads would throw here (a const before its line).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require(bundle) as typeof import('../../bench/entries/coreColdStart');
    core.setDataFileReader(core.readDataFilesFrom([folder]));
    assert.deepStrictEqual(core.lookupPort(5432), lookupPort(5432));
    const composeFiles = ['test/fixtures/scanners/compose/saas-stack.compose.yaml', 'test/fixtures/scanners/compose/legacy-v1.docker-compose.yml',
      'test/fixtures/workspace/compose.yaml', 'test/fixtures/cli/mixed/compose.yaml'];
    for (const file of composeFiles) {
      const compose = readFileSync(join(root, file), 'utf8');
      const findings = core.checkPorts(compose, 'compose');
      assert.ok(findings.length > 0 || file.includes('workspace'), `${file}: no findings to compare`);
      assert.deepStrictEqual(findings, checkPorts(compose, 'compose'), file);
    }
  });
});
