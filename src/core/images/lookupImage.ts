// The image table, read on first use. It ships as JSON in string literals generated from the curated rows in
// data/ (`npm run images:update`): loading the extension costs only reading two strings, and a lookup finds its
// key in the key index and parses only the row asked for, far cheaper than evaluating 330 object literals.
// A file names few images, so the first lookups (what a cold start waits for) search the index's text; frequent
// lookups get a map.
import type { ImageInfo } from '../types';
import { IMAGE_KEYS_JSON, IMAGE_ROWS_JSON } from './generated/imageTable';
import { imageKey } from './imageReference';
import type { ImageRow } from './imageRow';
import { unpackImageRow, type PackedRow } from './packedRow';

/** The rows' JSON texts, split on the first lookup; each row is parsed when first asked for. */
let rowTexts: string[] | undefined;
/** Table key → row number, made once lookups are frequent (see rowNumber). */
let keyIndex: Map<string, number> | undefined;
let seeks = 0;
const WARM_LOOKUPS = 32;
const parsedRows = new Map<number, ImageInfo>();

/** The answers for references asked recently, as written: a file names few images, and the hover and each rule
 *  ask about the same ones again and again. Cleared when full, so it stays small whatever is asked. */
const recent = new Map<string, ImageInfo | null>();
const RECENT_LIMIT = 1024;

/** What the image named by an `image:` or `FROM` value runs and listens on, when the table knows it. */
export function lookupImage(reference: string): ImageInfo | undefined {
  const known = recent.get(reference);
  if (known !== undefined) return known ?? undefined;
  const key = imageKey(reference);
  const info = key === undefined ? undefined : rowFor(key);
  if (typeof reference === 'string') {
    if (recent.size >= RECENT_LIMIT) recent.clear();
    recent.set(reference, info ?? null);
  }
  return info;
}

/** Every row of the table as the extension ships it, for tests and the corpus runner. */
export function imageRows(): readonly ImageRow[] {
  return IMAGE_ROWS_JSON.split('\n').map((row) => unpackImageRow(JSON.parse(row) as PackedRow));
}

function rowFor(key: string): ImageInfo | undefined {
  const at = rowNumber(key);
  if (at === undefined) return undefined;
  let info = parsedRows.get(at);
  if (!info) {
    rowTexts ??= IMAGE_ROWS_JSON.split('\n');
    const { aliases: _aliases, ...row } = unpackImageRow(JSON.parse(rowTexts[at]) as PackedRow);
    info = row;
    parsedRows.set(at, info);
  }
  return info;
}

/** The row of a table key. The first lookups search the key index as it ships: it is JSON of keys and numbers,
 *  and a key (an image name) holds no `"` or `\\`, so `"key":` is found only where that key starts. That costs
 *  a microsecond or two each; once lookups are frequent (WARM_LOOKUPS), the index is parsed into a map once. */
function rowNumber(key: string): number | undefined {
  if (keyIndex) return keyIndex.get(key);
  if (++seeks > WARM_LOOKUPS) {
    keyIndex = new Map(Object.entries(JSON.parse(IMAGE_KEYS_JSON) as Record<string, number>));
    return keyIndex.get(key);
  }
  if (key.includes('"') || key.includes('\\')) return undefined;
  const at = IMAGE_KEYS_JSON.indexOf(`"${key}":`);
  return at < 0 ? undefined : parseInt(IMAGE_KEYS_JSON.slice(at + key.length + 3, at + key.length + 9), 10);
}
