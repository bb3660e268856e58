// The curated image rows' data file as the rest of the core reaches it: the code that reads it is the image table's
// script's (table/curatedTable.ts, run on first use by imageTableScript.ts).
import { imageTable } from './imageTableScript';
import type { CuratedTable } from './table/curatedTable';

export { IMAGE_DATA_FILE, IMAGE_DATA_FORMAT, type ImageDataHeader } from './imageDataFile';
export type { CuratedTable } from './table/curatedTable';

/** The curated rows as the host gave them, read (and their header checked) on the first call; undefined while the
 *  table's code is not there. */
export function curatedTable(): CuratedTable | undefined {
  return imageTable()?.curatedTable();
}

/** Reads the data file's text (table/curatedTable.ts); why not, as a sentence, when it is not such a file. */
export function readImageData(text: string): CuratedTable | string {
  return imageTable()?.readImageData(text) ?? 'the image table\'s code is not there to read it';
}
