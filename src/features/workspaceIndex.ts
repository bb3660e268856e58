// Feeds the core's workspace model (`createWorkspace`) with the files of the five formats: every one in the
// workspace folders, read in the background after activation; open documents with their unsaved text instead;
// and, for an open document outside what is indexed, the files beside it (its `.env`, its override file).
// File system watchers keep it current. Every editor feature asks the model; none reads files itself.
// Once indexing is done, the application sources under each Dockerfile's folder (codeSources.ts) are read too, as
// `port-lens check` reads them, so that the code evidence (exposeContradictsCode.ts) shows in the Problems panel;
// and so are the files of each Dockerfile folder that is a Home Assistant add-on (addonFiles.ts), for addonPorts.ts.
import * as vscode from 'vscode';
import { ADDON_CONFIG_NAMES, CODE_SOURCE_LIMITS, MOUNTED_CONFIG_LIMITS, codeLanguageOf, isAddonFileBelow, isAddonFileText, codeSourceFolderOf, codeSourceFolders, createWorkspace, formatOf, isCodeSourceBelow, lineStartsOf, mayBeDetectedByContent, type ConfigFormat, type PortWorkspace } from '../core';
import { findAddonFiles, isAddonFolder } from './findAddonFiles';
import { findCodeSources } from './findCodeSources';
import { findPortFiles } from './findPortFiles';
import type { IndexSettings } from './indexSettings';
import type { PortLensSettings } from './settings';
import { folderOf, isExcludedByFilesExclude, isInSkippedFolder, isInWorkspace, uriOfWorkspacePath, workspacePathOf } from './workspacePaths';

export interface IndexedFile {
  uri: vscode.Uri;
  /** Of the text fed, to turn the model's offsets into positions without reading the file again. */
  lineStarts: Uint32Array;
  /** The version of the open document whose text was fed; undefined for text read from disk. */
  version?: number;
}

/** Why the view is empty, for its welcome text (the `portLens.index` context key). */
export type IndexState = 'off' | 'untrusted' | 'indexing' | 'stopped' | 'ready';

/** Reads run this many at a time: enough to keep the file system busy, few enough to stay responsive. */
const READ_BATCH = 32;
/** Changes within this time are told once: a burst (indexing, a checkout) refreshes the views once. */
const CHANGE_DELAY_MS = 50;
/** Application sources read in all, over every Dockerfile folder (each folder has its own cap too). */
const MAX_CODE_FILES = 3000;
/** Add-on files read in all (each add-on folder has its own cap too): a repository of 300 add-ons holds ~6,000. */
const MAX_ADDON_FILES = 10000;

export class WorkspaceIndex implements vscode.Disposable {
  private model: PortWorkspace;
  private readonly files = new Map<string, IndexedFile>();
  /** Paths found by indexing or the watcher: when such a document closes, the file on disk counts again. */
  private readonly indexed = new Set<string>();
  /** Folders read beside open documents that indexing does not cover, with the paths read there. */
  private readonly followed = new Map<string, Set<string>>();
  /** Counts loads per path, so that a read from disk that lands after a newer one (or an edit) is dropped. */
  private readonly loads = new Map<string, number>();
  /** Dockerfile folders ('' for a root) whose application sources were searched, and the sources read. */
  private readonly codeFolders = new Set<string>();
  private readonly codeFiles = new Set<string>();
  private codeQueued = false;
  /** Dockerfile folders asked whether they are a Home Assistant add-on, those that are, and the add-on files read. */
  private readonly addonAsked = new Set<string>();
  private readonly addonFolders = new Set<string>();
  private readonly addonFiles = new Set<string>();
  /** Config mount sources (files or folders) whose files were read, and the files read there (mountedConfigPort.ts). */
  private readonly mountSources = new Set<string>();
  private readonly mountFiles = new Set<string>();
  private run: vscode.CancellationTokenSource | undefined;
  /** Bumped by every restart: reads of an earlier run are dropped. */
  private generation = 0;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private toldCapped = false;
  private indexState: IndexState = 'off';
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** The model changed (a file was set or deleted); fired once per burst. */
  readonly onDidChange: vscode.Event<void> = this.changed.event;
  /** Counts every change of the model: a cached answer from an older revision may be stale. */
  revision = 0;

