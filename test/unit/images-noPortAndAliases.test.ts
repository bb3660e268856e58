// Rows of software that listens on no port (a backup client, an updater: ImageInfo.listensOnNoPort), and the cited
// list of other names an owner publishes an image under (data/imageAliases.ts): how the generator writes them, how
// the shipped data keeps them, what a lookup, the hover and the rules make of them.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyzePorts, createWorkspace, hoverMarkdown, lookupPort, mentionAt } from '../../src/core';
import { aliasIndex, CATALOG_TABLE_FILE, renderCatalogTableData, renderImageTableData } from '../../scripts/generate-image-table';
import type { CatalogRow } from '../../scripts/images/mergeClaims';
import { installCatalogTable } from '../../src/core/images/catalogTable';
import { readImageData } from '../../src/core/images/curatedTable';
import { imageAliases } from '../../src/core/images/data/imageAliases';
import { imageKey } from '../../src/core/images/imageReference';
import type { ImageRow } from '../../src/core/images/imageRow';
import { imageRows, isGeneratedImage, lookupImage } from '../../src/core/images/lookupImage';
import { packImageRow, unpackImageRow } from '../../src/core/images/packedRow';
import { freshImageModules } from './freshImageModules';

const root = join(__dirname, '../..');
const client: ImageRow = { image: 'example/backup', software: 'Example backup client', kind: 'other', ports: [], listensOnNoPort: true,
  url: 'https://example.com/backup/README.md' };

