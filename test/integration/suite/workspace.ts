// Shared steps of the integration suite: activate Port Lens, open fixture files of the sample workspace
// (test/fixtures/workspace), find text in them, and read what the editor reports about them.
import * as vscode from 'vscode';
import type { PortsViewRow } from '../../../src/features/portsView';

export const EXTENSION_ID = 'port-lens.port-lens';

/** A row of the Ports view as the extension's API hands it to the tests (a type only: nothing of src/ is bundled). */
export type { PortsViewRow } from '../../../src/features/portsView';

/** What Port Lens's activate() returns (src/extension.ts). */
export interface PortLensApi {
  cachedDocuments(): string[];
  indexState(): 'off' | 'untrusted' | 'indexing' | 'stopped' | 'ready';
  indexedPaths(): string[];
  sourcePaths(): string[];
  portsViewRows(): PortsViewRow[];
  portsViewRefreshes(): { checks: number; fired: number };
}

/** The rows of one of the Ports view's groups ('Host ports', 'Services'); none while the group is absent. */
export function portsViewGroup(group: 'Host ports' | 'Services' | 'Kubernetes Services'): PortsViewRow[] {
  return portLensApi().portsViewRows().find((row) => row.label === group)?.children ?? [];
}

export function portLensApi(): PortLensApi {
  const exports = vscode.extensions.getExtension<PortLensApi>(EXTENSION_ID)?.exports;
  if (!exports || typeof exports.portsViewRows !== 'function') throw new Error('Port Lens exports no API: is it activated?');
  return exports;
}

/** Activates the extension explicitly: otherwise the first hover request can race the activation. */
export async function activatePortLens(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`Extension ${EXTENSION_ID} is not loaded in this VS Code`);
  await extension.activate();
}

export function fixtureUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder is open: the runner must open test/fixtures/workspace');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/**
 * The position of `needle` in the document, `offsetInNeedle` code units into it; with `after`, searches
 * only past the first occurrence of that text (to pick `5432` on the ports line, not in a URL).
 */
export function positionOf(document: vscode.TextDocument, needle: string, offsetInNeedle = 0, after?: string): vscode.Position {
  const text = document.getText();
  const from = after === undefined ? 0 : text.indexOf(after);
  const index = from < 0 ? -1 : text.indexOf(needle, from);
  if (index < 0) throw new Error(`${JSON.stringify(needle)} not found in ${document.uri.path}`);
  return document.positionAt(index + offsetInNeedle);
}

/** The text of every hover the editor offers at a position, joined. */
export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function portLensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Port Lens');
}

/** Port Lens diagnostics with this code whose line contains `lineText`. */
export function diagnosticsOnLine(document: vscode.TextDocument, code: string, lineText: string): vscode.Diagnostic[] {
  return portLensDiagnostics(document.uri).filter(
    (diagnostic) => codeOf(diagnostic) === code && document.lineAt(diagnostic.range.start.line).text.includes(lineText),
  );
}

/** Undoes test edits: reverts the document to what is on disk (the mounted fixture folder). */
export async function revert(document: vscode.TextDocument): Promise<void> {
  if (!document.isDirty) return;
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}
