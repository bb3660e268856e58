// Finds the files of a Home Assistant add-on for the workspace index, by the core's rule (addonFiles.ts: a
// Dockerfile folder whose config.{json,yaml,yml} has a `slug`; its text files by name, how many per folder), with
// the editor's file system and file search so that it works in VS Code for the web too. Asked once per Dockerfile
// folder, after indexing, never at activation.
import * as vscode from 'vscode';
import { ADDON_CONFIG_NAMES, ADDON_FILE_LIMITS, isAddonConfigText, isAddonFileBelow } from '../core';

const EXCLUDE = '**/{node_modules,.git}/**';
/** Files the rule does not take (images, a changelog) may be many: search past them, then keep the first by path. */
const SEARCH_CAP = ADDON_FILE_LIMITS.filesPerFolder * 10;

/** Whether the folder holds an add-on's config. */
export async function isAddonFolder(folder: vscode.Uri): Promise<boolean> {
  for (const name of ADDON_CONFIG_NAMES) {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name));
      if (bytes.length <= ADDON_FILE_LIMITS.characters && isAddonConfigText(new TextDecoder().decode(bytes))) return true;
    } catch {
      // Not there: the next name.
    }
  }
  return false;
}

/** The files of the add-on in `folder` the rule reads by name, sorted, at most the rule's count. */
export async function findAddonFiles(folder: vscode.Uri, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const prefix = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'), EXCLUDE, SEARCH_CAP, token);
  const uris = found.filter((uri) => uri.path.startsWith(prefix) && isAddonFileBelow(uri.path.slice(prefix.length)));
  uris.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return uris.slice(0, ADDON_FILE_LIMITS.filesPerFolder);
}
