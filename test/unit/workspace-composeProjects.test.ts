import * as assert from 'assert';
import { createWorkspace, type PortWorkspace } from '../../src/core';
import { defaultPartnerName, isReadByDefault } from '../../src/core/workspace/composeFileNames';

// Which compose files of a folder are one project, as docker compose groups them: without -f it reads the first
// base file by precedence (compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml) and the first
// override file; every other compose file is read with -f, alone, or after the base file when it cannot run alone.

const servicesOf = (workspace: PortWorkspace) => workspace.services().map((service) => `${service.project} ${service.name} [${service.declarations.map((at) => at.path).join(', ')}]`);
const codes = (workspace: PortWorkspace, path: string, code: string) => workspace.findings(path).filter((found) => found.code === code);

// A service built from a Dockerfile that listens on 80, published on container port 3000 (Christmas-Community's
// docker-compose.yml before its fix), beside a debug variant that runs another command.
const dockerfile = 'FROM node:20\nENV PORT 80\nEXPOSE 80\nCMD ["node", "index.js"]\n';
const base = 'services:\n  app:\n    build: .\n    ports:\n      - 3000:3000\n';
const debugVariant = 'services:\n  app:\n    build: .\n    environment:\n      NODE_ENV: development\n    ports:\n      - 3000:3000\n      - 9229:9229\n    command: node --inspect=0.0.0.0:9229 index.js\n';

