import * as assert from 'assert';
import { createWorkspace, type Finding, type PortWorkspace } from '../../src/core';
import { applyEdits } from './applyEdits';

// container-port-mismatch across files: compose publishes "8080:80" for a service built from a Dockerfile that
// EXPOSEs 3000, and the connection is reset. Quiet whenever the service may listen on the published port.

function mismatches(workspace: PortWorkspace, path = 'compose.yaml'): Finding[] {
  return workspace.findings(path).filter((f) => f.code === 'container-port-mismatch');
}

function stack(service: string, dockerfile = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nEXPOSE 3000\nCMD ["node", "server.js"]\n'): { workspace: PortWorkspace; compose: string } {
  const workspace = createWorkspace();
  const compose = `services:\n  web:\n    build: ./web\n${service}`;
  workspace.set('compose.yaml', compose);
  workspace.set('web/Dockerfile', dockerfile);
  return { workspace, compose };
}

describe('rule container-port-mismatch with the Dockerfile a service builds', () => {
  it('a published container port the built Dockerfile does not EXPOSE: says where it listens, fixes the port', () => {
    const { workspace, compose } = stack('    ports:\n      - "8080:80"\n');
    const [found, ...rest] = mismatches(workspace);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(compose.slice(found.start, found.end), '80');
    assert.match(found.message, /^Service web listens on 3000 \(the Dockerfile it is built from\), not on 80: /);
    assert.deepStrictEqual(found.related?.map(({ path, message }) => [path, message]), [['web/Dockerfile', 'web listens on 3000: EXPOSE in the Dockerfile it is built from.']]);
    assert.strictEqual(applyEdits(compose, found.fix!.edits), compose.replace('"8080:80"', '"8080:3000"'));
  });

  it('an exposed port too; the ports of the image the Dockerfile is built FROM count', () => {
    const dockerfile = 'FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\nEXPOSE 9187\n';
    const [found] = mismatches(stack('    expose:\n      - "5433"\n', dockerfile).workspace);
    assert.match(found.message, /listens on 9187 and 5432 \(the postgres image \(PostgreSQL\)\) \(the Dockerfile it is built from\), not on 5433/);
    assert.strictEqual(found.fix, undefined, 'two candidates: no fix');
    assert.deepStrictEqual(mismatches(stack('    expose:\n      - "5432"\n', dockerfile).workspace), []);
  });

  it('is silent when another service joins its network: the publish may be the joiner\'s (a Dapr sidecar)', () => {
    // dapr/samples' hello-docker-compose: nodeapp publishes its daprd sidecar's gRPC port 50002; the app is on 3000.
    const sidecar = '  nodeapp-dapr:\n    image: daprio/daprd:edge\n    command: ["./daprd", "-app-port", "3000", "-dapr-grpc-port", "50002"]\n    network_mode: "service:web"\n';
    const { workspace } = stack(`    ports:\n      - "50002:50002"\n${sidecar}`);
    assert.deepStrictEqual(mismatches(workspace), []);
    assert.deepStrictEqual(workspace.findings('web/Dockerfile').filter((f) => f.code === 'expose-contradicts-config'), []);
    assert.strictEqual(mismatches(stack('    ports:\n      - "50002:50002"\n').workspace).length, 1);
  });

  it('is silent when one of the container ports is exposed, or a range covers it', () => {
    assert.deepStrictEqual(mismatches(stack('    ports:\n      - "8080:3000"\n      - "9229:9229"\n').workspace), []);
    assert.deepStrictEqual(mismatches(stack('    ports:\n      - "8000-8010:2995-3005"\n').workspace), []);
  });

  it('is silent when the Dockerfile exposes nothing, is not in the workspace, or the build names no file', () => {
    assert.deepStrictEqual(mismatches(stack('    ports:\n      - "8080:80"\n', 'FROM node:20\nCMD ["node", "server.js"]\n').workspace), []);
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  web:\n    build: ./elsewhere\n    ports:\n      - "8080:80"\n');
    workspace.set('web/Dockerfile', 'FROM node:20\nEXPOSE 3000\n');
    assert.deepStrictEqual(mismatches(workspace), []);
  });

  it('is silent when a setting of the service names the port, or something may move it', () => {
    for (const service of [
      '    ports:\n      - "8080:80"\n    environment:\n      PORT: 80\n',
      '    ports:\n      - "8080:80"\n    healthcheck:\n      test: ["CMD", "wget", "-q", "http://localhost:80/health"]\n',
      '    ports:\n      - "8080:80"\n    command: ["node", "server.js", "--port", "80"]\n',
      '    ports:\n      - "8080:80"\n    command: npm run serve\n',
      '    ports:\n      - "8080:80"\n    environment:\n      PORT: ${PORT}\n',
      '    ports:\n      - "8080:80"\n      - "9000:${DEBUG_PORT}"\n',
    ]) {
      assert.deepStrictEqual(mismatches(stack(service).workspace), [], service);
    }
  });

  it('a public URL that writes no port does not name the container port (wekan/wekan 95b2194, held-out 10)', () => {
    // ROOT_URL=http://localhost is where browsers reach the app through the host's mapping; its implicit 80 says
    // nothing about where the container listens. A health check's implicit 80 does (it runs inside).
    const shape = (more: string) => stack(`    ports:\n      - 8080:80\n    environment:\n      - MONGO_URL=mongodb://wekandb:27017/wekan\n${more}`,
      'FROM debian:buster-slim\nENV PORT=8080\nEXPOSE $PORT\nCMD ["node", "/build/main.js"]\n');
    const { workspace, compose } = shape('      - ROOT_URL=http://localhost\n');
    const [found, ...rest] = mismatches(workspace);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(compose.slice(found.start, found.end), '80');
    assert.match(found.message, /^Service web listens on 8080 \(the Dockerfile it is built from\), not on 80: /);
    assert.deepStrictEqual(mismatches(shape('      - ROOT_URL=http://localhost:80\n').workspace), []);
    assert.deepStrictEqual(mismatches(stack('    ports:\n      - 8080:80\n    healthcheck:\n      test: curl -f http://localhost/health\n',
      'FROM debian:buster-slim\nENV PORT=8080\nEXPOSE $PORT\n').workspace), []);
  });

  it('follows the Dockerfile as it changes', () => {
    const { workspace } = stack('    ports:\n      - "8080:80"\n');
    assert.strictEqual(mismatches(workspace).length, 1);
    workspace.set('web/Dockerfile', 'FROM node:20\nEXPOSE 80\n');
    assert.deepStrictEqual(mismatches(workspace), []);
  });
});
