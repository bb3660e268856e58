// The shipped scripts' last build step (scripts/mangleLocals.mjs): terser renames every function's locals, and the
// parenthesized function expressions that scripts/eagerFunctions.mjs writes (compiled by V8 as the script loads) stay
// parenthesized, no other function gaining parentheses.
import * as assert from 'assert';
import { deflateRawSync } from 'zlib';
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkPorts, lookupPort } from '../../src/core';
import { dockerfileParserBundle, imageTableBundle, kubernetesBundle, scannersBundle, writeCoreDataFiles } from '../../scripts/coreData.mjs';
import { DEPENDENCY_SHIMS, dependencyShimsPlugin } from '../../scripts/dependencyShims.mjs';
import { eagerFunctionList, eagerFunctionsPlugin } from '../../scripts/eagerFunctions.mjs';
import { mangleLocals, parenthesizedFunctionStarts } from '../../scripts/mangleLocals.mjs';

const root = join(__dirname, '../..');

/** The script run as CommonJS, its exports. */
function load(code: string): Record<string, (...args: unknown[]) => unknown> {
  const module = { exports: {} };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports as Record<string, (...args: unknown[]) => unknown>;
}

describe('mangleLocals: what it changes', () => {
  const script = [
    '"use strict";var topLevelName=1;',
    'var eager=(function(firstNumber,secondNumber){let total=firstNumber+secondNumber;return total*topLevelName});',
    'function wrapper(inner){return(function(value){return inner(value)+1})}',
    'var lazy=function(someValue){return [someValue].map(function(element){return element*2})[0]};',
    'var once=(function(){return 3})();',
    'module.exports={eager,wrapper,lazy,once:()=>once,topLevelName:()=>topLevelName};',
  ].join('');

  it('renames the locals, not the top level, and keeps every parenthesized function parenthesized, adding none', () => {
    const mangled = mangleLocals(script);
    assert.ok(!/firstNumber|secondNumber|total|someValue|element|inner|value/.test(mangled), mangled);
    assert.match(mangled, /var topLevelName=1;var eager=\(function\(/);
    assert.match(mangled, /return ?\(function\(/, 'the function a return gives');
    assert.match(mangled, /var once=\(function\(\)\{return 3\}\)\(\)/, 'the called one');
    assert.match(mangled, /var lazy=function\(/, 'an unparenthesized one stays so');
    assert.match(mangled, /\.map\(function\(/, 'an argument gains no parentheses');
    assert.strictEqual(parenthesizedFunctionStarts(mangled).length, 3);
    assert.ok(!mangled.includes('__portLensParenthesized'));
    const before = load(script);
    const after = load(mangled);
    assert.strictEqual(after.eager(2, 3), before.eager(2, 3));
    assert.strictEqual((after.wrapper((n: number) => n * 10) as (n: number) => number)(4), 41);
    assert.strictEqual(after.lazy(7), 14);
    assert.strictEqual(after.once(), 3);
  });

  it('comes out unchanged from a second pass: how the build\'s output is told mangled (scripts/checkPackage.mjs)', () => {
    const mangled = mangleLocals(script);
    assert.notStrictEqual(mangled, script);
    assert.strictEqual(mangleLocals(mangled), mangled);
  });

  it('refuses a script that already holds its marker', () => {
    assert.throws(() => mangleLocals('var __portLensParenthesized=1;'), /already holds/);
  });
});

describe('mangleLocals: the shipped scripts', () => {
  it('the scripts beside the bundle are mangled', function () {
    this.timeout(60000);
    for (const [name, text] of [['dockerfileParser.js', dockerfileParserBundle().text], ['imageTable.js', imageTableBundle()],
      ['scanners.js', scannersBundle()], ['kubernetes.js', kubernetesBundle()]]) {
      assert.strictEqual(mangleLocals(text), text, `${name} is not mangled (scripts/coreData.mjs)`);
    }
  });

  it('the core\'s bundle mangled keeps every eager function parenthesized, deflates smaller, and answers as before', async function () {
    this.timeout(60000);
    // The options of the core cold start's bundle (scripts/bench.mjs), as the shipped bundle's (scripts/build.mjs).
    const { outputFiles } = await build({
      entryPoints: [join(root, 'bench/entries/coreColdStart.ts')], bundle: true, platform: 'browser', target: ['es2022', 'node18'],
      format: 'cjs', minify: true, external: ['vscode', 'fs', 'path'], inject: [join(root, 'src/web/bufferShim.ts')], alias: DEPENDENCY_SHIMS,
      legalComments: 'none', logLevel: 'silent', write: false, plugins: [dependencyShimsPlugin(), eagerFunctionsPlugin()],
    });
    const text = outputFiles[0].text;
    const mangled = mangleLocals(text);
    const eager = (code: string) => (code.match(/(?:=|:)\(function\*?\(/g) ?? []).length;
    assert.ok(eager(text) >= Object.values(eagerFunctionList()).flat().length * 0.9, 'esbuild kept the parentheses');
    assert.strictEqual(eager(mangled), eager(text));
    assert.strictEqual(parenthesizedFunctionStarts(mangled).length, parenthesizedFunctionStarts(text).length);
    assert.ok(deflateRawSync(mangled).length < deflateRawSync(text).length - 1000, 'the point of it: 1 KB and more smaller deflated');
    const folder = mkdtempSync(join(tmpdir(), 'port-lens-mangled-'));
    writeCoreDataFiles(folder);
    writeFileSync(join(folder, 'core.cjs'), mangled);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require(join(folder, 'core.cjs')) as typeof import('../../bench/entries/coreColdStart');
    core.setDataFileReader(core.readDataFilesFrom([folder]));
    assert.deepStrictEqual(core.lookupPort(5432), lookupPort(5432));
    for (const file of ['test/fixtures/scanners/compose/saas-stack.compose.yaml', 'test/fixtures/cli/mixed/compose.yaml']) {
      const compose = readFileSync(join(root, file), 'utf8');
      const findings = core.checkPorts(compose, 'compose');
      assert.ok(findings.length > 0, `${file}: no findings to compare`);
      assert.deepStrictEqual(findings, checkPorts(compose, 'compose'), file);
    }
  });
});