describe('rows of software that listens on no port', () => {
  it('pack with a mark of their own and unpack to the same row, with or without port settings', () => {
    const packed = packImageRow(client);
    assert.deepStrictEqual(packed, ['example/backup', 'Example backup client', 'other', [], 'https://example.com/backup/README.md', null, null, null, 1]);
    assert.deepStrictEqual(unpackImageRow(packed), client);
    const withSettings: ImageRow = { ...client, portSettings: ['--listen-address'] };
    assert.deepStrictEqual(unpackImageRow(JSON.parse(JSON.stringify(packImageRow(withSettings)))), withSettings);
    // A runtime's row lists no ports either, but says nothing about listening: it keeps the short form.
    const runtime: ImageRow = { image: 'node', software: 'Node.js runtime', kind: 'other', ports: [], url: 'https://example.com/node' };
    assert.deepStrictEqual(packImageRow(runtime), ['node', 'Node.js runtime', 'other', [], 'https://example.com/node']);
    assert.strictEqual(unpackImageRow(packImageRow(runtime)).listensOnNoPort, undefined);
  });

  it('never carry the mark beside a port', () => {
    const contradictory: ImageRow = { ...client, ports: [{ port: 8080, protocol: 'tcp', description: 'API' }] };
    assert.strictEqual(packImageRow(contradictory).length, 5);
    assert.strictEqual(unpackImageRow([...packImageRow(contradictory), null, null, null, 1] as never).listensOnNoPort, undefined);
  });

  it('are looked up under every form of reference, with no ports and the mark', () => {
    for (const reference of ['mazzolino/restic', 'mazzolino/restic:1.7.2', 'docker.io/mazzolino/restic@sha256:0123']) {
      const info = lookupImage(reference);
      assert.ok(info, reference);
      assert.deepStrictEqual(info.ports, []);
      assert.strictEqual(info.listensOnNoPort, true, reference);
    }
    assert.strictEqual(lookupImage('node:20')?.listensOnNoPort, undefined);
    // Each cites its owner's page, and none lists a port.
    const marked = imageRows().filter((row) => row.listensOnNoPort);
    assert.ok(marked.length >= 8, `${marked.length} rows`);
    for (const row of marked) {
      assert.deepStrictEqual(row.ports, [], row.image);
      assert.match(row.url, /^https:\/\//, row.image);
    }
  });

  it('ship through the generated rows\' file and its parts as the owner wrote them', async () => {
    const row: CatalogRow = { image: 'example/updater', software: 'updater', kind: 'other', ports: [], listensOnNoPort: true,
      url: 'https://github.com/example/updater/blob/0123456789abcdef0123456789abcdef01234567/README.md', sources: ['example/updater'] };
    const other: CatalogRow = { image: 'example/web', software: 'web', kind: 'web-app', ports: [{ port: 80, protocol: 'tcp', description: 'web UI' }],
      url: 'https://github.com/example/web/blob/0123456789abcdef0123456789abcdef01234567/Dockerfile', sources: ['example/web'] };
    const data = renderCatalogTableData([row, other]);
    const { shippedCatalogParts } = await import('../../scripts/catalogData.mjs');
    const parts = shippedCatalogParts(data);
    const cut = freshImageModules();
    cut.table.setCatalogTableSource((part) => parts[part]);
    const info = cut.lookup.lookupImage('example/updater:2');
    assert.ok(info);
    assert.strictEqual(info.listensOnNoPort, true);
    assert.deepStrictEqual(info.ports, []);
    assert.strictEqual(cut.lookup.lookupImage('example/web')?.listensOnNoPort, undefined);
  });
});

/** The hover's lines at the first occurrence of `needle` in a compose file. */
function hoverLines(text: string, needle: string): string[] {
  const offset = text.indexOf(needle);
  const analysis = analyzePorts(text, 'compose');
  const mention = mentionAt([...analysis.mentions].sort((a, b) => a.start - b.start), offset);
  assert.ok(mention, needle);
  return hoverMarkdown(mention, lookupPort(mention.port), []).split('\n').filter((line) => line !== '');
}

describe('a port mapped to software that listens on no port', () => {
  const compose = [
    'services:',
    '  backup:',
    '    image: mazzolino/restic:1.7',
    '    environment:',
    '      PORT: "5433"',
    '    ports:',
    '      - "5432:5432"',
    '  runner:',
    '    image: gitlab/gitlab-runner:latest',
    '    ports:',
    '      - "9252:9252"',
    '  moved:',
    '    image: mazzolino/restic',
    '    command: ["serve", "--port", "8000"]',
    '    ports:',
    '      - "8000:8000"',
    '',
  ].join('\n');

  it('gets a hover that leads with the software and says it listens on no port', () => {
    // After the port's heading, as for any known image.
    const lines = hoverLines(compose, '5432:5432');
    assert.match(lines[0], /^\*\*Port 5432\/tcp\*\*/);
    assert.match(lines[1], /^\*\*Resticker \(scheduled restic backups\)\*\*, from image `mazzolino\/restic`: listens on no port, so nothing in the container answers on port 5432\. · \[documentation\]/);
    assert.ok(!lines.some((line) => /PostgreSQL/.test(line) && /from image/.test(line)));
    assert.match(hoverLines(compose, '9252:9252')[1], /GitLab Runner\*\*, from image `gitlab\/gitlab-runner`: listens on no port unless configured to \(`--listen-address`\): by default nothing/);
    assert.match(hoverLines(compose, '8000:8000')[1], /listens on no port by default; the service's command: may change that\./);
  });

  it('gets no finding from the image table: not exposed-all-interfaces by the number, not a PORT setting as its own port', () => {
    const findings = analyzePorts(compose, 'compose').findings;
    assert.deepStrictEqual(findings.filter((f) => f.code === 'exposed-all-interfaces' || f.code === 'setting-port-mismatch'
      || f.code === 'container-port-mismatch'), []);
    // The same publish on an image the table does not know is warned by the number, as before.
    const unknown = compose.replace('mazzolino/restic:1.7', 'example/unknown-thing');
    assert.ok(analyzePorts(unknown, 'compose').findings.some((f) => f.code === 'exposed-all-interfaces' && f.start === unknown.indexOf('5432:5432')));
  });
});

describe('a published image that listens on no port, beside a workspace Dockerfile of the same name', () => {
  it('is itself, not the workspace\'s build: the Dockerfile\'s EXPOSE says nothing about it', () => {
    const compose = 'services:\n  restic:\n    image: mazzolino/restic:1.7\n    ports:\n      - "8080:8000"\n';
    const workspace = createWorkspace();
    workspace.set('docker-compose.yml', compose);
    workspace.set('restic/Dockerfile', 'FROM node:20\nEXPOSE 8080\n');
    assert.deepStrictEqual(workspace.findings('docker-compose.yml').filter((f) => f.code === 'container-port-mismatch'), []);
    // An image the table does not know is linked to that Dockerfile, as before.
    workspace.set('docker-compose.yml', compose.replace('mazzolino/restic:1.7', 'example/restic'));
    assert.strictEqual(workspace.findings('docker-compose.yml').filter((f) => f.code === 'container-port-mismatch').length, 1);
  });
});

describe('other names an owner publishes an image under', () => {
  it('each cites an https page, names a key the table answers to, and is not itself a row', () => {
    const aliases = imageAliases();
    assert.ok(aliases.length >= 3);
    for (const { alias, image, url } of aliases) {
      assert.match(url, /^https:\/\//, alias);
      assert.strictEqual(imageKey(alias), alias, `${alias} is written as its key`);
      assert.notStrictEqual(imageKey(alias), imageKey(image), alias);
    }
  });

  it('go into the curated data file\'s header as key to key, leaving out self-references, variables and names a row has', () => {
    const index = aliasIndex([
      { alias: 'quay.io/acme/tool', image: 'acme/tool', url: 'https://example.com/a' },
      { alias: 'docker.io/Acme/Old', image: 'ghcr.io/acme/new:2', url: 'https://example.com/b' },
      { alias: 'acme/tool', image: 'docker.io/acme/tool', url: 'https://example.com/c' },
      { alias: '${REGISTRY}/acme/tool', image: 'acme/tool', url: 'https://example.com/d' },
      { alias: 'acme/curated', image: 'acme/tool', url: 'https://example.com/e' },
    ], new Set(['acme/curated']));
    assert.deepStrictEqual(index, { 'acme/old': 'ghcr.io/acme/new', 'quay.io/acme/tool': 'acme/tool' });
    assert.deepStrictEqual(Object.keys(index), Object.keys(index).sort());
    const header = JSON.parse(renderImageTableData().split('\n')[0]) as { aliases?: Record<string, string> };
    assert.strictEqual(header.aliases?.['weejewel/wg-easy'], 'ghcr.io/wg-easy/wg-easy');
    assert.strictEqual(header.aliases?.['ghcr.io/juanfont/headscale'], 'headscale/headscale');
  });

  it('are refused in a header where they are not names', () => {
    const text = renderImageTableData();
    const first = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, first)) as Record<string, unknown>;
    for (const aliases of [null, ['a'], { a: 1 }, 'a']) {
      assert.strictEqual(readImageData(JSON.stringify({ ...header, aliases }) + text.slice(first)), 'its aliases are not names', JSON.stringify(aliases));
    }
    const without = { ...header };
    delete without.aliases;
    const read = readImageData(JSON.stringify(without) + text.slice(first));
    assert.ok(typeof read === 'object' && read.aliases.size === 0);
  });

  it('find the row of the image\'s own name, curated or generated, and say which', () => {
    assert.ok(installCatalogTable(readFileSync(join(root, CATALOG_TABLE_FILE), 'utf8')));
    assert.strictEqual(lookupImage('ghcr.io/juanfont/headscale:0.26')?.image, 'headscale/headscale');
    assert.strictEqual(isGeneratedImage('ghcr.io/juanfont/headscale'), false);
    const diun = lookupImage('quay.io/crazymax/diun:4');
    assert.strictEqual(diun?.image, 'crazymax/diun');
    assert.strictEqual(diun?.listensOnNoPort, true);
    // weejewel/wg-easy is the generated row of ghcr.io/wg-easy/wg-easy, keyed by its Docker Hub form.
    const wgEasy = lookupImage('weejewel/wg-easy:7');
    assert.strictEqual(wgEasy?.image, 'wg-easy/wg-easy');
    assert.ok(wgEasy.ports.some((p) => p.port === 51820 && p.protocol === 'udp'));
    assert.strictEqual(isGeneratedImage('weejewel/wg-easy'), true);
    // A name no alias names stays unknown.
    assert.strictEqual(lookupImage('weejewel/wg-easy-other'), undefined);
  });
});
