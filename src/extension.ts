// Activation only wires the features together; each feature lives in src/features/ and every decision
// about ports in src/core/. The same file is bundled for desktop (Node) and for the web (a web worker).
import * as vscode from 'vscode';
import { setCustomPorts } from './core';
import { registerCodeActions } from './features/codeActions';
import { followComposeEnvFiles, followComposeMergePartners } from './features/composeSiblingFiles';
import { PortDiagnostics } from './features/diagnostics';
import { DocumentAnalyses } from './features/documentAnalyses';
import { portDocuments } from './features/documentSelector';
import { registerHover } from './features/hover';
import { registerLookupCommand } from './features/lookupCommand';
import { readSettings, type PortLensSettings } from './features/settings';

/** What activate() returns: read by the integration tests to prove that closed documents are forgotten. */
export interface PortLensApi {
  cachedDocuments(): string[];
}

export function activate(context: vscode.ExtensionContext): PortLensApi {
  let settings = readSettings();
  setCustomPorts(settings.customPorts);
  const currentSettings = (): PortLensSettings => settings;

  const envFiles = followComposeEnvFiles(currentSettings);
  const mergePartners = followComposeMergePartners(currentSettings);
  const analyses = new DocumentAnalyses(currentSettings, envFiles, mergePartners);
  const diagnostics = new PortDiagnostics(analyses, currentSettings);

  context.subscriptions.push(
    envFiles,
    mergePartners,
    diagnostics,
    envFiles.onDidChange((folder) => diagnostics.refreshComposeDocumentsIn(folder)),
    mergePartners.onDidChange((folder) => diagnostics.refreshComposeDocumentsIn(folder)),
    registerHover(portDocuments, analyses, currentSettings),
    registerCodeActions(portDocuments, analyses),
    registerLookupCommand(analyses),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('portLens')) return;
      settings = readSettings();
      setCustomPorts(settings.customPorts);
      analyses.forgetAll();
      diagnostics.refreshAll();
      // portLens.maxFileSize also limits the .env and merged compose files read.
      envFiles.reloadAll();
      mergePartners.reloadAll();
    }),
  );
  return { cachedDocuments: () => analyses.cachedDocuments() };
}

export function deactivate(): void {}
