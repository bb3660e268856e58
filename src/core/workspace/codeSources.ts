// Which application sources the workspace reads beside a Dockerfile (its usual build context), for
// exposeContradictsCode.ts: one rule for every reader (the command line walks the disk, the editor asks its file
// search and watcher), so that `port-lens check` and the Problems panel see the same files.
import { codeLanguageOf } from './codeListenPorts';

/** Dependencies, tests, browser code, examples and tooling: never where the server a Dockerfile runs listens. */
const SKIPPED_FOLDER = /^(?:node_modules|vendor|third_party|test|tests|__tests__|__mocks__|spec|specs|e2e|testdata|fixtures|mocks?|examples?|samples?|docs?|public|static|dist|build|coverage|client|frontend|scripts|migrations|\..*)$/i;

/** Bounds on what is read: per Dockerfile folder, how deep below it, and how large one file may be. */
export const CODE_SOURCE_LIMITS = { filesPerFolder: 300, depth: 6, characters: 256 * 1024 } as const;

/** Whether a folder of this name is skipped (with everything below it). */
export function isSkippedCodeFolder(name: string): boolean {
  return SKIPPED_FOLDER.test(name);
}

/** Whether `relative`, a `/`-separated path below a Dockerfile's folder, is a source file read with it: a language
 *  the workspace reads, no skipped folder on the way, at most `depth` folders down. */
export function isCodeSourceBelow(relative: string): boolean {
  if (codeLanguageOf(relative) === undefined) return false;
  const folders = relative.split('/').slice(0, -1);
  return folders.length <= CODE_SOURCE_LIMITS.depth && !folders.some((name) => name === '' || isSkippedCodeFolder(name));
}

/** The folders to read sources under, for the Dockerfiles given (`/`-separated paths, '' for the root): a folder
 *  below another one listed is read with it. Sorted. */
export function codeSourceFolders(dockerfiles: readonly string[]): string[] {
  const folders = [...new Set(dockerfiles.map((path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '')))].sort();
  if (folders.includes('')) return [''];
  // Each folder's own ancestors looked up, not every other folder compared: a workspace of 2,000 Dockerfile folders
  // spent 0.6 s of the command line's run here.
  const listed = new Set(folders);
  return folders.filter((folder) => !hasListedAncestor(folder, listed));
}

function hasListedAncestor(folder: string, listed: ReadonlySet<string>): boolean {
  for (let slash = folder.indexOf('/'); slash !== -1; slash = folder.indexOf('/', slash + 1)) {
    if (listed.has(folder.slice(0, slash))) return true;
  }
  return false;
}

/** The folder of `folders` that `path` lies below, if any. */
export function codeSourceFolderOf(path: string, folders: Iterable<string>): string | undefined {
  for (const folder of folders) if (folder === '' || path.startsWith(`${folder}/`)) return folder;
  return undefined;
}
