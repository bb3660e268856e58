// Commands over the workspace index: stop a long indexing run, or read the workspace again.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspaceIndex';

export function registerIndexCommands(index: WorkspaceIndex): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('portLens.index.stop', () => index.stop()),
    vscode.commands.registerCommand('portLens.index.rebuild', () => index.restart()),
  );
}
