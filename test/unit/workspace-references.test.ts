import * as assert from 'assert';
import { createWorkspace, type PortLocation, type PortWorkspace } from '../../src/core';
import { applyEdits } from './applyEdits';

// Find All References, Go to Definition, other publishers and "Use host port N": queries across files.

const compose = [
  'services:',
  '  web:',
  '    build: ./web',
  '    expose:',
  '      - "3000"',
  '    environment:',
  '      PORT: 3000',
  '  worker:',
  '    image: example/worker',
  '    environment:',
  '      API_URL: http://web:3000/jobs',
  '  proxy:',
  '    image: nginx:1.27',
  '    ports:',
  '      - "8080:80"',
  '    volumes:',
  '      - ./nginx/default.conf:/etc/nginx/conf.d/default.conf:ro',
  '',
].join('\n');
const dockerfile = 'FROM node:20\nWORKDIR /app\nEXPOSE 3000\nCMD ["node", "server.js"]\n';
const nginx = 'upstream app {\n  server web:3000;\n}\nserver {\n  listen 80;\n  location / { proxy_pass http://app; }\n  location /health { proxy_pass http://web:9000; }\n}\n';
const env = 'PUBLIC_API=http://web:3000\nOTHER=http://worker:3000\n';
const texts: Record<string, string> = { 'compose.yaml': compose, 'web/Dockerfile': dockerfile, 'nginx/default.conf': nginx, '.env': env };

function workspaceOfStack(): PortWorkspace {
  const workspace = createWorkspace();
  for (const [path, text] of Object.entries(texts)) workspace.set(path, text);
  return workspace;
}

/** `path: text under the location` for each location, sorted, so that a failure reads as the snippets. */
function shown(locations: readonly PortLocation[]): string[] {
  return locations.map((at) => `${at.path}@${at.start}: ${texts[at.path].slice(at.start, at.end)}`).sort();
}

function at(path: string, needle: string, delta = 0): number {
  const offset = texts[path].indexOf(needle);
  assert.ok(offset >= 0, needle);
  return offset + delta;
}

const socketOfWeb3000 = [
  `.env@${env.indexOf('3000')}: 3000`,
  `compose.yaml@${compose.indexOf('3000')}: 3000`,
  `compose.yaml@${compose.indexOf('PORT: 3000') + 6}: 3000`,
  `compose.yaml@${compose.indexOf('web:3000') + 4}: 3000`,
  `nginx/default.conf@${nginx.indexOf('3000')}: 3000`,
  `web/Dockerfile@${dockerfile.indexOf('3000')}: 3000`,
].sort();

describe('workspace references', () => {
  it('from nginx web:3000: every mention of web\'s port 3000 across the workspace', () => {
    assert.deepStrictEqual(shown(workspaceOfStack().references('nginx/default.conf', at('nginx/default.conf', '3000'))), socketOfWeb3000);
  });

  it('the same set from the Dockerfile\'s EXPOSE, from expose:, from PORT= and from the URL in .env', () => {
    const workspace = workspaceOfStack();
    assert.deepStrictEqual(shown(workspace.references('web/Dockerfile', at('web/Dockerfile', '3000'))), socketOfWeb3000);
    assert.deepStrictEqual(shown(workspace.references('compose.yaml', at('compose.yaml', '"3000"', 1))), socketOfWeb3000);
    assert.deepStrictEqual(shown(workspace.references('compose.yaml', at('compose.yaml', 'PORT: 3000', 6))), socketOfWeb3000);
    assert.deepStrictEqual(shown(workspace.references('.env', at('.env', '3000'))), socketOfWeb3000);
  });

  it('another service on the same number is another socket', () => {
    const workspace = workspaceOfStack();
    const other = workspace.references('.env', at('.env', 'worker:3000', 7));
    assert.deepStrictEqual(shown(other), [`.env@${env.indexOf('worker:3000') + 7}: 3000`]);
  });

  it('a host port: every publish of that host port in the workspace', () => {
    const workspace = workspaceOfStack();
    const otherCompose = 'services:\n  admin:\n    image: example/admin\n    ports:\n      - "127.0.0.1:8080:8080"\n';
    workspace.set('admin/compose.yaml', otherCompose);
    const found = workspace.references('compose.yaml', at('compose.yaml', '8080'));
    assert.deepStrictEqual(found, [
      { path: 'compose.yaml', start: compose.indexOf('8080'), end: compose.indexOf('8080') + 4 },
      { path: 'admin/compose.yaml', start: otherCompose.indexOf('8080'), end: otherCompose.indexOf('8080') + 4 },
    ]);
  });

  it('nothing but the position when no port is under it', () => {
    assert.deepStrictEqual(workspaceOfStack().references('compose.yaml', 0), []);
    assert.deepStrictEqual(workspaceOfStack().references('missing.conf', 0), []);
  });
});

