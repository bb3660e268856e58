import * as assert from 'assert';
import { createWorkspace, type PortWorkspace } from '../../src/core';
import { composeFileNamesOf } from '../../src/core/workspace/composeFileNames';

// COMPOSE_FILE in a folder's .env: docker compose run there without -f reads those files, in that order, instead of
// the default names (https://docs.docker.com/compose/how-tos/environment-variables/envvars/#compose_file).

const servicesOf = (workspace: PortWorkspace) => workspace.services().map((service) => `${service.project} ${service.name} [${service.declarations.map((at) => at.path).join(', ')}]`);
const conflicts = (workspace: PortWorkspace, path: string) => workspace.findings(path).filter((found) => found.code === 'host-port-conflict');

const base = 'services:\n  web:\n    image: example/web\n    ports:\n      - "8080:80"\n';
const gpu = 'services:\n  worker:\n    image: example/worker\n    ports:\n      - "8080:9000"\n';
const override = 'services:\n  debug:\n    image: example/debug\n    ports:\n      - "8080:5000"\n';

describe('compose projects: COMPOSE_FILE in the folder\'s .env', () => {
  it('reads the names with the path separator, : by default, and keeps only files of the folder', () => {
    const of = (entries: [string, string][]) => composeFileNamesOf(new Map(entries));
    assert.deepStrictEqual(of([['COMPOSE_FILE', 'docker-compose.yml:docker-compose.gpu.yml']]), ['docker-compose.yml', 'docker-compose.gpu.yml']);
    assert.deepStrictEqual(of([['COMPOSE_FILE', 'a.yml;./b.yml'], ['COMPOSE_PATH_SEPARATOR', ';']]), ['a.yml', 'b.yml']);
    // Without the separator setting, ; is part of a name (Linux).
    assert.deepStrictEqual(of([['COMPOSE_FILE', 'a.yml;b.yml']]), ['a.yml;b.yml']);
    assert.deepStrictEqual(of([['COMPOSE_FILE', '../up.yml:dev/compose.yml:compose.yaml']]), ['compose.yaml']);
    assert.strictEqual(of([['COMPOSE_FILE', '  ']]), undefined);
    assert.strictEqual(of([['COMPOSE_PROJECT_NAME', 'x']]), undefined);
  });

  it('the files it names are the folder\'s project, merged for host-port-conflict; the default override is not read', () => {
    const workspace = createWorkspace();
    workspace.set('.env', 'COMPOSE_FILE=docker-compose.yml:docker-compose.gpu.yml\n');
    workspace.set('docker-compose.yml', base);
    workspace.set('docker-compose.gpu.yml', gpu);
    workspace.set('docker-compose.override.yml', override);
    assert.deepStrictEqual(servicesOf(workspace), [
      ' web [docker-compose.yml]',
      ' worker [docker-compose.gpu.yml]',
      'docker-compose.override.yml debug [docker-compose.override.yml]',
    ]);
    const [found] = conflicts(workspace, 'docker-compose.yml');
    assert.match(found?.message ?? '', /service "worker" in docker-compose\.gpu\.yml/);
    assert.strictEqual(conflicts(workspace, 'docker-compose.yml').length, 1);
    assert.strictEqual(conflicts(workspace, 'docker-compose.gpu.yml').length, 1);
    assert.deepStrictEqual(conflicts(workspace, 'docker-compose.override.yml'), []);
  });

  it('without it the default names decide: the override is merged, the other file stands alone', () => {
    const workspace = createWorkspace();
    workspace.set('.env', 'COMPOSE_PROJECT_NAME=demo\n');
    workspace.set('docker-compose.yml', base);
    workspace.set('docker-compose.gpu.yml', gpu);
    workspace.set('docker-compose.override.yml', override);
    assert.deepStrictEqual(servicesOf(workspace), [
      ' debug [docker-compose.override.yml]',
      ' web [docker-compose.yml]',
      'docker-compose.gpu.yml worker [docker-compose.gpu.yml]',
    ]);
    assert.strictEqual(conflicts(workspace, 'docker-compose.override.yml').length, 1);
    assert.deepStrictEqual(conflicts(workspace, 'docker-compose.gpu.yml'), []);
  });

  it('follows the .env as it comes, changes and goes', () => {
    const workspace = createWorkspace();
    workspace.set('docker-compose.yml', base);
    workspace.set('docker-compose.gpu.yml', gpu);
    assert.deepStrictEqual(conflicts(workspace, 'docker-compose.gpu.yml'), []);
    workspace.set('.env', 'COMPOSE_FILE=docker-compose.yml:docker-compose.gpu.yml\n');
    assert.strictEqual(conflicts(workspace, 'docker-compose.gpu.yml').length, 1);
    assert.deepStrictEqual(servicesOf(workspace), [' web [docker-compose.yml]', ' worker [docker-compose.gpu.yml]']);
    // Now only the gpu file: docker-compose.yml is read by nobody by default.
    workspace.set('.env', 'COMPOSE_FILE=docker-compose.gpu.yml\n');
    assert.deepStrictEqual(servicesOf(workspace), [' worker [docker-compose.gpu.yml]', 'docker-compose.yml web [docker-compose.yml]']);
    workspace.delete('.env');
    assert.deepStrictEqual(servicesOf(workspace), [' web [docker-compose.yml]', 'docker-compose.gpu.yml worker [docker-compose.gpu.yml]']);
    assert.deepStrictEqual(conflicts(workspace, 'docker-compose.gpu.yml'), []);
  });

  it('reads the files in the order it names them: the later file\'s image wins', () => {
    const workspace = createWorkspace();
    workspace.set('.env', 'COMPOSE_FILE=docker-compose.prod.yml:docker-compose.yml\n');
    workspace.set('docker-compose.yml', 'services:\n  web:\n    image: example/dev\n');
    workspace.set('docker-compose.prod.yml', 'services:\n  web:\n    image: example/prod\n');
    const [web] = workspace.services();
    assert.deepStrictEqual(web.declarations.map((at) => at.path), ['docker-compose.prod.yml', 'docker-compose.yml']);
    assert.strictEqual(web.image, 'example/dev');
  });
});
