// The rows generated from public catalogs (scripts/generate-image-table.ts) are too many to embed: a string
// literal costs about 15 µs a KB to load, and the core's cold start has no room for them. They ship as a data
// file beside the bundle (catalogImages.data), which each host reads its own way on first use:
// the editor through vscode.workspace.fs (in the web host too), asynchronously, then refreshes what it showed;
// the command line from disk, at once. Until then, and without a host, the table knows the curated rows only.
import type { ImageInfo } from '../../types';
import { PackedTable } from '../packedTable';
import { readCatalogHeader, readCatalogRow } from '../shippedCatalogRow';

/** How a host reads the data file: its text, now or later. */
export type CatalogTableSource = () => string | Promise<string>;

let table: PackedTable | undefined;
let source: CatalogTableSource | undefined;
let onLoaded: (() => void) | undefined;
let asked = false;
/** The read under way, settled once the table is installed (or the read failed) and the host was told. */
let pending: Promise<void> | undefined;
/** Told when a table is installed: answers remembered before it arrived may be stale (lookupImage's). */
const installListeners: (() => void)[] = [];

/** Says where the data file comes from, and what to do once a later read arrives (refresh the findings). */
export function setCatalogTableSource(read: CatalogTableSource, loaded?: () => void): void {
  source = read;
  onLoaded = loaded;
  asked = false;
}

/** Reads the data file's text: a line of the source links' prefixes, a line of the key index, then a row a line;
 *  or, as the .vsix and the command line's package ship it (scripts/catalogData.mjs), without the key index when
 *  each row is found by its image, and with a legend on the first line for the strings its rows code. Returns false, and keeps what it had, when the text is not such a file. */
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
  // The rows without the last line breaks: counted from the end (a regular expression ran over the whole text).
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  const rows = text.slice(indexed ? second + 1 : first + 1, Math.max(end, indexed ? second + 1 : first + 1));
  table = new PackedTable(indexed ? keys : undefined, rows, (parsed) => readCatalogRow(parsed, header));
  for (const listener of installListeners) listener();
  return true;
}

/** The generated row of a table key; the first miss asks the host for the file. */
export function catalogRow(key: string): ImageInfo | undefined {
  if (!table) {
    if (!source || asked) return undefined;
    asked = true;
    let read: string | Promise<string>;
    try {
      read = source();
    } catch {
      return undefined;
    }
    if (typeof read === 'string') {
      installCatalogTable(read);
    } else {
      pending = read.then((text) => {
        if (installCatalogTable(text)) onLoaded?.();
      }, () => undefined).finally(() => {
        pending = undefined;
      });
      return undefined;
    }
    if (!table) return undefined;
  }
  try {
    return (table as PackedTable).row(key);
  } catch {
    return undefined;
  }
}

/** The read of the data file under way, if any: a hover waits for it rather than answer without the rows. */
export function catalogTableLoading(): Promise<void> | undefined {
  return pending;
}

export function onCatalogTableInstalled(listener: () => void): void {
  installListeners.push(listener);
}

/** Every generated row, for tests and the corpus runners (empty until the table is installed). */
export function catalogTableRows(): ReturnType<PackedTable['rows']> {
  return table ? table.rows() : [];
}
