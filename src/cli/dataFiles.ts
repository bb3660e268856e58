// The command line reads the core's data files (src/core/dataFiles.ts) from disk, synchronously, when a table is
// first used: beside the bundled script (packages/cli/dist/, where scripts/buildCli.mjs puts them). Only `fs` here,
// no core: the benchmark's cold start reads the files with this same function.
import { readFileSync } from 'fs';
import { join } from 'path';

/** A reader that takes each file from the first folder that has it, as UTF-8; throws the first folder's error. */
export function readDataFilesFrom(folders: readonly string[]): (name: string) => string {
  return (name: string) => {
    let failure: unknown;
    for (const folder of folders) {
      try {
        return readFileSync(join(folder, name), 'utf8');
      } catch (error) {
        failure ??= error;
      }
    }
    throw failure;
  };
}
