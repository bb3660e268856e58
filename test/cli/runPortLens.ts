// Runs the built command (packages/cli/bin/port-lens.js, which `npm run test:cli` builds first) as a child
// process, as a user or a CI job runs it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const BIN = join(ROOT, 'packages/cli/bin/port-lens.js');
export const FIXTURES = join(ROOT, 'test/fixtures/cli');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runPortLens(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch copy of a fixture folder, for the tests that add what git cannot hold (links, FIFOs, modes). */
export function copyFixture(name: string): { folder: string; dispose(): void } {
  const parent = mkdtempSync(join(tmpdir(), 'port-lens-cli-'));
  const folder = join(parent, name);
  cpSync(join(FIXTURES, name), folder, { recursive: true });
  return { folder, dispose: () => rmSync(parent, { recursive: true, force: true }) };
}
