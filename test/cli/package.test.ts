// The command's npm package (packages/cli) holds only what the command runs, and runs on its own: unpacked
// outside the checkout, with no node_modules and no VS Code anywhere near it.
import * as assert from 'assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, ROOT } from './runPortLens';

const packageFolder = join(ROOT, 'packages/cli');

function npm(args: string[], cwd: string): string {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 120_000 });
  assert.strictEqual(result.status, 0, `npm ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

describe('the port-lens-cli package', () => {
  it('npm pack --dry-run: the launcher, the bundle, its licences, the data files, README, LICENSE and package.json, nothing else', () => {
    const [packed] = JSON.parse(npm(['pack', '--dry-run', '--json'], packageFolder));
    assert.deepStrictEqual(packed.files.map((file: { path: string }) => file.path).sort(),
      ['LICENSE', 'README.md', 'bin/port-lens.js', 'dist/THIRD-PARTY-NOTICES.txt', 'dist/catalogImages-0.data', 'dist/catalogImages-1.data',
        'dist/catalogImages-2.data', 'dist/catalogImages-3.data', 'dist/commonPorts.data', 'dist/dockerfileParser.js', 'dist/ianaPorts.data',
        'dist/imageTable.data', 'dist/imageTable.js', 'dist/kubernetes.js', 'dist/port-lens.js', 'dist/scanners.js', 'package.json']);
  });

  it('declares no dependencies: everything it runs is in the bundle', () => {
    const manifest = JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8'));
    assert.strictEqual(manifest.dependencies, undefined);
    assert.strictEqual(manifest.peerDependencies, undefined);
    assert.deepStrictEqual(manifest.bin, { 'port-lens': 'bin/port-lens.js' });
    assert.ok(manifest.files.includes(manifest.bin['port-lens']));
  });

  it('unpacked far from the checkout, it checks a folder', function () {
    this.timeout(120_000);
    const scratch = mkdtempSync(join(tmpdir(), 'port-lens-pack-'));
    try {
      const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], packageFolder));
      const untar = spawnSync('tar', ['-xzf', join(scratch, packed.filename), '-C', scratch]);
      assert.strictEqual(untar.status, 0, String(untar.stderr));
      const run = spawnSync(process.execPath, [join(scratch, 'package/bin/port-lens.js'), 'check', '--format', 'json', join(FIXTURES, 'mixed')],
        { cwd: scratch, encoding: 'utf8', env: { PATH: process.env.PATH } });
      assert.strictEqual(run.status, 1, run.stderr);
      assert.ok(JSON.parse(run.stdout).findings.some((finding: { code: string }) => finding.code === 'host-port-conflict'));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
