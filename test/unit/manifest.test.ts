// The manifest is what users see in the settings UI: it must list exactly the rules the core has.
import * as assert from 'assert';
import * as fs from 'fs';
import * as esbuild from 'esbuild';
import * as path from 'path';
import { RULES } from '../../src/core';
import { DEFAULT_SEVERITIES } from '../../src/core/catalogue';
import { RULE_DESCRIPTIONS } from '../../src/core/ruleDescriptions';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties;

describe('package.json manifest', () => {
  it('portLens.rules offers every rule code with its default severity and description, and no others', () => {
    const ruleSettings = properties['portLens.rules'].properties;
    assert.deepStrictEqual(Object.keys(ruleSettings).sort(), RULES.map((rule) => rule.code).sort());
    for (const rule of RULES) {
      assert.strictEqual(ruleSettings[rule.code].default, rule.defaultSeverity, rule.code);
      assert.strictEqual(ruleSettings[rule.code].description, rule.description, rule.code);
      assert.deepStrictEqual(ruleSettings[rule.code].enum, ['error', 'warning', 'info', 'hint', 'off']);
    }
  });

  it('every rule of the catalogue has a description, in the same order, and no description is of another code', () => {
    assert.deepStrictEqual([...RULE_DESCRIPTIONS.keys()], [...DEFAULT_SEVERITIES.keys()]);
    for (const [code, description] of RULE_DESCRIPTIONS) assert.ok(description.length > 20, code);
  });

  it('the editor\'s bundle carries no rule description: it shows package.json\'s (the descriptions are the command line\'s)', () => {
    const root = path.join(__dirname, '../..');
    const { metafile } = esbuild.buildSync({
      absWorkingDir: root, entryPoints: ['src/extension.ts'], bundle: true, format: 'cjs', platform: 'browser', external: ['vscode'],
      write: false, metafile: true, logLevel: 'silent', outfile: 'extension.js',
    });
    // What the output holds (an input esbuild reached but took nothing of is listed with 0 bytes).
    const output = Object.values(metafile.outputs)[0].inputs;
    const inputs = Object.keys(output).filter((input) => output[input].bytesInOutput > 0);
    assert.ok(inputs.includes('src/core/catalogue.ts'));
    assert.ok(!inputs.includes('src/core/ruleDescriptions.ts'), 'src/core/ruleDescriptions.ts is bundled into the extension');
  });

  it('activates only on what it serves, never on "*"', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(manifest.activationEvents.includes('onLanguage:dockercompose'));
  });

  it('has a Node and a browser entry and declares workspace capabilities', () => {
    assert.strictEqual(manifest.main, './dist/extension.js');
    assert.strictEqual(manifest.browser, './dist/web/extension.js');
    assert.strictEqual(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.strictEqual(manifest.capabilities.virtualWorkspaces, true);
  });

  it('engines.vscode is not older than the @types/vscode the code is checked against', () => {
    const engine = manifest.engines.vscode.replace(/^\^/, '');
    const types = manifest.devDependencies['@types/vscode'].replace(/^\^/, '');
    assert.strictEqual(engine.split('.').slice(0, 2).join('.'), types.split('.').slice(0, 2).join('.'));
  });
});
