// Go to Definition (F12) on a target port (`proxy_pass http://web:3000`, `DATABASE_URL=postgres://db:5432/…`):
// where the target container's port is declared, as the workspace model resolves the target.
import * as vscode from 'vscode';
import type { DocumentAnalyses } from './documentAnalyses';
import type { WorkspaceIndex } from './workspaceIndex';
import { toLocation } from './workspaceLocations';

export function registerDefinition(selector: vscode.DocumentSelector, analyses: DocumentAnalyses, index: WorkspaceIndex): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(selector, {
    provideDefinition(document, position) {
      const outcome = analyses.analyse(document);
      if (outcome.kind !== 'analysed') return [];
      return index.workspace.definition(outcome.result.path, document.offsetAt(position))
        .map((place) => toLocation(index, place))
        .filter((location): location is vscode.Location => location !== undefined);
    },
  });
}
