import * as assert from 'assert';
import { parse } from 'yaml';
import { checkPorts } from '../../src/core/rules/checkPorts';
import { SENSITIVE_PORTS } from '../../src/core/rules/sensitivePorts';
import type { Finding } from '../../src/core/types';
import { applyEdits } from './applyEdits';

function exposed(text: string): Finding[] {
  return checkPorts(text, 'compose').filter((f) => f.code === 'exposed-all-interfaces');
}

/** Applies the only exposed-all-interfaces fix in `text`, checks the result is YAML without that finding, returns its ports. */
function fixed(text: string): unknown[] {
  const found = exposed(text);
  assert.strictEqual(found.length, 1, 'one finding before the fix');
  assert.ok(found[0].fix, 'the finding carries a fix');
  assert.strictEqual(found[0].fix.title, 'Bind to 127.0.0.1');
  const result = applyEdits(text, found[0].fix.edits);
  assert.deepStrictEqual(exposed(result), [], `no finding after the fix:\n${result}`);
  const doc = parse(result);
  return doc.services.db.ports;
}

/** A service built from its own Dockerfile: no image tells what runs there, so the rule goes by the number. */
function db(ports: string, from = '    build: ./db\n'): string {
  return `services:\n  db:\n${from}    ports:\n${ports}    volumes:\n      - data:/var/lib/postgresql/data\nvolumes:\n  data: {}\n`;
}

