// The config files compose services mount (`./uptrace.yml:/etc/uptrace/uptrace.yml`, `./conf:/etc/mysql/conf.d`),
// read so that the workspace can tell whether they name a port (mountedConfigPort.ts): the workspace says which
// paths (PortWorkspace.mountedConfigSources), this reads the files there that are not read already. The editor's
// index reads the same ones (MOUNTED_CONFIG_LIMITS).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { MOUNTED_CONFIG_LIMITS } from '../core';
import { readTextFile } from './readTextFile';
import { sortedEntries } from './sortedEntries';

/** `/`-separated paths relative to `root` of the text files at the mount sources given (files, or files under
 *  folders), with their text; `known` paths (already read) are left out. */
export function mountedFilesFor(root: string, sources: readonly string[], known: (path: string) => boolean): { path: string; text: string }[] {
  const result: { path: string; text: string }[] = [];
  const read = (path: string) => {
    if (known(path) || result.length >= MOUNTED_CONFIG_LIMITS.files) return;
    const outcome = readTextFile(join(root, path), MOUNTED_CONFIG_LIMITS.characters);
    if (outcome.kind === 'text') result.push({ path, text: outcome.text });
  };
  const visit = (folder: string, depth: number) => {
    const entries = sortedEntries(join(root, folder));
    if (!entries) return;
    for (const entry of entries) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (depth < MOUNTED_CONFIG_LIMITS.depth) visit(path, depth + 1);
      } else if (entry.isFile()) {
        read(path);
      }
    }
  };
  for (const source of sources) {
    if (source === '' || source.startsWith('../')) continue;
    let isFolder: boolean;
    try {
      isFolder = statSync(join(root, source)).isDirectory();
    } catch {
      continue;
    }
    if (isFolder) visit(source, 0);
    else read(source);
  }
  return result;
}
