// Feeds the core's workspace model from the file system, as the editor feeds it from its open folders: one
// workspace per folder checked (with that folder's settings), and one per project of the files named on the
// command line (the folder an editor would be opened on: see projectFolderOf), of which only the files named are
// reported. Every port decision is the workspace's; this only finds, reads and names files.
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { formatOf, mayBeDetectedByContent, portLensSettings, type PortLensSettings, type PortWorkspace } from '../core';
import type { SettingValues } from './arguments';
import { workspaceOfFiles, type SourceFile } from './checkFiles';
import type { SkippedFile } from './formatters/checkReport';
import { describeError, readTextFile } from './readTextFile';
import { folderSettingsPath, layerSettings, readSettingsFile } from './settingsFiles';
import { filesBeside, walkFiles } from './walkFiles';
import { codeFilesFor } from './codeFiles';
import { addonFilesFor } from './addonFiles';
import { mountedFilesFor } from './mountedFiles';

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
  /** Folders named (as written) in which no file of the five formats was found. */
  empty: string[];
  /** Files found in a folder and read for their content (a YAML file, a *.conf) that are none of ours: an Ansible
   *  playbook, a CI workflow. Not skipped (nobody named them), but a run that checks nothing must say why. */
  notOurs: number;
}

/** A path named on the command line (or --config) that cannot be used: exit status 2, nothing checked. */
export class PathError extends Error {}

interface Root {
  /** The folder the files are found in. */
  folder: string;
  /** Put before every key: the folder's path from the current folder when inside it, so that the paths the
   *  workspace writes into its messages ("Dockerfile line 13") are the ones the output shows. */
  keyPrefix: string;
  settingsFolder: string;
  /** Paths of every file to read, relative to `folder`. */
  files: string[];
  /** Paths (relative to `folder`) to report on; all of `files` when undefined. */
  reported?: Set<string>;
  /** Absolute paths of folders below that could not be listed, with the reason. */
  unreadableFolders: { path: string; reason: string }[];
}

