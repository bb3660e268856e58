import * as assert from 'assert';
import { createWorkspace, type Finding, type PortWorkspace } from '../../src/core';
import { applyEdits } from './applyEdits';

// container-port-mismatch for a service built from a Dockerfile that says nothing about its port: the service's
// own listen setting against its own publish (yinxin630/fiora before ddc1588, held-out 2: Port=9999 beside
// "9200:9200", issue #309). Quiet when the built image says anything, since a web server in front of the
// application (iptvnator's nginx on 80, its backend on PORT=3000) makes the two disagree by design.

function mismatches(workspace: PortWorkspace, path = 'compose.yaml'): Finding[] {
  return workspace.findings(path).filter((f) => f.code === 'container-port-mismatch');
}

const NODE = 'FROM node:14\nWORKDIR /usr/app\nCOPY . .\nRUN yarn install\nCMD yarn start\n';

function stack(service: string, dockerfile = NODE): { workspace: PortWorkspace; compose: string } {
  const workspace = createWorkspace();
  const compose = `services:\n  fiora:\n    build: .\n    restart: always\n${service}`;
  workspace.set('compose.yaml', compose);
  workspace.set('Dockerfile', dockerfile);
  return { workspace, compose };
}

describe('rule container-port-mismatch: a built image that declares no port, its listen setting against its publish', () => {
  it('Port=9999 beside "9200:9200": reported on the container port, names both statements, fixes to the setting', () => {
    const { workspace, compose } = stack('    ports:\n      - "9200:9200"\n    environment:\n      - RedisHost=redis\n      - Port=9999\n');
    const found = mismatches(workspace);
    assert.deepStrictEqual(found.map((f) => `${compose.slice(f.start, f.end)}@${compose.slice(0, f.start).split('\n').length}`), ['9200@6']);
    assert.match(found[0].message, /^Port on line 9 tells service fiora to listen on 9999, but ports: names container port 9200, and the image it is built from says nothing else/);
    assert.ok(!found[0].message.includes('`'));
    assert.strictEqual(applyEdits(compose, found[0].fix!.edits), compose.replace('"9200:9200"', '"9200:9999"'));
  });

  it('negatives: the image declares a port, the setting agrees, is the host side, or a health check names the container port', () => {
    const service = '    ports:\n      - "4333:80"\n    environment:\n      PORT: "3000"\n';
    // iptvnator: nginx on 80 in front of the backend the setting moves.
    assert.deepStrictEqual(mismatches(stack(service, 'FROM node:20-alpine\nCOPY . .\nEXPOSE 80\nCMD ["entrypoint"]\n').workspace), []);
    // A base image with a known port (nginx on 80) says where it listens too.
    assert.deepStrictEqual(mismatches(stack(service, 'FROM nginx:1.27\nCOPY dist /usr/share/nginx/html\n').workspace), []);
    assert.deepStrictEqual(mismatches(stack('    ports:\n      - "8080:3000"\n    environment:\n      PORT: "3000"\n').workspace), []);
    assert.deepStrictEqual(mismatches(stack('    ports:\n      - "3000:80"\n    environment:\n      PORT: "3000"\n').workspace), []);
    assert.deepStrictEqual(mismatches(stack('    ports:\n      - "4333:80"\n    environment:\n      PORT: "3000"\n    healthcheck:\n      test: curl -f http://localhost:80/health\n').workspace), []);
    // A setting that is not the application's own listen port (a client's) says nothing about it.
    assert.deepStrictEqual(mismatches(stack('    ports:\n      - "9200:9200"\n    environment:\n      REDIS_PORT: "6379"\n').workspace), []);
  });
});
