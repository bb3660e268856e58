// The workspace model names files by `/`-separated paths relative to the workspace root; the editor by URIs.
// This is the one place that turns one into the other.
import * as vscode from 'vscode';

/**
 * A file of the (single) workspace folder is its path relative to that folder (`nginx/nginx.conf`); with several
 * folders the folder's name comes first (`shop/compose.yaml`). A document outside every folder (an untitled
 * one, a file opened from elsewhere) is placed above the root (`../file/tmp/x/compose.yaml`): the model keeps
 * such paths apart from the workspace's own files, while documents of one outside folder still see each other.
 */
export function workspacePathOf(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (folder) {
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    const relative = uri.path.startsWith(base) ? uri.path.slice(base.length) : uri.path.replace(/^\/+/, '');
    const folders = vscode.workspace.workspaceFolders ?? [];
    return folders.length > 1 ? `${folder.name}/${relative}` : relative;
  }
  if (uri.scheme === 'untitled') {
    // Its own folder: two untitled documents are not files beside each other.
    return `../untitled/${encodeURIComponent(uri.path)}/${uri.path.split('/').pop() ?? 'untitled'}`;
  }
  return `../${uri.scheme}/${encodeURIComponent(uri.authority)}${uri.path}`;
}

/** The URI of a workspace path (the inverse of workspacePathOf for the workspace's own files); undefined for a path
 *  above the root or naming no folder. */
export function uriOfWorkspacePath(path: string): vscode.Uri | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (path.startsWith('../') || folders.length === 0) return undefined;
  if (folders.length === 1) return vscode.Uri.joinPath(folders[0].uri, ...path.split('/'));
  const [name, ...rest] = path.split('/');
  const folder = folders.find((candidate) => candidate.name === name);
  return folder && rest.length > 0 ? vscode.Uri.joinPath(folder.uri, ...rest) : undefined;
}

/** Whether a URI lies in one of the workspace folders (and so is found by indexing and seen by the watcher). */
export function isInWorkspace(uri: vscode.Uri): boolean {
  return vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

/** Segments no indexing enters: dependencies and version-control internals hold other people's configs. */
const skippedFolders = new Set(['node_modules', '.git']);

export function isInSkippedFolder(uri: vscode.Uri): boolean {
  const segments = uri.path.split('/');
  segments.pop();
  return segments.some((segment) => skippedFolders.has(segment));
}

/** The folder a document is in (its URI without the file name); undefined for an untitled document. */
export function folderOf(uri: vscode.Uri): vscode.Uri | undefined {
  if (uri.scheme === 'untitled') return undefined;
  const slash = uri.path.lastIndexOf('/');
  if (slash < 0) return undefined;
  return uri.with({ path: uri.path.slice(0, slash) || '/', query: '', fragment: '' });
}

// Whether `files.exclude` hides a file that the watcher reports (indexing's search applies it by itself). Only
// plain names are understood: a name anywhere (`**/dist`), a path from the root (`build/generated`), either with
// a trailing `/**`. A file hidden by another form is indexed all the same: a little memory, never a wrong answer.
export function isExcludedByFilesExclude(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const excludes = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude') ?? {};
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  const relative = uri.path.startsWith(base) ? uri.path.slice(base.length) : uri.path;
  const segments = relative.split('/');
  for (const [pattern, enabled] of Object.entries(excludes)) {
    if (enabled !== true) continue;
    const anywhere = pattern.startsWith('**/');
    const written = (anywhere ? pattern.slice(3) : pattern).replace(/\/\*\*$/, '').replace(/\/$/, '');
    if (written === '' || /[*?[\]{}!]/.test(written)) continue;
    const parts = written.split('/');
    for (let at = 0; at + parts.length <= segments.length; at++) {
      if (parts.every((part, i) => segments[at + i] === part)) return true;
      if (!anywhere) break;
    }
  }
  return false;
}
