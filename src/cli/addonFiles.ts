// The files of the Home Assistant add-ons among the Dockerfile folders (a folder whose config.{json,yaml,yml} has a
// `slug`), read so that the workspace can tell where the add-on's container listens (addonPorts.ts): which files, by
// the core's rule (addonFiles.ts); the editor's index reads the same ones.
import { join } from 'node:path';
import { ADDON_CONFIG_NAMES, ADDON_FILE_LIMITS, isAddonConfigText, isAddonFileBelow, isAddonFileText } from '../core';
import { readTextFile } from './readTextFile';
import { sortedEntries } from './sortedEntries';

/** `/`-separated paths relative to `root` of the add-on files under the folders of the Dockerfiles given, with text;
 *  `known` files (read already, as one of the formats or a source) are left out. `config` marks each add-on's own
 *  config file, which is reported on (addonConfigPorts.ts). */
export function addonFilesFor(root: string, dockerfiles: readonly string[], known: (path: string) => boolean): { path: string; text: string; config?: true }[] {
  const result: { path: string; text: string; config?: true }[] = [];
  const folders = [...new Set(dockerfiles.map((path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '')))].sort();
  for (const folder of folders) {
    const under = (name: string) => (folder === '' ? name : `${folder}/${name}`);
    const config = ADDON_CONFIG_NAMES.find((name) => {
      const outcome = readTextFile(join(root, under(name)), ADDON_FILE_LIMITS.characters);
      return outcome.kind === 'text' && isAddonConfigText(outcome.text);
    });
    if (!config) continue;
    let count = 0;
    const visit = (relative: string, depth: number) => {
      const entries = sortedEntries(join(root, under(relative)));
      if (!entries) return;
      for (const entry of entries) {
        if (count >= ADDON_FILE_LIMITS.filesPerFolder) return;
        const below = relative === '' ? entry.name : `${relative}/${entry.name}`;
        if (entry.isDirectory()) {
          if (depth < ADDON_FILE_LIMITS.depth && isAddonFileBelow(`${below}/x`)) visit(below, depth + 1);
        } else if (entry.isFile() && isAddonFileBelow(below)) {
          const path = under(below);
          if (known(path)) continue;
          const outcome = readTextFile(join(root, path), ADDON_FILE_LIMITS.characters);
          if (outcome.kind !== 'text' || !isAddonFileText(path, outcome.text)) continue;
          result.push(below === config ? { path, text: outcome.text, config: true } : { path, text: outcome.text });
          count++;
        }
      }
    };
    visit('', 0);
  }
  return result;
}
