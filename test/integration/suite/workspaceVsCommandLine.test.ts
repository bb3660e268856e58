// The editor and the command line agree: the Problems panel of the sample workspace holds exactly the findings
// `port-lens check` makes from the same files, computed here by the command's own code after its reading step
// (src/cli/checkFiles.ts) with the editor's settings. Which files the command reads, and that the built command
// prints these findings, is tested in plain Node (test/cli/editorAgreement.test.ts).
// It opens every file of the sample workspace, and they stay open: its name puts it after the suites that need
// files left unopened (workspaceIndex.test.ts).
import assert from 'assert';
import * as vscode from 'vscode';
import { findingsOfFiles, workspaceOfFiles, type SourceFile } from '../../../src/cli/checkFiles';
import { DATA_FILES, codeSourceFolderOf, codeSourceFolders, dataFileProblems, formatOf, installDataFile, isCodeSourceBelow } from '../../../src/core';
import { installCatalogTable } from '../../../src/core/images/catalogTable';
import { CATALOG_PARTS } from '../../../src/core/images/shippedCatalogRow';
import { readSettings } from '../../../src/features/settings';
import { Buffer as bufferShim } from '../../../src/web/bufferShim';
import { waitFor } from './waitFor';
import { activatePortLens, codeOf, portLensDiagnostics } from './workspace';

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

/** The sample's port files, and (with `sources`) the application sources the command reads beside its
 *  Dockerfiles, by the core's rule (codeSources.ts). */
async function sampleFiles(sources = false): Promise<{ uri: vscode.Uri; file: SourceFile }[]> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder is open: the runner must open test/fixtures/workspace');
  const uris = await vscode.workspace.findFiles('**/*', '**/{node_modules,.git}/**');
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  const keys = uris.map((uri) => uri.path.slice(base.length));
  const codeFolders = codeSourceFolders(keys.filter((key) => formatOf(key) === 'dockerfile'));
  const isSource = (key: string) => {
    const under = codeSourceFolderOf(key, codeFolders);
    return under !== undefined && isCodeSourceBelow(under === '' ? key : key.slice(under.length + 1));
  };
  const files = await Promise.all(uris.map(async (uri) => {
    const key = uri.path.slice(base.length);
    if (!formatOf(key) && !(sources && isSource(key))) return undefined;
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    return { uri, file: { key, path: key, text } };
  }));
  return files.filter((entry): entry is { uri: vscode.Uri; file: SourceFile } => entry !== undefined)
    .sort((a, b) => (a.file.key < b.file.key ? -1 : 1));
}

/** dockerfile-ast needs a `Buffer`: the command has Node's, the extension's web bundle injects src/web/bufferShim.ts,
 *  and this suite's bundle has neither, so it lends the shim while the command's code runs. */
function withBuffer<T>(run: () => T): T {
  const global = globalThis as { Buffer?: unknown };
  if (global.Buffer !== undefined) return run();
  global.Buffer = bufferShim;
  try {
    return run();
  } finally {
    delete global.Buffer;
  }
}

describe('The command line and the editor', () => {
  it('report the same findings for the sample workspace: place, code, severity and message', async () => {
    await activatePortLens();
    // The command reads the generated image rows from its data file (src/cli/imageCatalog.ts): the same one here.
    const extension = vscode.extensions.all.find((candidate) => candidate.packageJSON?.name === 'port-lens');
    assert.ok(extension, 'the extension under test');
    // And the registry's rows and the image table's code and curated rows from theirs (src/core/dataFiles.ts), as the extension reads them.
    for (const name of DATA_FILES) {
      installDataFile(name, new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'dist', name))));
    }
    // The generated rows once the image table's code is there (dist/imageTable.js, installed above).
    for (let part = 0; part < CATALOG_PARTS; part++) {
      const data = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'dist', `catalogImages-${part}.data`));
      assert.ok(installCatalogTable(new TextDecoder().decode(data)), `dist/catalogImages-${part}.data is a table`);
    }
    const files = await sampleFiles();
    assert.ok(files.length >= 4, `the sample workspace's files: ${files.map((entry) => entry.file.key).join(', ')}`);
    // The command reads the application sources beside the Dockerfiles too (src/cli/codeFiles.ts), never reporting them.
    const read = await sampleFiles(true);
    assert.ok(read.some((entry) => entry.file.key === 'orders/server.js'), 'the sample has an application source beside a Dockerfile');
    const commandLine = withBuffer(() => findingsOfFiles(workspaceOfFiles(read.map((entry) => entry.file), readSettings()), files.map((entry) => entry.file)))
      .map((finding) => `${finding.path}:${finding.start.line}:${finding.start.column}-${finding.end.line}:${finding.end.column} ${finding.severity} ${finding.code} ${finding.message}`)
      .sort();
    assert.ok(commandLine.length >= 5, 'the sample workspace has problems to agree on');
    assert.deepStrictEqual(dataFileProblems(), []);

    // The editor checks the documents it has open (and, with its index, the others too).
    for (const { uri } of files) await vscode.workspace.openTextDocument(uri);
    const editor = () => files.flatMap(({ uri, file }) => portLensDiagnostics(uri).map((diagnostic) => {
      const { start, end } = diagnostic.range;
      return `${file.path}:${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${SEVERITIES[diagnostic.severity]} ${codeOf(diagnostic)} ${diagnostic.message}`;
    })).sort();
    try {
      await waitFor('the editor\'s diagnostics to be the command line\'s findings', () => JSON.stringify(editor()) === JSON.stringify(commandLine));
    } catch {
      // Not equal in time: show the difference.
      assert.deepStrictEqual(editor(), commandLine, `files: ${files.map((entry) => `${entry.file.key} (${entry.uri.toString()})`).join(', ')}`);
    }
  });
});
