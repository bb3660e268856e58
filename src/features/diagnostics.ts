// Problems-panel entries for the open documents of the four formats, refreshed as the user types and when
// another file of the workspace changes what they mean (the workspace index tells: call refreshAll).
import * as vscode from 'vscode';
import type { Finding, Severity } from '../core';
import type { DocumentAnalyses } from './documentAnalyses';
import type { PortLensSettings } from './settings';

/** Long enough to skip work between keystrokes of fast typing, short enough to feel immediate. */
const debounceMs = 200;

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class PortDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('port-lens');
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly toldTooLarge = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly analyses: DocumentAnalyses, private readonly settings: () => PortLensSettings) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.refresh(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
    );
    this.refreshAll();
  }

  refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.refresh(document);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      this.refresh(document);
    }, debounceMs));
  }

  private refresh(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    if (!this.settings().diagnosticsEnabled) {
      this.collection.delete(document.uri);
      return;
    }
    const outcome = this.analyses.analyse(document);
    if (outcome.kind === 'analysed') {
      this.toldTooLarge.delete(document.uri.toString());
      this.collection.set(document.uri, outcome.result.analysis.findings.map((finding) => toDiagnostic(document, finding)));
    } else {
      this.collection.delete(document.uri);
      if (outcome.kind === 'too-large') this.tellTooLarge(document, outcome.size, outcome.limit);
    }
  }

  /** Once per document: a silent skip would look like a file with no problems. */
  private tellTooLarge(document: vscode.TextDocument, size: number, limit: number): void {
    const key = document.uri.toString();
    if (this.toldTooLarge.has(key)) return;
    this.toldTooLarge.add(key);
    const name = document.uri.path.split('/').pop();
    const action = 'Raise the Limit';
    void vscode.window
      .showInformationMessage(`Port Lens does not check ${name}: it has ${size.toLocaleString('en-US')} characters, more than portLens.maxFileSize (${limit.toLocaleString('en-US')}).`, action)
      .then((choice) => {
        if (choice === action) void vscode.commands.executeCommand('workbench.action.openSettings', 'portLens.maxFileSize');
      });
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    this.toldTooLarge.delete(key);
    this.collection.delete(uri);
    this.analyses.forget(uri);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
  }
}

export function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, severities[finding.severity]);
  diagnostic.source = 'Port Lens';
  diagnostic.code = finding.code;
  return diagnostic;
}
