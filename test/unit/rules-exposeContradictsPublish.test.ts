// container-port-mismatch from a service that contradicts itself: `expose: [8065]` while `ports:` maps
// `8065:8056` (the shape of a real compose file), even with a config mount that makes the image's port uncertain.
import assert from 'assert';
import { parse } from 'yaml';
import type { Finding } from '../../src/core/types';
import { createWorkspace } from '../../src/core/workspace/workspace';
import { applyEdits } from './applyEdits';

function mismatches(text: string): Finding[] {
  const workspace = createWorkspace();
  workspace.set('apps/mattermost/compose.yaml', text);
  return workspace.findings('apps/mattermost/compose.yaml').filter((f) => f.code === 'container-port-mismatch');
}
const at = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end));

/** A service with a mounted config folder (so the image's own port is uncertain), its expose: and its ports:. */
const service = (expose: string, ports: string, more = '') => `services:
  mattermost:
    image: example/unknown-chat:9.1
    volumes:
      - ./config:/mattermost/config
    expose:
${expose}    ports:
${ports}${more}`;

describe('rule container-port-mismatch: expose: and ports: of the same service disagree', () => {
  it('warns on 8065:8056 beside expose 8065, names both statements, points at expose: and fixes the container side', () => {
    const text = service('      - 8065\n', '      - "8065:8056"\n');
    const found = mismatches(text);
    assert.deepStrictEqual(at(text, found), ['8056']);
    assert.strictEqual(found[0].start, text.indexOf('8056'));
    assert.match(found[0].message, /^ports: maps host port 8065 to container port 8056, but expose: on line 7 says the container listens on 8065/);
    assert.ok(!found[0].message.includes('`'));
    const related = found[0].related ?? [];
    assert.strictEqual(related.length, 1);
    assert.strictEqual(related[0].path, 'apps/mattermost/compose.yaml');
    assert.strictEqual(text.slice(related[0].start, related[0].end), '8065');
    assert.strictEqual(text.slice(0, related[0].start).split('\n').length, 7);
    assert.strictEqual(found[0].fix?.title, 'Use container port 8065');
    const fixed = applyEdits(text, found[0].fix!.edits);
    assert.deepStrictEqual(parse(fixed).services.mattermost.ports, ['8065:8065']);
    assert.deepStrictEqual(mismatches(fixed), []);
  });

  it('reads the long syntax and a variable host side with a default', () => {
    const long = service('      - "8065"\n', '      - target: 8056\n        published: 8065\n');
    assert.deepStrictEqual(at(long, mismatches(long)), ['8056']);
    const variable = service('      - 8065\n', '      - ${MM_PORT:-8065}:8056\n');
    assert.deepStrictEqual(at(variable, mismatches(variable)), ['8056']);
  });

  it('stays quiet when the published container port is one the service also exposes', () => {
    const text = service('      - 8065\n      - 8056\n', '      - "8065:8056"\n');
    assert.deepStrictEqual(mismatches(text), []);
  });

  it('stays quiet for a service exposing 9000 and publishing 9001:9001, or exposing more than it publishes', () => {
    assert.deepStrictEqual(mismatches(service('      - 9000\n', '      - "9001:9001"\n')), []);
    assert.deepStrictEqual(mismatches(service('      - 9000\n      - 9443\n', '      - "8080:9000"\n')), []);
  });

  it('stays quiet for UDP, a range, a setting naming the port, a command, the host network, and another publish of the exposed port', () => {
    assert.deepStrictEqual(mismatches(service('      - 8065\n', '      - "8065:8056/udp"\n')), []);
    assert.deepStrictEqual(mismatches(service('      - 8065/udp\n', '      - "8065:8056"\n')), []);
    assert.deepStrictEqual(mismatches(service('      - 8065-8066\n', '      - "8065:8056"\n')), []);
    assert.deepStrictEqual(mismatches(service('      - 8065\n', '      - "8065:8056"\n', '    environment:\n      - HTTP_PORT=8056\n')), []);
    assert.deepStrictEqual(mismatches(service('      - 8065\n', '      - "8065:8056"\n', '    command: ["serve", "--port", "8056"]\n')), []);
    assert.deepStrictEqual(mismatches(service('      - 8065\n', '      - "8065:8056"\n', '    network_mode: host\n')), []);
    assert.deepStrictEqual(mismatches(service('      - 8065\n', '      - "8065:8056"\n      - "18065:8065"\n')), []);
  });

  it('stays quiet when the container side cannot be read', () => {
    assert.deepStrictEqual(mismatches(service('      - 8065\n', '      - "8065:${MM_INNER}"\n')), []);
  });
});