  constructor(private readonly settings: () => PortLensSettings, private readonly indexSettings: () => IndexSettings) {
    this.model = createWorkspace(settings().checkOptions);
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.subscriptions.push(
      this.changed,
      watcher,
      watcher.onDidCreate((uri) => this.onDiskChange(uri, true)),
      watcher.onDidChange((uri) => this.onDiskChange(uri, false)),
      watcher.onDidDelete((uri) => this.onDiskDelete(uri)),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.restart()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.restart()),
    );
  }

  get workspace(): PortWorkspace {
    return this.model;
  }

  get state(): IndexState {
    return this.indexState;
  }

  pathOf(uri: vscode.Uri): string {
    return workspacePathOf(uri);
  }

  file(path: string): IndexedFile | undefined {
    return this.files.get(path);
  }

  /** Whether a path of the model is read for the rules but is not a port file: an application source beside a
   *  Dockerfile, a config file a compose service mounts, or a Home Assistant add-on's config, build file or script. */
  isSource(path: string): boolean {
    return this.codeFiles.has(path) || this.mountFiles.has(path) || this.addonFiles.has(path);
  }

  /** Whether a path is the config.* of a folder known as an add-on: the one source reported on (addonConfigPorts.ts
   *  puts findings there, as the command line does); by name, so that an edit dropping the slug for a moment does not
   *  make it stop being one. */
  isAddonConfig(path: string): boolean {
    const slash = path.lastIndexOf('/');
    return this.addonFolders.has(slash < 0 ? '' : path.slice(0, slash)) && (ADDON_CONFIG_NAMES as readonly string[]).includes(path.slice(slash + 1));
  }

  /** Feeds an open add-on config's text, once per version, as syncDocument does an open port file's (it has no
   *  format, so syncDocument is never asked): its findings follow the edits. Returns its path, or undefined when it
   *  is no add-on config, is over `portLens.maxFileSize` or lacks its slug (it is then left out of the model). */
  syncAddonConfig(document: vscode.TextDocument): string | undefined {
    const path = this.pathOf(document.uri);
    if (ignoredSchemes.has(document.uri.scheme) || !this.isAddonConfig(path)) return undefined;
    if (this.files.get(path)?.version === document.version && this.model.has(path)) return path;
    const text = document.getText();
    if (text.length > this.settings().maxFileSize || !isAddonFileText(path, text)) {
      if (this.files.has(path)) this.remove(path);
      return undefined;
    }
    this.loads.set(path, (this.loads.get(path) ?? 0) + 1);
    this.addonFiles.add(path);
    this.model.set(path, text);
    this.files.set(path, { uri: document.uri, lineStarts: lineStartsOf(text), version: document.version });
    this.touch();
    return path;
  }

  /** Forgets everything and starts again: at activation, and when what indexing covers changed. */
  restart(): void {
    this.run?.cancel();
    this.run = undefined;
    this.generation++;
    this.model = createWorkspace(this.settings().checkOptions);
    this.files.clear();
    this.indexed.clear();
    this.followed.clear();
    this.loads.clear();
    this.codeFolders.clear();
    this.codeFiles.clear();
    this.addonAsked.clear();
    this.addonFolders.clear();
    this.addonFiles.clear();
    this.codeQueued = false;
    this.mountSources.clear();
    this.mountFiles.clear();
    this.toldCapped = false;
    this.touch();
    const state: IndexState = !this.indexSettings().enabled ? 'off' : !vscode.workspace.isTrusted ? 'untrusted' : 'indexing';
    // Before the open documents are fed: whether the files beside them need following depends on it.
    this.setState(state);
    for (const document of vscode.workspace.textDocuments) {
      const format = documentFormat(document);
      if (format && !document.isClosed) this.syncDocument(document, format);
    }
    if (state === 'indexing') void this.indexAll();
  }

  /** New rule severities or ephemeral range: the model makes its findings again when asked. */
  configure(): void {
    this.model.configure(this.settings().checkOptions);
    this.touch();
  }

  /** Stops a running indexing; what was read so far stays. */
  stop(): void {
    if (!this.run) return;
    this.run.cancel();
  }

  /**
   * Feeds an open document's text, once per version. Returns its path, or undefined when it is over
   * `portLens.maxFileSize` (it is then left out of the model, like a file that is not there).
   */
  syncDocument(document: vscode.TextDocument, format: ConfigFormat): string | undefined {
    const path = this.pathOf(document.uri);
    const known = this.files.get(path);
    if (known?.version === document.version && this.model.has(path)) return path;
    const text = document.getText();
    if (text.length > this.settings().maxFileSize) {
      if (known) this.remove(path);
      return undefined;
    }
    this.loads.set(path, (this.loads.get(path) ?? 0) + 1);
    this.model.set(path, text, format);
    this.files.set(path, { uri: document.uri, lineStarts: lineStartsOf(text), version: document.version });
    this.touch();
    this.follow(document.uri);
    if (format === 'dockerfile' && this.isNewDockerfileFolder(path)) this.queueCodeSources();
    return path;
  }

  dispose(): void {
    this.run?.cancel();
    clearTimeout(this.changeTimer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  /** Whether indexing reads this file (so the files beside it need no following). */
  private covers(uri: vscode.Uri): boolean {
    return (this.indexState === 'indexing' || this.indexState === 'ready') && isInWorkspace(uri) && !isInSkippedFolder(uri);
  }

  private async indexAll(): Promise<void> {
    const source = new vscode.CancellationTokenSource();
    this.run = source;
    const generation = this.generation;
    let stopped = false;
    try {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Port Lens' }, async (progress) => {
        progress.report({ message: 'finding Compose files, Dockerfiles, nginx configs and .env files' });
        const { uris, capped } = await findPortFiles(this.indexSettings().maxFiles, source.token);
        if (capped) this.tellCapped();
        for (let i = 0; i < uris.length && !source.token.isCancellationRequested; i += READ_BATCH) {
          progress.report({ message: `indexing ports: ${i.toLocaleString('en-US')} of ${uris.length.toLocaleString('en-US')} files` });
          await Promise.all(uris.slice(i, i + READ_BATCH).map((uri) => this.load(uri, generation, true)));
        }
        stopped = source.token.isCancellationRequested;
        // Then the application sources beside the Dockerfiles found: indexing is ready once they are read.
        if (!stopped) {
          progress.report({ message: 'reading application sources beside Dockerfiles' });
          await this.feedCodeSources(generation, source.token);
          progress.report({ message: 'reading config files that Compose services mount' });
          await this.feedMountedConfigs(generation, source.token);
        }
      });
    } catch {
      // A search the workspace cannot answer: what was read stays, the watchers still add files.
    }
    if (this.generation !== generation) return;
    this.run = undefined;
    source.dispose();
    this.setState(stopped ? 'stopped' : 'ready');
  }

  /** Reads a file from disk into the model, unless the editor has it open (its text wins) or a newer
   *  load or a restart came meanwhile. Never rejects: a file that cannot be read is not there. */
  private async load(uri: vscode.Uri, generation: number, indexed: boolean): Promise<void> {
    const path = this.pathOf(uri);
    if (indexed) this.indexed.add(path);
    if (isOpen(uri)) return;
    const read = await this.readLatest(uri, path, generation);
    if (!read || isOpen(uri)) return;
    const { text } = read;
    // A file read for its content (any YAML file, a *.conf) that is none of ours is not kept.
    if (text === undefined || text.length > this.settings().maxFileSize || !isPortFile(uri, text)) {
      // An add-on's config.yaml or translations are YAML files of none of the formats: kept as the add-on's.
      if (text !== undefined && this.isAddonFile(path) && isAddonFileText(path, text) && this.addonFiles.size < MAX_ADDON_FILES) {
        this.addonFiles.add(path);
        this.keep(path, uri, text);
        return;
      }
      this.remove(path);
      return;
    }
    this.keep(path, uri, text);
    if (formatOf(path) === 'dockerfile' && this.isNewDockerfileFolder(path)) this.queueCodeSources();
  }

  /** Whether a Dockerfile's folder was not searched for sources or not asked whether it is an add-on yet. The second:
   *  a folder inside one searched already (a root Dockerfile's) may still be a new add-on. */
  private isNewDockerfileFolder(path: string): boolean {
    return codeSourceFolderOf(path, this.codeFolders) === undefined || !this.addonAsked.has(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
  }

  /** A Dockerfile read after indexing (a new one, or one opened outside the indexed folders): its folder's sources
   *  are read in the background. Never at activation, never per keystroke: a folder is searched once. */
  private queueCodeSources(): void {
    if (this.codeQueued || (this.indexState !== 'ready' && this.indexState !== 'stopped')) return;
    const source = new vscode.CancellationTokenSource();
    void this.feedCodeSources(this.generation, source.token).finally(() => source.dispose());
  }

  /** Reads the sources under the Dockerfile folders not searched yet (codeSources.ts), until none is left.
   *  Only in a trusted workspace whose indexing is on (the only states that get here). */
  private async feedCodeSources(generation: number, token: vscode.CancellationToken): Promise<void> {
    if (this.codeQueued) return;
    this.codeQueued = true;
    try {
      for (;;) {
        await this.feedAddons(generation, token);
        const pending = codeSourceFolders(this.dockerfileFolders().filter((folder) => codeSourceFolderOf(`${folder}/x`, this.codeFolders) === undefined));
        if (pending.length === 0 || this.generation !== generation || token.isCancellationRequested) return;
        for (const folder of pending) {
          this.codeFolders.add(folder);
          const uri = this.folderUri(folder);
          if (!uri) continue;
          let found: vscode.Uri[];
          try {
            found = await findCodeSources(uri, token);
          } catch {
            continue;
          }
          for (const code of found) {
            if (this.generation !== generation || token.isCancellationRequested || this.codeFiles.size >= MAX_CODE_FILES) return;
            await this.loadCode(code, generation);
          }
        }
      }
    } finally {
      if (this.generation === generation) this.codeQueued = false;
    }
  }

  /** Reads the files of the Dockerfile folders not asked yet that are Home Assistant add-ons (addonFiles.ts), as the
   *  command line reads them (src/cli/addonFiles.ts). A config.* written later into a folder asked already is not
   *  followed until the next restart (the rule is then quiet: without the config the folder is no add-on). */
  private async feedAddons(generation: number, token: vscode.CancellationToken): Promise<void> {
    for (const folder of this.dockerfileFolders()) {
      if (this.addonAsked.has(folder)) continue;
      this.addonAsked.add(folder);
      const uri = this.folderUri(folder);
      if (!uri) continue;
      let found: vscode.Uri[];
      try {
        if (!(await isAddonFolder(uri))) continue;
        this.addonFolders.add(folder);
        found = await findAddonFiles(uri, token);
      } catch {
        continue;
      }
      for (const file of found) {
        if (this.generation !== generation || token.isCancellationRequested || this.addonFiles.size >= MAX_ADDON_FILES) return;
        const path = this.pathOf(file);
        // Read already as a file of the formats or an application source.
        if (this.files.has(path) && !this.addonFiles.has(path)) continue;
        await this.loadAddonFile(file, generation);
      }
    }
  }

  /** Whether a path is a file of an add-on folder found, by the core's rule (by name; the text decides the rest). */
  private isAddonFile(path: string): boolean {
    for (const folder of this.addonFolders) {
      if (folder === '' || path.startsWith(`${folder}/`)) return isAddonFileBelow(folder === '' ? path : path.slice(folder.length + 1));
    }
    return false;
  }

  /** Reads an add-on file into the model (never reported on; addonPorts.ts reads it). */
  private async loadAddonFile(uri: vscode.Uri, generation: number): Promise<void> {
    const path = this.pathOf(uri);
    const read = await this.readLatest(uri, path, generation);
    if (!read) return;
    if (read.text === undefined || !isAddonFileText(path, read.text)) {
      if (this.addonFiles.has(path)) this.remove(path);
      return;
    }
    this.addonFiles.add(path);
    this.keep(path, uri, read.text);
  }

  /** Reads the files at the config mounts of the compose files in the model (PortWorkspace.mountedConfigSources) not
   *  read yet, as the command line reads them (src/cli/mountedFiles.ts): a file, or the files of a folder down to
   *  MOUNTED_CONFIG_LIMITS.depth. Once after indexing; a compose file loaded later is not followed until the next
   *  restart (the rule is then quiet: an unread mount names nothing). */
  private async feedMountedConfigs(generation: number, token: vscode.CancellationToken): Promise<void> {
    const pending = this.model.mountedConfigSources().filter((source) => !this.mountSources.has(source));
    for (const source of pending) {
      if (this.generation !== generation || token.isCancellationRequested) return;
      this.mountSources.add(source);
      const uri = uriOfWorkspacePath(source);
      if (!uri) continue;
      const visit = async (at: vscode.Uri, path: string, depth: number): Promise<void> => {
        if (this.mountFiles.size >= MOUNTED_CONFIG_LIMITS.files || this.generation !== generation || token.isCancellationRequested) return;
        let type: vscode.FileType;
        try {
          type = (await vscode.workspace.fs.stat(at)).type;
        } catch {
          return;
        }
        if (type & vscode.FileType.Directory) {
          if (depth > MOUNTED_CONFIG_LIMITS.depth) return;
          let entries: [string, vscode.FileType][];
          try {
            entries = await vscode.workspace.fs.readDirectory(at);
          } catch {
            return;
          }
          entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
          for (const [name] of entries) await visit(vscode.Uri.joinPath(at, name), `${path}/${name}`, depth + 1);
        } else if ((type & vscode.FileType.File) && !this.files.has(path) && !this.model.has(path)) {
          await this.loadMounted(at, path, generation);
        }
      };
      await visit(uri, source, 0);
    }
  }

  /** Reads a mounted config file into the model (never reported on; the compose rules read it). */
  private async loadMounted(uri: vscode.Uri, path: string, generation: number): Promise<void> {
    const read = await this.readLatest(uri, path, generation);
    if (!read || read.text === undefined || read.text.length > MOUNTED_CONFIG_LIMITS.characters || read.text.includes('\0')) return;
    this.mountFiles.add(path);
    this.keep(path, uri, read.text);
  }

  /** The folders of the Dockerfiles in the model, as `/`-paths of the Dockerfiles' folders ('' for a root). */
  private dockerfileFolders(): string[] {
    const folders = new Set<string>();
    for (const path of this.model.paths()) {
      if (path.startsWith('../') || !this.files.has(path) || formatOf(path) !== 'dockerfile') continue;
      folders.add(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
    }
    return [...folders];
  }

  /** The folder a model path names, from a file known there. */
  private folderUri(folder: string): vscode.Uri | undefined {
    for (const [path, file] of this.files) {
      if ((folder === '' ? !path.includes('/') : path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes('/'))) return vscode.Uri.joinPath(file.uri, '..');
    }
    return undefined;
  }

  /** Whether a path is an application source the index reads: below a searched Dockerfile folder, by the core's rule. */
  private isCodeSource(path: string): boolean {
    if (codeLanguageOf(path) === undefined) return false;
    const folder = codeSourceFolderOf(path, this.codeFolders);
    return folder !== undefined && isCodeSourceBelow(folder === '' ? path : path.slice(folder.length + 1));
  }

  /** Reads an application source into the model (never reported on; the Dockerfile rules read it). */
  private async loadCode(uri: vscode.Uri, generation: number): Promise<void> {
    const path = this.pathOf(uri);
    const read = await this.readLatest(uri, path, generation);
    if (!read) return;
    const { text } = read;
    if (text === undefined || text.length > CODE_SOURCE_LIMITS.characters) {
      this.remove(path);
      return;
    }
    this.codeFiles.add(path);
    this.keep(path, uri, text);
  }

  /** Reads a file's text from disk as its path's newest load: undefined when a newer load of the path or a restart
   *  came while it was read (the text is stale), `text` undefined when the file cannot be read. */
  private async readLatest(uri: vscode.Uri, path: string, generation: number): Promise<{ text: string | undefined } | undefined> {
    const load = (this.loads.get(path) ?? 0) + 1;
    this.loads.set(path, load);
    let text: string | undefined;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      text = undefined;
    }
    return this.generation === generation && this.loads.get(path) === load ? { text } : undefined;
  }

  /** Puts a file's text into the model. */
  private keep(path: string, uri: vscode.Uri, text: string): void {
    this.model.set(path, text);
    this.files.set(path, { uri, lineStarts: lineStartsOf(text) });
    this.touch();
  }

  private remove(path: string): void {
    this.indexed.delete(path);
    this.codeFiles.delete(path);
    this.addonFiles.delete(path);
    this.mountFiles.delete(path);
    this.loads.set(path, (this.loads.get(path) ?? 0) + 1);
    if (!this.files.delete(path) && !this.model.has(path)) return;
    this.model.delete(path);
    this.touch();
  }

  private async onDiskChange(uri: vscode.Uri, created: boolean): Promise<void> {
    const generation = this.generation;
    // A mounted config file read for the compose rules: read again when it changes.
    if (this.mountFiles.has(this.pathOf(uri))) {
      await this.loadMounted(uri, this.pathOf(uri), generation);
      return;
    }
    // An application source: read from disk when saved (an open one too: the model takes sources from disk only).
    if (this.isCodeSource(this.pathOf(uri))) {
      if (this.codeFiles.has(this.pathOf(uri)) || this.codeFiles.size < MAX_CODE_FILES) await this.loadCode(uri, generation);
      return;
    }
    // An add-on's file that no format reads by its name (a `run` script, a .sh): read from disk when saved.
    if (!mayBePortFile(uri) && this.isAddonFile(this.pathOf(uri))) {
      if (this.addonFiles.has(this.pathOf(uri)) || this.addonFiles.size < MAX_ADDON_FILES) await this.loadAddonFile(uri, generation);
      return;
    }
    if (isOpen(uri) || isInSkippedFolder(uri)) return;
    if (!mayBePortFile(uri)) {
      // A folder moved or copied in brings its files with one event.
      if (created && this.covers(uri)) await this.indexFolder(uri, generation);
      return;
    }
    const path = this.pathOf(uri);
    if (this.covers(uri)) {
      if (!this.indexed.has(path) && (this.indexed.size >= this.indexSettings().maxFiles || isExcludedByFilesExclude(uri))) return;
      await this.load(uri, generation, true);
    } else if (this.isFollowedFolder(uri)) {
      this.followed.get(folderOf(uri)!.toString())!.add(path);
      await this.load(uri, generation, false);
    }
  }

  private onDiskDelete(uri: vscode.Uri): void {
    if (isOpen(uri)) return;
    const path = this.pathOf(uri);
    this.remove(path);
    // A deleted folder takes its files with it, in one event.
    const prefix = `${path}/`;
    for (const known of [...this.files.keys()]) {
      if (known.startsWith(prefix) && !isOpen(this.files.get(known)!.uri)) this.remove(known);
    }
  }

  private async indexFolder(folder: vscode.Uri, generation: number): Promise<void> {
    try {
      const stat = await vscode.workspace.fs.stat(folder);
      if (stat.type !== vscode.FileType.Directory) return;
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'), '**/{node_modules,.git}/**', this.indexSettings().maxFiles);
      for (const uri of found) {
        if (!mayBePortFile(uri) || isInSkippedFolder(uri) || isExcludedByFilesExclude(uri) || this.indexed.size >= this.indexSettings().maxFiles) continue;
        await this.load(uri, generation, true);
      }
    } catch {
      // Gone again, or not searchable.
    }
  }

  /** An open document that indexing does not cover: read the port files beside it, as docker compose reads
   *  the `.env` and the override file beside a compose file. */
  private follow(uri: vscode.Uri): void {
    if (this.covers(uri)) return;
    const folder = folderOf(uri);
    if (!folder) return;
    const key = folder.toString();
    if (this.followed.has(key)) return;
    const paths = new Set<string>();
    this.followed.set(key, paths);
    const generation = this.generation;
    void (async () => {
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(folder);
      } catch {
        return;
      }
      for (const [name, type] of entries) {
        const beside = vscode.Uri.joinPath(folder, name);
        if (type !== vscode.FileType.File || !mayBePortFile(beside) || this.followed.get(key) !== paths) continue;
        paths.add(this.pathOf(beside));
        await this.load(beside, generation, false);
      }
    })();
  }

  private isFollowedFolder(uri: vscode.Uri): boolean {
    const folder = folderOf(uri);
    return folder !== undefined && this.followed.has(folder.toString());
  }

  private closed(document: vscode.TextDocument): void {
    const path = this.pathOf(document.uri);
    if (this.files.get(path)?.version === undefined) return;
    const folder = folderOf(document.uri);
    const folderKey = folder?.toString();
    const followedPaths = folderKey === undefined ? undefined : this.followed.get(folderKey);
    const stillOpenBeside = folderKey !== undefined && vscode.workspace.textDocuments.some(
      (other) => other !== document && !other.isClosed && documentFormat(other) && folderOf(other.uri)?.toString() === folderKey,
    );
    if (followedPaths && !stillOpenBeside) {
      // Nothing open there any more: forget the folder (read afresh when a document there opens again).
      this.followed.delete(folderKey!);
      for (const beside of [...followedPaths, path]) if (!this.indexed.has(beside)) this.remove(beside);
      if (!this.indexed.has(path)) return;
    }
    // Closing drops unsaved edits: what counts again is the file on disk, if it is one the index reads.
    if (this.indexed.has(path)) void this.load(document.uri, this.generation, true);
    else if (followedPaths?.has(path)) void this.load(document.uri, this.generation, false);
    // An add-on config fed from its editor (syncAddonConfig): the disk's text counts again.
    else if (this.isAddonConfig(path)) void this.loadAddonFile(document.uri, this.generation);
    else this.remove(path);
  }

  private setState(state: IndexState): void {
    this.indexState = state;
    void vscode.commands.executeCommand('setContext', 'portLens.index', state);
  }

  private tellCapped(): void {
    if (this.toldCapped) return;
    this.toldCapped = true;
    const limit = this.indexSettings().maxFiles;
    const action = 'Raise the Limit';
    void vscode.window
      .showInformationMessage(`Port Lens indexed the first ${limit.toLocaleString('en-US')} Compose files, Dockerfiles, nginx configs and .env files of this workspace (portLens.index.maxFiles): the rest are read only when opened.`, action)
      .then((choice) => {
        if (choice === action) void vscode.commands.executeCommand('workbench.action.openSettings', 'portLens.index.maxFiles');
      });
  }

  private touch(): void {
    this.revision++;
    if (this.changeTimer !== undefined) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.changed.fire();
    }, CHANGE_DELAY_MS);
  }
}

/** Views of a file's history or of tool output are not the file being edited: checking them would report
 *  every problem twice. */
const ignoredSchemes = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'review', 'pr']);

export function documentFormat(document: vscode.TextDocument): ConfigFormat | undefined {
  if (ignoredSchemes.has(document.uri.scheme)) return undefined;
  const format = formatOf(document.uri.path, document.languageId);
  if (format) return format;
  // The text decides only where the name and the language id do not (a `gotify.yaml`, a manifest, in the yaml
  // language), and is read only for names or languages that may hold one of ours.
  const mayBe = document.languageId === 'yaml' || mayBeDetectedByContent(document.uri.path);
  return mayBe ? formatOf(document.uri.path, document.languageId, document.getText()) : undefined;
}

/** A file of a format by its name, or one whose content decides (any YAML file): worth reading. */
function mayBePortFile(uri: vscode.Uri): boolean {
  return formatOf(uri.path) !== undefined || mayBeDetectedByContent(uri.path);
}

function isPortFile(uri: vscode.Uri, text: string): boolean {
  return formatOf(uri.path, undefined, text) !== undefined;
}

function isOpen(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.workspace.textDocuments.some((document) => !document.isClosed && document.uri.toString() === key);
}
