// The image table, read on first use: the curated rows (data/*.ts, shipped as the data file generated/imageTable.data
// that the host gives the core, curatedTable.ts: a lookup finds its key in an index and parses only the row asked
// for) and, for images they do not name, the rows generated from public
// catalogs, which the host reads from a data file on first use (catalogTable.ts). The curated rows win.
import type { ImageInfo } from '../../types';
import { catalogRow, catalogTableRows, onCatalogTableInstalled } from './catalogTable';
import { curatedTable, type CuratedTable } from './curatedTable';
import { imageKey, imageTag } from './host';
import type { ImageRow } from '../imageRow';

// Nothing here runs when the bundle loads (the extension's activation): the table object, the answers' cache and
// the listener are made by the first lookup, which waits for the first compose file or Dockerfile.

/** The curated rows, read from the data file the host gave (none until then): a damaged row is no row. */
const curated = {
  row(key: string): ImageInfo | undefined {
    try {
      return curatedTable().table.row(key);
    } catch {
      return undefined;
    }
  },
  rows(): ImageRow[] {
    try {
      return curatedTable().table.rows();
    } catch {
      return [];
    }
  },
};

/** The answers for references asked recently, as written: a file names few images, and the hover and each rule
 *  ask about the same ones again and again. Cleared when full, so it stays small whatever is asked. The limit is
 *  above what a large workspace names (the index asks about every file's images in turn): at 1,024, a cycle over
 *  1,400 references (the curated rows in four written forms, as the benchmark asks) cleared it before any answer
 *  was asked for again, and every lookup paid the full path (about 0.5–1 µs instead of under 0.1). A few hundred KB
 *  at most. */
let recentAnswers: Map<string, ImageInfo | null> | undefined;
const RECENT_LIMIT = 8192;
/** The curated rows the recent answers were made from. */
let answeredFrom: CuratedTable | undefined;

function recentMap(): Map<string, ImageInfo | null> {
  if (recentAnswers) return recentAnswers;
  const recent = new Map<string, ImageInfo | null>();
  // A table that arrives later may know what was not known before.
  onCatalogTableInstalled(() => recent.clear());
  return (recentAnswers = recent);
}

/** What the image named by an `image:` or `FROM` value runs and listens on, when the table knows it. */
export function lookupImage(reference: string): ImageInfo | undefined {
  const recent = recentMap();
  // Curated rows that arrived (or changed) since: what was answered before may be stale.
  const table = curatedTable();
  if (table !== answeredFrom) {
    recent.clear();
    answeredFrom = table;
  }
  const known = recent.get(reference);
  if (known !== undefined) return known ?? undefined;
  const key = imageKey(reference);
  const info = key === undefined ? undefined : tagRow(reference, key) ?? untaggedRow(reference, key);
  if (typeof reference === 'string') {
    if (recent.size >= RECENT_LIMIT) recent.clear();
    recent.set(reference, info ?? null);
  }
  return info;
}

/** The curated row of a key, else the generated one; else, for another name of the same image, that name's row:
 *  a project's `ghcr.io/owner/name` is read as its Docker Hub `owner/name` (projects publish both under their
 *  GitHub name, and the generator merges the catalogs' statements the same way: scripts/images/mergeClaims.ts,
 *  namesOf), and Bitnami's `bitnamilegacy/x` and `bitnamisecure/x` as `bitnami/x`. */
function rowOf(key: string): ImageInfo | undefined {
  const named = namedRow(key);
  if (named) return named;
  // Another name its owner publishes the image under (data/imageAliases.ts): the row of the image's own name.
  const image = aliasTarget(key);
  return image === undefined ? undefined : namedRow(image);
}

function namedRow(key: string): ImageInfo | undefined {
  const own = curated.row(key) ?? catalogRow(key);
  if (own) return own;
  const other = otherName(key);
  return other === undefined ? undefined : curated.row(other) ?? catalogRow(other);
}

/** The key an alias stands for (only the name its owner's page writes). */
function aliasTarget(key: string): string | undefined {
  return curatedTable().aliases.get(key);
}

function otherName(key: string): string | undefined {
  if (key.startsWith('ghcr.io/')) return key.indexOf('/', 8) === key.lastIndexOf('/') ? key.slice(8) : undefined;
  if (key.startsWith('bitnamilegacy/')) return `bitnami/${key.slice(14)}`;
  if (key.startsWith('bitnamisecure/')) return `bitnami/${key.slice(14)}`;
  return undefined;
}

/** The row of a tag that changes what runs (`wordpress:6-fpm-alpine` → the `wordpress:fpm` row): a word of the
 *  tag, between `-`, `.` or `_`, names it. */
function tagRow(reference: string, key: string): ImageInfo | undefined {
  if (!curatedTable().taggedImages.has(key)) return undefined;
  const tag = imageTag(reference);
  if (!tag) return undefined;
  for (const word of tag.toLowerCase().split(/[-._]/)) {
    const row = word ? curated.row(`${key}:${word}`) : undefined;
    if (row) return row;
  }
  return undefined;
}

/** Words of a tag that pick one part of a project published under one image name (`hkotel/mealie:frontend-v1.0.0`
 *  listens on 3000, `hkotel/mealie:api-…` on 9000; `reactive-resume:client-latest` and `:server-latest`). The
 *  image's row describes the untagged image, so for such a tag, with no row of its own, the ports are not known. */
const COMPONENT_WORDS = new Set(['frontend', 'backend', 'api', 'server', 'client', 'web', 'webui', 'ui', 'worker',
  'cli', 'fpm', 'agent', 'proxy', 'scheduler', 'cron', 'queue', 'signaling', 'admin']);

function untaggedRow(reference: string, key: string): ImageInfo | undefined {
  const row = rowOf(key);
  // A row that lists no ports (php: the application's own) says nothing a component could contradict.
  return row && row.ports.length > 0 && namesComponent(reference) ? undefined : row;
}

function namesComponent(reference: string): boolean {
  const tag = imageTag(reference);
  return tag !== undefined && tag.toLowerCase().split(/[-._]/).some((word) => COMPONENT_WORDS.has(word));
}

/** Whether the image's row was generated from catalogs (no curated row names it): such a row's kind is a
 *  catalog's category at best, not Port Lens's word that the software is or is not a database. */
export function isGeneratedImage(reference: string): boolean {
  const key = imageKey(reference);
  if (key === undefined || lookupImage(reference) === undefined) return false;
  if (curatedNamed(key)) return false;
  if (namedRow(key) !== undefined) return true;
  const image = aliasTarget(key);
  return image === undefined || !curatedNamed(image);
}

function curatedNamed(key: string): boolean {
  if (curated.row(key) !== undefined) return true;
  const other = otherName(key);
  return other !== undefined && curated.row(other) !== undefined;
}

/** Every curated row of the table as the extension ships it, for tests and the corpus runner; the rows of tags
 *  that change what runs (found only through such a tag) are tagImageRows(). */
export function imageRows(): readonly ImageRow[] {
  return curated.rows().filter((row) => !row.tag);
}

export function tagImageRows(): readonly ImageRow[] {
  return curated.rows().filter((row) => row.tag);
}

/** Every row generated from the catalogs, as the data file holds it (none until a host installed it). */
export function catalogImageRows(): readonly ImageRow[] {
  return catalogTableRows();
}
