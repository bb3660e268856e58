// The image table, read on first use: the curated rows (data/*.ts, generated/imageTable.ts) and, for images
// they do not name, the rows generated from public catalogs (generated/catalogTable.ts). Both ship as JSON in
// string literals (`npm run images:update`): loading the extension costs only reading the strings, and a lookup
// finds its key in an index and parses only the row asked for. The curated rows win over generated ones.
import type { ImageInfo } from '../types';
import { CATALOG_KEYS_JSON, CATALOG_PREFIXES, CATALOG_ROWS_JSON } from './generated/catalogTable';
import { IMAGE_KEYS_JSON, IMAGE_ROWS_JSON, TAGGED_IMAGES } from './generated/imageTable';
import { imageKey, imageTag } from './imageReference';
import type { ImageRow } from './imageRow';
import { PackedTable } from './packedTable';

const curated = new PackedTable(IMAGE_KEYS_JSON, IMAGE_ROWS_JSON);
const generated = new PackedTable(CATALOG_KEYS_JSON, CATALOG_ROWS_JSON,
  (url) => (url.startsWith('~') ? CATALOG_PREFIXES[parseInt(url.slice(1), 10)] + url.slice(url.indexOf('/') + 1) : url));

/** The answers for references asked recently, as written: a file names few images, and the hover and each rule
 *  ask about the same ones again and again. Cleared when full, so it stays small whatever is asked. */
const recent = new Map<string, ImageInfo | null>();
const RECENT_LIMIT = 1024;

/** What the image named by an `image:` or `FROM` value runs and listens on, when the table knows it. */
export function lookupImage(reference: string): ImageInfo | undefined {
  const known = recent.get(reference);
  if (known !== undefined) return known ?? undefined;
  const key = imageKey(reference);
  const info = key === undefined ? undefined : tagRow(reference, key) ?? curated.row(key) ?? generatedRow(key);
  if (typeof reference === 'string') {
    if (recent.size >= RECENT_LIMIT) recent.clear();
    recent.set(reference, info ?? null);
  }
  return info;
}

/** A generated row, under either name of a project's image: the generator took `ghcr.io/owner/name` and
 *  Docker Hub's `owner/name` for one image (scripts/images/mergeClaims.ts, namesOf) and keys the row by the latter. */
function generatedRow(key: string): ImageInfo | undefined {
  if (key.startsWith('ghcr.io/') && key.indexOf('/', 8) === key.lastIndexOf('/')) return generated.row(key.slice(8));
  return generated.row(key);
}

/** The row of a tag that changes what runs (`wordpress:6-fpm-alpine` → the `wordpress:fpm` row): a word of the
 *  tag, between `-`, `.` or `_`, names it. */
function tagRow(reference: string, key: string): ImageInfo | undefined {
  if (!TAGGED_IMAGES.includes(` ${key} `)) return undefined;
  const tag = imageTag(reference);
  if (!tag) return undefined;
  for (const word of tag.toLowerCase().split(/[-._]/)) {
    const row = word ? curated.row(`${key}:${word}`) : undefined;
    if (row) return row;
  }
  return undefined;
}

/** Every curated row of the table as the extension ships it, for tests and the corpus runner; the rows of tags
 *  that change what runs (found only through such a tag) are tagImageRows(). */
export function imageRows(): readonly ImageRow[] {
  return curated.rows().filter((row) => !row.tag);
}

export function tagImageRows(): readonly ImageRow[] {
  return curated.rows().filter((row) => row.tag);
}

/** Every row generated from the catalogs, as the extension ships it. */
export function catalogImageRows(): readonly ImageRow[] {
  return generated.rows();
}
