import * as assert from 'assert';
import { createWorkspace, type PortWorkspace, type TargetInfo } from '../../src/core';

// Where a target `name:port` resolves: the compose service that answers to `name` in a project the file belongs
// to, and what that service listens on, each way of saying it with a real snippet.

/** The target under the first occurrence of `needle` (the port digits, or the host of an implicit port). */
function targetAt(workspace: PortWorkspace, path: string, text: string, needle: string): TargetInfo | undefined {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} is in the text`);
  return workspace.target(path, at);
}

function listens(info: TargetInfo | undefined): string[] {
  return (info?.listensOn ?? []).map((entry) => `${entry.port}${entry.endPort ? `-${entry.endPort}` : ''} ${entry.where}`);
}

const nginxTo = (address: string) => `server {\n  listen 80;\n  location / {\n    proxy_pass http://${address};\n  }\n}\n`;

describe('workspace resolution: what a service listens on', () => {
  it('the EXPOSE of the Dockerfile a service builds (build: as a path)', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  web:\n    build: ./api\n');
    workspace.set('api/Dockerfile', 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nEXPOSE 3000\nCMD ["node", "server.js"]\n');
    const nginx = nginxTo('web:3000');
    workspace.set('nginx/default.conf', nginx);
    const info = targetAt(workspace, 'nginx/default.conf', nginx, '3000');
    assert.strictEqual(info?.service, 'web');
    assert.strictEqual(info?.project, '');
    assert.deepStrictEqual(listens(info), ['3000 api/Dockerfile line 4']);
    assert.strictEqual(info?.reachable, true);
  });

  it('build: with context, dockerfile and target: the EXPOSE of the target stage and the stages it builds on', () => {
    const workspace = createWorkspace();
    workspace.set('deploy/compose.yaml', 'services:\n  api:\n    build:\n      context: ../services/api\n      dockerfile: docker/Dockerfile.prod\n      target: runtime\n');
    workspace.set('services/api/docker/Dockerfile.prod', [
      'FROM golang:1.22 AS build', 'EXPOSE 9999', 'RUN go build -o /api .',
      'FROM gcr.io/distroless/base AS base', 'EXPOSE 8080',
      'FROM base AS runtime', 'EXPOSE 8081', 'COPY --from=build /api /api',
      'FROM runtime AS debug', 'EXPOSE 2345', '',
    ].join('\n'));
    const env = 'API_URL=http://api:8080/v1\n';
    workspace.set('deploy/.env', env);
    const info = targetAt(workspace, 'deploy/.env', env, '8080');
    assert.strictEqual(info?.service, 'api');
    assert.deepStrictEqual(listens(info), ['8080 services/api/docker/Dockerfile.prod line 5', '8081 services/api/docker/Dockerfile.prod line 7']);
  });

  it('expose:, the container side of ports:, and a PORT setting, in that order of trust', () => {
    const workspace = createWorkspace();
    const compose = 'services:\n  app:\n    image: registry.example.com/team/app:1.4\n    ports:\n      - "8000:5000"\n    expose:\n      - "9100"\n    environment:\n      PORT: 5000\n';
    workspace.set('compose.yaml', compose);
    const env = 'APP_URL=http://app:5000\n';
    workspace.set('.env', env);
    assert.deepStrictEqual(listens(targetAt(workspace, '.env', env, '5000')), [
      '9100 expose: in compose.yaml line 7', '5000 ports: in compose.yaml line 5', '5000 PORT in compose.yaml line 9',
    ]);
  });

  it('the image\'s known ports, when nothing else says', () => {
    const workspace = createWorkspace();
    const compose = 'services:\n  db:\n    image: postgres:16-alpine\n  app:\n    image: example/app\n    environment:\n      DATABASE_URL: postgres://app:secret@db:5432/app\n';
    workspace.set('compose.yaml', compose);
    const info = targetAt(workspace, 'compose.yaml', compose, '5432');
    assert.strictEqual(info?.service, 'db');
    assert.deepStrictEqual(listens(info), ['5432 the postgres image (PostgreSQL)']);
    assert.strictEqual(info?.reachable, true);
  });

  it('a setting the image documents as moving its port (PGPORT) replaces the image\'s default', () => {
    const workspace = createWorkspace();
    const compose = 'services:\n  db:\n    image: postgres:16\n    environment:\n      PGPORT: 5433\n  app:\n    image: example/app\n    environment:\n      DATABASE_URL: postgres://db:5432/app\n';
    workspace.set('compose.yaml', compose);
    const info = targetAt(workspace, 'compose.yaml', compose, '5432/app');
    assert.deepStrictEqual(listens(info), ['5433 PGPORT in compose.yaml line 5']);
    assert.strictEqual(info?.reachable, false);
  });

  it('the base image of the Dockerfile a service builds, when the Dockerfile exposes nothing', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  db:\n    build: ./db\n');
    workspace.set('db/Dockerfile', 'FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\n');
    const env = 'DATABASE_URL=postgres://db:5432/app\n';
    workspace.set('.env', env);
    assert.deepStrictEqual(listens(targetAt(workspace, '.env', env, '5432')), ['5432 the postgres image (PostgreSQL)']);
  });
});

describe('workspace resolution: the names a container answers to', () => {
  const compose = [
    'services:',
    '  database:',
    '    image: postgres:16',
    '    hostname: pg',
    '    container_name: acme-postgres',
    '    networks:',
    '      backend:',
    '        aliases: [primary-db]',
    '  legacy:',
    '    image: example/legacy',
    '    links:',
    '      - "database:olddb"',
    '',
  ].join('\n');
  for (const host of ['database', 'pg', 'acme-postgres', 'primary-db', 'olddb', 'PG']) {
    it(`${host} reaches the service database`, () => {
      const workspace = createWorkspace();
      workspace.set('compose.yaml', compose);
      const env = `DATABASE_URL=postgres://${host}:5432/app\n`;
      workspace.set('.env', env);
      assert.strictEqual(targetAt(workspace, '.env', env, '5432')?.service, 'database');
    });
  }

  it('a name two services answer to reaches neither', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  a:\n    image: postgres\n    hostname: db\n  b:\n    image: postgres\n    networks:\n      default:\n        aliases: [db]\n');
    const env = 'DATABASE_URL=postgres://db:5433/app\n';
    workspace.set('.env', env);
    assert.strictEqual(targetAt(workspace, '.env', env, '5433'), undefined);
    assert.deepStrictEqual(workspace.findings('.env'), []);
  });

  it('services of an included compose file join the project, and follow its edits', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'include:\n  - db/compose.yaml\n  - path: [cache/compose.yaml]\nservices:\n  app:\n    image: example/app\n');
    workspace.set('db/compose.yaml', 'services:\n  db:\n    image: postgres:16\n');
    workspace.set('cache/compose.yaml', 'services:\n  cache:\n    image: example/cache\n    expose: ["6379"]\n');
    const env = 'DATABASE_URL=postgres://db:5433/app\nCACHE_URL=redis://cache:6379\n';
    workspace.set('.env', env);
    assert.strictEqual(targetAt(workspace, '.env', env, '6379')?.service, 'cache');
    assert.deepStrictEqual(workspace.findings('.env').map((f) => env.slice(f.start, f.end)), ['5433']);
    assert.ok(workspace.dependants('db/compose.yaml').includes('.env'));
    const nginx = nginxTo('pg:5433');
    workspace.set('nginx/default.conf', nginx);
    assert.strictEqual(targetAt(workspace, 'nginx/default.conf', nginx, '5433'), undefined);
    workspace.set('db/compose.yaml', 'services:\n  db:\n    image: postgres:16\n    hostname: pg\n    environment:\n      PGPORT: 5433\n');
    assert.deepStrictEqual(workspace.findings('.env'), []);
    assert.strictEqual(targetAt(workspace, 'nginx/default.conf', nginx, '5433')?.service, 'db');
  });

  it('include cycles end', () => {
    const workspace = createWorkspace();
    workspace.set('a/compose.yaml', 'include: [../b/compose.yaml]\nservices:\n  a:\n    image: example/a\n    expose: ["1"]\n');
    workspace.set('b/compose.yaml', 'include: [../a/compose.yaml]\nservices:\n  b:\n    image: example/b\n    expose: ["2"]\n');
    const env = 'B=http://b:2\n';
    workspace.set('a/.env', env);
    assert.strictEqual(targetAt(workspace, 'a/.env', env, '2')?.service, 'b');
  });

  it('an override file adds names and replaces the image, as docker compose merges them', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  cache:\n    image: example/cache\n');
    workspace.set('compose.override.yaml', 'services:\n  cache:\n    image: postgres:16\n    hostname: kv\n');
    const env = 'CACHE_URL=postgres://kv:5432\n';
    workspace.set('.env', env);
    const info = targetAt(workspace, '.env', env, '5432');
    assert.strictEqual(info?.service, 'cache');
    assert.deepStrictEqual(info?.declarations.map((at) => at.path), ['compose.yaml', 'compose.override.yaml']);
    assert.deepStrictEqual(listens(info), ['5432 the postgres image (PostgreSQL)']);
  });
});

