import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, openFixture, positionOf } from './workspace';

/**
 * Runs a workbench command against the open QuickPick until the lookup's promise settles. The picker fills
 * its items asynchronously, so a single command sent too early would find nothing to act on.
 */
async function settleWith(lookup: Thenable<unknown>, command: string): Promise<unknown> {
  let settled = false;
  let result: unknown;
  void Promise.resolve(lookup).then((value) => {
    settled = true;
    result = value;
  });
  await waitFor(`the lookup to settle after ${command}`, async () => {
    if (settled) return true;
    await vscode.commands.executeCommand(command);
    return settled;
  });
  return result;
}

describe('Port Lens: Look Up Port…', () => {
  before(activatePortLens);

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('prefilled with "kafka", accepting the first item resolves to 9092', async () => {
    const lookup = vscode.commands.executeCommand<number | undefined>('portLens.lookup', 'kafka');
    const picked = await settleWith(lookup, 'workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual(picked, 9092);
  });

  it('prefilled with "5432", accepting the first item resolves to 5432', async () => {
    const lookup = vscode.commands.executeCommand<number | undefined>('portLens.lookup', '5432');
    const picked = await settleWith(lookup, 'workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual(picked, 5432);
  });

  it('opens on the port under the cursor when called without a query (6379 in .env)', async () => {
    const editor = await openFixture('.env');
    const at = positionOf(editor.document, '6379', 1);
    editor.selection = new vscode.Selection(at, at);
    const lookup = vscode.commands.executeCommand<number | undefined>('portLens.lookup');
    const picked = await settleWith(lookup, 'workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual(picked, 6379);
  });

  it('resolves to undefined when the picker is dismissed', async () => {
    const lookup = vscode.commands.executeCommand<number | undefined>('portLens.lookup', 'kafka');
    const picked = await settleWith(lookup, 'workbench.action.closeQuickOpen');
    assert.strictEqual(picked, undefined);
  });
});
