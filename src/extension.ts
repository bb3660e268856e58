// Activation only wires the features together; each feature lives in src/features/ and every decision
// about ports in src/core/. The same file is bundled for desktop (Node) and for the web (a web worker).
import * as vscode from 'vscode';
import { checkDataFiles, DATA_FILES, dataFilesLoading, installDataFile, READ_ON_FIRST_USE, reportDataFileUnreadable, setCatalogTableSource, setCustomPorts, setDataFileLoader } from './core';
import { registerCodeActions } from './features/codeActions';
import { registerDefinition } from './features/definition';
import { PortDiagnostics } from './features/diagnostics';
import { DocumentAnalyses } from './features/documentAnalyses';
import { portDocuments } from './features/documentSelector';
import { registerHover } from './features/hover';
import { registerIndexCommands } from './features/indexCommands';
import { readIndexSettings } from './features/indexSettings';
import { registerLookupCommand } from './features/lookupCommand';
import { registerPortsView, type PortsViewRow } from './features/portsView';
import { registerReferences } from './features/references';
import { readSettings, type PortLensSettings } from './features/settings';
import { WorkspaceIndex, type IndexState } from './features/workspaceIndex';

/** What activate() returns: read by the integration tests (closed documents are forgotten; the index and
 *  the Ports view as they stand). */
export interface PortLensApi {
  cachedDocuments(): string[];
  indexState(): IndexState;
  /** The port files in the model (the application sources read beside Dockerfiles and the config files compose
   *  services mount are in sourcePaths). */
  indexedPaths(): string[];
  sourcePaths(): string[];
  portsViewRows(): PortsViewRow[];
  /** How many times the Port Map view was asked to redraw, and how many times it did. */
  portsViewRefreshes(): { checks: number; fired: number };
}

export async function activate(context: vscode.ExtensionContext): Promise<PortLensApi> {
  // The registry's rows ship as data files beside the bundle (src/core/dataFiles.ts): they are read before anything
  // is analysed, so no hover or diagnostic is ever made from an empty registry. The curated image rows are read on
  // their first use (READ_ON_FIRST_USE), below.
  await readDataFiles(context.extensionUri);
  // The curated image rows, on the first lookup of an image (issue 19: the image table adds nothing to activation);
  // set before the index starts reading files. A hover waits for them, the rest is made again once they arrive (the
  // read settles after activate() has returned, so remakeAll is set by then), and a damaged file is named then.
  // The image table's code and rows are asked for together: everything is made again once, when the last read under
  // way has settled (each settled read is already off dataFilesLoading()), not once per file.
  setDataFileLoader((name) => readDistText(context.extensionUri, name), (name) => {
    const problems = checkDataFiles([name]);
    if (problems.length > 0) void vscode.window.showWarningMessage(problems.join(' '));
    if (dataFilesLoading() === undefined) remakeAll();
  });
  let settings = readSettings();
  setCustomPorts(settings.customPorts);
  const currentSettings = (): PortLensSettings => settings;
  let indexSettings = readIndexSettings();

  const index = new WorkspaceIndex(currentSettings, () => indexSettings);
  index.restart();
  const analyses = new DocumentAnalyses(currentSettings, index);
  const diagnostics = new PortDiagnostics(analyses, currentSettings, index);
  const portsView = registerPortsView(index);
  // The image rows generated from public catalogs ship as a data file, read only when a lookup first misses the
  // curated rows (never at activation); what was shown before it arrived is made again.
  const remakeAll = () => {
    analyses.forgetAll();
    index.configure();
    diagnostics.refreshAll();
    portsView.provider.refresh();
  };
  setCatalogTableSource((part) => readImageCatalog(context.extensionUri, part), remakeAll);

  context.subscriptions.push(
    index,
    diagnostics,
    portsView.disposable,
    index.onDidChange(() => diagnostics.refreshAll()),
    registerHover(portDocuments, analyses, index, currentSettings),
    registerCodeActions(portDocuments, analyses),
    registerReferences(portDocuments, analyses, index),
    registerDefinition(portDocuments, analyses, index),
    registerLookupCommand(analyses),
    registerIndexCommands(index),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('portLens')) return;
      const before = { settings, indexSettings };
      settings = readSettings();
      indexSettings = readIndexSettings();
      setCustomPorts(settings.customPorts);
      analyses.forgetAll();
      // What is read (and how much) changed: read it again. Otherwise only the findings are made again.
      const readsOtherwise = before.indexSettings.enabled !== indexSettings.enabled || before.indexSettings.maxFiles !== indexSettings.maxFiles
        || before.settings.maxFileSize !== settings.maxFileSize;
      if (readsOtherwise) index.restart();
      else index.configure();
      diagnostics.refreshAll();
      portsView.provider.scheduleRefresh();
    }),
  );
  return {
    cachedDocuments: () => analyses.cachedDocuments(),
    indexState: () => index.state,
    indexedPaths: () => index.workspace.paths().filter((path) => !index.isSource(path)),
    sourcePaths: () => index.workspace.paths().filter((path) => index.isSource(path)),
    portsViewRows: () => portsView.provider.rows(),
    portsViewRefreshes: () => ({ checks: portsView.provider.refreshChecks, fired: portsView.provider.refreshes }),
  };
}

export function deactivate(): void {}

/** The core's data files, through the host's file system (desktop and web alike), read together. One that cannot
 *  be read or is damaged leaves its table empty: Port Lens says so once and works with what it has. */
async function readDataFiles(extensionUri: vscode.Uri): Promise<void> {
  const names = DATA_FILES.filter((name) => !READ_ON_FIRST_USE.includes(name));
  await Promise.all(names.map(async (name) => {
    try {
      installDataFile(name, await readDistText(extensionUri, name));
    } catch (error) {
      reportDataFileUnreadable(name, error instanceof Error ? error.message : String(error));
    }
  }));
  const problems = checkDataFiles(names);
  if (problems.length > 0) void vscode.window.showWarningMessage(problems.join(' '));
}

/** A part of the generated image rows' data file: where scripts/build.mjs puts the parts of
 *  src/core/images/generated/catalogImages.data. */
async function readImageCatalog(extensionUri: vscode.Uri, part: number): Promise<string> {
  return readDistText(extensionUri, `catalogImages-${part}.data`);
}

/** A file the build put in dist/, through the host's file system: desktop and web alike. */
async function readDistText(extensionUri: vscode.Uri, fileName: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', fileName)));
}
