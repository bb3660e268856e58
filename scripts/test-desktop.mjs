// `npm run test:desktop`: runs the same integration suite (test/integration/suite) in desktop VS Code through
// @vscode/test-electron, which tests the extension's Node entry (dist/extension.js).
//
// @vscode/test-electron downloads VS Code from Microsoft's update server, so this needs a connected machine,
// or an installed VS Code named by VSCODE_EXECUTABLE. It fails (exit 1) when no VS Code can be obtained:
// a run that tested nothing must never look like a pass. On Linux without a display, run it under Xvfb:
//   xvfb-run -a npm run test:desktop
//
//   npm run test:desktop                                      VS Code 1.91.1 and the latest stable
//   VSCODE_VERSION=1.95.0 npm run test:desktop                one version
//   VSCODE_EXECUTABLE=/usr/share/code/code npm run test:desktop   an installed VS Code, no download
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildExtension } from './buildExtension.mjs';
import { bundleIntegrationTests, DESKTOP_TESTS_BUNDLE } from './bundleIntegrationTests.mjs';
import { ROOT } from './vscodeWebBuilds.mjs';

const { runTests } = createRequire(import.meta.url)('@vscode/test-electron');

const executable = process.env.VSCODE_EXECUTABLE;
const targets = executable
  ? [{ label: executable, vscodeExecutablePath: executable }]
  : (process.env.VSCODE_VERSION ? [process.env.VSCODE_VERSION] : ['1.91.1', 'stable']).map((version) => ({ label: `VS Code ${version}`, version }));

const failures = [];
try {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.warn('test:desktop: no DISPLAY is set; desktop VS Code needs one on Linux (try: xvfb-run -a npm run test:desktop)');
  }
  buildExtension();
  await bundleIntegrationTests();
  for (const { label, ...target } of targets) {
    console.log(`\n=== integration tests in desktop ${label} ===`);
    try {
      const exitCode = await runTests({
        ...target,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: DESKTOP_TESTS_BUNDLE,
        launchArgs: [
          join(ROOT, 'test/fixtures/workspace'),
          '--disable-extensions', // only Port Lens: no other extension's hovers or diagnostics
          '--disable-workspace-trust',
          '--skip-welcome',
          '--skip-release-notes',
        ],
      });
      if (exitCode !== 0) failures.push(`${label}: VS Code exited with ${exitCode}`);
    } catch (error) {
      failures.push(`${label}: ${error?.message ?? error}`);
    }
  }
} catch (error) {
  failures.push(error?.message ?? String(error));
}

if (failures.length > 0) {
  console.error('\ntest:desktop: FAILED');
  for (const failure of failures) console.error(`  ${failure}`);
  console.error(
    '  If VS Code could not be downloaded (this needs access to update.code.visualstudio.com), point\n' +
      '  VSCODE_EXECUTABLE at an installed VS Code, or run the web integration tests: npm run test:integration',
  );
  process.exit(1);
}
console.log(`\ntest:desktop: passed on ${targets.map((t) => t.label).join(' and ')}`);
process.exit(0);
