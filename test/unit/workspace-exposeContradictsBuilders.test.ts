import * as assert from 'assert';
import { createWorkspace, type Finding, type PortWorkspace } from '../../src/core';
import { applyEdits } from './applyEdits';

// expose-contradicts-config on a Dockerfile's EXPOSE that every compose service built from it contradicts: the
// disagreement builtPortMismatch reports on the compose side, said on the EXPOSE line too (svix-webhooks' EXPOSE 8080
// under a compose file that builds it and maps 8071:8071; OxiCloud's Dockerfile.rootless EXPOSE 3000 under
// "8086:8086" and "8085:8085").

function onExpose(workspace: PortWorkspace, path: string): Finding[] {
  return workspace.findings(path).filter((f) => f.code === 'expose-contradicts-config');
}

// The shape of svix-webhooks' server/ (at 67fcc20's parent): a Rust server built in two stages.
const SVIX_DOCKERFILE = 'FROM rust:1.77-slim-bookworm AS build\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\n\n'
  + 'FROM debian:bookworm-slim AS prod\nCOPY --from=build /app/target/release/svix-server /usr/local/bin/svix-server\n'
  + 'USER appuser\nEXPOSE 8080\nCMD ["svix-server", "--run-migrations"]\n';
const SVIX_COMPOSE = 'services:\n  backend:\n    build:\n      context: .\n      dockerfile: Dockerfile\n    image: svix/svix-server\n'
  + '    environment:\n      WAIT_FOR: "true"\n      SVIX_REDIS_DSN: "redis://redis:6379"\n    ports:\n      - "8071:8071"\n    depends_on:\n      - redis\n'
  + '  redis:\n    image: "docker.io/redis:7-alpine"\n';

describe('rule expose-contradicts-config against the compose services built from the Dockerfile', () => {
  it('svix shape: EXPOSE 8080 under a build that maps 8071:8071 is reported on the EXPOSE line, naming the compose line', () => {
    const workspace = createWorkspace();
    workspace.set('server/docker-compose.yml', SVIX_COMPOSE);
    workspace.set('server/Dockerfile', SVIX_DOCKERFILE);
    const [found, ...rest] = onExpose(workspace, 'server/Dockerfile');
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(SVIX_DOCKERFILE.slice(found.start, found.end), '8080');
    assert.strictEqual(found.message, 'EXPOSE says the container listens on 8080, but service backend, built from this Dockerfile, publishes or exposes '
      + 'only container port 8071 (docker-compose.yml line 11): one of the two is wrong.');
    assert.ok(!found.message.includes('`'));
    assert.deepStrictEqual(found.related?.map(({ path }) => path), ['server/docker-compose.yml']);
    assert.strictEqual(applyEdits(SVIX_DOCKERFILE, found.fix!.edits), SVIX_DOCKERFILE.replace('EXPOSE 8080', 'EXPOSE 8071'));
    // The compose side keeps its own finding.
    assert.strictEqual(workspace.findings('server/docker-compose.yml').filter((f) => f.code === 'container-port-mismatch').length, 1);
  });

  it('OxiCloud shape: two published ports, no fix offered; a second compose file building another Dockerfile does not count', () => {
    const workspace = createWorkspace();
    const rootless = 'FROM rust:1.85-alpine AS builder\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\n\nFROM alpine:3.21\n'
      + 'COPY --from=builder /app/target/release/oxicloud /app/oxicloud\nUSER oxicloud\nEXPOSE 3000\nCMD ["./oxicloud", "--release"]\n';
    const compose = (dockerfile: string) => `services:\n  oxicloud:\n    image: oxicloud\n    build:\n      context: .\n      dockerfile: ${dockerfile}\n`
      + '    ports:\n      - "8086:8086"\n      - "8085:8085"\n    volumes:\n      - storage:/app/storage\nvolumes:\n  storage:\n';
    workspace.set('rootless-compose.yml', compose('Dockerfile.rootless'));
    workspace.set('Dockerfile.rootless', rootless);
    workspace.set('docker-compose.yml', compose('Dockerfile'));
    workspace.set('Dockerfile', 'FROM alpine:3.21\nCOPY oxicloud /app/oxicloud\nCMD ["/app/oxicloud"]\n');
    const [found, ...rest] = onExpose(workspace, 'Dockerfile.rootless');
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(rootless.slice(found.start, found.end), '3000');
    assert.match(found.message, /only container ports 8086 \(rootless-compose\.yml line 8\) and 8085 \(rootless-compose\.yml line 9\): one of the two is wrong\.$/);
    assert.strictEqual(found.fix, undefined);
    assert.deepStrictEqual(onExpose(workspace, 'Dockerfile'), []);
  });

  it('is silent when the compose side agrees, when any service built from it agrees, or when the service may listen elsewhere', () => {
    const agrees = createWorkspace();
    agrees.set('server/docker-compose.yml', SVIX_COMPOSE.replace('"8071:8071"', '"8071:8080"'));
    agrees.set('server/Dockerfile', SVIX_DOCKERFILE);
    assert.deepStrictEqual(onExpose(agrees, 'server/Dockerfile'), []);

    // A second project building the same Dockerfile publishes the exposed port: the EXPOSE is right for it.
    const oneAgrees = createWorkspace();
    oneAgrees.set('server/docker-compose.yml', SVIX_COMPOSE);
    oneAgrees.set('server/Dockerfile', SVIX_DOCKERFILE);
    oneAgrees.set('deploy/compose.yaml', 'services:\n  api:\n    build:\n      context: ../server\n    ports:\n      - "80:8080"\n');
    assert.deepStrictEqual(onExpose(oneAgrees, 'server/Dockerfile'), []);

    for (const moved of [
      SVIX_COMPOSE.replace('    depends_on:', '    command: ["svix-server", "--port", "8071"]\n    depends_on:'),
      SVIX_COMPOSE.replace('      WAIT_FOR: "true"\n', '      WAIT_FOR: "true"\n      PORT: "8071"\n'),
      SVIX_COMPOSE.replace('    depends_on:', '    network_mode: host\n    depends_on:'),
    ]) {
      const workspace = createWorkspace();
      workspace.set('server/docker-compose.yml', moved);
      workspace.set('server/Dockerfile', SVIX_DOCKERFILE);
      assert.deepStrictEqual(onExpose(workspace, 'server/Dockerfile'), [], moved);
    }
  });

  it('is silent when the compose side disagrees with the code the Dockerfile runs rather than with its EXPOSE', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  web:\n    build: .\n    ports:\n      - "8080:8080"\n');
    workspace.set('Dockerfile', 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n');
    workspace.set('server.js', 'const app = require("express")();\napp.listen(3000);\n');
    assert.deepStrictEqual(onExpose(workspace, 'Dockerfile'), []);
  });
});
