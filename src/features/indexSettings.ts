// The `portLens.index.*` settings: whether the workspace is read in the background, and how much of it.
// Editor-only (the command line reads what it is given), so they are read here rather than with the checks'.
import * as vscode from 'vscode';

export interface IndexSettings {
  /** Read the workspace's files in the background (cross-file checks, the Ports view, references). */
  enabled: boolean;
  /** At most this many files are indexed. */
  maxFiles: number;
}

export function readIndexSettings(): IndexSettings {
  const config = vscode.workspace.getConfiguration('portLens.index');
  const maxFiles = Number(config.get<unknown>('maxFiles', 5000));
  return {
    enabled: config.get<unknown>('enabled', true) !== false,
    maxFiles: Number.isFinite(maxFiles) && maxFiles >= 0 ? Math.floor(maxFiles) : 5000,
  };
}
