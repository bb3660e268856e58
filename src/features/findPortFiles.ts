// Finds the files of the five formats in the workspace folders, as indexing starts: `workspace.findFiles`
// (which works in VS Code for the web too), honouring `files.exclude` and skipping dependencies and
// version-control folders. The name decides in the end (`formatOf`), as it does for open documents.
import * as vscode from 'vscode';
import { formatOf, mayBeDetectedByContent } from '../core';
import { contentFilePatterns, portFilePatterns } from './documentSelector';
import { isInSkippedFolder } from './workspacePaths';

/** A string exclude keeps `files.exclude` in force (only `null` turns it off), and adds these. */
const EXCLUDE = '**/{node_modules,.git}/**';

export interface FoundFiles {
  uris: vscode.Uri[];
  /** More files matched than the cap: only the first `cap` (by path) are returned. */
  capped: boolean;
}

export async function findPortFiles(cap: number, token: vscode.CancellationToken): Promise<FoundFiles> {
  // One search per pattern: VS Code's globs do not nest braces. One more than the cap, to know whether it cut.
  const searches = [...portFilePatterns, ...contentFilePatterns].map((pattern) => vscode.workspace.findFiles(pattern, EXCLUDE, cap + 1, token));
  const seen = new Set<string>();
  const uris: vscode.Uri[] = [];
  let capped = false;
  for (const found of await Promise.all(searches)) {
    if (found.length > cap) capped = true;
    for (const uri of found) {
      const key = uri.toString();
      if (seen.has(key) || isInSkippedFolder(uri) || (!formatOf(uri.path) && !mayBeDetectedByContent(uri.path))) continue;
      seen.add(key);
      uris.push(uri);
    }
  }
  uris.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (uris.length > cap) capped = true;
  return { uris: uris.slice(0, cap), capped };
}
