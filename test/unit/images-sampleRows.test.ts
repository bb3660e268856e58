// The hand check's sampler (scripts/images/sampleRows.ts): the same seed draws the same rows, and --skip draws a
// second sample disjoint from the first.
import * as assert from 'assert';
import { sampleRows } from '../../scripts/images/sampleRows';

describe('image table hand check: the seeded sample', () => {
  const rows = Array.from({ length: 500 }, (_, i) => i);

  it('draws the same rows for the same seed, other rows for another, none twice', () => {
    const first = sampleRows(rows, 20261207, 100);
    assert.deepStrictEqual(sampleRows(rows, 20261207, 100), first);
    assert.strictEqual(new Set(first).size, 100);
    assert.notDeepStrictEqual(sampleRows(rows, 19, 100), first);
  });

  it('continues the same draw after --skip, so the second sample shares no row with the first', () => {
    const first = sampleRows(rows, 20261207, 100);
    const second = sampleRows(rows, 20261207, 30, 100);
    assert.strictEqual(second.length, 30);
    assert.ok(second.every((row) => !first.includes(row)));
    assert.deepStrictEqual(sampleRows(rows, 20261207, 130).slice(100), second);
    assert.strictEqual(sampleRows(rows.slice(0, 5), 1, 10).length, 5);
  });
});