describe('workspace definition', () => {
  it('from a target: where the service says it listens on that port', () => {
    const workspace = workspaceOfStack();
    assert.deepStrictEqual(shown(workspace.definition('nginx/default.conf', at('nginx/default.conf', '3000'))), [
      `compose.yaml@${compose.indexOf('3000')}: 3000`,
      `compose.yaml@${compose.indexOf('PORT: 3000') + 6}: 3000`,
      `web/Dockerfile@${dockerfile.indexOf('3000')}: 3000`,
    ].sort());
  });

  it('from a target on a port the service does not declare: the service itself', () => {
    const workspace = workspaceOfStack();
    const found = workspace.definition('nginx/default.conf', at('nginx/default.conf', '9000'));
    assert.deepStrictEqual(found, [{ path: 'compose.yaml', start: compose.indexOf('web:'), end: compose.indexOf('web:') + 3 }]);
  });

  it('nothing from a port that is not a target', () => {
    assert.deepStrictEqual(workspaceOfStack().definition('web/Dockerfile', at('web/Dockerfile', '3000')), []);
  });
});

describe('workspace: host ports across projects', () => {
  const a = 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n';
  const b = 'services:\n  pg:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n';

  it('a host port another project publishes is no diagnostic, but a query names the other publisher', () => {
    const workspace = createWorkspace();
    workspace.set('a/compose.yaml', a);
    workspace.set('b/compose.yaml', b);
    assert.deepStrictEqual(workspace.findings('a/compose.yaml').filter((f) => f.code === 'host-port-conflict'), []);
    const others = workspace.otherPublishers('a/compose.yaml', a.indexOf('5432'));
    assert.deepStrictEqual(others.map((entry) => [entry.service, entry.project, entry.location.path]), [['pg', 'b', 'b/compose.yaml']]);
    assert.deepStrictEqual(workspace.otherPublishers('a/compose.yaml', a.lastIndexOf('5432')), [], 'the container port is no host port');
  });

  it('suggests the nearest host port nothing publishes, skipping well-known software and the ephemeral range', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  a:\n    image: example/a\n    ports:\n      - "8080:80"\n      - "8079:80"\n');
    // 8081 is free but is Metro's (React Native): the next nearest free port is 8082.
    assert.strictEqual(workspace.suggestHostPort(8080), 8082);
    workspace.set('compose.yaml', 'services:\n  a:\n    image: example/a\n    ports:\n      - "8080:80"\n      - "8079:80"\n      - "8082:80"\n');
    assert.strictEqual(workspace.suggestHostPort(8080), 8078);
    assert.strictEqual(workspace.suggestHostPort(8080, 'udp'), 8079, 'udp publishes are another port space');
    assert.strictEqual(workspace.suggestHostPort(49151), 49150, 'never into the ephemeral range');
    const linux = createWorkspace({ ephemeralRange: [32768, 60999] });
    // Below Linux's ephemeral range lies Kubernetes' NodePort range (30000–32767), software's ports too.
    assert.strictEqual(linux.suggestHostPort(32767), 29999);
    assert.strictEqual(workspace.suggestHostPort(70000), undefined);
  });

  it('the quick fix on a host-port-conflict in one project: "Use host port N"', () => {
    const workspace = createWorkspace();
    const text = 'services:\n  web:\n    image: example/web\n    ports:\n      - "8080:80"\n  admin:\n    image: example/admin\n    ports:\n      - "8080:9000"\n';
    workspace.set('compose.yaml', text);
    const conflicts = workspace.findings('compose.yaml').filter((f) => f.code === 'host-port-conflict');
    assert.strictEqual(conflicts.length, 2);
    const port = workspace.suggestHostPort(8080);
    assert.strictEqual(conflicts[1].fix?.title, `Use host port ${port}`);
    const fixed = applyEdits(text, conflicts[1].fix!.edits);
    assert.strictEqual(fixed, text.replace('"8080:9000"', `"${port}:9000"`));
    workspace.set('compose.yaml', fixed);
    assert.deepStrictEqual(workspace.findings('compose.yaml').filter((f) => f.code === 'host-port-conflict'), []);
  });

  it('keeps the replicas fix of a host-port-conflict', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  web:\n    image: example/web\n    deploy:\n      replicas: 3\n    ports:\n      - "8080:80"\n');
    const [conflict] = workspace.findings('compose.yaml').filter((f) => f.code === 'host-port-conflict');
    assert.doesNotMatch(conflict.fix?.title ?? '', /Use host port/);
  });
});

