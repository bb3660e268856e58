// `npm run test:integration`: runs the integration suite (test/integration/suite) inside VS Code for the web,
// in headless Chromium, once per VS Code web build installed from npm (the oldest supported and a current
// one; see vscodeWebBuilds.mjs). Everything is local: no download, no network.
//
//   node scripts/test-integration.mjs            both builds
//   node scripts/test-integration.mjs 1.91.1     one build
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildExtension } from './buildExtension.mjs';
import { bundleIntegrationTests, WEB_TESTS_BUNDLE } from './bundleIntegrationTests.mjs';
import { countMochaLine, newMochaCounts, watchConsole } from './countMochaResults.mjs';
import { freePort } from './freePort.mjs';
import { useSystemChromium } from './useSystemChromium.mjs';
import { prepareWebBuild, ROOT, WEB_BUILDS, webBuild } from './vscodeWebBuilds.mjs';

const { runTests } = createRequire(import.meta.url)('@vscode/test-web');

// A run takes well under a minute; a workbench that never starts its extension host must not hang CI.
const RUN_TIMEOUT_MS = 10 * 60 * 1000;

async function runOnBuild(build) {
  const counts = newMochaCounts();
  const started = Date.now();
  let error;
  try {
    const { quality, commit, testRunnerDataDir } = prepareWebBuild(build);
    const port = await freePort();
    console.log(`\n=== integration tests in VS Code ${build.version} for the web (commit ${commit.slice(0, 10)}) ===`);
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result after ${RUN_TIMEOUT_MS / 60000} minutes`)), RUN_TIMEOUT_MS);
    });
    try {
      await watchConsole((line) => countMochaLine(counts, line), () =>
        Promise.race([
          runTests({
            browserType: 'chromium',
            headless: true,
            extensionDevelopmentPath: ROOT,
            extensionTestsPath: WEB_TESTS_BUNDLE,
            folderPath: join(ROOT, 'test/fixtures/workspace'),
            quality,
            commit,
            testRunnerDataDir,
            port,
          }),
          timeout,
        ]),
      );
    } finally {
      clearTimeout(timer);
    }
  } catch (caught) {
    error = caught;
  }
  if (!error && counts.passing === 0) error = new Error('no test passed: did the suite load?');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { version: build.version, counts, seconds, error };
}

try {
  const builds = process.argv.length > 2 ? process.argv.slice(2).map(webBuild) : WEB_BUILDS;
  const browser = useSystemChromium();
  console.log(`browser: ${browser}`);
  buildExtension();
  await bundleIntegrationTests();

  const results = [];
  for (const build of builds) results.push(await runOnBuild(build));

  console.log('\nintegration test summary:');
  for (const { version, counts, seconds, error } of results) {
    const status = error ? `FAILED (${error.message})` : 'ok';
    console.log(`  VS Code ${version} (web): ${counts.passing} passing, ${counts.failing} failing, ${counts.pending} pending in ${seconds} s — ${status}`);
  }
  const failed = results.filter((result) => result.error);
  if (failed.length > 0) {
    console.error(`integration: FAILED on VS Code ${failed.map((r) => r.version).join(', ')}`);
    process.exit(1);
  }
  console.log(`integration: passed on VS Code ${results.map((r) => r.version).join(' and ')}`);
  process.exit(0);
} catch (error) {
  console.error(`integration: FAILED: ${error.message}`);
  process.exit(1);
}