export function loadWorkspaces(paths: readonly string[], options: LoadOptions): LoadResult {
  const configValues = options.configFile ? readConfigFile(resolve(options.cwd, options.configFile)) : {};
  const { roots, empty } = rootsOf(paths, options.cwd);
  const skipped: SkippedFile[] = [];
  let notOurs = 0;
  const total = roots.reduce((sum, root) => sum + root.files.length, 0);
  let done = 0;
  const seen = new Set<string>();
  const reportedConfigs = new Set<string>();
  const workspaces: LoadedWorkspace[] = [];

  for (const root of roots) {
    const values = layerSettings(folderSettings(root.settingsFolder, options), configValues, options.flagSettings ?? {});
    const settings = portLensSettings((name) => values[name]);
    const files = new Map<string, LoadedFile>();
    const reported: LoadedFile[] = [];
    for (const relativePath of root.files) {
      const key = root.keyPrefix === '' ? relativePath : `${root.keyPrefix}/${relativePath}`;
      const absolute = join(root.folder, ...relativePath.split('/'));
      const path = displayPath(absolute, options.cwd);
      const toReport = !root.reported || root.reported.has(relativePath);
      if (toReport && root.reported && !isCandidate(path)) {
        // Named on the command line, but by a name none of the five formats has: the editor would not read it either.
        if (!seen.has(absolute)) skipped.push({ path, reason: 'not a Compose file, Dockerfile, nginx config, .env file or Kubernetes manifest by its name', unreadable: false, notOurs: true });
        seen.add(absolute);
        options.progress?.(++done, total);
        continue;
      }
      const outcome = readTextFile(absolute, settings.maxFileSize);
      if (outcome.kind === 'text' && formatOf(path) === undefined && formatOf(path, undefined, outcome.text) === undefined) {
        // Read for its content (a YAML file, a *.conf), and it is none of ours.
        if (toReport && root.reported && !seen.has(absolute)) {
          skipped.push({ path, reason: 'not a Compose file, Dockerfile, nginx config, .env file or Kubernetes manifest by its name or its content', unreadable: false, notOurs: true });
        } else if (toReport && !seen.has(absolute)) notOurs++;
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
    const keyOf = (path: string) => (root.keyPrefix === '' ? path : `${root.keyPrefix}/${path}`);
    // The application sources beside the Dockerfiles: read into the model, never reported on.
    const dockerfiles = [...files.keys()].filter((key) => formatOf(key) === 'dockerfile').map((key) => (root.keyPrefix === '' ? key : key.slice(root.keyPrefix.length + 1)));
    const code = codeFilesFor(root.folder, dockerfiles).map(({ path, text }) => ({ key: root.keyPrefix === '' ? path : `${root.keyPrefix}/${path}`, path, text }));
    // The files of the Home Assistant add-ons among those folders (addonFiles.ts): read into the model, never reported on.
    const codeKeys = new Set(code.map((file) => file.key));
    const addonRead = addonFilesFor(root.folder, dockerfiles, (path) => files.has(keyOf(path)) || codeKeys.has(keyOf(path)));
    const addon = addonRead.map(({ path, text }) => ({ key: keyOf(path), path, text }));
    // An add-on's own config.* is reported on where its folder is (addonConfigPorts.ts), as the editor does.
    for (const { path, text, config } of addonRead) {
      const absolute = join(root.folder, ...path.split('/'));
      if (config && (!root.reported || root.reported.has(path)) && !reportedConfigs.has(absolute)) {
        reported.push({ key: keyOf(path), path: displayPath(absolute, options.cwd), text });
        reportedConfigs.add(absolute);
      }
    }
    const workspace = workspaceOfFiles([...files.values(), ...code, ...addon], settings);
    // The config files its compose services mount: read into the model, never reported on.
    const sources = workspace.mountedConfigSources().filter((key) => root.keyPrefix === '' || key.startsWith(`${root.keyPrefix}/`))
      .map((key) => (root.keyPrefix === '' ? key : key.slice(root.keyPrefix.length + 1)));
    for (const { path, text } of mountedFilesFor(root.folder, sources, (path) => workspace.has(keyOf(path)))) workspace.set(keyOf(path), text);
    const loaded: LoadedWorkspace = { workspace, settings, reported, files };
    workspaces.push(loaded);
  }
  for (const root of roots) {
    for (const folder of root.unreadableFolders) {
      skipped.push({ path: displayPath(folder.path, options.cwd), reason: `cannot list this folder: ${folder.reason}`, unreadable: true });
    }
  }
  return { workspaces, skipped, empty, notOurs };
}

/** One root per folder named and one per project of the files named (files of one project share it, and a
 *  folder named too reports them through its own root). */
function rootsOf(paths: readonly string[], cwd: string): { roots: Root[]; empty: string[] } {
  const roots: Root[] = [];
  const empty: string[] = [];
  const projects = new Map<string, { root: Root; listed: Set<string> }>();
  const recognise = (folder: string) => (path: string) => isCandidate(displayPath(join(folder, path), cwd));
  for (const written of paths) {
    const absolute = resolve(cwd, written);
    let isFolder: boolean;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch (error) {
      throw new PathError(`cannot read ${written}: ${describeError(error)}`);
    }
    if (isFolder) {
      const walked = walkFiles(absolute, recognise(absolute));
      if (walked.files.length === 0 && walked.unreadableFolders.length === 0) empty.push(written);
      roots.push({
        folder: absolute,
        keyPrefix: keyPrefixOf(absolute, cwd),
        settingsFolder: absolute,
        files: walked.files,
        unreadableFolders: walked.unreadableFolders.map((folder) => ({ path: join(absolute, folder.path), reason: folder.reason })),
      });
      continue;
    }
    // A file: checked with the files of its project, as an editor opened on that project reads them.
    const projectFolder = projectFolderOf(absolute, cwd);
    const folder = projectFolder ?? dirname(absolute);
    let project = projects.get(folder);
    if (!project) {
      const walked = projectFolder ? walkFiles(folder, recognise(folder))
        : { files: filesBeside(folder, recognise(folder)), unreadableFolders: [] };
      // A folder of the project that cannot be listed is not what was asked about: it fails no run here.
      const root: Root = { folder, keyPrefix: keyPrefixOf(folder, cwd), settingsFolder: projectFolder ?? cwd, files: walked.files, reported: new Set(), unreadableFolders: [] };
      project = { root, listed: new Set(walked.files) };
      projects.set(folder, project);
      roots.push(root);
    }
    const relativePath = relative(folder, absolute).split(sep).join('/');
    // Named, so read even when .gitignore hides it or its name is none of the five formats (it is then skipped).
    if (!project.listed.has(relativePath)) {
      project.listed.add(relativePath);
      project.root.files.push(relativePath);
    }
    project.root.reported!.add(relativePath);
  }
  return { roots, empty };
}

/**
 * The folder an editor would be opened on to work on a file named on the command line: the current folder
 * when the file is inside it (so `check nginx/nginx.conf` sees what `check` sees), or the repository the file is
 * in when that lies inside the current folder; else the repository the
 * file is in (the nearest folder above it holding `.git`), else the nearest folder above it holding a compose
 * file (the compose project an nginx config or a Dockerfile below it belongs to). Never the file system's root
 * or the home folder, whose walk would read everything; undefined then: the file is read with the files beside it.
 */
function projectFolderOf(file: string, cwd: string): string | undefined {
  const tooWide = (folder: string) => folder === parse(folder).root || folder === homedir();
  const folders: string[] = [];
  for (let folder = dirname(file); !tooWide(folder); folder = dirname(folder)) folders.push(folder);
  const repository = folders.find((folder) => existsSync(join(folder, '.git')));
  if (isInside(file, cwd) && !tooWide(cwd)) {
    // A repository inside the current folder is the narrower project (run from /tmp on /tmp/shop/compose.yaml).
    return repository !== undefined && isInside(repository, cwd) ? repository : cwd;
  }
  return repository ?? folders.find((folder) => filesBeside(folder, (name) => formatOf(name) === 'compose').length > 0);
}

function isInside(path: string, folder: string): boolean {
  const inside = relative(folder, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

function keyPrefixOf(folder: string, cwd: string): string {
  return isInside(folder, cwd) ? relative(cwd, folder).split(sep).join('/') : '';
}

/** A file to read: one of the five formats by its name, or a name whose text may make it one (`gotify.yaml`). */
function isCandidate(path: string): boolean {
  return formatOf(path) !== undefined || mayBeDetectedByContent(path);
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
