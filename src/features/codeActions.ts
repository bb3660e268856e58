// Quick fixes: each fix a finding carries becomes a code action on its diagnostic, the likely one preferred.
import * as vscode from 'vscode';
import type { Finding, FindingFix } from '../core';
import type { DocumentAnalyses } from './documentAnalyses';

export function registerCodeActions(selector: vscode.DocumentSelector, analyses: DocumentAnalyses): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(selector, {
    provideCodeActions(document, range, context) {
      const outcome = analyses.analyse(document);
      if (outcome.kind !== 'analysed') return [];
      const actions: vscode.CodeAction[] = [];
      for (const finding of outcome.result.analysis.findings) {
        if (!finding.fix) continue;
        const findingRange = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
        if (!findingRange.intersection(range)) continue;
        for (const fix of [finding.fix, ...(finding.otherFixes ?? [])]) actions.push(toCodeAction(document, finding, fix, findingRange, context.diagnostics));
      }
      return actions;
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}

function toCodeAction(document: vscode.TextDocument, finding: Finding, fix: FindingFix, range: vscode.Range, diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  const edit = new vscode.WorkspaceEdit();
  for (const change of fix.edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
  }
  action.edit = edit;
  action.diagnostics = diagnostics.filter((diagnostic) => diagnostic.source === 'Port Lens' && diagnostic.code === finding.code && diagnostic.range.isEqual(range));
  action.isPreferred = fix.preferred !== false && fix.edits.length > 0 && action.diagnostics.length > 0;
  return action;
}
