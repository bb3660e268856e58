import * as assert from 'assert';
import { analyzePorts, createWorkspace } from '../../src/core';

// The workspace model's single-file part: each file's findings are today's rules, a compose file read with
// the `.env` beside it and the file docker compose merges with it, like the editor reads an open document.

const compose = `services:
  web:
    image: nginx
    ports:
      - "\${WEB_PORT}:80"
  db:
    image: postgres:16
    ports:
      - "5432:5432"
`;

describe('workspace: single-file findings and mentions', () => {
  it('interpolates a compose file with the .env beside it, and follows edits and deletion of the .env', () => {
    const workspace = createWorkspace();
    workspace.set('app/compose.yaml', compose);
    const unset = () => workspace.findings('app/compose.yaml').filter((f) => f.code === 'unset-variable');
    assert.strictEqual(unset().length, 1, 'no .env: WEB_PORT is unset');
    workspace.set('app/.env', 'WEB_PORT=8080\n');
    assert.deepStrictEqual(unset(), []);
    const host = workspace.mentions('app/compose.yaml').find((m) => m.role === 'host' && m.service === 'web');
    assert.strictEqual(host?.port, 8080);
    workspace.set('app/.env', 'WEB_PORT=9090\n');
    assert.strictEqual(workspace.mentions('app/compose.yaml').find((m) => m.role === 'host' && m.service === 'web')?.port, 9090);
    workspace.delete('app/.env');
    assert.strictEqual(unset().length, 1);
  });

  it('a .env in another folder does not interpolate the compose file', () => {
    const workspace = createWorkspace();
    workspace.set('app/compose.yaml', compose);
    workspace.set('.env', 'WEB_PORT=8080\n');
    assert.strictEqual(workspace.findings('app/compose.yaml').filter((f) => f.code === 'unset-variable').length, 1);
  });

  it('checks a compose file with its override partner for host-port conflicts, in both files', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n');
    workspace.set('compose.override.yaml', 'services:\n  debug:\n    image: busybox\n    ports:\n      - "8080:8000"\n');
    const base = workspace.findings('compose.yaml').filter((f) => f.code === 'host-port-conflict');
    const over = workspace.findings('compose.override.yaml').filter((f) => f.code === 'host-port-conflict');
    assert.strictEqual(base.length, 1);
    assert.match(base[0].message, /compose\.override\.yaml/);
    assert.strictEqual(over.length, 1);
    assert.match(over[0].message, /compose\.yaml/);
    // A compose file of another name is not merged (docker compose reads it only with -f).
    workspace.delete('compose.override.yaml');
    workspace.set('compose.prod.yaml', 'services:\n  debug:\n    image: busybox\n    ports:\n      - "8080:8000"\n');
    assert.deepStrictEqual(workspace.findings('compose.yaml').filter((f) => f.code === 'host-port-conflict'), []);
  });

  it('gives the other formats the findings analyzePorts gives them alone', () => {
    const workspace = createWorkspace({ rules: { 'privileged-host-port': 'off' } });
    const nginx = 'server {\n  listen 80;\n  location / { proxy_pass http://web:99999; }\n}\n';
    const dockerfile = 'FROM node:20\nEXPOSE 3000 50000\n';
    workspace.set('nginx/default.conf', nginx);
    workspace.set('api/Dockerfile', dockerfile);
    assert.deepStrictEqual(workspace.findings('nginx/default.conf'), analyzePorts(nginx, 'nginx').findings);
    assert.deepStrictEqual(workspace.findings('api/Dockerfile'), analyzePorts(dockerfile, 'dockerfile').findings);
    assert.ok(workspace.findings('api/Dockerfile').some((f) => f.code === 'dynamic-range'));
  });

  it('applies the rule settings given at creation and after configure', () => {
    const workspace = createWorkspace({ rules: { 'dynamic-range': 'off' } });
    workspace.set('Dockerfile', 'FROM node:20\nEXPOSE 50000\n');
    assert.deepStrictEqual(workspace.findings('Dockerfile'), []);
    workspace.configure({ rules: { 'dynamic-range': 'error' } });
    assert.deepStrictEqual(workspace.findings('Dockerfile').map((f) => f.severity), ['error']);
  });

  it('reads a file whose name says nothing in the format it is given, and nothing from unknown files', () => {
    const workspace = createWorkspace();
    workspace.set('notes/ports.txt', 'PORT=3000\n');
    assert.deepStrictEqual(workspace.mentions('notes/ports.txt'), []);
    workspace.set('Untitled-1', 'EXPOSE 3000\n', 'dockerfile');
    assert.deepStrictEqual(workspace.mentions('Untitled-1').map((m) => m.port), [3000]);
    assert.deepStrictEqual(workspace.findings('missing/compose.yaml'), []);
  });

  it('normalizes paths: ./a, a//b and backslashes name the same file', () => {
    const workspace = createWorkspace();
    workspace.set('./app//compose.yaml', compose);
    assert.ok(workspace.has('app/compose.yaml'));
    assert.ok(workspace.mentions('app\\compose.yaml').length > 0);
    assert.deepStrictEqual(workspace.paths(), ['app/compose.yaml']);
  });
});

describe('workspace: port map and publishers', () => {
  it('lists every published host port with its service, project, container port and place, by port', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  web:\n    image: nginx\n    ports:\n      - "127.0.0.1:8080:80"\n      - "53:53/udp"\n');
    workspace.set('other/compose.yaml', compose);
    workspace.set('other/.env', 'WEB_PORT=8081\n');
    const map = workspace.portMap();
    assert.deepStrictEqual(map.map((e) => [e.port, e.protocol, e.service, e.project, e.containerPort, e.hostIp, e.location.path]), [
      [53, 'udp', 'web', '', 53, undefined, 'compose.yaml'],
      [5432, 'tcp', 'db', 'other', 5432, undefined, 'other/compose.yaml'],
      [8080, 'tcp', 'web', '', 80, '127.0.0.1', 'compose.yaml'],
      [8081, 'tcp', 'web', 'other', 80, undefined, 'other/compose.yaml'],
    ]);
    const text = 'services:\n  web:\n    image: nginx\n    ports:\n      - "127.0.0.1:8080:80"\n      - "53:53/udp"\n';
    const at = map[2].location;
    assert.strictEqual(text.slice(at.start, at.end), '8080');
  });

  it('answers which files publish a host port, a range overlapping it included', () => {
    const workspace = createWorkspace();
    workspace.set('a/compose.yaml', 'services:\n  db:\n    image: postgres\n    ports:\n      - "5432:5432"\n');
    workspace.set('b/compose.yaml', 'services:\n  pg:\n    image: postgres\n    ports:\n      - "5430-5435:5432"\n');
    assert.deepStrictEqual(workspace.publishers(5432).map((e) => e.location.path), ['b/compose.yaml', 'a/compose.yaml']);
    assert.deepStrictEqual(workspace.publishers(5432, 'udp'), []);
    assert.deepStrictEqual(workspace.publishers(5436), []);
  });
});