describe('workspace services (for the Ports view)', () => {
  it('every service by project and name, with what it listens on and the targets that reach it', () => {
    const workspace = workspaceOfStack();
    workspace.set('other/compose.yaml', 'services:\n  db:\n    image: postgres:16\n    hostname: pg\n');
    const services = workspace.services();
    assert.deepStrictEqual(services.map((s) => `${s.project}/${s.name}`), ['/proxy', '/web', '/worker', 'other/db']);
    const web = services.find((s) => s.name === 'web')!;
    assert.strictEqual(web.dockerfile, 'web/Dockerfile');
    assert.deepStrictEqual(web.listensOn.map((l) => `${l.port} ${l.where}`), ['3000 web/Dockerfile line 3', '3000 expose: in compose.yaml line 5', '3000 PORT in compose.yaml line 7']);
    assert.strictEqual(web.listeningKnown, true);
    assert.deepStrictEqual(shown(web.reachedBy.map((r) => r.location)), [
      `.env@${env.indexOf('3000')}: 3000`,
      `compose.yaml@${compose.indexOf('web:3000') + 4}: 3000`,
      `nginx/default.conf@${nginx.indexOf('3000')}: 3000`,
      `nginx/default.conf@${nginx.indexOf('9000')}: 9000`,
    ].sort());
    assert.deepStrictEqual(web.reachedBy.filter((r) => r.reachable === false).map((r) => r.port), [9000]);
    const db = services.find((s) => s.name === 'db')!;
    assert.deepStrictEqual([db.image, db.aliases, db.listensOn.map((l) => l.port), db.reachedBy], ['postgres:16', ['pg'], [5432], []]);
  });
});

describe('workspace hover notes', () => {
  it('a target: the service it reaches, where that is declared and what it listens on', () => {
    const workspace = workspaceOfStack();
    assert.deepStrictEqual(workspace.hoverNotes('nginx/default.conf', at('nginx/default.conf', '3000')), [
      'Reaches `web` (compose.yaml:2), which listens on 3000 (web/Dockerfile:3).',
    ]);
  });

  it('a target whose service may listen elsewhere, or whose port is not known', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  api:\n    image: example/api\n  web:\n    image: example/web\n    expose: ["3000"]\n    command: ["serve", "--port", "4000"]\n');
    const env = 'A=http://api:8080\nB=http://web:4000\n';
    workspace.set('.env', env);
    assert.deepStrictEqual(workspace.hoverNotes('.env', env.indexOf('8080')), ['Reaches `api` (compose.yaml:2); what it listens on is not known here.']);
    assert.deepStrictEqual(workspace.hoverNotes('.env', env.indexOf('4000')), [
      'Reaches `web` (compose.yaml:4), which listens on 3000 (expose: in compose.yaml:6), unless something at run time moves it.',
    ]);
  });

  it('a port a service listens on: the targets that reach it', () => {
    const workspace = workspaceOfStack();
    const note = 'Reached at `web` from `.env` line 1, `compose.yaml` line 11, `nginx/default.conf` line 2.';
    assert.deepStrictEqual(workspace.hoverNotes('web/Dockerfile', at('web/Dockerfile', '3000')), [note]);
    assert.deepStrictEqual(workspace.hoverNotes('compose.yaml', at('compose.yaml', 'PORT: 3000', 6)), [note]);
    assert.deepStrictEqual(workspace.hoverNotes('compose.yaml', at('compose.yaml', '"8080:80"', 6)), [], 'nothing reaches the proxy');
  });

  it('a host port another project publishes too', () => {
    const workspace = createWorkspace();
    const a = 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n';
    workspace.set('a/compose.yaml', a);
    workspace.set('b/compose.yaml', 'services:\n  pg:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"\n');
    assert.deepStrictEqual(workspace.hoverNotes('a/compose.yaml', a.indexOf('5432')), [
      'Also published by `pg` in `b/compose.yaml` line 5: another compose project, so only one of them can run at a time.',
    ]);
    assert.deepStrictEqual(workspace.hoverNotes('a/compose.yaml', 0), []);
  });
});
