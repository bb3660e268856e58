import * as assert from 'assert';
import { createWorkspace, type Finding, type PortWorkspace } from '../../src/core';
import { applyEdits } from './applyEdits';

// expose-contradicts-config: a Dockerfile FROM nginx copies a config that listens elsewhere than it EXPOSEs.

function found(workspace: PortWorkspace, path = 'web/Dockerfile'): Finding[] {
  return workspace.findings(path).filter((f) => f.code === 'expose-contradicts-config');
}

const SERVER = (listen: string) => `server {\n    ${listen}\n    server_name _;\n    root /usr/share/nginx/html;\n    location / {\n        try_files $uri /index.html;\n    }\n}\n`;

function site(dockerfile: string, files: Record<string, string> = { 'web/default.conf': SERVER('listen 8080;') }): PortWorkspace {
  const workspace = createWorkspace();
  for (const [path, text] of Object.entries(files)) workspace.set(path, text);
  workspace.set('web/Dockerfile', dockerfile);
  return workspace;
}

// A single-page app's image, as commonly written: the build stage, then nginx serving the files.
const SPA = (copy: string, expose = 'EXPOSE 80') => 'FROM node:20-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\n'
  + `FROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\n${copy}\n${expose}\nCMD ["nginx", "-g", "daemon off;"]\n`;

describe('rule expose-contradicts-config', () => {
  it('warns on EXPOSE 80 when the copied default.conf listens on 8080, names both, relates the listen line and fixes', () => {
    const dockerfile = SPA('COPY default.conf /etc/nginx/conf.d/default.conf');
    const workspace = site(dockerfile);
    const [finding, ...rest] = found(workspace);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(finding.start, dockerfile.indexOf('EXPOSE 80') + 7);
    assert.strictEqual(finding.severity, 'warning');
    assert.match(finding.message, /EXPOSE says the container listens on 80, but default\.conf, which this Dockerfile copies to \/etc\/nginx\/conf\.d\/default\.conf, listens on 8080 \(line 2\)/);
    assert.ok(!finding.message.includes('`'));
    assert.deepStrictEqual(finding.related?.map((r) => [r.path, r.message]), [['web/default.conf', 'nginx listens on 8080: default.conf line 2.']]);
    const fixed = applyEdits(dockerfile, finding.fix!.edits);
    assert.ok(fixed.includes('EXPOSE 8080'));
    workspace.set('web/Dockerfile', fixed);
    assert.deepStrictEqual(found(workspace), []);
  });

  it('reads a file copied into conf.d/ under its own name default.conf, a folder copied to conf.d, and RUN rm of the default', () => {
    assert.strictEqual(found(site(SPA('COPY default.conf /etc/nginx/conf.d/'))).length, 1);
    assert.strictEqual(found(site(SPA('COPY nginx/ /etc/nginx/conf.d/'), { 'web/nginx/default.conf': SERVER('listen 3000;') })).length, 1);
    assert.strictEqual(found(site(SPA('RUN rm /etc/nginx/conf.d/default.conf\nCOPY app.conf /etc/nginx/conf.d/'), { 'web/app.conf': SERVER('listen 8080;') })).length, 1);
  });

  it('is quiet when the image\'s default server stays (app.conf added beside default.conf still leaves 80)', () => {
    assert.deepStrictEqual(found(site(SPA('COPY app.conf /etc/nginx/conf.d/app.conf'), { 'web/app.conf': SERVER('listen 8080;') })), []);
  });

  it('is quiet when the config listens on an exposed port, or on one of several', () => {
    assert.deepStrictEqual(found(site(SPA('COPY default.conf /etc/nginx/conf.d/default.conf'), { 'web/default.conf': SERVER('listen 80;') })), []);
    assert.deepStrictEqual(found(site(SPA('COPY default.conf /etc/nginx/conf.d/default.conf', 'EXPOSE 80 8080'))), []);
  });

  it('is quiet when a listen cannot be read, a server has no listen, the source is missing or a wildcard, or the base is not nginx', () => {
    assert.deepStrictEqual(found(site(SPA('COPY default.conf /etc/nginx/conf.d/default.conf'), { 'web/default.conf': SERVER('listen ${PORT};') })), []);
    assert.deepStrictEqual(found(site(SPA('COPY default.conf /etc/nginx/conf.d/default.conf'), { 'web/default.conf': SERVER('listen 8080;') + SERVER('server_name b;') })), []);
    assert.deepStrictEqual(found(site(SPA('COPY missing.conf /etc/nginx/conf.d/default.conf'))), []);
    assert.deepStrictEqual(found(site(SPA('COPY *.conf /etc/nginx/conf.d/'))), []);
    assert.deepStrictEqual(found(site('FROM ubuntu:24.04\nRUN apt-get install -y nginx\nCOPY default.conf /etc/nginx/conf.d/default.conf\nEXPOSE 80\n')), []);
  });

  it('follows the nginx file: the finding comes and goes as the config changes, and the Dockerfile is its dependant', () => {
    const workspace = site(SPA('COPY default.conf /etc/nginx/conf.d/default.conf'), { 'web/default.conf': SERVER('listen 80;') });
    assert.deepStrictEqual(found(workspace), []);
    assert.ok(workspace.dependants('web/default.conf').includes('web/Dockerfile'));
    workspace.set('web/default.conf', SERVER('listen 8080;'));
    assert.strictEqual(found(workspace).length, 1);
  });

  it('never throws on odd COPY lines', () => {
    for (const copy of ['COPY', 'COPY ["a"', 'COPY [1, 2] /etc/nginx/', 'COPY --chown=1 \\', 'ADD  /etc/nginx/']) {
      assert.deepStrictEqual(found(site(SPA(copy))), []);
    }
  });
});

