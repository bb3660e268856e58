// Feeds the core's workspace model from the file system, as the editor feeds it from its open folders: one
// workspace per folder checked (with that folder's settings), and one for the files named on the command line
// (with the current folder's settings, and with the files beside them, so that a compose file still reads its
// `.env` and its override file). Every port decision is the workspace's; this only finds, reads and names files.
import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { formatOf, mayBeFormatByContent, portLensSettings, type PortLensSettings, type PortWorkspace } from '../core';
import type { SettingValues } from './arguments';
import { workspaceOfFiles, type SourceFile } from './checkFiles';
import type { SkippedFile } from './formatters/checkReport';
import { describeError, readTextFile } from './readTextFile';
import { folderSettingsPath, layerSettings, readSettingsFile } from './settingsFiles';
import { filesBeside, walkFiles } from './walkFiles';

export interface LoadOptions {
  cwd: string;
  configFile?: string;
  /** From the flags: override the settings files. */
  flagSettings?: SettingValues;
  /** Something the user should know that does not stop the run (a settings file with a syntax error). */
  warn(message: string): void;
  /** After each file read, with the number read so far and the total. */
  progress?(done: number, total: number): void;
}

/** `path` is relative to the current folder when inside it, `/`-separated. */
export type LoadedFile = SourceFile;

export interface LoadedWorkspace {
  workspace: PortWorkspace;
  settings: PortLensSettings;
  /** The files to report on, in output order (a folder's files, or the files named), read as text. */
  reported: LoadedFile[];
  /** Every file read into the workspace, by key. */
  files: Map<string, LoadedFile>;
}

export interface LoadResult {
  workspaces: LoadedWorkspace[];
  skipped: SkippedFile[];
}

/** A path named on the command line (or --config) that cannot be used: exit status 2, nothing checked. */
export class PathError extends Error {}

interface Root {
  /** The folder workspace keys are relative to. */
  folder: string;
  settingsFolder: string;
  /** Keys of every file to read. */
  keys: string[];
  /** Keys to report on; all of `keys` when undefined. */
  reported?: Set<string>;
  /** Absolute paths of folders below that could not be listed, with the reason. */
  unreadableFolders: { path: string; reason: string }[];
}

export function loadWorkspaces(paths: readonly string[], options: LoadOptions): LoadResult {
  const configValues = options.configFile ? readConfigFile(resolve(options.cwd, options.configFile)) : {};
  const roots = rootsOf(paths, options.cwd);
  const skipped: SkippedFile[] = [];
  const total = roots.reduce((sum, root) => sum + root.keys.length, 0);
  let done = 0;
  const seen = new Set<string>();
  const workspaces: LoadedWorkspace[] = [];

  for (const root of roots) {
    const values = layerSettings(folderSettings(root.settingsFolder, options), configValues, options.flagSettings ?? {});
    const settings = portLensSettings((name) => values[name]);
    const files = new Map<string, LoadedFile>();
    const reported: LoadedFile[] = [];
    for (const key of root.keys) {
      const absolute = join(root.folder, ...key.split('/'));
      const path = displayPath(absolute, options.cwd);
      const toReport = !root.reported || root.reported.has(key);
      if (toReport && root.reported && formatOf(path) === undefined && !mayBeFormatByContent(path)) {
        // Named on the command line, but by a name none of the four formats has: the editor would not read it either.
        skipped.push({ path, reason: 'not a Compose file, Dockerfile, nginx config or .env file by its name', unreadable: false });
        seen.add(absolute);
        options.progress?.(++done, total);
        continue;
      }
      const outcome = readTextFile(absolute, settings.maxFileSize);
      if (outcome.kind === 'text' && formatOf(path, undefined, outcome.text) === undefined) {
        // A YAML file read because it may be a Kubernetes manifest, and that is not one.
        if (toReport && root.reported && !seen.has(absolute)) {
          skipped.push({ path, reason: 'not a Compose file, Dockerfile, nginx config or .env file by its name, nor a Kubernetes manifest by its content', unreadable: false });
        }
      } else if (outcome.kind === 'text') {
        const file = { key, path, text: outcome.text };
        files.set(key, file);
        if (toReport && !seen.has(absolute)) reported.push(file);
      } else if (toReport && !seen.has(absolute)) {
        skipped.push({ path, reason: outcome.reason, unreadable: outcome.kind === 'unreadable' });
      }
      if (toReport) seen.add(absolute);
      options.progress?.(++done, total);
    }
    const loaded: LoadedWorkspace = { workspace: workspaceOfFiles(files.values(), settings), settings, reported, files };
    workspaces.push(loaded);
  }
  for (const root of roots) {
    for (const folder of root.unreadableFolders) {
      skipped.push({ path: displayPath(folder.path, options.cwd), reason: `cannot list this folder: ${folder.reason}`, unreadable: true });
    }
  }
  return { workspaces, skipped };
}

