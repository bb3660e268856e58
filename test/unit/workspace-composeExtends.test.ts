import * as assert from 'assert';
import { createWorkspace, type PortWorkspace } from '../../src/core';
import type { ProjectIndex } from '../../src/core/workspace/projectIndex';

// extends: a service copies another's configuration, from its own file or another
// (https://docs.docker.com/reference/compose-file/services/#extends), merged as the merge rules say.

const service = (workspace: PortWorkspace, project: string, name: string) => workspace.services().find((one) => one.project === project && one.name === name);
const ports = (workspace: PortWorkspace, project: string, name: string) => [...new Set((service(workspace, project, name)?.listensOn ?? []).map((entry) => entry.port))].sort((a, b) => a - b);
const servicesOf = (workspace: PortWorkspace) => workspace.services().map((one) => `${one.project} ${one.name} [${one.declarations.map((at) => at.path).join(', ')}]`);

const common = 'services:\n  base:\n    image: example/api\n    expose:\n      - "3000"\n    environment:\n      PORT: "3000"\n';

describe('compose projects: extends', () => {
  it('a service extending one of another file takes its image and its ports, its own ports appended', () => {
    const workspace = createWorkspace();
    workspace.set('common.yml', common);
    workspace.set('compose.yaml', 'services:\n  api:\n    extends:\n      file: common.yml\n      service: base\n    expose:\n      - "9090"\n');
    assert.strictEqual(service(workspace, '', 'api')?.image, 'example/api');
    assert.deepStrictEqual(ports(workspace, '', 'api'), [3000, 9090]);
  });

  it('a route to the port the base exposes is reachable, one to another port is not', () => {
    const workspace = createWorkspace();
    workspace.set('common.yml', common);
    workspace.set('compose.yaml', 'services:\n  api:\n    extends: { file: common.yml, service: base }\n  proxy:\n    image: nginx\n    volumes:\n      - ./nginx.conf:/etc/nginx/conf.d/default.conf\n');
    workspace.set('nginx.conf', 'server {\n  listen 80;\n  location / { proxy_pass http://api:3000; }\n  location /x { proxy_pass http://api:4000; }\n}\n');
    const unreachable = workspace.findings('nginx.conf').filter((found) => found.code === 'unreachable-port');
    assert.strictEqual(unreachable.length, 1);
    assert.match(unreachable[0].message, /4000/);
  });

  it('extends a service of the same file: the base runs too, the extending one copies its build', () => {
    const workspace = createWorkspace();
    workspace.set('api/Dockerfile', 'FROM node:20\nEXPOSE 8000\n');
    workspace.set('compose.yaml', 'services:\n  base:\n    build: ./api\n  worker:\n    extends: base\n    command: node worker.js\n');
    assert.strictEqual(service(workspace, '', 'worker')?.dockerfile, 'api/Dockerfile');
    assert.strictEqual(service(workspace, '', 'base')?.dockerfile, 'api/Dockerfile');
  });

  it('without extends the service says nothing of what it runs', () => {
    const workspace = createWorkspace();
    workspace.set('common.yml', common);
    workspace.set('compose.yaml', 'services:\n  api:\n    image: example/other\n    expose:\n      - "9090"\n');
    assert.strictEqual(service(workspace, '', 'api')?.image, 'example/other');
    assert.deepStrictEqual(ports(workspace, '', 'api'), [9090]);
  });

  it('a cycle, a missing service or a missing file ends the chain without throwing; the file arriving is followed', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  a:\n    extends: b\n    expose: ["1"]\n  b:\n    extends: a\n    expose: ["2"]\n  c:\n    extends: nobody\n  d:\n    extends: { file: later.yml, service: base }\n');
    assert.deepStrictEqual(ports(workspace, '', 'a'), [1, 2]);
    assert.deepStrictEqual(ports(workspace, '', 'b'), [1, 2]);
    // Each port once: the chain stops where it comes back.
    assert.strictEqual(service(workspace, '', 'a')?.listensOn.length, 2);
    assert.ok(service(workspace, '', 'c'));
    assert.strictEqual(service(workspace, '', 'd')?.image, undefined);
    workspace.set('later.yml', common);
    assert.strictEqual(service(workspace, '', 'd')?.image, 'example/api');
    assert.deepStrictEqual(ports(workspace, '', 'd'), [3000]);
    workspace.set('later.yml', common.replace('example/api', 'example/api2'));
    assert.strictEqual(service(workspace, '', 'd')?.image, 'example/api2');
  });

  it('a file of base definitions other files extend is not read as a fragment of the folder\'s project', () => {
    // base has no image: alone it cannot run, which made the file a fragment read after compose.yaml, where base
    // would run beside the web that copies it.
    const fragment = 'services:\n  base:\n    ports:\n      - "8080:80"\n';
    const workspace = createWorkspace();
    // The project model itself: the Ports view hides a fragment's base-file services either way.
    const filesOf = (key: string) => (workspace as unknown as { projects: ProjectIndex }).projects.project(key)?.composeFiles.map((file) => file.path);
    workspace.set('compose.yaml', 'services:\n  web:\n    image: nginx\n    extends: { file: common-services.yml, service: base }\n');
    workspace.set('common-services.yml', fragment);
    assert.deepStrictEqual(filesOf('common-services.yml'), ['common-services.yml']);
    assert.deepStrictEqual(servicesOf(workspace).filter((line) => line.includes('[compose.yaml')), [' web [compose.yaml]']);
    assert.deepStrictEqual(ports(workspace, '', 'web'), [80]);
    // Not extended by anyone: read after compose.yaml, as before.
    workspace.set('compose.yaml', 'services:\n  web:\n    image: nginx\n');
    assert.deepStrictEqual(filesOf('common-services.yml'), ['compose.yaml', 'common-services.yml']);
  });
  it('inherited publishes count for what the variants listen on, not for host-port-conflict (the dummy-profile base)', () => {
    // ebook2audiobook's shape: compose-go appends the base's profiles to each variant's, so only --profile _base runs
    // them together; no conflict is reported for that (composeExtends.ts).
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  app-base:\n    image: example/app\n    ports:\n      - "7860:7860"\n    profiles: [_base]\n'
      + '  app-cpu:\n    extends:\n      service: app-base\n    profiles: [cpu]\n  app-cuda:\n    extends:\n      service: app-base\n    profiles: [cuda]\n');
    assert.deepStrictEqual(ports(workspace, '', 'app-cpu'), [7860]);
    assert.deepStrictEqual(ports(workspace, '', 'app-cuda'), [7860]);
    assert.deepStrictEqual(workspace.findings('compose.yaml').filter((found) => found.code === 'host-port-conflict'), []);
  });

  it('odd extends values are ignored without throwing; a file extending itself ends at once', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  a:\n    extends: [x]\n  b:\n    extends: { file: 12 }\n  c:\n    extends: { service: c, file: compose.yaml }\n    expose: ["5"]\n  d:\n    extends: { service: "${NOPE}" }\n  e:\n    extends:\n');
    assert.deepStrictEqual(workspace.services().map((one) => one.name), ['a', 'b', 'c', 'd', 'e']);
    assert.deepStrictEqual(ports(workspace, '', 'c'), [5]);
  });

  it('an edit of the extended file re-checks the files of the projects that extend it', () => {
    const workspace = createWorkspace();
    workspace.set('common.yml', common);
    workspace.set('app/compose.yaml', 'services:\n  api:\n    extends: { file: ../common.yml, service: base }\n');
    assert.strictEqual(service(workspace, 'app', 'api')?.image, 'example/api');
    assert.ok(workspace.dependants('common.yml').includes('app/compose.yaml'));
  });
});
