// The files of a folder that Port Lens reads (those the caller recognises, by `formatOf`), skipping node_modules, .git and what
// the folder's own .gitignore ignores. Symbolic links to files are followed when read; links to folders are not
// walked (a link back up would never end).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';

const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export interface WalkResult {
  /** `/`-separated, relative to the folder, sorted. */
  files: string[];
  /** Folders that could not be listed, with the reason. */
  unreadableFolders: { path: string; reason: string }[];
}

/** `recognise` gets each file's path relative to the folder. */
export function walkFiles(folder: string, recognise: (path: string) => boolean): WalkResult {
  const ignored = gitignoreOf(folder);
  const files: string[] = [];
  const unreadableFolders: WalkResult['unreadableFolders'] = [];
  const visit = (relative: string) => {
    let entries;
    try {
      entries = readdirSync(relative === '' ? folder : join(folder, relative), { withFileTypes: true });
    } catch (error) {
      unreadableFolders.push({ path: relative, reason: (error as Error).message });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED.has(entry.name) || ignored?.ignores(`${path}/`)) continue;
        visit(path);
      } else if (recognise(path) && !ignored?.ignores(path)) {
        // Files, links, and anything else named like a config file: the reader says what it is.
        files.push(path);
      }
    }
  };
  visit('');
  return { files, unreadableFolders };
}

/** The names in one folder (not below) that `recognise` accepts: the files beside a file named on the command line. */
export function filesBeside(folder: string, recognise: (name: string) => boolean): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => !entry.isDirectory() && recognise(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

function gitignoreOf(folder: string): Ignore | undefined {
  let text: string;
  try {
    text = readFileSync(join(folder, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return ignore().add(text);
}
