// Files beside a document that change what the document means (Compose's `.env`, a compose file's override):
// per folder, read once and then followed: edits in the editor, and changes on disk in the workspace.
import * as vscode from 'vscode';
import type { PortLensSettings } from './settings';

/** A file found beside a document: its name and its text (unsaved edits included). */
export interface FileBeside {
  name: string;
  text: string;
}

export interface FilesBesideOptions<T> {
  /** Every name this follower may look for, so that only those files' events are heeded. */
  names: readonly string[];
  /** The names to look for beside a document, in order (the first that exists counts); undefined for a
   *  document that has none. */
  candidatesFor(documentName: string): readonly string[] | undefined;
  /** What the file means; `undefined` when none of the candidates exists or it is too large. Never throws. */
  valueOf(file: FileBeside | undefined): T;
  same(a: T, b: T): boolean;
}

/** The folder a document is in: its URI without the file name; undefined for a document with no folder
 *  (an untitled one), whose neighbours are unknown. */
export function folderOf(uri: vscode.Uri): vscode.Uri | undefined {
  if (uri.scheme === 'untitled') return undefined;
  const slash = uri.path.lastIndexOf('/');
  if (slash < 0) return undefined;
  return uri.with({ path: uri.path.slice(0, slash) || '/', query: '', fragment: '' });
}

function nameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

interface Followed<T> {
  folder: vscode.Uri;
  candidates: readonly string[];
  /** Counts loads, so that a disk read that lands after a newer load is dropped. */
  generation: number;
  /** Set once the first read lands. */
  read?: { value: T };
}

export class FilesBeside<T> implements vscode.Disposable {
  /** Per folder (its URI as a string), then per list of candidates, once a document there asked. */
  private readonly folders = new Map<string, Map<string, Followed<T>>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** A folder where a followed file was read for the first time or now means something else. */
  readonly onDidChange: vscode.Event<vscode.Uri> = this.changed.event;

  constructor(private readonly settings: () => PortLensSettings, private readonly options: FilesBesideOptions<T>) {
    const names = options.names;
    const watcher = vscode.workspace.createFileSystemWatcher(names.length === 1 ? `**/${names[0]}` : `**/{${names.join(',')}}`);
    this.subscriptions.push(
      this.changed,
      watcher,
      watcher.onDidCreate((uri) => this.reloadFile(uri)),
      watcher.onDidChange((uri) => this.reloadFile(uri)),
      watcher.onDidDelete((uri) => this.reloadFile(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => this.reloadFile(event.document.uri)),
      vscode.workspace.onDidOpenTextDocument((document) => this.reloadFile(document.uri)),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
    );
  }

  /**
   * What the file beside the document means, or undefined while it is being read for the first time
   * (`onDidChange` fires for the folder once it is), for a document with no folder and for one that has no
   * candidates.
   */
  valueFor(document: vscode.TextDocument): T | undefined {
    const folder = folderOf(document.uri);
    const candidates = folder && this.options.candidatesFor(nameOf(document.uri));
    if (!folder || !candidates || candidates.length === 0) return undefined;
    const folderKey = folder.toString();
    let inFolder = this.folders.get(folderKey);
    if (!inFolder) this.folders.set(folderKey, (inFolder = new Map()));
    const key = candidates.join('/');
    let followed = inFolder.get(key);
    if (!followed) {
      followed = { folder, candidates, generation: 0 };
      inFolder.set(key, followed);
      this.load(followed);
    }
    return followed.read?.value;
  }

  /** Rereads every followed file, e.g. after `portLens.maxFileSize` changed. */
  reloadAll(): void {
    for (const inFolder of this.folders.values()) {
      for (const followed of inFolder.values()) this.load(followed);
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.folders.clear();
  }

  /** Only folders a document asked about are followed: the same name elsewhere is nobody's business. */
  private reloadFile(uri: vscode.Uri): void {
    const name = nameOf(uri);
    if (!this.options.names.includes(name)) return;
    const folder = folderOf(uri);
    const inFolder = folder && this.folders.get(folder.toString());
    if (!inFolder) return;
    for (const followed of inFolder.values()) {
      if (followed.candidates.includes(name)) this.load(followed);
    }
  }

  private closed(document: vscode.TextDocument): void {
    const folder = folderOf(document.uri);
    if (!folder) return;
    const key = folder.toString();
    if (!this.folders.has(key)) return;
    // Nothing open there any more: stop following it, so that a file outside the workspace (which the
    // watcher does not see) is read afresh when a document there is opened again.
    const stillOpen = vscode.workspace.textDocuments.some((other) => other !== document && !other.isClosed && folderOf(other.uri)?.toString() === key);
    if (!stillOpen) this.folders.delete(key);
    // Closing a followed file drops its unsaved edits: what counts again is the file on disk.
    else this.reloadFile(document.uri);
  }

  private load(followed: Followed<T>): void {
    const generation = ++followed.generation;
    const settle = (file: FileBeside | undefined): void => {
      // A newer load started meanwhile (an edit, another change on disk), or the folder was dropped.
      if (followed.generation !== generation || !this.isFollowed(followed)) return;
      this.update(followed, this.valueOf(file));
    };
    // The usual case answers at once: the first candidate is open in the editor.
    const open = this.openText(followed.folder, followed.candidates[0]);
    if (open !== undefined) settle({ name: followed.candidates[0], text: open });
    else void this.find(followed).then(settle);
  }

  /** The first candidate that exists, open in the editor (unsaved edits count: they are what the file will
   *  hold) or on disk. Never rejects: a missing or unreadable file is not there. */
  private async find(followed: Followed<T>): Promise<FileBeside | undefined> {
    for (const name of followed.candidates) {
      const open = this.openText(followed.folder, name);
      if (open !== undefined) return { name, text: open };
      try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(followed.folder, name));
        return { name, text: new TextDecoder().decode(bytes) };
      } catch {
        // Not there: try the next name.
      }
    }
    return undefined;
  }

  private openText(folder: vscode.Uri, name: string): string | undefined {
    const key = vscode.Uri.joinPath(folder, name).toString();
    return vscode.workspace.textDocuments.find((document) => !document.isClosed && document.uri.toString() === key)?.getText();
  }

  /** A file over `portLens.maxFileSize` characters counts as absent, like the documents it would explain. */
  private valueOf(file: FileBeside | undefined): T {
    const withinLimit = file && file.text.length <= this.settings().maxFileSize ? file : undefined;
    try {
      return this.options.valueOf(withinLimit);
    } catch {
      return this.options.valueOf(undefined);
    }
  }

  private isFollowed(followed: Followed<T>): boolean {
    return this.folders.get(followed.folder.toString())?.get(followed.candidates.join('/')) === followed;
  }

  private update(followed: Followed<T>, value: T): void {
    if (followed.read && this.options.same(followed.read.value, value)) return;
    followed.read = { value };
    this.changed.fire(followed.folder);
  }
}
