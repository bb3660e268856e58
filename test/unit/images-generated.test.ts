import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { curatedImageRows, IMAGE_TABLE_FILE, renderImageTableModule } from '../../scripts/generate-image-table';
import { communityImageRows } from '../../src/core/images/data/communityImages';
import { officialImageRows } from '../../src/core/images/data/officialImages';
import { imageRows, tagImageRows } from '../../src/core/images/lookupImage';

describe('the shipped image table (src/core/images/generated/)', () => {
  it('is what `npm run images:update` makes from the curated rows today: rerun it after editing data/', () => {
    const committed = readFileSync(join(__dirname, '../..', IMAGE_TABLE_FILE), 'utf8');
    assert.ok(committed === renderImageTableModule(), `${IMAGE_TABLE_FILE} is stale: run npm run images:update`);
  });

  it('holds every curated row, in order, unchanged', () => {
    assert.deepStrictEqual([...imageRows(), ...tagImageRows()], curatedImageRows());
  });
});
