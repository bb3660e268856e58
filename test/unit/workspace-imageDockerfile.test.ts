import * as assert from 'assert';
import { createWorkspace, type Finding, type PortWorkspace } from '../../src/core';

// A compose service with image: and no build: whose image a Dockerfile of the same repository builds
// (zhuima/daohang#7: `image: ghcr.io/zhuima/daohang` and "8080:8000" beside the repository's own Dockerfile
// that EXPOSEs 8080). Linked only when one Dockerfile answers and the image table knows no ports for the image.

const NODE = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nEXPOSE 8080\nCMD ["node", "server.js"]\n';

function findings(files: Record<string, string>, path = 'docker-compose.yml', code = 'container-port-mismatch'): Finding[] {
  const workspace: PortWorkspace = createWorkspace();
  for (const [name, text] of Object.entries(files)) workspace.set(name, text);
  return workspace.findings(path).filter((f) => f.code === code);
}

const daohang = (ports: string, more = '') => `services:
  daohang:
    image: ghcr.io/zhuima/daohang
    container_name: daohang
    ports:
      - "${ports}"
${more}`;

describe('compose image: linked to the Dockerfile that builds it', () => {
  it('the compose file\'s own folder holds the one Dockerfile: its EXPOSE is where the service listens', () => {
    const compose = daohang('8080:8000');
    const [found, ...rest] = findings({ 'docker-compose.yml': compose, Dockerfile: NODE });
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(compose.slice(found.start, found.end), '8000');
    assert.match(found.message, /^Service daohang listens on 8080 \(Dockerfile, which builds its image ghcr\.io\/zhuima\/daohang\), not on 8000: /);
    assert.strictEqual(found.fix?.edits[0].newText, '8080');
    assert.deepStrictEqual(findings({ 'docker-compose.yml': daohang('8000:8080'), Dockerfile: NODE }), []);
  });

  it('by name: the image\'s last path segment names the folder of a Dockerfile in or below the compose file\'s', () => {
    const compose = 'services:\n  api:\n    image: registry.example.com/shop/orders-api:1.4\n    ports:\n      - "9000:9000"\n  db:\n    image: postgres:16\n';
    const files = { 'shop/docker-compose.yml': compose, 'shop/services/orders-api/Dockerfile': NODE, 'shop/services/web/Dockerfile': NODE.replace('8080', '3000') };
    assert.strictEqual(findings(files, 'shop/docker-compose.yml').length, 1);
    // Two Dockerfiles answer to the name: no link.
    assert.deepStrictEqual(findings({ ...files, 'shop/legacy/orders-api/Dockerfile': NODE }, 'shop/docker-compose.yml'), []);
    // Nor then by place: a name that answers twice is not read as the one Dockerfile beside the compose file.
    assert.deepStrictEqual(findings({ ...files, 'shop/legacy/orders-api/Dockerfile': NODE, 'shop/Dockerfile': NODE }, 'shop/docker-compose.yml'), []);
    // Another app's folder of a repository of many apps (JimsGarage: Netbird's netbirdio/dashboard and some other
    // app's dashboard/Dockerfile) does not answer.
    assert.deepStrictEqual(findings({ 'netbird/docker-compose.yml': compose, 'other-app/orders-api/Dockerfile': NODE }, 'netbird/docker-compose.yml'), []);
    // An image the table knows means itself, even when a folder of the repository has its name.
    const grafana = 'services:\n  grafana:\n    image: grafana/grafana:10.4.2\n    ports:\n      - "3000:3000"\n';
    assert.deepStrictEqual(findings({ 'docker-compose.yml': grafana, 'grafana/Dockerfile': NODE }), []);
  });

  it('is quiet when the service mounts a host folder (a config there may move the port: mailcow\'s postfix)', () => {
    const compose = daohang('8080:8000', '    volumes:\n      - ./data/conf:/etc/app:ro\n');
    assert.deepStrictEqual(findings({ 'docker-compose.yml': compose, Dockerfile: NODE }), []);
    // A named volume holds data, not the user's config.
    assert.strictEqual(findings({ 'docker-compose.yml': daohang('8080:8000', '    volumes:\n      - data:/data\n'), Dockerfile: NODE }).length, 1);
  });

  it('by place, not for an image named like software the table knows (kkimurak/sameersbn-postgresql beside the gitlab Dockerfile)', () => {
    const compose = 'services:\n  postgresql:\n    image: kkimurak/sameersbn-postgresql:17\n  gitlab:\n    image: gitlab/gitlab-ce:16.4.1-ce.0\n    environment:\n      - DB_HOST=postgresql\n      - DB_PORT=5432\n';
    const gitlab = 'FROM ubuntu:focal\nEXPOSE 22/tcp 80/tcp 443/tcp\n';
    assert.deepStrictEqual(findings({ 'docker-compose.yml': compose, Dockerfile: gitlab }, 'docker-compose.yml', 'unreachable-port'), []);
  });

  it('by place, not when another service runs a known application image: the Dockerfile is more likely that one\'s', () => {
    // sinamics/ztnet: its compose runs sinamics/ztnet (known) and zyclonite/zerotier beside the Dockerfile that builds
    // ztnet (EXPOSE 3000); zerotier's 9993 is not that Dockerfile's business. The table now knows ZeroTier
    // (zerotier/zerotier), which names zyclonite's repackaging too, so an image no row names stands in for the unknown one.
    const compose = 'services:\n  postgres:\n    image: postgres:15.2-alpine\n  zerotier:\n    image: acme/ztrelay:1.14.2\n    ports:\n      - "9993:9993"\n'
      + '  ztnet:\n    image: IMAGE\n    ports:\n      - "3000:3000"\n';
    const ztnet = 'FROM node:24-bookworm-slim\nEXPOSE 3000\nCMD ["node", "server.js"]\n';
    assert.deepStrictEqual(findings({ 'docker-compose.yml': compose.replace('IMAGE', 'grafana/grafana'), Dockerfile: ztnet }), []);
    // With only a database beside it, the Dockerfile is taken as the unknown image's.
    const alone = compose.replace(/  ztnet:[^]*$/, '');
    assert.strictEqual(findings({ 'docker-compose.yml': alone, Dockerfile: ztnet }).length, 1);
  });

  it('a routed or health-checked port is judged against the linked Dockerfile too', () => {
    const compose = daohang('8080:8080', '    labels:\n      - "traefik.http.services.daohang.loadbalancer.server.port=8000"\n');
    const found = findings({ 'docker-compose.yml': compose, Dockerfile: NODE }, 'docker-compose.yml', 'unreachable-port');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(compose.slice(found[0].start, found[0].end), '8000');
  });

  it('a port setting of the service\'s own is named beside the Dockerfile\'s port, with no fix (recipya#403)', () => {
    const compose = daohang('8125:8125', '    environment:\n      APP_SERVER_PORT: 8078\n');
    const [found] = findings({ 'docker-compose.yml': compose, Dockerfile: NODE });
    assert.match(found.message, /listens on 8080 \(Dockerfile, which builds its image ghcr\.io\/zhuima\/daohang\) or on 8078 \(APP_SERVER_PORT\), not on 8125/);
    assert.strictEqual(found.fix, undefined);
    // DB_PORT beside DB_HOST is where another service is reached: the fix stays.
    const client = daohang('8080:8000', '    environment:\n      DB_HOST: db\n      DB_PORT: 5432\n');
    assert.strictEqual(findings({ 'docker-compose.yml': client, Dockerfile: NODE })[0].fix?.edits[0].newText, '8080');
  });

  it('is quiet when the image is one the table knows, or when the link is not unambiguous', () => {
    const grafana = 'services:\n  grafana:\n    image: grafana/grafana:10.4.2\n    ports:\n      - "3000:3000"\n';
    assert.deepStrictEqual(findings({ 'docker-compose.yml': grafana, Dockerfile: NODE }), []);
    // Another service builds: the Dockerfile beside is that one's.
    const built = `${daohang('8080:8000')}  worker:\n    build: .\n`;
    assert.deepStrictEqual(findings({ 'docker-compose.yml': built, Dockerfile: NODE }).filter((f) => f.message.includes('daohang listens')), []);
    // Two services with images the table does not know: which one the Dockerfile builds is not said.
    const two = `${daohang('8080:8000')}  sidecar:\n    image: example/sidecar-tool:1\n`;
    assert.deepStrictEqual(findings({ 'docker-compose.yml': two, Dockerfile: NODE }), []);
    // Two Dockerfiles in the folder.
    assert.deepStrictEqual(findings({ 'docker-compose.yml': daohang('8080:8000'), Dockerfile: NODE, 'Dockerfile.dev': NODE }), []);
    // A Dockerfile in another folder does not answer by place.
    assert.deepStrictEqual(findings({ 'docker-compose.yml': daohang('8080:8000'), 'tools/Dockerfile': NODE }), []);
  });

  it('follows edits of the linked Dockerfile', () => {
    const workspace = createWorkspace();
    workspace.set('docker-compose.yml', daohang('8080:8000'));
    workspace.set('Dockerfile', NODE);
    assert.strictEqual(workspace.findings('docker-compose.yml').filter((f) => f.code === 'container-port-mismatch').length, 1);
    workspace.set('Dockerfile', NODE.replace('EXPOSE 8080', 'EXPOSE 8000'));
    assert.deepStrictEqual(workspace.findings('docker-compose.yml').filter((f) => f.code === 'container-port-mismatch'), []);
    // The editor re-checks the compose file when the Dockerfile changes.
    assert.deepStrictEqual(workspace.dependants('Dockerfile'), ['docker-compose.yml']);
    workspace.set('other/docker-compose.yml', daohang('8080:8000'));
    assert.deepStrictEqual(workspace.dependants('Dockerfile'), ['docker-compose.yml']);
  });
});
