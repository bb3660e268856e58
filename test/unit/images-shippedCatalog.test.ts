// The image rows' data file as the .vsix and the command line's package ship it (scripts/catalogData.mjs): without
// the key index when the rows make it redundant, which the reader (src/core/images/catalogTable.ts) then rebuilds
// from the rows' images, and with the strings its rows repeat coded in a legend (shippedCatalogRow.ts). Both forms
// must answer every lookup alike; only a source link's commit is shorter (12 hex digits, which GitHub resolves).
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { CATALOG_TABLE_FILE } from '../../scripts/generate-image-table';
import { freshImageModules } from './freshImageModules';


const data = readFileSync(join(__dirname, '../..', CATALOG_TABLE_FILE), 'utf8');
const shippedCatalogData = async (text: string): Promise<string> =>
  (await import('../../scripts/catalogData.mjs')).shippedCatalogData(text);
/** The generated row's answer with its permalink's commit cut to the 12 hex digits it ships with. */
const shortened = <T extends { url: string } | undefined>(info: T): T =>
  info && { ...info, url: info.url.replace(/\/blob\/([0-9a-f]{12})[0-9a-f]{28}\//, '/blob/$1/') };

describe('the generated rows as they ship', () => {
  it('ship without the key index and with a legend, and every generated row answers as in the generated file', async () => {
    const shipped = await shippedCatalogData(data);
    const lines = data.split('\n');
    assert.strictEqual(shipped.split('\n').length, lines.length - 1, 'the key line is left out, each row keeps its line');
    assert.ok(shipped.length < data.length * 0.75, `${shipped.length} of ${data.length} characters`);
    assert.ok(shipped.startsWith('{"links":["https://github.com/'));
    assert.ok(!/[0-9a-f]{40}/.test(shipped.split('\n')[0]), 'no full SHA left in the links');
    // A few rows name their software in other scripts: the shipped file escapes them, and reads them back alike.
    assert.ok(/[^\x00-\x7f]/.test(data), 'the generated file has characters outside ASCII');
    assert.ok(!/[^\x00-\x7f]/.test(shipped), 'the shipped file is ASCII');
    const withIndex = freshImageModules();
    const without = freshImageModules();
    assert.ok(withIndex.table.installCatalogTable(data));
    assert.ok(without.table.installCatalogTable(shipped));
    const images = lines.slice(2).filter(Boolean).map((line) => (JSON.parse(line) as [string])[0]);
    assert.ok(images.length > 100);
    for (const image of images) {
      for (const reference of [image, `${image}:1.2`, `docker.io/${image}@sha256:0123`]) {
        const expected = withIndex.lookup.lookupImage(reference);
        assert.ok(expected, reference);
        assert.deepStrictEqual(without.lookup.lookupImage(reference), shortened(expected), reference);
      }
    }
    assert.deepStrictEqual(without.lookup.catalogImageRows(), withIndex.lookup.catalogImageRows().map(shortened));
    assert.strictEqual(without.lookup.lookupImage('example.com/nobody/nothing'), undefined);
  });

  it('ship cut into parts, each under 128 KB with only the links its rows use, answering every lookup as the whole file', async () => {
    const { shippedCatalogParts, catalogPartOf, CATALOG_PARTS } = await import('../../scripts/catalogData.mjs');
    const parts = shippedCatalogParts(data);
    assert.strictEqual(parts.length, CATALOG_PARTS);
    const whole = freshImageModules();
    assert.ok(whole.table.installCatalogTable(await shippedCatalogData(data)));
    const cut = freshImageModules();
    // Why the file is cut: a fresh process reads a file over 128 KB about twice as slowly (docs/benchmarks.md).
    // A part that grows past it says CATALOG_PARTS should grow.
    parts.forEach((text, part) => {
      assert.ok(text.length < 128 * 1024, `part ${part}: ${text.length} characters`);
      assert.deepStrictEqual(JSON.parse(text.slice(0, text.indexOf('\n'))).part, [part, CATALOG_PARTS]);
    });
    cut.table.setCatalogTableSource((part) => parts[part]);
    const images = data.split('\n').slice(2).filter(Boolean).map((line) => (JSON.parse(line) as [string])[0]);
    for (const image of images) {
      const expected = whole.lookup.lookupImage(image);
      assert.ok(expected, image);
      assert.deepStrictEqual(cut.lookup.lookupImage(`${image}:1`), expected, image);
      assert.ok(parts[catalogPartOf(image)].includes(`["${image}",`), `${image} ships in its part`);
    }
    const linksOf = (text: string) => (JSON.parse(text.slice(0, text.indexOf('\n'))) as { links: string[] }).links.length;
    const wholeLinks = linksOf(await shippedCatalogData(data));
    assert.ok(parts.every((text) => linksOf(text) < wholeLinks), `each part carries fewer links than the whole's ${wholeLinks}`);
    assert.deepStrictEqual(cut.lookup.catalogImageRows(), whole.lookup.catalogImageRows());
  });

  it('take a part only from a cut of as many parts as the reader knows', () => {
    const part = (i: number, n: number) => `{"links":["https://example.com/"],"notes":["web UI"],"kinds":["web-app"],"protocols":["tcp"],"part":[${i},${n}]}\n["a/one",0,0,[[80,0,0]],"~0/one"]\n`;
    assert.ok(freshImageModules().table.installCatalogTable(part(0, 4)));
    for (const [i, n] of [[0, 3], [4, 4], [-1, 4], [1.5, 4]]) assert.strictEqual(freshImageModules().table.installCatalogTable(part(i, n)), false, `${i}/${n}`);
  });

  it('keep the index when it says more than the rows (another name for a row)', async () => {
    const text = '["https://example.com/"]\n{"a/one":0,"b/two":1,"b/other":1}\n["a/one","One","web-app",[[80,"tcp","web UI"]],"~0/one"]\n["b/two","two","web-app",[[81,"udp","web UI"]],"~0/two"]\n';
    const shipped = await shippedCatalogData(text);
    assert.strictEqual(shipped, '{"links":["https://example.com/"],"notes":["web UI"],"kinds":["web-app"],"protocols":["tcp","udp"]}\n'
      + '{"a/one":0,"b/two":1,"b/other":1}\n["a/one","One",0,[[80,0,0]],"~0/one"]\n["b/two",0,0,[[81,1,0]],"~0/two"]\n');
    for (const form of [text, shipped]) {
      const { table, lookup } = freshImageModules();
      assert.ok(table.installCatalogTable(form));
      assert.deepStrictEqual(lookup.lookupImage('b/other'), { image: 'b/two', software: 'two', kind: 'web-app',
        ports: [{ port: 81, protocol: 'udp', description: 'web UI' }], url: 'https://example.com/two' });
    }
    const bare = '["https://example.com/"]\n["a/one","One","web-app",[[80,"tcp","web UI"]],"~0/one"]\n["b/two","Two","web-app",[[81,"tcp","web UI"]],"~0/two"]\n';
    const second = freshImageModules();
    assert.ok(second.table.installCatalogTable(bare));
    assert.strictEqual(second.lookup.lookupImage('b/two:3')?.url, 'https://example.com/two');
    assert.strictEqual(second.lookup.lookupImage('b/other'), undefined);
  });

  it('ship a file whose rows it does not know as they are, but for the key index', async () => {
    const odd = '["https://github.com/o/r/blob/0123456789abcdef0123456789abcdef01234567/"]\n["a/one","One","web-app",[[80,"tcp","web UI"]],"~0/one"]\n["b/two","Two","web-app",[[81,"tcp",{"note":1}]],"~0/two"]\n';
    assert.strictEqual(await shippedCatalogData(odd), odd);
  });

  it('cut only a GitHub permalink\'s commit', async () => {
    const { shortPermalink } = await import('../../scripts/catalogData.mjs');
    assert.strictEqual(shortPermalink('https://github.com/o/r/blob/0123456789abcdef0123456789abcdef01234567/'), 'https://github.com/o/r/blob/0123456789ab/');
    for (const other of ['https://gitlab.com/o/r/-/blob/0123456789abcdef0123456789abcdef01234567/', 'https://github.com/o/r/blob/main/',
      'https://github.com/o/r/tree/0123456789abcdef0123456789abcdef01234567/']) {
      assert.strictEqual(shortPermalink(other), other);
    }
  });
});
