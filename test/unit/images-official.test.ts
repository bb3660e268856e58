// The official-image rows as data: each is well formed, keyed the way lookups normalise references, and
// reachable by the forms an `image:` or `FROM` uses for a Docker Hub official image.
import * as assert from 'assert';
import { officialImageRows } from '../../src/core/images/data/officialImages';
import { imageKey } from '../../src/core/images/imageReference';
import { lookupImage } from '../../src/core/images/lookupImage';
import type { ImageKind, Protocol } from '../../src/core/types';

const KINDS: ReadonlySet<ImageKind> = new Set<ImageKind>(['database', 'cache', 'queue', 'object-store', 'admin-ui',
  'web-app', 'proxy', 'media', 'auth', 'monitoring', 'vpn', 'dns', 'other']);
const PROTOCOLS: ReadonlySet<Protocol> = new Set<Protocol>(['tcp', 'udp', 'sctp', 'dccp']);

describe('official images: the table rows', () => {
  const rows = officialImageRows();

  it('has at least 110 rows, each keyed by a canonical official-image name, none twice', () => {
    assert.ok(rows.length >= 110, `${rows.length} rows`);
    const seen = new Set<string>();
    for (const row of rows) {
      assert.strictEqual(imageKey(row.image), row.image, `${row.image} is not its own key`);
      assert.ok(!row.image.includes('/'), `${row.image}: an official image has no namespace`);
      assert.ok(!seen.has(row.image), `${row.image} appears twice`);
      seen.add(row.image);
    }
  });

  it('gives every row a software name, a kind and an https source', () => {
    for (const row of rows) {
      assert.ok(row.software.trim().length > 0, `${row.image}: no software`);
      assert.ok(KINDS.has(row.kind), `${row.image}: kind ${row.kind}`);
      assert.match(row.url, /^https:\/\/[a-z0-9.-]+\/\S+$/, `${row.image}: url ${row.url}`);
    }
  });

  it('describes every port in one line, with a valid number, range and protocol, and no port twice', () => {
    for (const row of rows) {
      const taken: [number, number, Protocol][] = [];
      for (const port of row.ports) {
        const end = port.endPort ?? port.port;
        assert.ok(Number.isInteger(port.port) && port.port >= 1 && port.port <= 65535, `${row.image}: port ${port.port}`);
        assert.ok(Number.isInteger(end) && end <= 65535 && (port.endPort === undefined || end > port.port),
          `${row.image}: range ${port.port}-${end}`);
        assert.ok(PROTOCOLS.has(port.protocol), `${row.image}: protocol ${port.protocol}`);
        assert.ok(port.description.trim().length > 0 && !/[\r\n]/.test(port.description), `${row.image}: ${port.port} description`);
        const overlap = taken.find(([start, last, protocol]) => protocol === port.protocol && port.port <= last && end >= start);
        assert.strictEqual(overlap, undefined, `${row.image}: ${port.port}/${port.protocol} listed twice`);
        taken.push([port.port, end, port.protocol]);
      }
      for (const setting of row.portSettings ?? []) assert.match(setting, /^(-{1,2}[a-z][\w.-]*|[A-Za-z_][\w]*)$/, `${row.image}: setting ${setting}`);
    }
  });
});

describe('official images: lookups find them', () => {
  it('finds each row under its Docker Hub forms: host, library/, tag and digest', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    for (const row of officialImageRows()) {
      for (const reference of [row.image, `library/${row.image}:latest`, `docker.io/library/${row.image}:1@${digest}`, `index.docker.io/${row.image}`]) {
        assert.strictEqual(lookupImage(reference)?.software, row.software, `${reference}`);
      }
    }
  });

  it('reads a few well-known rows right', () => {
    assert.deepStrictEqual(lookupImage('postgres:16-alpine')?.ports.map((p) => p.port), [5432]);
    assert.strictEqual(lookupImage('redis')?.kind, 'cache');
    assert.deepStrictEqual(lookupImage('node:20-alpine')?.ports, []);
    const management = lookupImage('rabbitmq:3-management')?.ports.find((p) => p.port === 15672);
    assert.strictEqual(management?.admin, true);
  });
});
