// Bundles the integration suite (test/integration/suite/**/*.test.ts) with esbuild, twice: for VS Code for
// the web (browser web worker: mocha's browser build, npm `assert`, a `process` global) and for desktop
// VS Code (Node: mocha from node_modules). `vscode` stays external: the extension host provides it.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './vscodeWebBuilds.mjs';
import { DEPENDENCY_SHIMS } from './dependencyShims.mjs';

const SUITE_DIR = join(ROOT, 'test/integration/suite');
export const WEB_TESTS_BUNDLE = join(ROOT, 'out/test/integration/web.js');
export const DESKTOP_TESTS_BUNDLE = join(ROOT, 'out/test/integration/electron.js');

function suiteFiles() {
  return readdirSync(SUITE_DIR, { recursive: true })
    .filter((file) => file.endsWith('.test.ts'))
    .sort()
    .map((file) => join(SUITE_DIR, file));
}

// `require('integration-suite:all')` in the entries loads every suite file, found here rather than listed by
// hand so that a new test file cannot be forgotten.
const suitePlugin = {
  name: 'integration-suite',
  setup(build) {
    build.onResolve({ filter: /^integration-suite:all$/ }, () => ({ path: 'all', namespace: 'integration-suite' }));
    build.onLoad({ filter: /.*/, namespace: 'integration-suite' }, () => {
      const files = suiteFiles();
      if (files.length === 0) throw new Error(`no *.test.ts files in ${SUITE_DIR}`);
      return {
        contents: files.map((file) => `require(${JSON.stringify(file)});`).join('\n'),
        resolveDir: ROOT,
        loader: 'js',
      };
    });
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  external: ['vscode'],
  alias: DEPENDENCY_SHIMS,
  sourcemap: 'inline',
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [suitePlugin],
};

export async function bundleIntegrationTests() {
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [join(ROOT, 'test/integration/web/index.ts')],
      outfile: WEB_TESTS_BUNDLE,
      platform: 'browser',
      target: 'es2022',
      inject: [join(ROOT, 'test/integration/web/processGlobal.js')],
      define: { global: 'globalThis' },
    }),
    esbuild.build({
      ...common,
      entryPoints: [join(ROOT, 'test/integration/electron/index.ts')],
      outfile: DESKTOP_TESTS_BUNDLE,
      platform: 'node',
      target: 'node18',
      external: ['vscode', 'mocha'],
    }),
  ]);
  console.log(`bundled ${suiteFiles().length} integration test files into ${relative(ROOT, WEB_TESTS_BUNDLE)} and ${relative(ROOT, DESKTOP_TESTS_BUNDLE)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await bundleIntegrationTests();
