// A catalog as the generator reads it: its files at one commit, from a bare git directory (what the library's
// `fetch` brings, `/work/.mirror/<owner>+<name>/repo`), a git work tree, or a plain folder (the unit tests'
// fixtures). It records which repository and commit it read, so every row can cite its file by permalink.
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { basename, dirname, join, relative, sep } from 'path';

export interface CatalogFiles {
  /** `owner/name` on GitHub. */
  repo: string;
  /** The commit read: 40 hex digits, or `fixture` for a plain folder. */
  commit: string;
  /** Every file's path, `/`-separated, sorted. */
  paths: string[];
  read(path: string): string;
  /** The file's permalink at the commit read. */
  permalink(path: string): string;
  /** The files matching `pattern` that the catalog once held and has since removed (a git directory only): each
   *  read as it was just before the commit that removed it, its permalink at that commit's parent. */
  removed?(pattern: RegExp): CatalogFiles;
}

/** `folder` may end in `=owner/name` to say which repository it is; otherwise the mirror's folder name
 *  (`owner+name/repo`) or the `origin` remote says. */
export function openCatalog(argument: string): CatalogFiles {
  const [folder, named] = argument.split('=');
  const repo = named ?? repoFromFolder(folder);
  if (!repo) throw new Error(`cannot tell which GitHub repository ${folder} is: write it as ${folder}=owner/name`);
  const git = gitDirOf(folder);
  if (git) {
    const commit = execFileSync('git', ['--git-dir', git, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const listing = execFileSync('git', ['--git-dir', git, 'ls-tree', '-r', '-z', '--name-only', commit], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const paths = listing.split('\0').filter((p) => p.length > 0).sort();
    const texts = readBlobs(git, paths.filter(isCatalogText).map((p) => [commit, p]));
    return { repo, commit, paths, read: (p) => texts.get(p) ?? '', permalink: (p) => permalinkOf(repo, commit, p),
      removed: (pattern) => removedFiles(git, repo, commit, new Set(paths), pattern) };
  }
  const paths = walk(folder).map((p) => relative(folder, p).split(sep).join('/')).sort();
  return { repo, commit: 'fixture', paths, read: (p) => readFileSync(join(folder, p), 'utf8'), permalink: (p) => permalinkOf(repo, 'fixture', p) };
}

export function permalinkOf(repo: string, commit: string, path: string): string {
  return `https://github.com/${repo}/blob/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** Only the files a reader looks at: manifests and compose files (and Easypanel's template code), not images or binaries. */
function isCatalogText(path: string): boolean {
  return /\.(ya?ml|json|xml|toml|md)$/i.test(path) || /(^|\/)(library\/[^/]+|\.env)$/.test(path) || /^templates\/[^/]+\/index\.ts$/.test(path)
    || /(^|\/)dockerfile[^/]*$|\.dockerfile$/i.test(path);
}

function repoFromFolder(folder: string): string | undefined {
  const mirror = /([A-Za-z0-9_.-]+)\+([A-Za-z0-9_.-]+)$/.exec(basename(folder) === 'repo' ? basename(dirname(folder)) : basename(folder));
  if (mirror) return `${mirror[1]}/${mirror[2]}`;
  try {
    const url = execFileSync('git', ['-C', folder, 'remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const m = /github\.com[/:]([^/]+)\/([^/.\s]+)/.exec(url);
    return m ? `${m[1]}/${m[2]}` : undefined;
  } catch {
    return undefined;
  }
}

function gitDirOf(folder: string): string | undefined {
  if (existsSync(join(folder, 'HEAD')) && existsSync(join(folder, 'objects'))) return folder;
  if (existsSync(join(folder, '.git'))) return join(folder, '.git');
  return undefined;
}

/** Files deleted in the history of `commit` (and not back at it), each at the parent of the newest commit that
 *  deleted it. A template the catalog retired (hotio's readarr, when the image was deprecated) still says what the
 *  last published image listened on, and compose files written before then still pull it. */
function removedFiles(git: string, repo: string, commit: string, current: ReadonlySet<string>, pattern: RegExp): CatalogFiles {
  // `@<commit> <parents>` then the names it deleted, newest commit first; a merge shows no diff of its own.
  const log = execFileSync('git', ['--git-dir', git, 'log', '--diff-filter=D', '--name-only', '--no-renames', '--format=@%H %P', commit],
    { encoding: 'utf8', maxBuffer: 1 << 28 });
  const at = new Map<string, string>();
  let parent: string | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) parent = line.slice(1).split(' ')[1];
    else if (line !== '' && parent && pattern.test(line) && !current.has(line) && !at.has(line)) at.set(line, parent);
  }
  const paths = [...at.keys()].sort();
  const texts = readBlobs(git, paths.map((p) => [at.get(p)!, p]));
  return { repo, commit, paths, read: (p) => texts.get(p) ?? '', permalink: (p) => permalinkOf(repo, at.get(p) ?? commit, p) };
}

/** All blobs in one `git cat-file --batch` run: thousands of files in a second or two. Each is [commit, path]. */
function readBlobs(git: string, specs: [string, string][]): Map<string, string> {
  const out = execFileSync('git', ['--git-dir', git, 'cat-file', '--batch'], {
    input: specs.map(([c, p]) => `${c}:${p}\n`).join(''), maxBuffer: 1 << 30,
  });
  const texts = new Map<string, string>();
  let at = 0;
  for (const [, path] of specs) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString('utf8');
    const size = Number(header.split(' ')[2]);
    if (!Number.isFinite(size)) { at = eol + 1; continue; }
    texts.set(path, out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
  }
  return texts;
}

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const p = join(folder, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
