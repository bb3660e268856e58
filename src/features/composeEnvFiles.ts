// The variables of the `.env` file beside each compose file, which Compose interpolates the file with. Kept
// per folder, read once and then followed: edits in the editor, and changes on disk in the workspace.
import * as vscode from 'vscode';
import { dotenvVariables } from '../core';
import type { PortLensSettings } from './settings';

const ENV_FILE_NAME = '.env';
const noVariables: ReadonlyMap<string, string> = new Map();

/** The folder a document is in: its URI without the file name; undefined for a document with no folder
 *  (an untitled one), which Compose would interpolate from the folder it is run in, unknown here. */
export function folderOf(uri: vscode.Uri): vscode.Uri | undefined {
  if (uri.scheme === 'untitled') return undefined;
  const slash = uri.path.lastIndexOf('/');
  if (slash < 0) return undefined;
  return uri.with({ path: uri.path.slice(0, slash) || '/', query: '', fragment: '' });
}

function isEnvFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${ENV_FILE_NAME}`);
}

interface FollowedFolder {
  uri: vscode.Uri;
  /** Counts loads, so that a disk read that lands after a newer load is dropped. */
  generation: number;
  /** The variables last read; undefined until the first read lands. */
  variables?: ReadonlyMap<string, string>;
}

export class ComposeEnvFiles implements vscode.Disposable {
  /** Per folder (its URI as a string), once a compose document in it asked for its variables. */
  private readonly folders = new Map<string, FollowedFolder>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** A folder whose variables were read for the first time or now differ from before. */
  readonly onDidChange: vscode.Event<vscode.Uri> = this.changed.event;

  constructor(private readonly settings: () => PortLensSettings) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${ENV_FILE_NAME}`);
    this.subscriptions.push(
      this.changed,
      watcher,
      watcher.onDidCreate((uri) => this.reloadEnvFile(uri)),
      watcher.onDidChange((uri) => this.reloadEnvFile(uri)),
      watcher.onDidDelete((uri) => this.reloadEnvFile(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => this.reloadEnvFile(event.document.uri)),
      vscode.workspace.onDidOpenTextDocument((document) => this.reloadEnvFile(document.uri)),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
    );
  }

  /**
   * The variables of the `.env` beside the document, or undefined while they are being read for the first
   * time (`onDidChange` fires for the folder once they are) and for a document with no folder.
   */
  variablesFor(document: vscode.TextDocument): ReadonlyMap<string, string> | undefined {
    const folder = folderOf(document.uri);
    if (!folder) return undefined;
    const key = folder.toString();
    let followed = this.folders.get(key);
    if (!followed) {
      followed = { uri: folder, generation: 0 };
      this.folders.set(key, followed);
      this.load(followed);
    }
    return followed.variables;
  }

  /** Rereads every followed `.env`, e.g. after `portLens.maxFileSize` changed. */
  reloadAll(): void {
    for (const followed of this.folders.values()) this.load(followed);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.folders.clear();
  }

  /** Only folders a compose document asked for are followed: a `.env` elsewhere is nobody's business. */
  private reloadEnvFile(uri: vscode.Uri): void {
    if (!isEnvFile(uri)) return;
    const folder = folderOf(uri);
    const followed = folder && this.folders.get(folder.toString());
    if (followed) this.load(followed);
  }

  private closed(document: vscode.TextDocument): void {
    const folder = folderOf(document.uri);
    if (!folder) return;
    const key = folder.toString();
    if (!this.folders.has(key)) return;
    // Nothing open there any more: stop following it, so that a `.env` outside the workspace (which the
    // watcher does not see) is read afresh when a compose file there is opened again.
    const stillOpen = vscode.workspace.textDocuments.some((other) => other !== document && !other.isClosed && folderOf(other.uri)?.toString() === key);
    if (!stillOpen) this.folders.delete(key);
    // Closing the .env drops its unsaved edits: what counts again is the file on disk.
    else this.reloadEnvFile(document.uri);
  }

  private load(followed: FollowedFolder): void {
    const generation = ++followed.generation;
    const envUri = vscode.Uri.joinPath(followed.uri, ENV_FILE_NAME);
    const envKey = envUri.toString();
    // Unsaved edits in the editor count: they are what the file will hold.
    const open = vscode.workspace.textDocuments.find((document) => !document.isClosed && document.uri.toString() === envKey);
    if (open) {
      this.update(followed, this.parse(open.getText()));
      return;
    }
    void this.read(envUri).then((variables) => {
      // A newer load started meanwhile (an edit, another change on disk), or the folder was dropped.
      if (followed.generation === generation && this.folders.get(followed.uri.toString()) === followed) this.update(followed, variables);
    });
  }

  /** Never rejects: no .env (the usual case) or an unreadable one means Compose has only the shell's. */
  private async read(envUri: vscode.Uri): Promise<ReadonlyMap<string, string>> {
    try {
      return this.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(envUri)));
    } catch {
      return noVariables;
    }
  }

  /** Never throws: a file over `portLens.maxFileSize` characters, or text the parser trips on, gives none. */
  private parse(text: string): ReadonlyMap<string, string> {
    if (text.length > this.settings().maxFileSize) return noVariables;
    try {
      return dotenvVariables(text);
    } catch {
      return noVariables;
    }
  }

  private update(followed: FollowedFolder, variables: ReadonlyMap<string, string>): void {
    if (followed.variables && sameVariables(followed.variables, variables)) return;
    followed.variables = variables;
    this.changed.fire(followed.uri);
  }
}

function sameVariables(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, value] of a) {
    if (b.get(name) !== value) return false;
  }
  return true;
}
