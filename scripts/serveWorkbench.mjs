// Serves VS Code for the web on localhost with Port Lens loaded from this checkout and the sample workspace
// (test/fixtures/workspace) open, without opening a browser. Used by `npm start` and the end-to-end tests.
// The workspace is mounted read/write in memory: edits made in the browser never reach the files on disk.
import { request } from 'node:http';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CURRENT_BUILD, prepareWebBuild, ROOT } from './vscodeWebBuilds.mjs';

const { open } = createRequire(import.meta.url)('@vscode/test-web');

export const SAMPLE_WORKSPACE = join(ROOT, 'test/fixtures/workspace');

function assertPortFree(host, port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`port ${port} on ${host} is in use: stop what uses it, or pick another port (PORT=3001 npm start)`)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function answers(url) {
  return new Promise((resolve) => {
    const req = request(url, { method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}

/**
 * Starts the server and resolves once the workbench page answers.
 * Returns `{ url, version, close() }`.
 */
export async function serveWorkbench({ build = CURRENT_BUILD, host = 'localhost', port = 3000, folderPath = SAMPLE_WORKSPACE } = {}) {
  await assertPortFree(host, port);
  const { quality, commit, testRunnerDataDir } = prepareWebBuild(build);
  const server = await open({
    browserType: 'none',
    extensionDevelopmentPath: ROOT,
    folderPath,
    quality,
    commit,
    testRunnerDataDir,
    host,
    port,
  });
  const url = `http://${host}:${port}/`;
  // test-web starts listening without waiting for it; poll until the workbench page is served.
  for (let attempt = 0; !(await answers(url)); attempt++) {
    if (attempt > 200) {
      server.dispose();
      throw new Error(`the workbench at ${url} did not answer`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url, version: build.version, close: () => server.dispose() };
}
