// unreachable-port for Traefik v1's port labels: `traefik.port=80` (and `traefik.<name>.port`) is the container
// port Traefik v1 routes to, as `loadbalancer.server.port` is for v2 (mattermost-docker#420: traefik.port=80 where
// the app listens on 8000). In swarm mode Traefik reads the labels under deploy:.
import assert from 'assert';
import type { Finding } from '../../src/core/types';
import { createWorkspace } from '../../src/core/workspace/workspace';

function found(text: string, code = 'unreachable-port'): Finding[] {
  const workspace = createWorkspace();
  workspace.set('stack/docker-compose.yml', text);
  return workspace.findings('stack/docker-compose.yml').filter((f) => f.code === code);
}

const grafana = (labels: string, where = '    labels:') => `services:
  grafana:
    image: grafana/grafana:10.4.2
${where}
${labels}
`;

describe('unreachable-port: Traefik v1 port labels', () => {
  it('warns on traefik.port naming a port the image does not listen on', () => {
    const text = grafana('      - "traefik.frontend.rule=Host:grafana.example.com"\n      - "traefik.port=80"');
    const result = found(text);
    assert.strictEqual(result.length, 1);
    assert.strictEqual(text.slice(result[0].start, result[0].end), '80');
    assert.match(result[0].message, /Traefik label routes to port 80 of grafana/);
    assert.match(result[0].message, /3000/);
  });

  it('reads the per-service form traefik.<name>.port and map-style labels', () => {
    assert.strictEqual(found(grafana('      - "traefik.web.port=8080"')).length, 1);
    assert.strictEqual(found(grafana('      traefik.port: 8080')).length, 1);
  });

  it('reads the labels under deploy: (swarm mode)', () => {
    const text = grafana('      labels:\n        - "traefik.port=80"', '    deploy:');
    assert.strictEqual(found(text).length, 1);
  });

  it('is quiet for the image\'s own port and for labels that name no port', () => {
    assert.deepStrictEqual(found(grafana('      - "traefik.port=3000"')), []);
    assert.deepStrictEqual(found(grafana('      - "traefik.backend=grafana"\n      - "traefik.frontend.rule=Host:g.example.com"\n      - "traefik.docker.network=proxy"')), []);
    // Not a Traefik label, though it ends in .port.
    assert.deepStrictEqual(found(grafana('      - "com.example.metrics.port=80"')), []);
  });

  it('route-protocol-mismatch stays quiet when v1\'s protocol label says https', () => {
    const portainer = (extra: string) => `services:
  portainer:
    image: portainer/portainer-ce:2.16.0-alpine
    labels:
      - "traefik.port=9443"
${extra}`;
    assert.strictEqual(found(portainer(''), 'route-protocol-mismatch').length, 1);
    assert.deepStrictEqual(found(portainer('      - "traefik.protocol=https"\n'), 'route-protocol-mismatch'), []);
  });
});
