import * as assert from 'assert';
import { createWorkspace, type PortWorkspace, type WorkspaceStats } from '../../src/core';

// A change re-reads the file and the few that depend on it, and only when they are asked for again: the
// counters of work done say exactly what was re-read.

function project(name: string, webPort: number): Record<string, string> {
  return {
    [`${name}/compose.yaml`]: `services:\n  web:\n    build: ./web\n  db:\n    image: postgres:16\n  proxy:\n    image: nginx\n    ports:\n      - "${webPort}:80"\n    volumes:\n      - ./nginx/default.conf:/etc/nginx/conf.d/default.conf\n`,
    [`${name}/compose.override.yaml`]: 'services:\n  web:\n    environment:\n      DEBUG: "1"\n',
    [`${name}/web/Dockerfile`]: 'FROM node:20\nEXPOSE 3000\n',
    [`${name}/nginx/default.conf`]: 'server {\n  listen 80;\n  location / { proxy_pass http://web:3000; }\n}\n',
    [`${name}/.env`]: 'DATABASE_URL=postgres://db:5432/app\n',
  };
}

function indexed(): { workspace: PortWorkspace; paths: string[] } {
  const workspace = createWorkspace();
  const files = { ...project('a', 8080), ...project('b', 8081), ...project('c', 8082) };
  for (const [path, text] of Object.entries(files)) workspace.set(path, text);
  const paths = Object.keys(files);
  for (const path of paths) workspace.findings(path);
  return { workspace, paths };
}

/** The work done by asking every file's findings after `change`. */
function workOf(workspace: PortWorkspace, paths: readonly string[], change: () => void): Omit<WorkspaceStats, 'files'> {
  const before = workspace.stats();
  change();
  for (const path of paths) workspace.findings(path);
  workspace.portMap();
  const after = workspace.stats();
  return {
    localAnalyses: after.localAnalyses - before.localAnalyses,
    structureReads: after.structureReads - before.structureReads,
    projectBuilds: after.projectBuilds - before.projectBuilds,
    linkResolutions: after.linkResolutions - before.linkResolutions,
  };
}

describe('workspace: incremental', () => {
  it('indexing reads every file once and every project once', () => {
    const { workspace } = indexed();
    const stats = workspace.stats();
    assert.strictEqual(stats.files, 15);
    assert.strictEqual(stats.localAnalyses, 15);
    assert.strictEqual(stats.structureReads, 6);
    assert.strictEqual(stats.projectBuilds, 3);
    // compose.yaml, compose.override.yaml, nginx, .env and the Dockerfile of each project: the files that hold
    // targets and belong to a project (the worker's Dockerfile is built by no service here).
    assert.strictEqual(stats.linkResolutions, 15);
  });

  it('asking again reads nothing', () => {
    const { workspace, paths } = indexed();
    assert.deepStrictEqual(workOf(workspace, paths, () => undefined), { localAnalyses: 0, structureReads: 0, projectBuilds: 0, linkResolutions: 0 });
  });

  it('an edit of a compose file re-reads it, its override partner and its project\'s links, nothing of the other projects', () => {
    const { workspace, paths } = indexed();
    const work = workOf(workspace, paths, () => workspace.set('a/compose.yaml', project('a', 9090)['a/compose.yaml']));
    assert.deepStrictEqual(work, { localAnalyses: 2, structureReads: 1, projectBuilds: 1, linkResolutions: 5 });
  });

  it('an edit of a Dockerfile re-reads it and the links of the project that builds it', () => {
    const { workspace, paths } = indexed();
    const work = workOf(workspace, paths, () => workspace.set('b/web/Dockerfile', 'FROM node:20\nEXPOSE 3001\n'));
    assert.deepStrictEqual(work, { localAnalyses: 1, structureReads: 0, projectBuilds: 0, linkResolutions: 5 });
    assert.strictEqual(workspace.findings('b/nginx/default.conf').filter((f) => f.code === 'unreachable-port').length, 1);
  });

  it('an edit of an nginx config re-reads it alone', () => {
    const { workspace, paths } = indexed();
    const work = workOf(workspace, paths, () => workspace.set('c/nginx/default.conf', 'server {\n  location / { proxy_pass http://web:3001; }\n}\n'));
    assert.deepStrictEqual(work, { localAnalyses: 1, structureReads: 0, projectBuilds: 0, linkResolutions: 1 });
  });

  it('an edit of a .env re-reads it, the compose files it interpolates and their project', () => {
    const { workspace, paths } = indexed();
    const work = workOf(workspace, paths, () => workspace.set('a/.env', 'DATABASE_URL=postgres://db:5433/app\n'));
    assert.deepStrictEqual(work, { localAnalyses: 3, structureReads: 2, projectBuilds: 1, linkResolutions: 5 });
  });

  it('setting the same text again is no change', () => {
    const { workspace, paths } = indexed();
    const work = workOf(workspace, paths, () => workspace.set('a/compose.yaml', project('a', 8080)['a/compose.yaml']));
    assert.deepStrictEqual(work, { localAnalyses: 0, structureReads: 0, projectBuilds: 0, linkResolutions: 0 });
  });

  it('names the files to re-check after a change', () => {
    const { workspace } = indexed();
    assert.deepStrictEqual(workspace.dependants('a/web/Dockerfile'), ['a/.env', 'a/compose.override.yaml', 'a/compose.yaml', 'a/nginx/default.conf']);
    assert.deepStrictEqual(workspace.dependants('a/compose.yaml'), ['a/.env', 'a/compose.override.yaml', 'a/nginx/default.conf', 'a/web/Dockerfile']);
    assert.deepStrictEqual(workspace.dependants('a/.env'), ['a/compose.override.yaml', 'a/compose.yaml', 'a/nginx/default.conf', 'a/web/Dockerfile']);
    assert.deepStrictEqual(workspace.dependants('a/nginx/default.conf'), []);
  });

  it('a compose file created in a folder takes over the configs under it', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  web:\n    image: example/web\n    expose: ["3000"]\n');
    workspace.set('app/nginx/default.conf', 'server {\n  location / { proxy_pass http://web:3000; }\n}\n');
    assert.deepStrictEqual(workspace.findings('app/nginx/default.conf'), []);
    assert.deepStrictEqual(workspace.dependants('app/compose.yaml'), ['app/nginx/default.conf']);
    workspace.set('app/compose.yaml', 'services:\n  web:\n    image: example/web\n    expose: ["4000"]\n');
    assert.strictEqual(workspace.findings('app/nginx/default.conf').filter((f) => f.code === 'unreachable-port').length, 1);
    workspace.delete('app/compose.yaml');
    assert.deepStrictEqual(workspace.findings('app/nginx/default.conf'), []);
  });

  it('the port map follows edits and deletions', () => {
    const { workspace } = indexed();
    assert.deepStrictEqual(workspace.portMap().map((entry) => entry.port), [8080, 8081, 8082]);
    workspace.set('b/compose.yaml', project('b', 9000)['b/compose.yaml']);
    workspace.delete('c/compose.yaml');
    assert.deepStrictEqual(workspace.portMap().map((entry) => entry.port), [8080, 9000]);
  });
});
