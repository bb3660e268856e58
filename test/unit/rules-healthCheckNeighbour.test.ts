// unreachable-port for a compose health check on a port another service of the project listens on, while the
// checked service's own statements name other ports. Positives shaped after real fixes: wger-project/docker
// 3889147 (web published as "8000", checked on 80, nginx's port) and FAForever/faf-stack 93a0a9f (faf-java-server
// checked on 8080, where its neighbours listen). Negatives from the precision corpora: side-port health checks
// that nothing declares (TiDB's status port), services that share a network namespace, a neighbour's port the
// service itself declares.
import assert from 'assert';
import type { Finding } from '../../src/core/types';
import { createWorkspace } from '../../src/core/workspace/workspace';
import { applyEdits } from './applyEdits';

function found(text: string, files: Record<string, string> = {}): Finding[] {
  const workspace = createWorkspace();
  for (const [path, other] of Object.entries(files)) workspace.set(path, other);
  workspace.set('docker-compose.yml', text);
  return workspace.findings('docker-compose.yml').filter((f) => f.code === 'unreachable-port');
}
const at = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end));

const wger = (check: string, web = '    ports:\n      - "8000"\n', nginx = '    ports:\n      - "80:80"\n') => `services:
  web:
    image: example.org/wger-like/server:latest
${web}    healthcheck:
      test: wget --no-verbose --tries=1 --spider http://localhost:${check}
      interval: 10s
  nginx:
    image: example.org/proxy:stable
    depends_on:
      - web
${nginx}`;

describe('unreachable-port: a health check on a port another service of the project listens on', () => {
  it('wger: the web service says 8000, its health check probes 80, where nginx listens', () => {
    const text = wger('80');
    const findings = found(text);
    assert.deepStrictEqual(at(text, findings), ['80']);
    assert.strictEqual(findings[0].message, 'The health check runs inside the container and connects to port 80 of web, but 80 is where another container, nginx, listens (ports: in docker-compose.yml line 14): web listens on 8000.');
    assert.deepStrictEqual(findings[0].fix?.edits.map((e) => e.newText), ['8000']);
    // The neighbour's statement is a related place: line 14, its ports: entry.
    const related = findings[0].related ?? [];
    assert.ok(related.some((place) => text.slice(0, place.start).split('\n').length === 14 && /nginx listens on 80/.test(place.message)));
    assert.deepStrictEqual(found(applyEdits(text, findings[0].fix!.edits)), []);
  });

  it('faf-java-server: expose: names the management port, the check probes a port its neighbours listen on', () => {
    const text = `services:
  faf-java-server:
    image: example.org/faf-java-server:0.9.7
    expose:
      - "8088" # HTTP Management API
    ports:
      - "8001:8001"
    healthcheck:
      test: "wget -q -O /dev/null http://localhost:8080/health"
  faf-spring-boot-admin:
    image: example.org/spring-boot-admin:1.5
    expose:
      - "8080"
`;
    assert.deepStrictEqual(at(text, found(text)), ['8080']);
  });

  it('negatives: a side port nobody declares, a shared network namespace, the service declaring the port too, a neighbour by its image alone', () => {
    // TiDB's status port 10080: nothing in the project listens there but TiDB itself.
    assert.deepStrictEqual(found(wger('10080')), []);
    // The check on its own port.
    assert.deepStrictEqual(found(wger('8000')), []);
    // The service says nothing of its own ports, only its image's row does (Grafana, 3000): no statement of its own
    // the check disagrees with (an image row lists the ports people publish, not every port the software serves).
    assert.deepStrictEqual(found(wger('80', '').replace('example.org/wger-like/server:latest', 'grafana/grafana:11.0.0')), []);
    // The service also exposes 80 (its own nginx inside): both listen there, each in its container.
    assert.deepStrictEqual(found(wger('80', '    ports:\n      - "8000"\n    expose:\n      - "80"\n')), []);
    // Sharing the neighbour's network namespace: localhost is the neighbour's too.
    assert.deepStrictEqual(found(wger('80', '    network_mode: service:nginx\n')), []);
    const vpn = `services:
  app:
    image: example.org/app:1
    ports:
      - "8000"
    healthcheck:
      test: curl -f http://localhost:80/
  sidecar:
    image: example.org/sidecar:1
    network_mode: service:app
    expose:
      - "80"
`;
    assert.deepStrictEqual(found(vpn), []);
    // The neighbour listens on 80 only by its image's documented default (nginx): not its own statement.
    assert.deepStrictEqual(found(wger('80', '    ports:\n      - "8000"\n', '    image: nginx:1.27\n').replace('    image: example.org/proxy:stable\n', '')), []);
    // A UDP neighbour port (DNS on 53/udp) is not where a TCP health check goes.
    assert.deepStrictEqual(found(wger('53', '    ports:\n      - "8000"\n', '    ports:\n      - "53:53/udp"\n')), []);
    // A setting of the service names the port.
    assert.deepStrictEqual(found(wger('80', '    ports:\n      - "8000"\n    environment:\n      - NGINX_PORT=80\n')), []);
  });
});
