// Problems-panel entries for the files of the five formats, refreshed as the user types and when another file
// of the workspace changes what they mean (the workspace index tells: call refreshAll). With
// `portLens.diagnostics.scope` "workspace" (the default) every file the index read is reported, so that the
// Problems panel and the Ports view say the same; with "openFiles" only open documents are.
import * as vscode from 'vscode';
import { codeLanguageOf, formatOf, type Finding, type PortLocation, type Severity } from '../core';
import type { DocumentAnalyses } from './documentAnalyses';
import type { PortLensSettings } from './settings';
import { positionIn } from './textPositions';
import type { WorkspaceIndex } from './workspaceIndex';
import { toLocation } from './workspaceLocations';

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
  /** Files reported from the index (not open): dropped when they leave the model or the scope. */
  private readonly unopened = new Set<string>();

  constructor(private readonly analyses: DocumentAnalyses, private readonly settings: () => PortLensSettings, private readonly index: WorkspaceIndex) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.refresh(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
    );
    this.refreshAll();
  }

  refreshAll(): void {
    const open = new Set<string>();
    for (const document of vscode.workspace.textDocuments) {
      if (document.isClosed) continue;
      open.add(document.uri.toString());
      this.refresh(document);
    }
    this.refreshUnopened(open);
  }

  /** The files of the workspace that are not open, from the text the index read. */
  private refreshUnopened(open: ReadonlySet<string>): void {
    const settings = this.settings();
    const reported = new Set<string>();
    if (settings.diagnosticsEnabled && settings.diagnosticsScope === 'workspace') {
      const workspace = this.index.workspace;
      for (const path of workspace.paths()) {
        // Above the root: a document opened from elsewhere, reported only while open.
        // An application source read for the Dockerfile rules, or a config file a compose service mounts, read for
        // the compose rules: never reported on itself, as the command line does not (a mounted file may lie in a
        // folder the index leaves out). An add-on's own config.* is the exception: the command line reports it
        // (addonConfigPorts.ts puts the add-on's findings there).
        if (path.startsWith('../') || (formatOf(path) === undefined && codeLanguageOf(path) !== undefined)
          || (this.index.isSource(path) && !this.index.isAddonConfig(path))) continue;
        const file = this.index.file(path);
        if (!file || open.has(file.uri.toString())) continue;
        const key = file.uri.toString();
        reported.add(key);
        const located = (offset: number) => positionIn(file.lineStarts, offset);
        this.collection.set(file.uri, workspace.findings(path).map((finding) => diagnosticOf(finding, located, (place) => toLocation(this.index, place))));
      }
    }
    for (const key of this.unopened) {
      if (!reported.has(key) && !open.has(key)) this.collection.delete(vscode.Uri.parse(key));
    }
    this.unopened.clear();
    for (const key of reported) this.unopened.add(key);
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
    // An add-on's config.* has no format (hovers and the rest skip it) but has findings: its open text is fed to
    // the index and reported, as when it is closed.
    const addonConfig = outcome.kind === 'not-ports' ? this.index.syncAddonConfig(document) : undefined;
    if (addonConfig !== undefined) {
      const locate = (place: PortLocation) => toLocation(this.index, place);
      this.collection.set(document.uri, this.index.workspace.findings(addonConfig).map((finding) => toDiagnostic(document, finding, locate)));
    } else if (outcome.kind === 'analysed') {
      this.toldTooLarge.delete(document.uri.toString());
      const locate = (place: PortLocation) => toLocation(this.index, place);
      this.collection.set(document.uri, outcome.result.analysis.findings.map((finding) => toDiagnostic(document, finding, locate)));
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
    this.analyses.forget(uri);
    // In the workspace scope the file is reported again, from the disk's text, once the index has read it again.
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
  }
}

export function toDiagnostic(document: vscode.TextDocument, finding: Finding, locate?: (place: PortLocation) => vscode.Location | undefined): vscode.Diagnostic {
  return diagnosticOf(finding, (offset) => document.positionAt(offset), locate);
}

/** A finding as a diagnostic: its related places (where the service says what it listens on) become related
 *  information, clickable in the Problems panel and the problem hover. */
function diagnosticOf(finding: Finding, positionAt: (offset: number) => vscode.Position,
  locate?: (place: PortLocation) => vscode.Location | undefined): vscode.Diagnostic {
  const range = new vscode.Range(positionAt(finding.start), positionAt(finding.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, severities[finding.severity]);
  diagnostic.source = 'Port Lens';
  diagnostic.code = finding.code;
  const related = (finding.related ?? []).flatMap((place) => {
    const location = locate?.(place);
    return location ? [new vscode.DiagnosticRelatedInformation(location, place.message)] : [];
  });
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}
