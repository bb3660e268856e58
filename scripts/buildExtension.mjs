// Runs the project's build (scripts/build.mjs) in a child process, as `npm run build` does, so that every
// runner tests the extension as it is in src/ right now, never a stale dist/.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './vscodeWebBuilds.mjs';

export function buildExtension(...args) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), ...args], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the extension build failed (scripts/build.mjs exited with ${result.status ?? result.signal})`);
}
