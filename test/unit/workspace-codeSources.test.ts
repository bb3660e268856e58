import * as assert from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { codeFilesFor } from '../../src/cli/codeFiles';
import { codeSourceFolderOf, codeSourceFolders, isCodeSourceBelow } from '../../src/core';

// Which application sources are read beside a Dockerfile: one rule (src/core/workspace/codeSources.ts) that the
// command line's disk walk and the editor's file search both follow, so that both see the same files.

describe('application sources beside a Dockerfile', () => {
  it('takes the languages the workspace reads, below no skipped folder, at most six folders down', () => {
    for (const path of ['server.js', 'src/app.ts', 'cmd/api/main.go', 'app/main.py', 'bin/www', 'a/b/c/d/e/f/server.js']) {
      assert.ok(isCodeSourceBelow(path), path);
    }
    for (const path of [
      'README.md', 'Dockerfile', 'src/app.test.ts', 'types.d.ts', 'bundle.min.js', 'main_test.go',
      'node_modules/express/index.js', 'vendor/x/y.go', 'test/server.js', 'client/src/index.ts', 'frontend/app.js',
      'examples/demo.py', 'docs/conf.py', '.github/scripts/x.js', 'a/b/c/d/e/f/g/server.js',
    ]) {
      assert.ok(!isCodeSourceBelow(path), path);
    }
  });

  it('reads a folder below another Dockerfile\'s folder with it, and finds the folder a path lies below', () => {
    assert.deepStrictEqual(codeSourceFolders(['api/Dockerfile', 'api/worker/Dockerfile', 'web/Dockerfile.prod']), ['api', 'web']);
    assert.deepStrictEqual(codeSourceFolders(['Dockerfile', 'api/Dockerfile']), ['']);
    // Below at any depth, and only below: a folder whose name merely starts like another's is its own.
    assert.deepStrictEqual(codeSourceFolders(['x/y/z/w/Dockerfile', 'a-b/Dockerfile', 'a/b/c/Dockerfile', 'ab/Dockerfile', 'a/Dockerfile', 'x/y/Dockerfile', 'x/yz/Dockerfile']),
      ['a', 'a-b', 'ab', 'x/y', 'x/yz']);
    assert.strictEqual(codeSourceFolderOf('api/src/server.js', ['api', 'web']), 'api');
    assert.strictEqual(codeSourceFolderOf('apix/server.js', ['api']), undefined);
    assert.strictEqual(codeSourceFolderOf('anything/at/all.js', ['']), '');
  });

  it('the command line reads exactly the files the rule takes', () => {
    const root = mkdtempSync(join(tmpdir(), 'port-lens-code-'));
    try {
      const files = ['api/Dockerfile', 'api/server.js', 'api/src/routes.ts', 'api/test/server.test.js', 'api/node_modules/x/index.js',
        'api/client/main.ts', 'api/README.md', 'other/main.go'];
      for (const path of files) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), '// x\n');
      }
      const read = codeFilesFor(root, ['api/Dockerfile']).map((file) => file.path).sort();
      assert.deepStrictEqual(read, ['api/server.js', 'api/src/routes.ts']);
      assert.deepStrictEqual(read, files.filter((path) => path.startsWith('api/') && isCodeSourceBelow(path.slice(4))).sort());
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
