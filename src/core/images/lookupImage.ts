// What the image named by an `image:` or `FROM` value runs and listens on: the image table's lookup, whose code ships as
// its own script, run on the first lookup (imageTableScript.ts; the code is table/lookupImage.ts). Until the host gave
// the script, the table is empty: no image is known, as before its rows arrive.
import type { ImageInfo } from '../types';
import type { ImageRow } from './imageRow';
import { imageTable } from './imageTableScript';

/** What the image named by an `image:` or `FROM` value runs and listens on, when the table knows it. */
export function lookupImage(reference: string): ImageInfo | undefined {
  return imageTable()?.lookupImage(reference);
}

/** Whether the image's row was generated from catalogs (no curated row names it). */
export function isGeneratedImage(reference: string): boolean {
  return imageTable()?.isGeneratedImage(reference) ?? false;
}

/** Every curated row but those of tags that change what runs (tagImageRows), for tests and the corpus runner. */
export function imageRows(): readonly ImageRow[] {
  return imageTable()?.imageRows() ?? [];
}

export function tagImageRows(): readonly ImageRow[] {
  return imageTable()?.tagImageRows() ?? [];
}

/** Every row generated from the catalogs, as the data file holds it (none until a host installed it). */
export function catalogImageRows(): readonly ImageRow[] {
  return imageTable()?.catalogImageRows() ?? [];
}
