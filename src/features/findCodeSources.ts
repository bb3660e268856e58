// Finds the application sources under a Dockerfile's folder for the workspace index, by the core's rule
// (codeSources.ts: the languages it reads, the folders it skips, how many per folder), with the editor's file
// search so that it works in VS Code for the web too. Asked once per folder, after indexing, never at activation.
import * as vscode from 'vscode';
import { CODE_SOURCE_LIMITS, isCodeSourceBelow } from '../core';

/** One search per pattern, as in findPortFiles.ts: VS Code's globs do not nest braces. */
const PATTERNS = ['**/*.{js,mjs,cjs,ts,mts,cts,py,go}', '**/bin/www'];
const EXCLUDE = '**/{node_modules,.git,vendor}/**';
/** Skipped folders (tests, browser code) may hold many matches; search past them, then keep the first by path. */
const SEARCH_CAP = CODE_SOURCE_LIMITS.filesPerFolder * 10;

export async function findCodeSources(folder: vscode.Uri, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const prefix = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  const found = await Promise.all(PATTERNS.map((pattern) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), EXCLUDE, SEARCH_CAP, token)));
  const seen = new Set<string>();
  const uris: vscode.Uri[] = [];
  for (const uri of found.flat()) {
    const key = uri.toString();
    if (seen.has(key) || !uri.path.startsWith(prefix) || !isCodeSourceBelow(uri.path.slice(prefix.length))) continue;
    seen.add(key);
    uris.push(uri);
  }
  uris.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return uris.slice(0, CODE_SOURCE_LIMITS.filesPerFolder);
}