describe('a Dockerfile that copies a config into its base image', () => {
  // A single-page app served by nginx on 8080 (its own default.conf), proxied by another nginx.
  function stack(dockerfile: string): PortWorkspace {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  web:\n    build: ./web\n  proxy:\n    image: nginx:1.27\n    volumes:\n      - ./proxy.conf:/etc/nginx/conf.d/default.conf:ro\n    ports:\n      - "80:80"\n');
    workspace.set('web/Dockerfile', dockerfile);
    workspace.set('web/default.conf', SERVER('listen 8080;'));
    workspace.set('proxy.conf', 'server {\n    listen 80;\n    location / {\n        proxy_pass http://web:8080;\n    }\n}\n');
    return workspace;
  }
  const unreachable = (workspace: PortWorkspace) => workspace.findings('proxy.conf').filter((f) => f.code === 'unreachable-port');

  it('no longer counts the base image\'s default port as where the service listens (no unreachable-port on web:8080)', () => {
    assert.deepStrictEqual(unreachable(stack('FROM nginx:1.27-alpine\nCOPY default.conf /etc/nginx/conf.d/default.conf\n')), []);
  });

  it('still does when nothing is copied into a config place (the page alone)', () => {
    const found = unreachable(stack('FROM nginx:1.27-alpine\nCOPY index.html /usr/share/nginx/html/\n'));
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /listens on 80/);
  });
});

describe('rule expose-contradicts-config: configs copied out of a build stage, and the EXPOSE an image inherits', () => {
  // budgetzero/budgetzero's Dockerfile before its fix: the config comes from the build stage, which copied the context.
  const BUILT = (copy: string, expose = 'EXPOSE 80\n') => 'FROM node:lts-alpine as build-stage\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nRUN npm run build\n\n'
    + `FROM nginx:stable-alpine as production-stage\n${copy}\nCOPY --from=build-stage /app/dist /usr/share/nginx/html\n${expose}CMD ["nginx", "-g", "daemon off;"]\n`;

  it('reads COPY --from=<stage> of a file the stage copied from the build context (WORKDIR /app, COPY . .)', () => {
    const dockerfile = BUILT('COPY --from=build-stage /app/nginx_conf/default.conf /etc/nginx/conf.d/default.conf');
    const [finding, ...rest] = found(site(dockerfile, { 'web/nginx_conf/default.conf': SERVER('listen       8080;') }));
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(dockerfile.slice(finding.start, finding.end), '80');
    assert.match(finding.message, /listens on 8080/);
  });

  it('follows the stage named by --from to the stage it is built FROM (build FROM development, which copied the context)', () => {
    const dockerfile = 'FROM node:lts AS development\nWORKDIR /app\nCOPY . /app\nFROM development AS build\nRUN npm run build\n'
      + 'FROM nginx:alpine\nCOPY --from=build /app/.nginx/nginx.conf /etc/nginx/conf.d/default.conf\nEXPOSE 80\n';
    assert.strictEqual(found(site(dockerfile, { 'web/.nginx/nginx.conf': SERVER('listen 3000;') })).length, 1);
    assert.deepStrictEqual(found(site(dockerfile, { 'web/.nginx/nginx.conf': SERVER('listen 80;') })), []);
  });

  it('is quiet when the stage made the file itself, or copied only part of the context', () => {
    const files = { 'web/nginx_conf/default.conf': SERVER('listen 8080;') };
    assert.deepStrictEqual(found(site(BUILT('COPY --from=build-stage /app/dist/default.conf /etc/nginx/conf.d/default.conf').replace('COPY . .', 'COPY src ./src'), files)), []);
    assert.deepStrictEqual(found(site(BUILT('COPY --from=build-stage /app/nginx_conf/default.conf /etc/nginx/conf.d/default.conf').replace('COPY . .', 'COPY src ./src'), files)), []);
  });

  // mermaid-js/mermaid-live-editor's final stage (issue 2037): no EXPOSE, so the image keeps nginx's 80.
  const INHERITS = 'FROM node:24-alpine AS builder\nWORKDIR /app\nCOPY . .\nRUN pnpm build\n\nFROM nginx:1.28-alpine3.21 AS mermaid\n\n'
    + 'COPY ./nginx.conf /etc/nginx/conf.d/default.conf\nCOPY --from=builder /app/docs /usr/share/nginx/html\n';

  it('warns on the FROM image when the Dockerfile exposes nothing and the copied config listens elsewhere than the base\'s EXPOSE', () => {
    const [finding, ...rest] = found(site(INHERITS, { 'web/nginx.conf': SERVER('listen 8080;') }));
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(INHERITS.slice(finding.start, finding.end), 'nginx:1.28-alpine3.21');
    assert.match(finding.message, /^The image keeps the EXPOSE 80 of nginx:1\.28-alpine3\.21, as this Dockerfile exposes nothing of its own, but nginx\.conf, which it copies to \/etc\/nginx\/conf\.d\/default\.conf, listens on 8080 \(line 2\)/);
    assert.strictEqual(finding.related?.[0].path, 'web/nginx.conf');
  });

  it('is quiet when the copied config listens on the inherited port, or nothing replaces the default server', () => {
    assert.deepStrictEqual(found(site(INHERITS, { 'web/nginx.conf': SERVER('listen 80;') })), []);
    assert.deepStrictEqual(found(site(INHERITS.replace('/etc/nginx/conf.d/default.conf', '/etc/nginx/conf.d/app.conf'), { 'web/nginx.conf': SERVER('listen 8080;') })), []);
  });
});
