// The image rows' data file as the .vsix and the command line's package ship it: without the key index when the
// rows make it redundant (scripts/catalogData.mjs), which the reader (src/core/images/catalogTable.ts) then
// rebuilds from the rows' images. Both forms must answer every lookup alike.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { CATALOG_TABLE_FILE } from '../../scripts/generate-image-table';
import { freshImageModules } from './freshImageModules';


const data = readFileSync(join(__dirname, '../..', CATALOG_TABLE_FILE), 'utf8');
const shippedCatalogData = async (text: string): Promise<string> =>
  (await import('../../scripts/catalogData.mjs')).shippedCatalogData(text);

describe('the generated rows as they ship', () => {
  it('ship without the key index, and every generated row is found as with the index', async () => {
    const shipped = await shippedCatalogData(data);
    const lines = data.split('\n');
    assert.strictEqual(shipped, [lines[0], ...lines.slice(2)].join('\n'), 'only the key line is left out');
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
        assert.deepStrictEqual(without.lookup.lookupImage(reference), expected, reference);
      }
    }
    assert.deepStrictEqual(without.lookup.catalogImageRows(), withIndex.lookup.catalogImageRows());
    assert.strictEqual(without.lookup.lookupImage('example.com/nobody/nothing'), undefined);
  });

  it('keep the index when it says more than the rows (another name for a row)', async () => {
    const text = '["https://example.com/"]\n{"a/one":0,"b/two":1,"b/other":1}\n["a/one","One","web-app",[[80,"tcp","web UI"]],"~0/one"]\n["b/two","Two","web-app",[[81,"tcp","web UI"]],"~0/two"]\n';
    assert.strictEqual(await shippedCatalogData(text), text);
    const { table, lookup } = freshImageModules();
    assert.ok(table.installCatalogTable(text));
    assert.strictEqual(lookup.lookupImage('b/other')?.software, 'Two');
    const bare = '["https://example.com/"]\n["a/one","One","web-app",[[80,"tcp","web UI"]],"~0/one"]\n["b/two","Two","web-app",[[81,"tcp","web UI"]],"~0/two"]\n';
    const second = freshImageModules();
    assert.ok(second.table.installCatalogTable(bare));
    assert.strictEqual(second.lookup.lookupImage('b/two:3')?.url, 'https://example.com/two');
    assert.strictEqual(second.lookup.lookupImage('b/other'), undefined);
  });
});
