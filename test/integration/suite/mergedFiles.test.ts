// `docker compose up` merges compose.yaml with compose.override.yaml beside it: a host port published in each
// file by different services fails with "port is already allocated". The override file is created at run time
// (the mounted fixture folder is an in-memory file system in the web host: nothing is written to disk), so
// that the sample workspace and the other suites stay as they are.
import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, diagnosticsOnLine, fixtureUri, openFixture, portsViewGroup } from './workspace';

const OVERRIDE = 'compose.override.yaml';
// The fixture's db service publishes "5432:5432"; the replica asks for the same host port.
const OVERRIDE_TEXT = 'services:\n  db-replica:\n    image: postgres:16\n    ports:\n      - "5432:5433"\n';

describe('Conflicts with the override file docker compose merges with compose.yaml', () => {
  let compose: vscode.TextDocument;
  const conflictsOnDbPort = () => diagnosticsOnLine(compose, 'host-port-conflict', '"5432:5432"');

  before(async () => {
    await activatePortLens();
    compose = (await openFixture('compose.yaml')).document;
  });

  after(async () => {
    // Also when a test failed half-way: the other suites expect the sample workspace without an override.
    try {
      await vscode.workspace.fs.delete(fixtureUri(OVERRIDE));
    } catch {
      // Already deleted by the test.
    }
  });

  it('a service of compose.override.yaml publishing 5432 is a conflict on compose.yaml\'s "5432:5432", which goes when the file is deleted', async () => {
    assert.deepStrictEqual(conflictsOnDbPort(), [], 'compose.yaml alone publishes 5432 once');

    // Written on disk, not opened: only the file watcher and a read from disk can tell Port Lens about it.
    await vscode.workspace.fs.writeFile(fixtureUri(OVERRIDE), new TextEncoder().encode(OVERRIDE_TEXT));
    const [diagnostic] = await waitFor('a host-port-conflict on "5432:5432" naming compose.override.yaml', () => {
      const found = conflictsOnDbPort();
      return found.length > 0 && found;
    });
    assert.strictEqual(compose.getText(diagnostic.range), '5432');
    assert.match(diagnostic.message, /service "db-replica" in compose\.override\.yaml \(line 5\)/);
    assert.ok(
      vscode.workspace.textDocuments.every((document) => !document.uri.path.endsWith(`/${OVERRIDE}`)),
      'the override file was read from disk, not from an editor',
    );

    // The quick fix moves this publish to a host port nothing in the workspace publishes.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', compose.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const useHostPort = (actions ?? []).find((action) => /^Use host port \d+$/.test(action.title));
    assert.ok(useHostPort?.edit, `offered: ${(actions ?? []).map((action) => action.title).join(' | ')}`);
    const [[uri, [change]]] = useHostPort.edit.entries();
    assert.strictEqual(uri.toString(), compose.uri.toString());
    assert.strictEqual(compose.getText(change.range), '5432');
    assert.strictEqual(useHostPort.title, `Use host port ${change.newText}`);
    const published = new Set(portsViewGroup('Host ports').map((row) => Number(row.label.split(' ')[0])));
    assert.ok(!published.has(Number(change.newText)), `${change.newText} is published already`);

    await vscode.workspace.fs.delete(fixtureUri(OVERRIDE));
    await waitFor('the host-port-conflict on "5432:5432" to go once the override is deleted', () => conflictsOnDbPort().length === 0);
  });
});
