// The command reads its data files (IANA's rows, the common ports, the curated image rows) from beside its script:
// without one, or with one damaged, it still runs, answers with what it has and says on stderr which file and why.
import * as assert from 'assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './runPortLens';

/** A copy of the built command (bin/ and dist/) in a temporary folder, to take files away from. */
function copyOfCommand(): string {
  const folder = mkdtempSync(join(tmpdir(), 'port-lens-data-'));
  cpSync(join(ROOT, 'packages/cli/dist'), join(folder, 'dist'), { recursive: true });
  mkdirSync(join(folder, 'bin'));
  copyFileSync(join(ROOT, 'packages/cli/bin/port-lens.js'), join(folder, 'bin/port-lens.js'));
  return folder;
}

function run(folder: string, args: string[], cwd = folder) {
  return spawnSync(process.execPath, [join(folder, 'bin/port-lens.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('the command\'s data files', () => {
  it('all there: lookup names IANA\'s and the common software\'s services, and nothing is said on stderr', () => {
    const folder = copyOfCommand();
    try {
      const result = run(folder, ['lookup', '5432']);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.match(result.stdout, /PostgreSQL \(tcp, common software\)/);
      assert.match(result.stdout, /postgresql \(tcp\/udp, IANA\)/);
      assert.strictEqual(result.stderr, '');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('IANA\'s rows missing: lookup still answers from the common ports and says which file it could not read', () => {
    const folder = copyOfCommand();
    try {
      rmSync(join(folder, 'dist/ianaPorts.data'));
      const result = run(folder, ['lookup', '5432']);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.match(result.stdout, /PostgreSQL \(tcp, common software\)/);
      assert.doesNotMatch(result.stdout, /IANA\)/);
      assert.match(result.stderr, /^port-lens: Port Lens could not read its data file ianaPorts\.data \(.*ENOENT.*\)\.\n$/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('the curated image rows damaged: check still checks a compose file and says the file is damaged', () => {
    const folder = copyOfCommand();
    try {
      writeFileSync(join(folder, 'dist/imageTable.data'), '{"format":"port-lens-images/1","rowCount":3,"rowsLength":300,"taggedImages":[]}\n{}\n');
      const project = join(folder, 'project');
      mkdirSync(project);
      writeFileSync(join(project, 'compose.yaml'), 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n');
      const result = run(folder, ['check', '--format', 'json', '--fail-on', 'none', '.'], project);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.ok(Array.isArray(JSON.parse(result.stdout).findings ?? JSON.parse(result.stdout)));
      assert.match(result.stderr, /port-lens: Port Lens data file imageTable\.data is damaged: it is cut short or has lines added\. Reinstall Port Lens to repair it\.\n$/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
