import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  CATALOG_ROWS_FILE, CATALOG_SOURCES_FILE, CATALOG_TABLE_FILE, curatedImageRows, IMAGE_TABLE_FILE, readCatalogRows,
  renderCatalogTableData, renderImageTableData, rowKeys,
} from '../../scripts/generate-image-table';
import { installCatalogTable } from '../../src/core/images/catalogTable';
import { catalogImageRows, imageRows, lookupImage, tagImageRows } from '../../src/core/images/lookupImage';

const root = join(__dirname, '../..');

describe('the shipped image table (src/core/images/generated/)', () => {
  it('is what `npm run images:update` makes from the curated rows today: rerun it after editing data/', () => {
    const committed = readFileSync(join(root, IMAGE_TABLE_FILE), 'utf8');
    assert.ok(committed === renderImageTableData(), `${IMAGE_TABLE_FILE} is stale: run npm run images:update`);
  });

  it('holds every curated row, in order, unchanged', () => {
    assert.deepStrictEqual([...imageRows(), ...tagImageRows()], curatedImageRows());
  });

  it('ships the generated rows as committed in catalogImages.jsonl: rerun npm run images:update after editing it', () => {
    const rows = readCatalogRows(readFileSync(join(root, CATALOG_ROWS_FILE), 'utf8'));
    const committed = readFileSync(join(root, CATALOG_TABLE_FILE), 'utf8');
    assert.ok(installCatalogTable(committed));
    assert.ok(committed === renderCatalogTableData(rows), `${CATALOG_TABLE_FILE} is stale: run npm run images:update`);
    assert.deepStrictEqual(catalogImageRows().map((r) => [r.image, r.software, r.url, r.ports.length]),
      rows.map((r) => [r.image, r.software, r.url, r.ports.length]));
  });
});

describe('the generated rows', () => {
  assert.ok(installCatalogTable(readFileSync(join(root, CATALOG_TABLE_FILE), 'utf8')));
  const rows = catalogImageRows();
  const sources: { repo: string; commit: string }[] = JSON.parse(readFileSync(join(root, CATALOG_SOURCES_FILE), 'utf8'));
  const curatedKeys = new Set(imageRows().flatMap((row) => rowKeys(row)));

  it('number more than 900, each with ports (or its owner\'s word that it listens on none) and a permalink to a catalog file at the commit read (a removed template: at an earlier one)', () => {
    assert.ok(rows.length > 900, `${rows.length} rows`);
    const commits = new Map(sources.map((s) => [s.repo, s.commit]));
    for (const row of rows) {
      assert.ok(row.ports.length > 0 || (row.listensOnNoPort && row.url.includes('/linuxserver/docker-documentation/')), row.image);
      const m = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/blob\/([0-9a-f]{40})\/\S+$/.exec(row.url);
      assert.ok(m, `${row.image}: ${row.url}`);
      // A template the catalog has since removed is cited where it last was: an earlier commit of a catalog read.
      if (!row.url.endsWith('.xml')) assert.strictEqual(commits.get(m[1]), m[2], `${row.image}: ${row.url} is not at the commit read`);
      else assert.ok(commits.has(m[1]), `${row.image}: ${row.url} is of no catalog read`);
      assert.ok(row.software.trim().length > 0, row.image);
      for (const p of row.ports) assert.ok(p.port >= 1 && p.port <= 65535 && ['tcp', 'udp'].includes(p.protocol), `${row.image} ${JSON.stringify(p)}`);
    }
  });

  it('never name an image the curated rows know (the curated rows win)', () => {
    for (const row of rows) assert.ok(!curatedKeys.has(row.image), row.image);
  });

  it('are found under every form of reference: tag, digest, docker.io, upper case, ghcr.io for a Docker Hub name', () => {
    for (const row of rows) {
      const forms = [row.image, `${row.image}:1.2.3`, `${row.image}@sha256:0123456789abcdef`, row.image.toUpperCase()];
      if (!row.image.includes('.')) forms.push(`docker.io/${row.image}:latest`, `index.docker.io/${row.image}`);
      if (row.image.split('/').length === 2 && !row.image.split('/')[0].includes('.')) forms.push(`ghcr.io/${row.image}:v1`);
      if (row.image.startsWith('linuxserver/')) forms.push(`lscr.io/${row.image}:latest`);
      if (row.image.startsWith('bitnami/')) forms.push(`bitnamilegacy/${row.image.slice(8)}:1`, `docker.io/bitnamisecure/${row.image.slice(8)}`);
      for (const form of forms) {
        const info = lookupImage(form);
        assert.ok(info, `${form} is not found`);
        assert.strictEqual(info.software, row.software, form);
        assert.deepStrictEqual(info.ports, row.ports, form);
      }
    }
  });

  it('say what a port speaks where the catalog does: LinuxServer.io\'s HTTPS web UI, a proxy\'s target', () => {
    const speaking = rows.flatMap((r) => r.ports).filter((p) => p.speaks);
    assert.ok(speaking.filter((p) => p.speaks === 'http').length > 300);
    assert.ok(speaking.some((p) => p.speaks === 'tls'));
  });
});

describe('tags that change what runs', () => {
  it('gives the -fpm tags of the PHP applications their FastCGI port alone', () => {
    for (const reference of ['wordpress:fpm', 'wordpress:6.5-fpm-alpine', 'docker.io/library/nextcloud:29-fpm', 'php:8.3-fpm-bookworm', 'drupal:fpm']) {
      const info = lookupImage(reference);
      assert.deepStrictEqual(info?.ports.map((p) => [p.port, p.speaks]), [[9000, 'other']], reference);
    }
    assert.deepStrictEqual(lookupImage('php:8.3-apache')?.ports.map((p) => p.port), [80]);
  });

  it('keeps the image\'s own row for any other tag', () => {
    for (const reference of ['wordpress', 'wordpress:latest', 'wordpress:6.5-apache', 'wordpress:fpmx']) {
      assert.deepStrictEqual(lookupImage(reference)?.ports.map((p) => p.port).sort(), [80, 9000], reference);
    }
    assert.deepStrictEqual(lookupImage('php:8.3-cli')?.ports, []);
  });
});