describe('compose projects: which files docker compose reads together', () => {
  it('names: the first base name and the first override name present are read by default, nothing else', () => {
    const present = (...names: string[]) => (name: string) => names.includes(name);
    assert.strictEqual(isReadByDefault('compose.yaml', present('compose.yaml', 'docker-compose.yml')), true);
    assert.strictEqual(isReadByDefault('docker-compose.yml', present('compose.yaml', 'docker-compose.yml')), false);
    assert.strictEqual(isReadByDefault('docker-compose.yml', present('docker-compose.yml', 'docker-compose.yaml')), true);
    assert.strictEqual(isReadByDefault('compose.yml', present('compose.yml', 'docker-compose.yml')), true);
    assert.strictEqual(isReadByDefault('compose.override.yml', present('compose.override.yml', 'compose.override.yaml', 'compose.yaml')), true);
    assert.strictEqual(isReadByDefault('compose.override.yaml', present('compose.override.yml', 'compose.override.yaml', 'compose.yaml')), false);
    // No base beside it: docker compose walks up to the parent folder's files, and the override is read only with -f.
    assert.strictEqual(isReadByDefault('compose.override.yml', present('compose.override.yml', 'compose.override.yaml')), false);
    assert.strictEqual(defaultPartnerName('compose.override.yml', present('compose.override.yml')), undefined);
    assert.strictEqual(isReadByDefault('docker-compose.prod.yml', present('docker-compose.prod.yml')), false);
    assert.strictEqual(isReadByDefault('stack.yml', present('stack.yml')), false);
    assert.strictEqual(defaultPartnerName('compose.yaml', present('compose.yaml', 'docker-compose.override.yml')), 'docker-compose.override.yml');
    assert.strictEqual(defaultPartnerName('docker-compose.yml', present('compose.yaml', 'docker-compose.yml', 'compose.override.yaml')), undefined);
    assert.strictEqual(defaultPartnerName('docker-compose.prod.yml', present('docker-compose.prod.yml', 'docker-compose.yml')), undefined);
  });

  it('an override file with no base file beside it is not the folder\'s project: docker compose there reads the parent\'s files', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  web:\n    image: example/web\n    ports:\n      - "8080:80"\n');
    workspace.set('dev/compose.override.yaml', 'services:\n  web:\n    ports:\n      - "8080:81"\n');
    assert.deepStrictEqual(servicesOf(workspace), [' web [compose.yaml]', 'dev/compose.override.yaml web [dev/compose.override.yaml]']);
    assert.deepStrictEqual(codes(workspace, 'compose.yaml', 'host-port-conflict'), []);
    // A base file arriving beside it makes the two the folder's project, and going undoes it.
    workspace.set('dev/compose.yaml', 'services:\n  web:\n    image: example/web\n    ports:\n      - "8080:80"\n');
    assert.deepStrictEqual(servicesOf(workspace), [' web [compose.yaml]', 'dev web [dev/compose.yaml, dev/compose.override.yaml]']);
    assert.strictEqual(codes(workspace, 'dev/compose.override.yaml', 'host-port-conflict').length, 1);
    workspace.delete('dev/compose.yaml');
    assert.deepStrictEqual(servicesOf(workspace), [' web [compose.yaml]', 'dev/compose.override.yaml web [dev/compose.override.yaml]']);
  });

  it('compose.yaml and its override are one project: a service in both is one service, its ports from both', () => {
    const workspace = createWorkspace();
    workspace.set('app/compose.yaml', 'services:\n  web:\n    image: example/web\n    ports:\n      - "8080:80"\n');
    workspace.set('app/compose.override.yaml', 'services:\n  web:\n    ports:\n      - "8080:81"\n');
    assert.deepStrictEqual(servicesOf(workspace), ['app web [app/compose.yaml, app/compose.override.yaml]']);
    // Ports are appended when files merge, so the override's 8080 publishes beside the base's: a real conflict.
    assert.strictEqual(codes(workspace, 'app/compose.yaml', 'host-port-conflict').length, 1);
    assert.strictEqual(codes(workspace, 'app/compose.override.yaml', 'host-port-conflict').length, 1);
  });

  it('docker-compose.yml and docker-compose.debug.yml are alternatives: the debug command does not hide the base file\'s mistake', () => {
    const workspace = createWorkspace();
    workspace.set('Dockerfile', dockerfile);
    workspace.set('docker-compose.yml', base);
    workspace.set('docker-compose.debug.yml', debugVariant);
    assert.deepStrictEqual(servicesOf(workspace), [' app [docker-compose.yml]', 'docker-compose.debug.yml app [docker-compose.debug.yml]']);
    const [mismatch] = codes(workspace, 'docker-compose.yml', 'container-port-mismatch');
    assert.match(mismatch?.message ?? '', /listens on 80/);
    // The same 3000 published in both files is "pick one", not a conflict.
    assert.deepStrictEqual(codes(workspace, 'docker-compose.yml', 'host-port-conflict'), []);
    assert.deepStrictEqual(codes(workspace, 'docker-compose.debug.yml', 'host-port-conflict'), []);
  });

  it('precedence: compose.yaml takes the folder, docker-compose.yml beside it stands alone until compose.yaml goes', () => {
    const workspace = createWorkspace();
    workspace.set('docker-compose.yml', 'services:\n  old:\n    image: example/old\n    ports:\n      - "8080:80"\n');
    workspace.set('compose.override.yaml', 'services:\n  extra:\n    image: example/extra\n    ports:\n      - "8080:80"\n');
    // Without compose.yaml, docker-compose.yml is the base: its 8080 and the override's collide.
    assert.strictEqual(codes(workspace, 'docker-compose.yml', 'host-port-conflict').length, 1);
    workspace.set('compose.yaml', 'services:\n  web:\n    image: example/web\n');
    assert.deepStrictEqual(codes(workspace, 'docker-compose.yml', 'host-port-conflict'), []);
    assert.deepStrictEqual(codes(workspace, 'compose.override.yaml', 'host-port-conflict'), []);
    assert.deepStrictEqual(servicesOf(workspace), [' extra [compose.override.yaml]', ' web [compose.yaml]', 'docker-compose.yml old [docker-compose.yml]']);
    assert.ok(workspace.dependants('compose.yaml').includes('docker-compose.yml'));
    workspace.delete('compose.yaml');
    assert.strictEqual(codes(workspace, 'docker-compose.yml', 'host-port-conflict').length, 1);
    assert.deepStrictEqual(servicesOf(workspace), [' extra [compose.override.yaml]', ' old [docker-compose.yml]']);
  });

  it('a compose file known by its content is its own project, not merged with compose.yaml beside it', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  web:\n    image: example/web\n    ports:\n      - "8080:80"\n');
    workspace.set('stack.yml', 'services:\n  web:\n    image: example/web2\n    ports:\n      - "8080:80"\n');
    assert.deepStrictEqual(servicesOf(workspace), [' web [compose.yaml]', 'stack.yml web [stack.yml]']);
  });

  it('a fragment (a service that says nothing of what it runs) is read after the base file, not as a project of its own', () => {
    const workspace = createWorkspace();
    workspace.set('api/Dockerfile', 'FROM node:20\nEXPOSE 3000\nCMD ["node", "server.js"]\n');
    workspace.set('compose.yaml', 'services:\n  api:\n    build: ./api\n');
    const fragment = 'services:\n  api:\n    labels:\n      - traefik.http.services.api.loadbalancer.server.port=3001\n  worker:\n    image: example/worker\n';
    workspace.set('docker-compose.prod.yml', fragment);
    // The label speaks of the api service as compose.yaml builds it: it listens on 3000.
    const info = workspace.target('docker-compose.prod.yml', fragment.indexOf('3001'));
    assert.deepStrictEqual(info?.listensOn.map((entry) => entry.port), [3000]);
    assert.strictEqual(codes(workspace, 'docker-compose.prod.yml', 'unreachable-port').length, 1);
    // The base file's api is listed once (with the base project); the service the fragment adds, with the fragment.
    assert.deepStrictEqual(servicesOf(workspace), [' api [compose.yaml]', 'docker-compose.prod.yml worker [docker-compose.prod.yml]']);
    // A file whose services all say what they run is an alternative: it does not see compose.yaml's api.
    workspace.set('docker-compose.prod.yml', fragment.replace('  api:\n', '  api:\n    image: example/gateway\n'));
    assert.deepStrictEqual(codes(workspace, 'docker-compose.prod.yml', 'unreachable-port'), []);
  });

  it('an alternative file running one image beside a Dockerfile another file of the folder builds does not take that Dockerfile as its image\'s', () => {
    const workspace = createWorkspace();
    workspace.set('Dockerfile', 'FROM node:20\nEXPOSE 3000\nCMD ["node", "server.js"]\n');
    workspace.set('docker-compose.yml', 'services:\n  app:\n    build: .\n    ports:\n      - 3000:3000\n');
    workspace.set('docker-compose.dev.yml', 'services:\n  scanner:\n    image: example/scanner\n    ports:\n      - 3310:3310\n');
    assert.deepStrictEqual(codes(workspace, 'docker-compose.dev.yml', 'container-port-mismatch'), []);
    // Alone in its folder, the same file's one unknown image is taken as built by the Dockerfile beside it.
    workspace.delete('docker-compose.yml');
    assert.strictEqual(codes(workspace, 'docker-compose.dev.yml', 'container-port-mismatch').length, 1);
  });
});

