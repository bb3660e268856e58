// unreachable-port for a compose health check on a port the service's own HTTP route label does not name, while
// nothing says the service listens there. Positive shaped after AdrienPoupa/docker-compose-nas c3da7d9 (Tandoor:
// Traefik to 80, health check on 8080, its nginx config folder mounted, its .env only an example); the image here
// is unknown, as a Tandoor 2 row would leave 80 alone. Negatives: the precision corpora's agreeing pairs, a side
// port something declares, a shared network namespace, a command naming the port.
import assert from 'assert';
import type { Finding } from '../../src/core/types';
import { createWorkspace } from '../../src/core/workspace/workspace';
import { applyEdits } from './applyEdits';

function found(text: string): Finding[] {
  const workspace = createWorkspace();
  workspace.set('tandoor/docker-compose.yml', text);
  return workspace.findings('tandoor/docker-compose.yml').filter((f) => f.code === 'unreachable-port');
}
const at = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end));

const tandoor = (check: string, more = '', label = '      - traefik.http.services.tandoor.loadbalancer.server.port=80\n', image = 'example.org/recipes:latest') => `services:
  tandoor:
    image: ${image}
    env_file:
      - \${CONFIG_ROOT:-.}/tandoor/.env
    volumes:
      - \${CONFIG_ROOT:-.}/tandoor/nginx:/opt/recipes/http.d
${more}    healthcheck:
      test: ["CMD", "wget", "http://127.0.0.1:${check}/recipes", "-qO", "/dev/null"]
      interval: 1m
    labels:
      - traefik.enable=true
      - traefik.http.routers.tandoor.rule=PathPrefix(\`/recipes\`)
${label}`;

describe('unreachable-port: a health check against the service\'s own HTTP route label', () => {
  it('Tandoor: Traefik sends the site to 80, the health check probes 8080, with a config mounted and the env_file missing', () => {
    const text = tandoor('8080');
    const findings = found(text);
    assert.deepStrictEqual(at(text, findings), ['8080']);
    assert.strictEqual(findings[0].message, 'The health check runs inside the container and connects to port 8080 of tandoor, but its Traefik label on line 14 sends HTTP for tandoor to 80, and nothing says tandoor listens on 8080: unless it serves HTTP on both, one of them is wrong.');
    assert.deepStrictEqual(findings[0].fix?.edits.map((e) => e.newText), ['80']);
    assert.strictEqual(findings[0].related?.[0].path, 'tandoor/docker-compose.yml');
    assert.strictEqual(text.slice(findings[0].related![0].start, findings[0].related![0].end), '80');
    assert.deepStrictEqual(found(applyEdits(text, findings[0].fix!.edits)), []);
    // VIRTUAL_PORT is an HTTP route too.
    const virtual = tandoor('8080', '    environment:\n      - VIRTUAL_PORT=80\n', '');
    assert.deepStrictEqual(at(virtual, found(virtual)), ['8080']);
  });

  it('negatives: the label names the port, something declares it, a namespace shared, a command names it, no HTTP label', () => {
    assert.deepStrictEqual(found(tandoor('80')), []);
    // Declared by the service: expose:, the container side of ports:, a setting's value.
    assert.deepStrictEqual(found(tandoor('8081', '    expose:\n      - "8081"\n')), []);
    assert.deepStrictEqual(found(tandoor('8081', '    ports:\n      - "9000:8081"\n')), []);
    assert.deepStrictEqual(found(tandoor('8081', '    environment:\n      - METRICS_PORT=8081\n')), []);
    // Known side port of the image (Keycloak's management port 9000 beside its HTTP 8080).
    assert.deepStrictEqual(found(tandoor('9000', '', '      - traefik.http.services.tandoor.loadbalancer.server.port=8080\n', 'quay.io/keycloak/keycloak:26.0')), []);
    // Another network namespace: localhost is not the service's own container.
    assert.deepStrictEqual(found(tandoor('8080', '    network_mode: host\n')), []);
    // A command that names the port may start a second server there.
    assert.deepStrictEqual(found(tandoor('8080', '    command: gunicorn --bind 0.0.0.0:8080 app\n')), []);
    // A TCP route label names no HTTP port the check is held to.
    assert.deepStrictEqual(found(tandoor('8080', '', '      - traefik.tcp.services.tandoor.loadbalancer.server.port=5432\n')), []);
    // No route label at all: a health check alone on an undeclared port is a side port as often as a mistake.
    assert.deepStrictEqual(found(tandoor('8080', '', '')), []);
  });
});
