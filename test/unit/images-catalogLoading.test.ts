// The generated rows arrive from a data file the host reads on first use (src/core/images/catalogTable.ts):
// at once on the command line, later in the editor, which then asks again.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { CATALOG_TABLE_FILE } from '../../scripts/generate-image-table';
import { freshImageModules } from './freshImageModules';


const data = readFileSync(join(__dirname, '../..', CATALOG_TABLE_FILE), 'utf8');
/** A generated row's image, from the data file's first row. */
const generatedImage = (JSON.parse(data.split('\n')[2]) as [string])[0];

describe('the generated rows: loading on first use', () => {
  it('knows only the curated rows until a host gives the file', () => {
    const { lookup } = freshImageModules();
    assert.strictEqual(lookup.lookupImage(generatedImage), undefined);
    assert.ok(lookup.lookupImage('postgres:16'));
  });

  it('reads a file given at once (the command line) on the first miss, and answers that same lookup', () => {
    const { table, lookup } = freshImageModules();
    let reads = 0;
    table.setCatalogTableSource(() => { reads++; return data; });
    assert.ok(lookup.lookupImage('postgres'));
    assert.strictEqual(reads, 0, 'a curated row needs no file');
    assert.ok(lookup.lookupImage(`${generatedImage}:1`));
    assert.ok(lookup.lookupImage(`docker.io/${generatedImage}`));
    assert.strictEqual(reads, 1);
  });

  it('answers from the curated rows while a later read is under way, then tells the host, and knows the row', async () => {
    const { table, lookup } = freshImageModules();
    let release!: (text: string) => void;
    let loaded = 0;
    table.setCatalogTableSource(() => new Promise<string>((resolve) => { release = resolve; }), () => loaded++);
    assert.strictEqual(lookup.lookupImage(generatedImage), undefined);
    assert.strictEqual(lookup.lookupImage(generatedImage), undefined, 'still loading, and asked once');
    release(data);
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(loaded, 1);
    assert.ok(lookup.lookupImage(generatedImage), 'the answer remembered while loading is dropped');
  });

  it('keeps to the curated rows when the file cannot be read or is not a table', async () => {
    const { table, lookup } = freshImageModules();
    let loaded = 0;
    table.setCatalogTableSource(() => Promise.reject(new Error('gone')), () => loaded++);
    assert.strictEqual(lookup.lookupImage(generatedImage), undefined);
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(loaded, 0);
    for (const text of ['', 'not json\n{}\n', '[]\n[1]\n', '{}\n{}\nrow', '["x"]']) assert.strictEqual(table.installCatalogTable(text), false, text);
    table.setCatalogTableSource(() => { throw new Error('no file'); });
    assert.strictEqual(lookup.lookupImage(generatedImage), undefined);
    assert.ok(lookup.lookupImage('redis'));
  });

  it('reads only the part of the shipped file an image falls in, each part once, and tells the host once for reads made together', async () => {
    const { shippedCatalogParts, catalogPartOf } = await import('../../scripts/catalogData.mjs');
    const parts = shippedCatalogParts(data);
    const images = data.split('\n').slice(2).filter(Boolean).map((line) => (JSON.parse(line) as [string])[0]);
    const inOtherPart = images.find((image) => catalogPartOf(image) !== catalogPartOf(generatedImage))!;
    const { table, lookup } = freshImageModules();
    const asked: number[] = [];
    table.setCatalogTableSource((part) => { asked.push(part); return parts[part]; });
    assert.ok(lookup.lookupImage(generatedImage));
    assert.deepStrictEqual(asked, [catalogPartOf(generatedImage)], 'one lookup reads one part');
    assert.ok(lookup.lookupImage(`${generatedImage}:2`));
    assert.ok(lookup.lookupImage(inOtherPart));
    assert.deepStrictEqual(asked, [catalogPartOf(generatedImage), catalogPartOf(inOtherPart)]);

    const later = freshImageModules();
    const releases: (() => void)[] = [];
    let loaded = 0;
    later.table.setCatalogTableSource((part) => new Promise<string>((resolve) => { releases.push(() => resolve(parts[part])); }), () => loaded++);
    assert.strictEqual(later.lookup.lookupImage(generatedImage), undefined);
    assert.strictEqual(later.lookup.lookupImage(inOtherPart), undefined);
    const waiting = later.table.catalogTableLoading();
    assert.ok(waiting, 'a hover has the reads to wait for');
    // The reads end one after the other, as file reads do: the host is told once, when the last has arrived.
    releases[0]();
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(loaded, 0, 'one read still under way');
    releases[1]();
    await waiting;
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(loaded, 1, 'two reads under way together: one refresh');
    assert.ok(later.lookup.lookupImage(generatedImage));
    assert.ok(later.lookup.lookupImage(inOtherPart));
    assert.strictEqual(later.table.catalogTableLoading(), undefined);
  });
});