describe('rule exposed-all-interfaces', () => {
  it('warns on PostgreSQL published without a host IP, saying Docker bypasses ufw and to bind 127.0.0.1', () => {
    const text = db('      - "5432:5432"\n', '    image: postgres:16\n');
    const found = exposed(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'warning');
    assert.strictEqual(found[0].start, text.indexOf('5432'));
    assert.strictEqual(text.slice(found[0].start, found[0].end), '5432');
    assert.match(found[0].message, /PostgreSQL/);
    assert.match(found[0].message, /ufw/);
    assert.match(found[0].message, /127\.0\.0\.1/);
  });

  it('fix: inserts 127.0.0.1 before a quoted short mapping', () => {
    assert.deepStrictEqual(fixed(db('      - "5432:5432"\n')), ['127.0.0.1:5432:5432']);
  });

  it('fix: inserts 127.0.0.1 before an unquoted short mapping and in a flow sequence', () => {
    assert.deepStrictEqual(fixed(db('      - 6379:6379\n')), ['127.0.0.1:6379:6379']);
    assert.deepStrictEqual(fixed('services:\n  db:\n    image: redis\n    ports: ["8080:80", "6379:6379"]\n'), ['8080:80', '127.0.0.1:6379:6379']);
  });

  it('fix: replaces 0.0.0.0 and [::] rather than adding a second IP', () => {
    assert.deepStrictEqual(fixed(db('      - "0.0.0.0:5432:5432"\n')), ['127.0.0.1:5432:5432']);
    assert.deepStrictEqual(fixed(db("      - '[::]:27017:27017/tcp'\n")), ['127.0.0.1:27017:27017/tcp']);
  });

  it('fix: keeps an interpolated host port intact', () => {
    assert.deepStrictEqual(fixed(db('      - "${PG_PORT:-5432}:5432"\n')), ['127.0.0.1:${PG_PORT:-5432}:5432']);
  });

  it('fix: adds host_ip to a block long-syntax mapping, at the first key\'s indentation', () => {
    const text = db('      - target: 5432\n        published: 5432\n        protocol: tcp\n');
    assert.deepStrictEqual(fixed(text), [{ host_ip: '127.0.0.1', target: 5432, published: 5432, protocol: 'tcp' }]);
    const found = exposed(text);
    assert.match(applyEdits(text, found[0].fix!.edits), /\n {6}- host_ip: 127\.0\.0\.1\n {8}target: 5432\n/);
  });

  it('fix: keeps CRLF line endings in a block mapping', () => {
    const text = db('      - target: 3306\n        published: "3306"\n').replace(/\n/g, '\r\n');
    const found = exposed(text);
    const result = applyEdits(text, found[0].fix!.edits);
    assert.ok(!/[^\r]\n/.test(result), 'no bare LF');
    assert.deepStrictEqual(parse(result).services.db.ports, [{ host_ip: '127.0.0.1', target: 3306, published: '3306' }]);
  });

  it('fix: replaces host_ip 0.0.0.0 in a long-syntax mapping', () => {
    const text = db('      - target: 5432\n        host_ip: "0.0.0.0"\n        published: 5432\n');
    assert.deepStrictEqual(fixed(text), [{ target: 5432, host_ip: '127.0.0.1', published: 5432 }]);
  });

  it('fix: adds host_ip inside a flow mapping', () => {
    assert.deepStrictEqual(fixed(db('      - { target: 6379, published: 6379 }\n')), [{ host_ip: '127.0.0.1', target: 6379, published: 6379 }]);
    assert.deepStrictEqual(fixed(db('      - {target: 27017, published: "27017"}\n')), [{ host_ip: '127.0.0.1', target: 27017, published: '27017' }]);
  });

  it('judges by the container port, not by the host port the user picked, unless the container port cannot be read', () => {
    const text = db('      - "15432:5432"\n      - "9200:8080"\n      - "9001:80"\n      - "6379:${REDIS_INNER}"\n');
    const found = exposed(text);
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['15432', '6379']);
    assert.match(found[0].message, /PostgreSQL/);
    assert.match(found[1].message, /Redis/);
  });

  it('warns on a range that contains a sensitive port, and fixes it like a single port', () => {
    const text = db('      - "6370-6380:6370-6380"\n');
    const found = exposed(text);
    assert.strictEqual(text.slice(found[0].start, found[0].end), '6370-6380');
    assert.match(found[0].message, /Redis/);
    assert.deepStrictEqual(fixed(text), ['127.0.0.1:6370-6380:6370-6380']);
  });

  it('stays quiet for localhost binds, container-only ports and ordinary web ports', () => {
    const text = db('      - "127.0.0.1:5432:5432"\n      - "[::1]:6379:6379"\n      - "5432"\n      - "8080:80"\n')
      + '  docker:\n    image: docker:dind\n    expose:\n      - "2375"\n';
    assert.deepStrictEqual(exposed(text), []);
  });

  it('stays quiet when the host IP is interpolated and cannot be read, in either syntax', () => {
    const text = db('      - "${BIND_IP}:5432:5432"\n      - target: 6379\n        published: 6379\n        host_ip: "${BIND_IP}"\n');
    assert.deepStrictEqual(exposed(text), []);
  });

  it('warns on an interpolated IP that defaults to 0.0.0.0 but offers no fix, leaving the variable to the user', () => {
    const found = exposed(db('      - "${BIND_IP:-0.0.0.0}:5432:5432"\n'));
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].fix, undefined);
  });

  it('names the Docker API on 2375 and RabbitMQ management on 15672', () => {
    const text = db('      - "2375:2375"\n      - "15672:15672"\n');
    const found = exposed(text);
    assert.strictEqual(found.length, 2);
    assert.match(found[0].message, /Docker Engine API/);
    assert.match(found[1].message, /RabbitMQ management/);
  });

  it("judges a known image's port of the publish's protocol only (ZeroTier's 9993/udp is peer traffic, 9993/tcp its control API)", () => {
    // TephlonDude/CasaOS-Automation-AppStore Apps/ZeroTier: the peer port published as UDP, as ZeroTier documents.
    const zerotier = (port: string) => `services:\n  zerotier:\n    image: zerotier/zerotier:latest\n    ports:\n      - "${port}"\n`;
    assert.deepStrictEqual(exposed(zerotier('9993:9993/udp')), []);
    const tcp = exposed(zerotier('9993:9993'));
    assert.strictEqual(tcp.length, 1);
    assert.match(tcp[0].message, /ZeroTier One .* control API/);
  });

  it('without a known image, says it goes by the number', () => {
    const found = exposed(db('      - "5432:5432"\n'));
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /^Going by the number, since this service names no image Port Lens knows: port 5432 is commonly PostgreSQL/);
    const unknown = exposed(db('      - "8200:8200"\n', '    image: example/vault-mirror\n'));
    assert.match(unknown[0].message, /^Going by the number, since Port Lens does not know the image example\/vault-mirror: port 8200 is commonly HashiCorp Vault/);
  });

  it('going by a crowded number, stays quiet when the service names an image of other software', () => {
    assert.deepStrictEqual(exposed(db('      - "8200:8200"\n', '    image: example/backup-ui\n')), []);
    assert.deepStrictEqual(exposed(db('      - "9000:9000"\n', '    image: listmonk/listmonk:latest\n')), []);
    assert.strictEqual(exposed(db('      - "9000:9000"\n', '    image: example/minio-gateway\n')).length, 1);
    // A service that builds its own image runs its own software, unless the build path names the product
    // (fiora's Node app built from . on 9200; docker-elk's build: elasticsearch/ on 9200).
    assert.deepStrictEqual(exposed(db('      - "9000:9000"\n')), [], 'build: ./db names neither ClickHouse nor MinIO');
    assert.deepStrictEqual(exposed(db('      - "9200:9200"\n', '    build: .\n')), []);
    assert.strictEqual(exposed(db('      - "9200:9200"\n', '    build:\n      context: elasticsearch/\n')).length, 1);
    assert.strictEqual(exposed(db('      - "9000:9000"\n', '    build:\n      context: .\n      dockerfile: minio.Dockerfile\n')).length, 1);
    // Numbers few other programs use keep their guess whatever the image is called.
    assert.strictEqual(exposed(db('      - "6379:6379"\n', '    image: example/cache\n')).length, 1);
  });

  it('lists each sensitive port once, with what listens there and why', () => {
    const ports = SENSITIVE_PORTS.map((row) => row.port);
    assert.strictEqual(new Set(ports).size, ports.length);
    for (const row of SENSITIVE_PORTS) assert.ok(row.what && row.why, String(row.port));
    for (const port of [5432, 3306, 6379, 27017, 9200, 5672, 15672, 2375, 11211]) assert.ok(ports.includes(port), String(port));
  });

  describe('with a known image', () => {
    const service = (image: string, ports: string, more = '') => `services:\n  app:\n    image: ${image}\n    ports:\n${ports}${more}`;

    it('stays quiet for software whose number another product is known by: Duplicati on 8200, authentik on 9000, oCIS on 9200', () => {
      assert.deepStrictEqual(exposed(service('lscr.io/linuxserver/duplicati:latest', '      - 8200:8200\n')), []);
      assert.deepStrictEqual(exposed(service('ghcr.io/goauthentik/server:2024.2', '      - 9000:9000/tcp\n      - 9443:9443\n')), []);
      assert.deepStrictEqual(exposed(service('owncloud/ocis', '      - 9200:9200\n')), []);
      assert.deepStrictEqual(exposed(service('grafana/grafana', '      - "3000:3000"\n')), []);
    });

    it('warns on a database by its image whatever host port it is published on, and names the image', () => {
      const found = exposed(service('docker.io/library/postgres:16', '      - "15432:5432"\n'));
      assert.strictEqual(found.length, 1);
      assert.match(found[0].message, /^PostgreSQL \(image postgres\) on container port 5432 is a database/);
      assert.match(found[0].message, /ufw/);
      assert.strictEqual(found[0].fix?.title, 'Bind to 127.0.0.1');
    });

    it('warns on an admin UI image, and on the admin port of software whose main port may face users', () => {
      assert.match(exposed(service('portainer/portainer-ce', '      - "9443:9443"\n'))[0]?.message ?? '', /^Portainer CE .*administration interface/);
      // Its Edge agent tunnel is for agents on other machines (wonkothesanest/home-docker-stacks infra/portainer).
      const portainer = service('portainer/portainer-ce:latest', '      - "9443:9443"\n      - "8000:8000"\n');
      assert.deepStrictEqual(exposed(portainer).map((f) => portainer.slice(f.start, f.end)), ['9443']);
      const authentik = exposed(service('ghcr.io/goauthentik/server', '      - "9000:9000"\n      - "9300:9300"\n'));
      assert.strictEqual(authentik.length, 1);
      assert.match(authentik[0].message, /^authentik \(image ghcr\.io\/goauthentik\/server\) on container port 9300 \(Prometheus metrics\) is an administration port/);
    });

    it('in an override file, takes the image from compose.yaml', () => {
      const base = 'services:\n  backup:\n    image: lscr.io/linuxserver/duplicati\n    ports: ["127.0.0.1:8200:8200"]\n';
      const override = 'services:\n  backup:\n    ports: ["8200:8200"]\n';
      assert.strictEqual(exposed(override).length, 1, 'alone, the override names no image: by the number');
      const found = checkPorts(override, 'compose', { mergedWith: [{ name: 'compose.yaml', text: base }] });
      assert.deepStrictEqual(found.filter((f) => f.code === 'exposed-all-interfaces'), []);
    });

    it('stays quiet on a broker\'s MQTT ports, which devices reach from other machines, and warns on its dashboard', () => {
      const text = service('emqx/emqx:5.8', '      - "1883:1883"\n      - "8883:8883"\n      - "18083:18083"\n');
      const found = exposed(text);
      assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['18083']);
      assert.match(found[0].message, /^EMQX \(image emqx\/emqx\) on container port 18083 \(dashboard and management API\) is an administration port/);
    });

    it('names a database\'s admin port as one, and its own port as the database (CockroachDB\'s DB Console and SQL port)', () => {
      const messages = exposed(service('cockroachdb/cockroach:v24.1.0', '      - "8080:8080"\n      - "26257:26257"\n')).map((f) => f.message);
      assert.strictEqual(messages.length, 2);
      assert.match(messages[0], /^CockroachDB \(image cockroachdb\/cockroach\) on container port 8080 \(DB Console and HTTP API\) is an administration port/);
      assert.match(messages[1], /^CockroachDB \(image cockroachdb\/cockroach\) on container port 26257 is a database/);
    });

    it('warns on a database moved to another port by the service, and not on a port its image does not listen on', () => {
      const moved = exposed(service('minio/minio', '      - "9001:9001"\n', '    command: server /data --console-address ":9001"\n'));
      assert.strictEqual(moved.length, 1);
      assert.match(moved[0].message, /^MinIO \(image minio\/minio\), on container port 9001 \(where command: may have moved it\), is an object store/);
      assert.deepStrictEqual(exposed(service('minio/minio', '      - "9001:9001"\n', '    command: server /data\n')), []);
      // A setting set to another port moved something else there (ruanbekker's cp-kafka broker on 9091 beside
      // KAFKA_JMX_PORT: 19101): the message does not pin the broker's port on it; set to the port, it does.
      const kafka = (jmx: string) => exposed('services:\n  broker-1:\n    image: confluentinc/cp-kafka:7.4.0\n    ports:\n      - \'9091:9091\'\n'
        + `    environment:\n      KAFKA_ADVERTISED_LISTENERS: INTERNAL://broker-1:29091,EXTERNAL://localhost:9091\n      KAFKA_JMX_PORT: ${jmx}\n`).map((f) => f.message);
      assert.match(kafka('19101')[0] ?? '', /^Confluent Platform Kafka \(image confluentinc\/cp-kafka\), on container port 9091 \(where the service's other settings may have moved it\), is a message broker/);
      assert.match(kafka('9091')[0] ?? '', /on container port 9091 \(where environment KAFKA_JMX_PORT may have moved it\)/);
      // A listener list naming the port anywhere in it is still named (conduktor's KAFKA_LISTENERS with DOCKER://0.0.0.0:29092).
      const listeners = exposed('services:\n  kafka1:\n    image: confluentinc/cp-kafka:8.0.0\n    ports:\n      - "29092:29092"\n'
        + '    environment:\n      KAFKA_LISTENERS: INTERNAL://0.0.0.0:19092,EXTERNAL://0.0.0.0:9092,DOCKER://0.0.0.0:29092\n').map((f) => f.message);
      assert.match(listeners[0] ?? '', /on container port 29092 \(where environment KAFKA_LISTENERS may have moved it\)/);
      assert.deepStrictEqual(exposed(service('postgres', '      - "8080:80"\n')), []);
      const unread = exposed(service('postgres', '      - "5432:${PG_INNER_PORT}"\n'));
      assert.match(unread[0]?.message ?? '', /^PostgreSQL \(image postgres\), on a container port set by a variable, is a database/);
    });
  });
});
