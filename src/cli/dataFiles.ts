// The command line reads the core's data files (src/core/dataFiles.ts) from disk, synchronously, when a table is
// first used: beside the bundled script (packages/cli/dist/, where scripts/buildCli.mjs puts them).
import { readFileSync } from 'fs';
import { join } from 'path';
import { hasDataFileReader, setDataFileReader, type DataFileName, type DataFileReader } from '../core';

/** A reader that takes each file from the first folder that has it, as UTF-8. */
export function readDataFilesFrom(folders: readonly string[]): DataFileReader {
  return (name: DataFileName) => {
    let failure: unknown;
    for (const folder of folders) {
      try {
        return readFileSync(join(folder, name), 'utf8');
      } catch (error) {
        failure ??= error;
      }
    }
    throw failure instanceof Error && 'code' in failure && failure.code === 'ENOENT' ? new Error(`no ${name} in ${folders.join(' or ')}`) : failure;
  };
}

/** The files beside the script; a host that runs the command inside itself (the tests) keeps its own reader. */
export function readDataFilesBesideScript(): void {
  if (!hasDataFileReader()) setDataFileReader(readDataFilesFrom([__dirname]));
}
