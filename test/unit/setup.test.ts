// What a fresh clone needs to install and what the Marketplace shows: npm reads no project config it does not
// know, no install script downloads a browser, the manifest has its icon and repository, and the icon is the
// one scripts/drawIcon.mjs draws.
import * as assert from 'assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));

describe('set-up', () => {
  it('no .npmrc key that npm does not know (npm 11 warns of each on every call)', () => {
    const npmrc = join(ROOT, '.npmrc');
    if (!existsSync(npmrc)) return;
    const keys = readFileSync(npmrc, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !/^[#;]/.test(line)).map((line) => line.split('=')[0].trim());
    assert.deepStrictEqual(keys.filter((key) => /playwright/i.test(key)), []);
  });

  it('installs no package whose install script downloads something: only esbuild, vsce-sign and keytar run one', () => {
    const withScripts = Object.entries(lock.packages as Record<string, { hasInstallScript?: boolean }>)
      .filter(([, entry]) => entry.hasInstallScript).map(([path]) => path.replace(/^.*node_modules\//, '')).sort();
    assert.deepStrictEqual(withScripts, ['@vscode/vsce-sign', 'esbuild', 'keytar']);
    // @vscode/test-web depends on @playwright/browser-chromium, whose install script downloads Chromium from a
    // CDN; the override installs playwright-core in its place (test-web never loads it; the tests use the
    // system's Chromium, scripts/findBrowser.mjs).
    const chromium = Object.entries(lock.packages as Record<string, { name?: string }>).filter(([path]) => path.endsWith('node_modules/@playwright/browser-chromium'));
    assert.ok(chromium.length > 0 && chromium.every(([, entry]) => entry.name === 'playwright-core'), JSON.stringify(chromium));
    assert.match(manifest.overrides['@playwright/browser-chromium'], /^npm:playwright-core@/);
  });

  it('the manifest names its repository and its icon, a 128×128 PNG', () => {
    assert.match(manifest.repository.url, /^git\+https:\/\/github\.com\/[^/]+\/[^/]+\.git$/);
    const png = readFileSync(join(ROOT, manifest.icon));
    assert.strictEqual(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.strictEqual(png.subarray(12, 16).toString('ascii'), 'IHDR');
    assert.deepStrictEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  it('the icon is what scripts/drawIcon.mjs draws', function () {
    this.timeout(60_000);
    const drawn = spawnSync(process.execPath, ['--input-type=module', '-e', `import { iconPng } from ${JSON.stringify(join(ROOT, 'scripts/drawIcon.mjs'))}; process.stdout.write(iconPng().toString('base64'));`], { encoding: 'utf8' });
    assert.strictEqual(drawn.status, 0, drawn.stderr);
    assert.ok(Buffer.from(drawn.stdout, 'base64').equals(readFileSync(join(ROOT, manifest.icon))), 'run node scripts/drawIcon.mjs');
  });
});
