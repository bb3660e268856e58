import * as assert from 'assert';
import { createWorkspace, type Finding, type PortWorkspace } from '../../src/core';
import { applyEdits } from './applyEdits';

// container-port-mismatch for ports written in an override (or a file read with -f after the base) for a service
// whose image stands in the base file: yorch/docker-compose-services' n8n/docker-compose.dev.yml published
// `8001:8001` for redisinsight, whose `image: redis/redisinsight` (RedisInsight 2, on 5540) is in docker-compose.yml.

// The tests use Grafana (a curated row: 3000, moved by GF_SERVER_HTTP_PORT); the case's RedisInsight row is a
// generated one, which the unit tests do not install.
const BASE = 'services:\n  grafana:\n    image: grafana/grafana:11.0.0\n    restart: unless-stopped\n    volumes:\n      - ./data/grafana:/var/lib/grafana\n';

function mismatches(workspace: PortWorkspace, path: string): Finding[] {
  return workspace.findings(path).filter((f) => f.code === 'container-port-mismatch');
}

function project(files: Record<string, string>): PortWorkspace {
  const workspace = createWorkspace();
  for (const [path, text] of Object.entries(files)) workspace.set(path, text);
  return workspace;
}

describe('rule container-port-mismatch across a compose file and its override', () => {
  it('a -f fragment publishes a port the base file\'s image does not listen on: says where the image is named, fixes the port', () => {
    const dev = 'services:\n  grafana:\n    ports:\n      - 8001:8001\n';
    const workspace = project({ 'n8n/docker-compose.yml': BASE, 'n8n/docker-compose.dev.yml': dev });
    const [found, ...rest] = mismatches(workspace, 'n8n/docker-compose.dev.yml');
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(dev.slice(found.start, found.end), '8001');
    assert.strictEqual(found.start, dev.lastIndexOf('8001'), 'on the container side');
    assert.match(found.message, /^Grafana \(image grafana\/grafana, named in n8n\/docker-compose\.yml\) listens on 3000\/tcp .* not on 8001/);
    assert.strictEqual(applyEdits(dev, found.fix!.edits), dev.replace('8001:8001', '8001:3000'));
    assert.deepStrictEqual(mismatches(workspace, 'n8n/docker-compose.yml'), []);
  });

  it('the default override file too (compose.yaml + compose.override.yaml)', () => {
    const override = 'services:\n  grafana:\n    ports:\n      - "8080:8080"\n';
    const workspace = project({ 'compose.yaml': 'services:\n  grafana:\n    image: grafana/grafana:11.0.0\n', 'compose.override.yaml': override });
    const found = mismatches(workspace, 'compose.override.yaml');
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /named in compose\.yaml/);
  });

  it('is silent when any file of the project publishes the image\'s port, or a setting in the base names the override\'s port', () => {
    const dev = 'services:\n  grafana:\n    ports:\n      - 8001:8001\n';
    const publishes = BASE + '    ports:\n      - "3000:3000"\n';
    assert.deepStrictEqual(mismatches(project({ 'docker-compose.yml': publishes, 'docker-compose.dev.yml': dev }), 'docker-compose.dev.yml'), []);
    const moved = BASE + '    environment:\n      GF_SERVER_HTTP_PORT: 8001\n';
    assert.deepStrictEqual(mismatches(project({ 'docker-compose.yml': moved, 'docker-compose.dev.yml': dev }), 'docker-compose.dev.yml'), []);
    const command = BASE + '    command: ["grafana", "server", "cfg:server.http_port=8001"]\n';
    assert.deepStrictEqual(mismatches(project({ 'docker-compose.yml': command, 'docker-compose.dev.yml': dev }), 'docker-compose.dev.yml'), []);
  });

  it('leaves a service whose image the override names to the single-file rule (one finding, not two), and images it does not know alone', () => {
    const own = 'services:\n  grafana:\n    image: grafana/grafana:11.0.0\n    ports:\n      - 8001:8001\n';
    assert.strictEqual(mismatches(project({ 'docker-compose.yml': BASE, 'docker-compose.override.yml': own }), 'docker-compose.override.yml').length, 1);
    const unknown = 'services:\n  app:\n    image: example/some-app-nobody-knows:1\n';
    assert.deepStrictEqual(mismatches(project({ 'docker-compose.yml': unknown, 'docker-compose.dev.yml': 'services:\n  app:\n    ports:\n      - 8001:8001\n' }), 'docker-compose.dev.yml'), []);
  });

  it('leaves a built service to the Dockerfile rule', () => {
    const built = 'services:\n  web:\n    build: ./web\n    image: grafana/grafana:11.0.0\n';
    const workspace = project({ 'docker-compose.yml': built, 'docker-compose.dev.yml': 'services:\n  web:\n    ports:\n      - 8001:8001\n', 'web/Dockerfile': 'FROM node:20\nCMD ["node", "server.js"]\n' });
    assert.deepStrictEqual(mismatches(workspace, 'docker-compose.dev.yml'), []);
  });
});
