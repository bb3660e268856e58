// The application sources beside a Dockerfile (its usual build context), read so that the workspace can tell where
// the code it runs listens (exposeContradictsCode.ts): Node, Python and Go files in the Dockerfile's folder and
// below, skipping dependencies, tests and browser code, a bounded number per folder.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { codeLanguageOf } from '../core';
import { readTextFile } from './readTextFile';

const SKIPPED = /^(?:node_modules|vendor|third_party|test|tests|__tests__|__mocks__|spec|specs|e2e|testdata|fixtures|mocks?|examples?|samples?|docs?|public|static|dist|build|coverage|client|frontend|scripts|migrations|\..*)$/i;
const MAX_FILES = 300;
const MAX_DEPTH = 6;
const MAX_CHARACTERS = 256 * 1024;

/** `/`-separated paths relative to `root` of the source files under the folders of the Dockerfiles given, with text. */
export function codeFilesFor(root: string, dockerfiles: readonly string[]): { path: string; text: string }[] {
  const folders = [...new Set(dockerfiles.map((path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '')))].sort();
  // A folder below another listed one is walked with it.
  const walked = folders.filter((folder) => !folders.some((other) => other !== folder && (other === '' || folder.startsWith(`${other}/`))));
  const result: { path: string; text: string }[] = [];
  for (const folder of walked) {
    let count = 0;
    const visit = (relative: string, depth: number) => {
      let entries;
      try {
        entries = readdirSync(relative === '' ? root : join(root, relative), { withFileTypes: true });
      } catch {
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (count >= MAX_FILES) return;
        const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
        if (entry.isDirectory()) {
          if (depth < MAX_DEPTH && !SKIPPED.test(entry.name)) visit(path, depth + 1);
        } else if (entry.isFile() && codeLanguageOf(path) !== undefined) {
          const outcome = readTextFile(join(root, path), MAX_CHARACTERS);
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