describe('rule container-port-mismatch: a publish whose variable is named for another port', () => {
  const inFolder = (text: string, env?: string): Finding[] => {
    const workspace = createWorkspace();
    if (env !== undefined) workspace.set('.apps/network/.env', env);
    workspace.set('.apps/network/unifi.bridge.yml', text);
    return workspace.findings('.apps/network/unifi.bridge.yml').filter((f) => f.code === 'container-port-mismatch');
  };
  const unifi = (entry: string) => `services:\n  unifi:\n    ports:\n      - "\${UNIFI_PORT_3478}:3478/udp"\n${entry}      - "\${UNIFI_PORT_8080}:8080"\n`;

  it('warns on ${UNIFI_PORT_6789}:67, points at the variable and fixes the container side, set in .env or not', () => {
    const text = unifi('      - "${UNIFI_PORT_6789}:67"\n');
    for (const env of [undefined, 'UNIFI_PORT_6789=6789\nUNIFI_PORT_3478=3478\nUNIFI_PORT_8080=8080\n']) {
      const found = inFolder(text, env);
      assert.deepStrictEqual(at(text, found), ['67']);
      assert.match(found[0].message, /^ports: publishes container port 67 through the variable UNIFI_PORT_6789, whose name says 6789/);
      assert.strictEqual(text.slice(found[0].related![0].start, found[0].related![0].end), 'UNIFI_PORT_6789');
      assert.strictEqual(found[0].related![0].path, '.apps/network/unifi.bridge.yml');
      const fixed = applyEdits(text, found[0].fix!.edits);
      assert.ok(fixed.includes('"${UNIFI_PORT_6789}:6789"'));
      assert.deepStrictEqual(inFolder(fixed, env), []);
    }
  });

  it('stays quiet when the name agrees, is an index, or the container port is stated elsewhere in the service', () => {
    assert.deepStrictEqual(inFolder(unifi('      - "${UNIFI_PORT_6789}:6789"\n')), []);
    assert.deepStrictEqual(inFolder(unifi('      - "${WEB_PORT_12}:6789"\n')), []);
    assert.deepStrictEqual(inFolder(unifi('      - "${UNIFI_PORT_6789}:8080"\n')), []);
    assert.deepStrictEqual(inFolder(`${unifi('      - "${UNIFI_PORT_6789}:67"\n')}    expose:\n      - 67\n`), []);
  });
});

describe('rule container-port-mismatch (expose: names the host port, decided by the image)', () => {
  // The shape of Haxxnet/Compose-Examples examples/nextcloud/docker-compose-sqlite.yml before its fix.
  const nextcloud = (expose: string, ports = '      - 9443:443\n', more = '') => 'services:\n  nextcloud:\n    image: linuxserver/nextcloud:latest\n'
    + `    environment:\n      - PUID=1000\n${more}    volumes:\n      - \${DOCKER_VOLUME_STORAGE:-/mnt/docker-volumes}/nextcloud/config:/config\n`
    + `    expose:\n${expose}    ports:\n${ports}    restart: unless-stopped\n`;

  it('warns on expose: 9443 beside 9443:443 for an image that listens on 443, naming both, and fixes it', () => {
    const text = nextcloud('      - 9443\n');
    const found = mismatches(text);
    assert.deepStrictEqual(at(text, found), ['9443']);
    assert.strictEqual(found[0].start, text.indexOf('      - 9443\n') + 8);
    assert.match(found[0].message, /^expose: says the container listens on 9443, but ports: on line 11 maps host port 9443 to container port 443, where Nextcloud/);
    assert.strictEqual(found[0].related?.length, 1);
    const fixed = applyEdits(text, found[0].fix!.edits);
    assert.deepStrictEqual(parse(fixed).services.nextcloud.expose, [443]);
    assert.deepStrictEqual(mismatches(fixed), []);
  });

  it('is quiet when the exposed port is the image\'s or its plain-HTTP partner (80 beside 443), is set or published elsewhere, the image is unknown, or nothing maps it', () => {
    assert.deepStrictEqual(mismatches(nextcloud('      - 443\n')), []);
    assert.deepStrictEqual(mismatches(nextcloud('      - 80\n', '      - 80:443\n')), []);
    assert.deepStrictEqual(mismatches(nextcloud('      - 9443\n', '      - 9443:443\n', '      - HTTPS_PORT=9443\n')), []);
    assert.deepStrictEqual(mismatches(nextcloud('      - 9443\n', '      - 9443:443\n      - 8443:9443\n')), []);
    assert.deepStrictEqual(mismatches(nextcloud('      - 9443\n', '      - 8443:443\n')), []);
    // RabbitMQ listens on both 5671 and 5672: exposing AMQP over TLS beside 5671:5672 contradicts nothing the image says.
    const rabbit = 'services:\n  rabbitmq:\n    image: rabbitmq:3.13\n    expose:\n      - 5671\n    ports:\n      - 5671:5672\n';
    assert.deepStrictEqual(mismatches(rabbit).filter((f) => f.message.startsWith('expose:')), []);
    // A container side the image does not listen on either: the image cannot tell which statement is wrong.
    assert.deepStrictEqual(mismatches(nextcloud('      - 9443\n', '      - 9443:8443\n')).filter((f) => f.message.startsWith('expose:')), []);
    // Without the image's word, the older rule reports the publish instead (one of the two is wrong), not the expose.
    const unknown = nextcloud('      - 9443\n').replace('linuxserver/nextcloud:latest', 'example/unknown-app:1');
    assert.deepStrictEqual(mismatches(unknown).map((f) => f.message.slice(0, 10)), ['ports: map']);
  });
});
