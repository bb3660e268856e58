// `npm run test:e2e`: serves VS Code for the web with Port Lens and the sample workspace (as `npm start`
// does, on a free port), then runs test/e2e/**/*.e2e.test.ts with mocha: Playwright drives the system's
// Chromium through the workbench as a person would. Screenshots go to test-results/e2e/ (git-ignored).
//
//   node scripts/test-e2e.mjs            on the current VS Code build
//   node scripts/test-e2e.mjs 1.91.1     on another installed build
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildExtension } from './buildExtension.mjs';
import { findBrowser } from './findBrowser.mjs';
import { freePort } from './freePort.mjs';
import { serveWorkbench } from './serveWorkbench.mjs';
import { CURRENT_BUILD, ROOT, webBuild } from './vscodeWebBuilds.mjs';

const require = createRequire(import.meta.url);
const Mocha = require('mocha');
// Lets mocha load the TypeScript test files directly, as the unit tests do.
require('tsx/cjs/api').register();

const E2E_DIR = join(ROOT, 'test/e2e');

async function runMocha() {
  // PORT_LENS_E2E_GREP=Port Map runs only the tests whose titles match.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60000, color: process.stdout.isTTY, ...(process.env.PORT_LENS_E2E_GREP ? { grep: process.env.PORT_LENS_E2E_GREP } : {}) });
  for (const file of readdirSync(E2E_DIR, { recursive: true }).filter((f) => f.endsWith('.e2e.test.ts')).sort()) {
    mocha.addFile(join(E2E_DIR, file));
  }
  await mocha.loadFilesAsync();
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
}

let server;
let exitCode = 1;
try {
  const build = process.argv[2] ? webBuild(process.argv[2]) : CURRENT_BUILD;
  process.env.CHROME_PATH = findBrowser();
  // The build that ships (minified, its locals mangled by terser: scripts/mangleLocals.mjs), so that one suite runs the
  // bundle users get in a real workbench; the integration suite keeps the development build and its source maps.
  buildExtension('--production');
  server = await serveWorkbench({ build, port: await freePort() });
  process.env.PORT_LENS_WORKBENCH_URL = server.url;
  console.log(`e2e: VS Code ${build.version} for the web at ${server.url}, browser ${process.env.CHROME_PATH}`);
  const stats = await runMocha();
  console.log(`e2e: ${stats.passes} passed, ${stats.failures} failed (VS Code ${build.version})`);
  exitCode = stats.failures === 0 && stats.passes > 0 ? 0 : 1;
} catch (error) {
  console.error(`e2e: FAILED: ${error.message}`);
} finally {
  server?.close();
}
process.exit(exitCode);
