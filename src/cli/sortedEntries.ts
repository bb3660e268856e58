// A folder's entries in name order, so that every reader of the command line walks the disk the same way on every
// machine (readdirSync's order is the file system's); undefined when the folder cannot be read, which these readers skip.
import { readdirSync, type Dirent } from 'node:fs';

export function sortedEntries(folder: string): Dirent[] | undefined {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return undefined;
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