describe('workspace resolution: which project a file belongs to', () => {
  it('an nginx config mounted into a service of a project in another folder resolves there', () => {
    const workspace = createWorkspace();
    workspace.set('stack/compose.yaml', 'services:\n  web:\n    image: example/web\n    expose: ["3000"]\n  proxy:\n    image: nginx\n    volumes:\n      - ../shared/nginx/site.conf:/etc/nginx/conf.d/default.conf:ro\n');
    workspace.set('other/compose.yaml', 'services:\n  web:\n    image: example/web\n    expose: ["4000"]\n');
    const nginx = nginxTo('web:3000');
    workspace.set('shared/nginx/site.conf', nginx);
    assert.strictEqual(targetAt(workspace, 'shared/nginx/site.conf', nginx, '3000')?.project, 'stack');
  });

  it('a mounted folder takes in the configs under it (long volume syntax)', () => {
    const workspace = createWorkspace();
    workspace.set('ops/compose.yaml', 'services:\n  web:\n    image: example/web\n    expose: ["3000"]\n  proxy:\n    image: nginx\n    volumes:\n      - type: bind\n        source: ../conf\n        target: /etc/nginx/conf.d\n');
    const nginx = nginxTo('web:3000');
    workspace.set('conf/conf.d/app.conf', nginx);
    assert.strictEqual(targetAt(workspace, 'conf/conf.d/app.conf', nginx, '3000')?.project, 'ops');
  });

  it('an unmounted config resolves in the nearest project at or above its folder', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  web:\n    image: example/web\n    expose: ["1000"]\n');
    workspace.set('app/compose.yaml', 'services:\n  web:\n    image: example/web\n    expose: ["3000"]\n');
    const nginx = nginxTo('web:3000');
    workspace.set('app/nginx/nginx.conf', nginx);
    workspace.set('nginx/nginx.conf', nginx);
    assert.strictEqual(targetAt(workspace, 'app/nginx/nginx.conf', nginx, '3000')?.project, 'app');
    assert.strictEqual(targetAt(workspace, 'nginx/nginx.conf', nginx, '3000')?.project, '');
  });

  it('.env files: the one beside the compose files and the env_files resolve; others may describe another deployment', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  db:\n    image: postgres:16\n  app:\n    build: ./app\n    env_file: config/app.env\n');
    const env = 'DATABASE_URL=postgres://db:5432/app\n';
    for (const path of ['.env', 'config/app.env', '.env.production', 'app/.env']) workspace.set(path, env);
    const resolved = (path: string) => workspace.target(path, env.indexOf('5432'))?.service;
    assert.deepStrictEqual(['.env', 'config/app.env', '.env.production', 'app/.env'].map(resolved), ['db', 'db', undefined, undefined]);
  });

  it('a config with no project above it and not mounted resolves nowhere', () => {
    const workspace = createWorkspace();
    workspace.set('app/compose.yaml', 'services:\n  web:\n    image: example/web\n    expose: ["3000"]\n');
    const nginx = nginxTo('web:8080');
    workspace.set('elsewhere/nginx.conf', nginx);
    assert.strictEqual(targetAt(workspace, 'elsewhere/nginx.conf', nginx, '8080'), undefined);
    assert.deepStrictEqual(workspace.findings('elsewhere/nginx.conf'), []);
  });
});

