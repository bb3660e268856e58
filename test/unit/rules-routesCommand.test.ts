// unreachable-port for routes beside a command: a command that names numbers but no port setting, no environment
// variable and nothing unread can move the software to those numbers only (runtipi-appstore apps/planka before
// its fix: a shell retry loop, and a Traefik label routing to the app's host port 8016 instead of 1337).
import assert from 'assert';
import type { Finding } from '../../src/core/types';
import { createWorkspace } from '../../src/core/workspace/workspace';

function routes(text: string): Finding[] {
  const workspace = createWorkspace();
  workspace.set('apps/planka/docker-compose.yml', text);
  return workspace.findings('apps/planka/docker-compose.yml').filter((f) => f.code === 'unreachable-port');
}

const planka = (command: string, label = '8016', more = '') => `services:
  planka:
    image: ghcr.io/plankanban/planka:1.12.0
    command: >
${command}
    ports:
      - \${APP_PORT}:1337
    environment:
      - TRUST_PROXY=1
${more}    labels:
      traefik.enable: true
      traefik.http.services.planka.loadbalancer.server.port: ${label}
`;

const RETRY = `      bash -c
        "for i in \`seq 1 30\`; do
          ./start.sh &&
          s=$$? && break || s=$$?;
          echo \\"Tried $$i times. Waiting 5 seconds...\\";
          sleep 5;
        done; (exit $$s)"`;

describe('unreachable-port: a route beside a command that names only numbers', () => {
  it('warns on a label routing to 8016 when ports: says 1337 and the command is a retry loop', () => {
    const text = planka(RETRY);
    const found = routes(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(text.slice(found[0].start, found[0].end), '8016');
    assert.match(found[0].message, /listens on 1337/);
    assert.deepStrictEqual(routes(planka(RETRY, '1337')), []);
  });

  it('is quiet when the command names the routed port, a port word, an environment variable or an unread value', () => {
    assert.deepStrictEqual(routes(planka('      bash -c "./start.sh 8016"')), []);
    assert.deepStrictEqual(routes(planka('      bash -c "PORT=1 ./start.sh --port 30"')), []);
    assert.deepStrictEqual(routes(planka('      bash -c "./start.sh $$LISTEN_ADDRESS 30"')), []);
    assert.deepStrictEqual(routes(planka('      bash -c "./start.sh ${UNSET_VALUE} 30"')), []);
  });

  it('is quiet when something else may move the port too (network_mode, an env_file not in the workspace)', () => {
    assert.deepStrictEqual(routes(planka(RETRY, '8016', '    network_mode: service:vpn\n')), []);
    // Docker's default network (`bridge`) keeps the container's own ports: the label is still judged.
    assert.strictEqual(routes(planka(RETRY, '8016', '    network_mode: bridge\n')).length, 1);
    assert.deepStrictEqual(routes(planka(RETRY, '8016', '    env_file: ./missing.env\n')), []);
  });
});
