// The bundles compile the common path's functions as they load (scripts/eagerFunctions.mjs): the rewrite itself, the
// list against the sources, and a bundle built with it, which must load and answer as the sources do.
import * as assert from 'assert';
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkPorts, lookupPort } from '../../src/core';
import { SEMANTIC_RULES } from '../../src/core/rules/checkPorts';
import { writeCoreDataFiles } from '../../scripts/coreData.mjs';
import { DEPENDENCY_SHIMS, dependencyShimsPlugin } from '../../scripts/dependencyShims.mjs';
import { YAML_MODULES, eagerFunctionList, eagerFunctionsPlugin, declaredMethods, eagerText, methodsEager, yamlLoadTimeNames } from '../../scripts/eagerFunctions.mjs';
import { parseDocument } from 'yaml';

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

  it('defines a listed method of yaml\'s on the prototype as a parenthesized function expression, as the class did', () => {
    const source = [
      'class Counter {',
      '    constructor(start) {',
      '        this.count = start;',
      '    }',
      '    *up(by) {',
      "        if (by < 0) throw new Error('up goes up');",
      '        yield (this.count += by);',
      '    }',
      '    down(by) {',
      '        return (this.count -= by);',
      '    }',
      '}',
      'export { Counter };',
    ].join('\n');
    assert.deepStrictEqual(declaredMethods(source), ['Counter.up', 'Counter.down']);
    const text = methodsEager(source, ['Counter.up', 'Counter.down']);
    const lines = text.split('\n');
    assert.deepStrictEqual(lines.slice(0, 4), source.split('\n').slice(0, 4), 'the constructor stays');
    assert.deepStrictEqual(lines.slice(4, 11), ['', '', '', '', '', '', ''], 'the methods\' lines are left blank');
    assert.deepStrictEqual(lines.slice(11, 13), ['}', 'export { Counter };']);
    assert.deepStrictEqual(lines.slice(13, 15), ['__portLensMethods(Counter, {', 'up: (function* (by) {']);
    const load = (code: string) => new Function(`${code.replace('export { Counter };', '')}\nreturn Counter;`)() as new (start: number) => { up(by: number): Generator<number>; down(by: number): number };
    for (const Counter of [load(source), load(text)]) {
      const counter = new Counter(5);
      assert.deepStrictEqual([...counter.up(2)], [7]);
      assert.strictEqual(counter.down(3), 4);
      assert.throws(() => [...counter.up(-1)], /up goes up/);
      const descriptor = Object.getOwnPropertyDescriptor(Counter.prototype, 'down')!;
      assert.deepStrictEqual([descriptor.writable, descriptor.enumerable, descriptor.configurable], [true, false, true]);
      assert.deepStrictEqual(Object.keys(counter), ['count']);
      assert.deepStrictEqual([Counter.prototype.up.name, Counter.prototype.down.name], ['up', 'down']);
    }
    const usesSuper = source.replace('return (this.count -= by);', 'return super.valueOf() - by;');
    assert.throws(() => methodsEager(usesSuper, ['Counter.down']), /uses super or its own name/);
    const usesName = source.replace('return (this.count -= by);', 'return down(by);');
    assert.throws(() => methodsEager(usesName, ['Counter.down']), /uses super or its own name/);
    assert.throws(() => methodsEager(source, ['Counter.sideways']), /is no method of a top-level class/);
  });

  it('finds every listed function in its file', () => {
    const list = eagerFunctionList();
    assert.ok(Object.values(list).flat().length > 100, 'the list is the common path: over a hundred functions');
    for (const [file, names] of Object.entries(list)) {
      const text = eagerText(readFileSync(join(root, file), 'utf8'), names.filter((name) => !name.includes('.')), file);
      methodsEager(text, names.filter((name) => name.includes('.')), file);
    }
  });

  it('lists every rule a compose check runs, though checkPorts.ts reads each into SEMANTIC_RULES as the modules load', () => {
    // Reading an imported function at load runs the export's getter, `() => dynamicRange`, which V8 names after it:
    // bench/commonPathFunctions.mjs once took that for the rule itself running, and left every rule lazy.
    const listed = new Set(Object.entries(eagerFunctionList()).flatMap(([file, names]) => names.map((name) => `${file}\t${name}`)));
    for (const rule of SEMANTIC_RULES) {
      const file = readdirSync(join(root, 'src/core/rules')).find((name) => name === `${rule.name}.ts`);
      assert.ok(file, `${rule.name} is declared in src/core/rules/${rule.name}.ts`);
      assert.ok(listed.has(`src/core/rules/${file}\t${rule.name}`), `${rule.name} is listed`);
    }
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
      legalComments: 'none', logLevel: 'silent', outfile: bundle, plugins: [dependencyShimsPlugin(), eagerFunctionsPlugin()],
    });
    const text = readFileSync(bundle, 'utf8');
    const listed = Object.values(eagerFunctionList()).flat().length;
    // A function listed as `const f = (function …`, a method of yaml's as `{ name: (function* …` (methodsEager).
    assert.ok((text.match(/(?:=|:)\(function\*?\(/g) ?? []).length >= listed * 0.9, 'esbuild kept the parentheses');
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

describe('eager functions: yaml\'s', () => {
  const yamlFiles = (list: Record<string, string[]>) => Object.keys(list).filter((file) => file.startsWith(`${YAML_MODULES}/`));

  it('lists yaml\'s under its ES module build, none of them a name yaml\'s modules use while they load', async () => {
    const list = eagerFunctionList();
    const names = yamlFiles(list).flatMap((file) => list[file]);
    assert.ok(names.includes('resolveBlockMap') && names.includes('composeScalar'), 'the composer\'s functions a compose check runs');
    const atLoad = await yamlLoadTimeNames();
    // compose-node.js builds `const CN = { composeNode, composeEmptyNode }` as it loads, above their declarations.
    assert.ok(atLoad.has('composeNode') && atLoad.has('composeEmptyNode'), 'the reading of what runs at load');
    assert.deepStrictEqual(names.filter((name) => atLoad.has(name)), []);
  });

  it('refuses a yaml function that a module uses while yaml loads', async () => {
    const list = { [`${YAML_MODULES}/compose/compose-node.js`]: ['composeNode'] };
    await assert.rejects(build({
      entryPoints: [join(root, 'bench/entries/yamlColdStart.ts')], bundle: true, platform: 'browser', format: 'cjs', write: false,
      logLevel: 'silent', plugins: [eagerFunctionsPlugin(list)],
    }), /composeNode is used while yaml loads/);
  });

  it('yaml bundled with its listed functions compiled at load parses every YAML fixture as yaml does', async function () {
    this.timeout(60000);
    const folder = mkdtempSync(join(tmpdir(), 'port-lens-eager-yaml-'));
    const bundle = join(folder, 'yaml.cjs');
    await build({
      entryPoints: [join(root, 'bench/entries/yamlColdStart.ts')], bundle: true, platform: 'browser', target: ['es2022', 'node18'],
      format: 'cjs', minify: true, legalComments: 'none', logLevel: 'silent', outfile: bundle, plugins: [eagerFunctionsPlugin()],
    });
    const text = readFileSync(bundle, 'utf8');
    const listed = yamlFiles(eagerFunctionList()).length;
    assert.ok((text.match(/=\(function\(/g) ?? []).length >= listed, 'the listed functions are parenthesized');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundled = require(bundle) as { parseDocument: typeof parseDocument };
    // The options src/core/formats/composeParse.ts gives yaml; what a parse gives, as data.
    const options = { merge: true, uniqueKeys: false, prettyErrors: false };
    // The nodes' own fields, not their toJSON (which would ask yaml's writer for a collection key).
    const plain = (value: unknown): unknown => (Array.isArray(value) ? value.map(plain) : value !== null && typeof value === 'object'
      ? Object.fromEntries(Object.keys(value).map((key) => [key, plain((value as Record<string, unknown>)[key])]))
      : typeof value === 'bigint' ? `${value}n` : value);
    const reading = (parse: typeof parseDocument, yaml: string) => JSON.stringify(plain((() => {
      const document = parse(yaml, options);
      return { contents: document.contents, range: document.range, errors: document.errors.map((e) => [e.code, e.pos, e.message]),
        warnings: document.warnings.map((e) => [e.code, e.pos, e.message]), comment: document.comment, commentBefore: document.commentBefore };
    })()));
    const files = readdirSync(join(root, 'test/fixtures'), { recursive: true }).map(String).filter((file) => /\.ya?ml$/.test(file));
    assert.ok(files.length >= 15, `${files.length} YAML fixtures`);
    const texts = files.map((file) => readFileSync(join(root, 'test/fixtures', file), 'utf8'));
    // And what yaml reports rather than reads: flow collections, block scalars, anchors, merge keys, tags, errors.
    texts.push('a: &x {b: [1, 2], c: "d\\n"}\nm:\n  <<: *x\n  e: |\n    text\n  f: !!str 5\n? [complex]\n: key\n', 'a: b: c\n- x\n', '{a: 1,,}\n"open');
    for (const [i, yaml] of texts.entries()) assert.strictEqual(reading(bundled.parseDocument, yaml), reading(parseDocument, yaml), files[i] ?? yaml);
  });
});
