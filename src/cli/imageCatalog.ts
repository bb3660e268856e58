// The command line reads the generated image rows from disk, on the first lookup that misses the curated rows:
// beside the bundled script (packages/cli/dist/catalogImages.data), or in the sources when run from them.
import { readFileSync } from 'fs';
import { join } from 'path';
import { setCatalogTableSource } from '../core';

const PLACES = ['catalogImages.data', '../core/images/generated/catalogImages.data'];

export function readImageCatalogFromDisk(): void {
  setCatalogTableSource(() => {
    for (const place of PLACES) {
      try {
        return readFileSync(join(__dirname, place), 'utf8');
      } catch {
        // Not there: try the next place.
      }
    }
    return '';
  });
}
