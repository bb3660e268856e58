// Compose interpolates `${VAR}` with the `.env` file beside the compose file: Port Lens reads that file (its
// unsaved text when it is open) and follows its edits. The fixture's mail service publishes
// "${ADMIN_PORT}:8025", and ADMIN_PORT=8025 is set in test/fixtures/workspace/.env.
import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, diagnosticsOnLine, hoverText, openFixture, positionOf, revert } from './workspace';

describe('Variables from the .env file beside compose.yaml', () => {
  let compose: vscode.TextDocument;
  let env: vscode.TextDocument | undefined;
  const dynamicRangeOnAdminPort = () => diagnosticsOnLine(compose, 'dynamic-range', '"${ADMIN_PORT}:8025"');

  before(async () => {
    await activatePortLens();
    // Only compose.yaml: unless another suite opened it, .env is read from disk, not from an editor.
    compose = (await openFixture('compose.yaml')).document;
  });

  afterEach(async () => {
    if (!env) return;
    const opened = env;
    await revert(opened);
    await waitFor('.env to be reverted', () => !opened.isDirty);
    await waitFor('no dynamic-range on ${ADMIN_PORT} once .env is reverted', () => dynamicRangeOnAdminPort().length === 0);
  });

  it('the hover over ${ADMIN_PORT} shows Port 8025 and says the value comes from the .env file', async () => {
    const position = positionOf(compose, '${ADMIN_PORT}', 3);
    // The .env is read asynchronously on first use: wait until the hover has the value, not just any hover.
    const text = await waitFor('a hover over ${ADMIN_PORT} naming port 8025', async () => {
      const shown = await hoverText(compose, position);
      return shown.includes('Port 8025') && shown;
    });
    assert.ok(text.includes('The value of `ADMIN_PORT`'), `hover does not name the variable:\n${text}`);
    assert.ok(text.includes('.env'), `hover does not say where the value comes from:\n${text}`);
  });

  it('an unsaved edit of .env (ADMIN_PORT=50000) adds a dynamic-range warning on ${ADMIN_PORT}, and reverting removes it', async () => {
    await waitFor('the hover over ${ADMIN_PORT} to know 8025', async () =>
      (await hoverText(compose, positionOf(compose, '${ADMIN_PORT}', 3))).includes('Port 8025'));
    assert.deepStrictEqual(dynamicRangeOnAdminPort(), [], '8025 is not in the dynamic range');

    const envFile = (await openFixture('.env')).document;
    env = envFile;
    await vscode.window.showTextDocument(compose);
    const value = positionOf(envFile, '8025', 0, 'ADMIN_PORT=');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(envFile.uri, new vscode.Range(value, value.translate(0, 4)), '50000');
    assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit refused the edit');
    assert.ok(envFile.isDirty && envFile.getText().includes('ADMIN_PORT=50000'), 'the edit is in the editor, unsaved');

    const [diagnostic] = await waitFor('a dynamic-range warning on ${ADMIN_PORT}', () => {
      const found = dynamicRangeOnAdminPort();
      return found.length > 0 && found;
    });
    assert.strictEqual(compose.getText(diagnostic.range), '${ADMIN_PORT}');
    assert.match(diagnostic.message, /50000/);

    await revert(envFile);
    await waitFor('the dynamic-range warning on ${ADMIN_PORT} to go', () => dynamicRangeOnAdminPort().length === 0);
  });
});
