// The rows generated from public catalogs (scripts/generate-image-table.ts) are too many to embed: a string
// literal costs about 15 µs a KB to load, and the core's cold start has no room for them. They ship as a data
// file beside the bundle, cut in parts (catalogImages-<part>.data), each of which a host reads its own way on the
// first lookup of an image in it:
// the editor through vscode.workspace.fs (in the web host too), asynchronously, then refreshes what it showed;
// the command line from disk, at once. Until then, and without a host, the table knows the curated rows only.
import type { ImageInfo } from '../../types';
import { PackedTable } from '../packedTable';
import { CATALOG_PARTS, catalogPartOf, readCatalogHeader, readCatalogRow } from '../shippedCatalogRow';

/** How a host reads the data file: the text of one part (catalogImages-<part>.data), now or later. A host that has
 *  the whole generated file (the command line run from the sources) may give it for any part. */
export type CatalogTableSource = (part: number) => string | Promise<string>;

/** A whole file's table (it answers for every part), or each part's as it arrives. */
let whole: PackedTable | undefined;
let parts: (PackedTable | undefined)[] = [];
let source: CatalogTableSource | undefined;
let onLoaded: (() => void) | undefined;
/** The parts asked for (each once per source). */
let asked = new Set<number>();
/** The reads under way, each settled once its part is installed (or the read failed). */
const pending = new Map<number, Promise<void>>();
/** Whether a part arrived since the host was last told: told once the last read under way settles, so that reads
 *  started together refresh the findings once. */
let arrived = false;
/** Told when a table is installed: answers remembered before it arrived may be stale (lookupImage's). */
const installListeners: (() => void)[] = [];

/** Says where the data file comes from, and what to do once a later read arrives (refresh the findings). */
export function setCatalogTableSource(read: CatalogTableSource, loaded?: () => void): void {
  source = read;
  onLoaded = loaded;
  asked = new Set();
}

/** Reads the data file's text: a line of the source links' prefixes, a line of the key index, then a row a line;
 *  or, as the .vsix and the command line's package ship it (scripts/catalogData.mjs), without the key index when
 *  each row is found by its image, with a legend on the first line for the strings its rows code, and cut into
 *  parts whose first line says which. Returns false, and keeps what it had, when the text is not such a file. */
export function installCatalogTable(text: string): boolean {
  if (typeof text !== 'string') return false;
  const first = text.indexOf('\n');
  const second = first < 0 ? -1 : text.indexOf('\n', first + 1);
  if (second < 0) return false;
  const header = readCatalogHeader(text.slice(0, first));
  if (!header) return false;
  const keys = text.slice(first + 1, second);
  const indexed = keys.startsWith('{') && keys.endsWith('}');
  if (!indexed && !keys.startsWith('["')) return false;
  // A part is found by its images' hash: it cannot carry a key index that names other keys.
  if (indexed && header.part) return false;
  // The rows without the last line breaks: counted from the end (a regular expression ran over the whole text).
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  const rows = text.slice(indexed ? second + 1 : first + 1, Math.max(end, indexed ? second + 1 : first + 1));
  const table = new PackedTable(indexed ? keys : undefined, rows, (parsed) => readCatalogRow(parsed, header));
  if (header.part) {
    parts[header.part[0]] = table;
  } else {
    whole = table;
    parts = [];
  }
  for (const listener of installListeners) listener();
  return true;
}

/** The generated row of a table key; the first miss in a part asks the host for that part's file. */
export function catalogRow(key: string): ImageInfo | undefined {
  const table = whole ?? tableOf(catalogPartOf(key));
  try {
    return table?.row(key);
  } catch {
    return undefined;
  }
}

/** A part's table, asking the host for it the first time (a sync read installs it at once). */
function tableOf(part: number): PackedTable | undefined {
  if (parts[part] || !source || asked.has(part)) return parts[part];
  asked.add(part);
  let read: string | Promise<string>;
  try {
    read = source(part);
  } catch {
    return undefined;
  }
  if (typeof read === 'string') {
    installCatalogTable(read);
    return whole ?? parts[part];
  }
  pending.set(part, read.then((text) => {
    if (installCatalogTable(text)) arrived = true;
  }, () => undefined).finally(() => {
    pending.delete(part);
    if (pending.size === 0 && arrived) {
      arrived = false;
      onLoaded?.();
    }
  }));
  return undefined;
}

/** The reads of the data file under way, if any: a hover waits for them rather than answer without the rows. */
export function catalogTableLoading(): Promise<void> | undefined {
  return pending.size === 0 ? undefined : Promise.all(pending.values()).then(() => undefined);
}

export function onCatalogTableInstalled(listener: () => void): void {
  installListeners.push(listener);
}

/** Every generated row, for tests and the corpus runners: with a host that reads at once (the command line), every
 *  part is read; otherwise the parts installed so far. */
export function catalogTableRows(): ReturnType<PackedTable['rows']> {
  if (whole) return whole.rows();
  for (let part = 0; part < CATALOG_PARTS && !whole; part++) tableOf(part);
  if (whole) return (whole as PackedTable).rows();
  // In the whole file's order (by image), whichever parts they came from.
  return parts.flatMap((table) => (table ? table.rows() : [])).sort((a, b) => (a.image < b.image ? -1 : a.image > b.image ? 1 : 0));
}
