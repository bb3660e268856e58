// The command line reads the generated image rows from disk, on the first lookup that misses the curated rows:
// the part that lookup needs, beside the bundled script (packages/cli/dist/catalogImages-<part>.data), or the whole
// generated file in the sources when run from them.
import { readFileSync } from 'fs';
import { join } from 'path';
import { setCatalogTableSource } from '../core';

const placesOf = (part: number): string[] => [`catalogImages-${part}.data`, '../core/images/generated/catalogImages.data'];

export function readImageCatalogFromDisk(): void {
  setCatalogTableSource((part) => {
    for (const place of placesOf(part)) {
      try {
        return readFileSync(join(__dirname, place), 'utf8');
      } catch {
        // Not there: try the next place.
      }
    }
    return '';
  });
}
