// The image table and how an `image:` or `FROM` reference finds its row.
import * as assert from 'assert';
import { lookupImage } from '../../src/core';
import { imageKey } from '../../src/core/images/imageReference';
import { imageRows } from '../../src/core/images/lookupImage';

/** lookupImage from a copy of its module loaded anew, so with none of the state earlier lookups left. */
function freshLookupImage(): typeof lookupImage {
  const path = require.resolve('../../src/core/images/lookupImage');
  delete require.cache[path];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(path) as typeof import('../../src/core/images/lookupImage')).lookupImage;
}

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);
const KINDS = new Set(['database', 'cache', 'queue', 'object-store', 'admin-ui', 'web-app', 'proxy', 'media', 'auth', 'monitoring', 'vpn', 'dns', 'other']);

describe('image references', () => {
  it('reduces every form of a Docker Hub official image to its bare name', () => {
    for (const reference of ['postgres', 'postgres:16', 'postgres:16-alpine', 'library/postgres', 'docker.io/postgres',
      'docker.io/library/postgres:16@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      'index.docker.io/library/postgres', 'registry-1.docker.io/library/postgres:16', 'postgres@sha256:abc', ' postgres:16 ']) {
      assert.strictEqual(imageKey(reference), 'postgres', reference);
    }
  });

  it("reads Amazon ECR Public's copy of the official images as Docker Hub's, and keeps its other namespaces", () => {
    // Compose files in the wild pull public.ecr.aws/docker/library/postgres:16 and …/eclipse-mosquitto:2 to avoid Docker Hub's rate limit.
    assert.strictEqual(imageKey('public.ecr.aws/docker/library/postgres:16'), 'postgres');
    assert.strictEqual(imageKey('PUBLIC.ECR.AWS/docker/library/eclipse-mosquitto:2@sha256:abc'), 'eclipse-mosquitto');
    assert.strictEqual(imageKey('public.ecr.aws/docker/library/a/b'), 'public.ecr.aws/docker/library/a/b');
    assert.strictEqual(imageKey('public.ecr.aws/bitnami/redis:7'), 'public.ecr.aws/bitnami/redis');
    assert.strictEqual(imageKey('public.ecr.aws/docker/postgres'), 'public.ecr.aws/docker/postgres');
  });

  it("reads Google's Docker Hub cache mirror.gcr.io as Docker Hub, and keeps gcr.io's own repositories", () => {
    // Mafyuh/iac docker/couchdb/compose.yaml: image: mirror.gcr.io/couchdb:3.5.2; docker/wazuh: mirror.gcr.io/wazuh/wazuh-manager.
    assert.strictEqual(imageKey('mirror.gcr.io/couchdb:3.5.2'), 'couchdb');
    assert.strictEqual(imageKey('mirror.gcr.io/library/postgres:16'), 'postgres');
    assert.strictEqual(imageKey('mirror.gcr.io/wazuh/wazuh-manager:4.14.3'), 'wazuh/wazuh-manager');
    assert.strictEqual(imageKey('gcr.io/cadvisor/cadvisor'), 'gcr.io/cadvisor/cadvisor');
  });

  it('reads a Scarf Gateway host (a project\'s pull counter) as the registry it redirects to, under the same name', () => {
    assert.strictEqual(imageKey('devlake.docker.scarf.sh/apache/devlake-dashboard:v1.0.1'), 'apache/devlake-dashboard');
    assert.strictEqual(imageKey('cr.hotio.dev/hotio/sonarr:release'), 'hotio/sonarr');
    // Only scarf.sh's Docker subdomains and hotio's: another host's path is that host's own.
    assert.strictEqual(imageKey('docker.scarf.sh.example.com/apache/devlake'), 'docker.scarf.sh.example.com/apache/devlake');
    assert.strictEqual(imageKey('cr.hotio.dev.example.com/hotio/sonarr'), 'cr.hotio.dev.example.com/hotio/sonarr');
  });

  it('keeps the registry host (any case) and its port, and drops only Docker Hub\'s', () => {
    assert.strictEqual(imageKey('QUAY.IO/keycloak/keycloak:24.0'), 'quay.io/keycloak/keycloak');
    assert.strictEqual(imageKey('localhost:5000/app'), 'localhost:5000/app');
    assert.strictEqual(imageKey('localhost:5000/app:1.2'), 'localhost:5000/app');
    assert.strictEqual(imageKey('localhost/app'), 'localhost/app');
    assert.strictEqual(imageKey('registry.example.com:5000/team/app@sha256:beef'), 'registry.example.com:5000/team/app');
    assert.strictEqual(imageKey('Docker.IO/Grafana/Grafana:10.2'), 'grafana/grafana');
    // `library/` is Docker Hub's namespace only.
    assert.strictEqual(imageKey('ghcr.io/library/app'), 'ghcr.io/library/app');
  });

  it('reads an official image published under an architecture namespace as the official image', () => {
    for (const reference of ['arm64v8/mariadb:10', 'docker.io/arm32v7/mariadb', 'amd64/mariadb@sha256:beef', 'winamd64/mariadb']) {
      assert.strictEqual(imageKey(reference), 'mariadb', reference);
    }
    assert.strictEqual(lookupImage('arm64v8/postgres:16')?.ports[0].port, 5432);
    // Only Docker Hub's architecture namespaces, and only a name of one more part.
    assert.strictEqual(imageKey('ghcr.io/arm64v8/mariadb'), 'ghcr.io/arm64v8/mariadb');
    assert.strictEqual(imageKey('arm64v8/team/app'), 'arm64v8/team/app');
    assert.strictEqual(imageKey('armhf/mariadb'), 'armhf/mariadb');
  });

  it('reads LinuxServer.io images the same from Docker Hub, lscr.io and ghcr.io', () => {
    for (const reference of ['linuxserver/duplicati', 'lscr.io/linuxserver/duplicati:latest', 'LSCR.IO/linuxserver/duplicati', 'ghcr.io/linuxserver/duplicati:2.0']) {
      assert.strictEqual(imageKey(reference), 'linuxserver/duplicati', reference);
    }
  });

  it('knows no image when its name is written with a variable, but does when only its tag is', () => {
    assert.strictEqual(imageKey('${REGISTRY}/app:1'), undefined);
    assert.strictEqual(imageKey('$IMAGE'), undefined);
    assert.strictEqual(imageKey('postgres:${PG_VERSION}'), 'postgres');
    assert.strictEqual(imageKey('postgres:${PG_VERSION:-16}'), 'postgres');
    assert.strictEqual(imageKey('grafana/grafana:\uE000'), 'grafana/grafana');
  });

  it('gives no key for what is not a reference', () => {
    for (const reference of ['', '   ', 'a b', 'x'.repeat(600), '/app', 'app//x', 'foo/bar:baz/qux']) {
      assert.strictEqual(imageKey(reference), undefined, JSON.stringify(reference.slice(0, 20)));
    }
    assert.strictEqual(imageKey(undefined as unknown as string), undefined);
  });

  it('looks up the same row for every form of a reference, and a different one for another repository', () => {
    const postgres = lookupImage('postgres');
    assert.ok(postgres);
    assert.strictEqual(postgres.software, 'PostgreSQL');
    assert.strictEqual(lookupImage('docker.io/library/postgres:16@sha256:0123456789abcdef'), postgres);
    const bitnami = lookupImage('bitnami/postgresql:16');
    assert.ok(bitnami);
    assert.notStrictEqual(bitnami, postgres);
    assert.strictEqual(bitnami.image, 'bitnami/postgresql');
    assert.strictEqual(lookupImage('example.com/nobody/nothing'), undefined);
    assert.strictEqual(lookupImage('${IMAGE}'), undefined);
  });
});

describe('image table', () => {
  it("Mealie's port moves by API_PORT, the setting its server binds (the Dockerfile's APP_PORT only names its EXPOSE)", () => {
    for (const reference of ['ghcr.io/mealie-recipes/mealie:v2.8.0', 'mealie-recipes/mealie']) {
      const row = lookupImage(reference);
      assert.deepStrictEqual([row?.software, row?.ports.map((p) => p.port), row?.portSettings], ['Mealie', [9000], ['API_PORT']], reference);
    }
  });

  const rows = imageRows();

  it('every row cites an https source and names its software and kind', () => {
    assert.ok(rows.length > 0);
    for (const row of rows) {
      assert.match(row.url, /^https:\/\/[^\s/]+\.[^\s]+$/, row.image);
      assert.ok(row.software.trim().length > 0, row.image);
      assert.ok(KINDS.has(row.kind), `${row.image}: kind ${row.kind}`);
    }
  });

  it('every port is a valid port with a protocol and a description; runtimes list none', () => {
    for (const row of rows) {
      assert.ok(Array.isArray(row.ports), row.image);
      for (const port of row.ports) {
        assert.ok(Number.isInteger(port.port) && port.port >= 1 && port.port <= 65535, `${row.image}: ${port.port}`);
        if (port.endPort !== undefined) assert.ok(Number.isInteger(port.endPort) && port.endPort > port.port && port.endPort <= 65535, `${row.image}: ${port.endPort}`);
        assert.ok(PROTOCOLS.has(port.protocol), `${row.image}: ${port.protocol}`);
        assert.ok(port.description.trim().length > 0, `${row.image}: ${port.port} has a description`);
      }
      for (const setting of row.portSettings ?? []) assert.match(setting, /^(-{1,2}[a-z][\w.-]*|[A-Za-z_][A-Za-z0-9_.]*)$/, `${row.image}: ${setting}`);
    }
  });

  it('each row is written in its table-key form, and no two rows claim the same key', () => {
    const claimed = new Map<string, string>();
    for (const row of rows) {
      assert.strictEqual(imageKey(row.image), row.image, `${row.image} is written as its key`);
      for (const name of [row.image, ...(row.aliases ?? [])]) {
        const key = imageKey(name);
        assert.ok(key, `${row.image}: alias ${name}`);
        assert.ok(!claimed.has(key), `${key} claimed by ${claimed.get(key)} and ${row.image}`);
        claimed.set(key, row.image);
      }
    }
  });

  it('finds every row by its own name and its aliases', () => {
    for (const row of rows) {
      assert.strictEqual(lookupImage(`${row.image}:latest`)?.image, row.image);
      for (const alias of row.aliases ?? []) assert.strictEqual(lookupImage(alias)?.image, row.image, alias);
    }
  });

  // lookupImage searches the key index's text for its first lookups and parses it into a map once lookups are
  // frequent: both ways are checked here, each in a fresh copy of the module (this file's other tests have long
  // since made the map in the shared one).
  const NEAR_MISSES = ['grafana', 'redis-stack', 'nginx-prox', 'proxy', 'code-server', 'postgre', 'ostgres', 'bitnami/redi', 'a"b', 'a\\b'];

  it('finds every row by every key, and no row for a name that is only part of a known one, on its first lookups', () => {
    const names = rows.flatMap((row) => [row.image, ...(row.aliases ?? [])].map((name) => ({ name, image: row.image })));
    for (let start = 0; start < names.length; start += 20) {
      const fresh = freshLookupImage();
      for (const { name, image } of names.slice(start, start + 20)) assert.strictEqual(fresh(name)?.image, image, name);
      for (const name of NEAR_MISSES.slice(0, 10)) assert.strictEqual(fresh(name), undefined, name);
    }
  });

  it('finds no row for a name that is only part of a known one once lookups are frequent', () => {
    const fresh = freshLookupImage();
    for (let i = 0; i < 100; i++) fresh(`unknown-${i}`);
    for (const name of NEAR_MISSES) assert.strictEqual(fresh(name), undefined, name);
    assert.strictEqual(fresh('grafana/grafana')?.image, 'grafana/grafana');
  });
});
