// Find All References (Shift+F12) and document highlights on a port: the mentions across the workspace that
// refer to the same socket (nginx `web:3000`, compose `web`'s `expose: 3000`, the Dockerfile's `EXPOSE 3000`,
// `PORT=3000`), as the workspace model links them.
import * as vscode from 'vscode';
import type { DocumentAnalyses } from './documentAnalyses';
import type { WorkspaceIndex } from './workspaceIndex';
import { toLocation } from './workspaceLocations';

export function registerReferences(selector: vscode.DocumentSelector, analyses: DocumentAnalyses, index: WorkspaceIndex): vscode.Disposable {
  const referencesAt = (document: vscode.TextDocument, position: vscode.Position): vscode.Location[] => {
    const outcome = analyses.analyse(document);
    if (outcome.kind !== 'analysed') return [];
    const places = index.workspace.references(outcome.result.path, document.offsetAt(position));
    return places.map((place) => toLocation(index, place)).filter((location): location is vscode.Location => location !== undefined);
  };

  return vscode.Disposable.from(
    vscode.languages.registerReferenceProvider(selector, {
      provideReferences(document, position, context) {
        const locations = referencesAt(document, position);
        if (context.includeDeclaration) return locations;
        // Without declarations: leave out where the port under the cursor is declared (its definition).
        const outcome = analyses.analyse(document);
        if (outcome.kind !== 'analysed') return locations;
        const declared = index.workspace.definition(outcome.result.path, document.offsetAt(position))
          .map((place) => toLocation(index, place))
          .filter((location): location is vscode.Location => location !== undefined);
        return locations.filter((location) => !declared.some((d) => d.uri.toString() === location.uri.toString() && d.range.isEqual(location.range)));
      },
    }),
    vscode.languages.registerDocumentHighlightProvider(selector, {
      provideDocumentHighlights(document, position) {
        const key = document.uri.toString();
        return referencesAt(document, position)
          .filter((location) => location.uri.toString() === key)
          .map((location) => new vscode.DocumentHighlight(location.range, vscode.DocumentHighlightKind.Text));
      },
    }),
  );
}
