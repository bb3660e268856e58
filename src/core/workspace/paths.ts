// Workspace paths: `/`-separated and relative to the workspace root, as the public API takes them. Pure string
// work (no Node `path`), so that the core runs in the browser.

/** `./a//b/../c/` → `a/c`; backslashes read as separators; never starts or ends with `/`. A path that climbs
 *  above the root keeps its `..` segments, so it matches no workspace file. */
export function normalizePath(path: string): string {
  // The usual case, a path already as the front ends write it, costs one test.
  if (typeof path === 'string' && !NEEDS_NORMALIZING.test(path)) return path;
  const out: string[] = [];
  for (const segment of String(path).replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

const NEEDS_NORMALIZING = /\\|\/\/|^\/|\/$|(^|\/)\.\.?(\/|$)/;

/** The folder of a normalized path ('' for a file at the root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function baseNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A path written relative to `folder` (a compose file's `build: ./api`, `volumes: ./nginx:/etc/nginx`),
 *  normalized; undefined for an absolute path, a home-relative one or a named volume, which name no
 *  workspace file. */
export function resolveFrom(folder: string, written: string): string | undefined {
  const path = written.trim();
  if (path === '' || path.startsWith('/') || path.startsWith('~') || /^[a-z][a-z0-9+.-]*:/i.test(path) || path.includes('$')) return undefined;
  return normalizePath(folder === '' ? path : `${folder}/${path}`);
}

/** The folder itself, then each folder above it up to the root (''). */
export function* foldersUpFrom(folder: string): Generator<string> {
  let current = folder;
  for (;;) {
    yield current;
    if (current === '') return;
    current = folderOf(current);
  }
}

/** Whether `path` is `folder` or lies under it. */
export function isUnder(path: string, folder: string): boolean {
  return folder === '' || path === folder || path.startsWith(`${folder}/`);
}

/** Paths (and names) in code-unit order, the same on every machine whatever its locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