function rootsOf(paths: readonly string[], cwd: string): Root[] {
  const roots: Root[] = [];
  const named: string[] = [];
  for (const written of paths) {
    const absolute = resolve(cwd, written);
    let isFolder: boolean;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch (error) {
      throw new PathError(`cannot read ${written}: ${describeError(error)}`);
    }
    if (!isFolder) {
      named.push(absolute);
      continue;
    }
    const walked = walkFiles(absolute, (path) => mayBePortFile(displayPath(join(absolute, path), cwd)));
    roots.push({
      folder: absolute,
      settingsFolder: absolute,
      keys: walked.files,
      unreadableFolders: walked.unreadableFolders.map((folder) => ({ path: join(absolute, folder.path), reason: folder.reason })),
    });
  }
  if (named.length > 0) roots.push(namedFilesRoot(named, cwd));
  return roots;
}

/** Files named one by one, each with the files beside it that change what it means (its `.env`, its override
 *  file). Keys are their absolute paths (from the file system's root), so files from anywhere can meet. */
function namedFilesRoot(files: string[], cwd: string): Root {
  const folder = resolve(cwd, '/');
  const keyOf = (absolute: string) => relative(folder, absolute).split(sep).join('/');
  const keys = new Set<string>();
  const reported = new Set<string>();
  for (const file of files) {
    reported.add(keyOf(file));
    keys.add(keyOf(file));
    const beside = dirname(file);
    for (const name of filesBeside(beside, (entry) => mayBePortFile(displayPath(join(beside, entry), cwd)))) keys.add(keyOf(join(beside, name)));
  }
  return { folder, settingsFolder: cwd, keys: [...keys], reported, unreadableFolders: [] };
}

/** A file of a format by its name, or a YAML file, which may be a Kubernetes manifest: read to decide. */
function mayBePortFile(path: string): boolean {
  return formatOf(path) !== undefined || mayBeFormatByContent(path);
}

/** Relative to the current folder when inside it, else absolute; `/`-separated either way. */
export function displayPath(absolute: string, cwd: string): string {
  const inside = relative(cwd, absolute);
  const path = inside === '' ? '.' : !inside.startsWith('..') && !isAbsolute(inside) ? inside : absolute;
  return sep === '/' ? path : path.split(sep).join('/');
}

function folderSettings(folder: string, options: LoadOptions): SettingValues {
  const path = folderSettingsPath(folder);
  const result = readSettingsFile(path);
  if (result.kind === 'unreadable') {
    options.warn(`cannot read ${displayPath(path, options.cwd)} (${result.reason}); checking with the default settings`);
    return {};
  }
  if (result.kind === 'missing') return {};
  if (result.problems.length > 0) {
    options.warn(`${displayPath(path, options.cwd)}: ${result.problems.join(', ')}; using the settings that could be read`);
  }
  return result.values;
}

function readConfigFile(path: string): SettingValues {
  const result = readSettingsFile(path);
  if (result.kind === 'missing') throw new PathError(`cannot read the --config file ${path}: it does not exist`);
  if (result.kind === 'unreadable') throw new PathError(`cannot read the --config file ${path}: ${result.reason}`);
  if (result.problems.length > 0) throw new PathError(`the --config file ${path} is not valid settings JSON: ${result.problems.join(', ')}`);
  return result.values;
}
