// The application sources beside a Dockerfile (its usual build context), read so that the workspace can tell where
// the code it runs listens (exposeContradictsCode.ts): which files, by the core's rule (codeSources.ts), the
// editor's index reads the same ones.
import { join } from 'node:path';
import { CODE_SOURCE_LIMITS, codeLanguageOf, codeSourceFolders, isSkippedCodeFolder } from '../core';
import { readTextFile } from './readTextFile';
import { sortedEntries } from './sortedEntries';

/** `/`-separated paths relative to `root` of the source files under the folders of the Dockerfiles given, with text. */
export function codeFilesFor(root: string, dockerfiles: readonly string[]): { path: string; text: string }[] {
  const result: { path: string; text: string }[] = [];
  for (const folder of codeSourceFolders(dockerfiles)) {
    let count = 0;
    const visit = (relative: string, depth: number) => {
      const entries = sortedEntries(relative === '' ? root : join(root, relative));
      if (!entries) return;
      for (const entry of entries) {
        if (count >= CODE_SOURCE_LIMITS.filesPerFolder) return;
        const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
        if (entry.isDirectory()) {
          if (depth < CODE_SOURCE_LIMITS.depth && !isSkippedCodeFolder(entry.name)) visit(path, depth + 1);
        } else if (entry.isFile() && codeLanguageOf(path) !== undefined) {
          const outcome = readTextFile(join(root, path), CODE_SOURCE_LIMITS.characters);
          if (outcome.kind !== 'text') continue;
          result.push({ path, text: outcome.text });
          count++;
        }
      }
    };
    visit(folder, 0);
  }
  return result;
}
