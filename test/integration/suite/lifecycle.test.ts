// Port Lens keeps an analysis per open document; closing the document must release it and its diagnostics,
// and a document over the size limit must not be analysed at all.
import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, codeOf, EXTENSION_ID, openFixture, portLensDiagnostics } from './workspace';

interface PortLensApi {
  cachedDocuments(): string[];
}

function api(): PortLensApi {
  const exports = vscode.extensions.getExtension<PortLensApi>(EXTENSION_ID)?.exports;
  if (!exports || typeof exports.cachedDocuments !== 'function') throw new Error('Port Lens exports no cachedDocuments()');
  return exports;
}

describe('Document lifecycle', () => {
  before(activatePortLens);

  it('forgets a closed document: its cached analysis and its diagnostics are released', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'dockercompose', content: 'services:\n  jenkins:\n    ports:\n      - "50000:50000"\n' });
    await vscode.window.showTextDocument(document);
    const key = document.uri.toString();
    await waitFor('diagnostics on the untitled compose document', () => portLensDiagnostics(document.uri).some((d) => codeOf(d) === 'dynamic-range'));
    assert.ok(api().cachedDocuments().includes(key), 'the analysis is cached while the document is open');

    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the document to close', () => document.isClosed);
    await waitFor('the cache to forget the closed document', () => !api().cachedDocuments().includes(key));
    assert.deepStrictEqual(portLensDiagnostics(document.uri), []);
  });

  it('does not analyse a file larger than portLens.maxFileSize, and does once the limit is raised', async () => {
    const compose = (await openFixture('compose.yaml')).document;
    await waitFor('diagnostics on compose.yaml', () => portLensDiagnostics(compose.uri).length > 0);
    const config = vscode.workspace.getConfiguration('portLens');
    try {
      await config.update('maxFileSize', 100, vscode.ConfigurationTarget.Global);
      await waitFor('the diagnostics of the too-large file to go', () => portLensDiagnostics(compose.uri).length === 0);
      assert.ok(!api().cachedDocuments().includes(compose.uri.toString()), 'no analysis is kept for it');
    } finally {
      await config.update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the diagnostics to come back under the default limit', () => portLensDiagnostics(compose.uri).length > 0);
  });
});
