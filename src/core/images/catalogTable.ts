// The rows generated from public catalogs, as the rest of the core and the hosts reach them: the code is the image
// table's script's (table/catalogTable.ts, run on first use by imageTableScript.ts); the host's source and the
// listeners set before it runs are handed to it then.
import { imageTable, imageTableIfRun, onImageCatalogInstalled, setImageCatalogSource } from './imageTableScript';
import type { CatalogTableSource } from './table/catalogTable';

export type { CatalogTableSource } from './table/catalogTable';

/** Says where the data file comes from, and what to do once a later read arrives (refresh the findings). */
export function setCatalogTableSource(read: CatalogTableSource, loaded?: () => void): void {
  setImageCatalogSource(read, loaded);
}

/** Installs the data file's text; false, keeping what it had, when it is not such a file or the table's code is not
 *  there. */
export function installCatalogTable(text: string): boolean {
  return imageTable()?.installCatalogTable(text) ?? false;
}

/** The read of the data file under way, if any: a hover waits for it rather than answer without the rows. */
export function catalogTableLoading(): Promise<void> | undefined {
  return imageTableIfRun()?.catalogTableLoading();
}

export function onCatalogTableInstalled(listener: () => void): void {
  onImageCatalogInstalled(listener);
}