describe('Traefik: a service of labels that no router uses routes nothing', () => {
  const traefik = (routerService: string) => [
    'services:', '  web:', '    image: nginx:1.27', '    labels:',
    '      - traefik.enable=true', '      - traefik.http.routers.dashboard.rule=Host(`t.example.com`)',
    `      - traefik.http.routers.dashboard.service=${routerService}`,
    '      - traefik.http.services.traefik-public.loadbalancer.server.port=8080', '',
  ].join('\n');

  it('the dashboard idiom (router to api@internal, a placeholder service port) is not a route to the container', () => {
    const workspace = createWorkspace();
    workspace.set('compose.traefik.yaml', traefik('api@internal'));
    assert.deepStrictEqual(codes(workspace, 'compose.traefik.yaml', 'unreachable-port'), []);
  });

  it('a router that uses the service, or names none, keeps the route checked', () => {
    // A router to a service the labels do not define (a typo of the labelled one) keeps it checked too.
    for (const text of [traefik('traefik-public'), traefik('traefik-public@docker'), traefik('public'), traefik('x').replace(/.*routers\.dashboard\.service.*\n/, '')]) {
      const workspace = createWorkspace();
      workspace.set('compose.traefik.yaml', text);
      assert.strictEqual(codes(workspace, 'compose.traefik.yaml', 'unreachable-port').length, 1, text);
    }
  });
});