describe('workspace resolution: the kinds of target', () => {
  const compose = 'services:\n  web:\n    image: example/web\n    expose: ["3000"]\n';
  const cases: { name: string; path: string; text: string; needle: string }[] = [
    { name: 'nginx proxy_pass', path: 'nginx/default.conf', text: nginxTo('web:3000'), needle: '3000' },
    { name: 'nginx proxy_pass without a port (http: 80)', path: 'nginx/default.conf', text: nginxTo('web'), needle: 'web;' },
    { name: 'nginx upstream server', path: 'nginx/default.conf', text: 'upstream app {\n  server web:3000 max_fails=3;\n}\nserver {\n  location / { proxy_pass http://app; }\n}\n', needle: '3000' },
    { name: 'nginx fastcgi_pass', path: 'nginx/default.conf', text: 'server {\n  location ~ \\.php$ { fastcgi_pass web:3000; }\n}\n', needle: '3000' },
    { name: 'a URL in .env', path: '.env', text: 'API_URL="http://web:3000/api"\n', needle: '3000' },
    { name: 'a host:port address in .env', path: '.env', text: 'API_ADDR=web:3000\n', needle: '3000' },
    { name: 'a URL in environment', path: 'compose.yaml', text: `${compose}  worker:\n    image: example/worker\n    environment:\n      - API_URL=http://web:3000\n`, needle: '3000\n' },
    { name: 'a URL in build.args', path: 'compose.yaml', text: `${compose}  worker:\n    build:\n      context: .\n      args:\n        API_URL: http://web:3000\n`, needle: '3000\n' },
    { name: 'a health check', path: 'compose.yaml', text: `${compose}    healthcheck:\n      test: ["CMD", "curl", "-f", "http://web:3000/health"]\n`, needle: '3000/health' },
    { name: 'a Traefik port label (its own service)', path: 'compose.yaml', text: `${compose}    labels:\n      - traefik.http.services.web.loadbalancer.server.port=3000\n`, needle: '=3000' },
  ];
  for (const { name, path, text, needle } of cases) {
    it(name, () => {
      const workspace = createWorkspace();
      workspace.set('compose.yaml', path === 'compose.yaml' ? text : compose);
      if (path !== 'compose.yaml') workspace.set(path, text);
      const offset = text.indexOf(needle) + (needle.startsWith('=') ? 1 : 0);
      const info = workspace.target(path, offset);
      assert.strictEqual(info?.service, 'web', name);
    });
  }

  it('localhost, an IP address, an external host and a variable host reach no service', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  localhost:\n    image: example/web\n    expose: ["3000"]\n  web:\n    image: example/web\n    expose: ["3000"]\n');
    const env = 'A=http://localhost:8080\nB=http://10.0.0.5:8080\nC=https://api.example.com:8443\nD=http://${WEB_HOST}:8080\nE=http://web.example.com:8080\n';
    workspace.set('.env', env);
    for (const needle of ['localhost:8080', '10.0.0.5:8080', '8443', '${WEB_HOST}:8080', 'web.example.com:8080']) {
      const at = env.indexOf(needle) + needle.lastIndexOf(':') + 1;
      assert.strictEqual(workspace.target('.env', at), undefined, needle);
    }
  });
});
