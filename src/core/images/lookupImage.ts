// The image table, indexed on first use. It ships as one JSON string generated from the curated rows in data/
// (`npm run images:update`): loading the extension costs only reading a string literal, and the first compose
// file or Dockerfile pays one JSON.parse, several times cheaper than evaluating the same object literals.
import type { ImageInfo } from '../types';
import { IMAGE_ROWS_JSON } from './generated/imageTable';
import { imageKey } from './imageReference';
import type { ImageRow } from './imageRow';

let index: Map<string, ImageInfo> | undefined;

/** The answers for references asked recently, as written: a file names few images, and the hover and each rule
 *  ask about the same ones again and again. Cleared when full, so it stays small whatever is asked. */
const recent = new Map<string, ImageInfo | null>();
const RECENT_LIMIT = 1024;

/** What the image named by an `image:` or `FROM` value runs and listens on, when the table knows it. */
export function lookupImage(reference: string): ImageInfo | undefined {
  const known = recent.get(reference);
  if (known !== undefined) return known ?? undefined;
  const key = imageKey(reference);
  const info = key === undefined ? undefined : (index ??= buildIndex()).get(key);
  if (typeof reference === 'string') {
    if (recent.size >= RECENT_LIMIT) recent.clear();
    recent.set(reference, info ?? null);
  }
  return info;
}

/** Every row of the table as the extension ships it, for tests and the corpus runner. */
export function imageRows(): readonly ImageRow[] {
  return JSON.parse(IMAGE_ROWS_JSON) as ImageRow[];
}

function buildIndex(): Map<string, ImageInfo> {
  const byKey = new Map<string, ImageInfo>();
  for (const row of imageRows()) {
    const { aliases, ...info } = row;
    for (const name of [row.image, ...(aliases ?? [])]) {
      const key = imageKey(name);
      if (key !== undefined && !byKey.has(key)) byKey.set(key, info);
    }
  }
  return byKey;
}
