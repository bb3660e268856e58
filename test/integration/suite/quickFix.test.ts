import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, diagnosticsOnLine, openFixture, revert } from './workspace';

/**
 * Finds the quick fix with this title for the diagnostic and applies its edit through the workspace API.
 * Asks until the fix is offered: after the previous test's revert, the diagnostic awaited may still be the
 * edited version's until the debounced re-analysis lands, and a code action request in between can come back
 * empty. A fix that never comes still fails, with what was offered instead.
 */
async function applyQuickFix(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, title: string | RegExp): Promise<void> {
  let offered: string[] = [];
  const action = await waitFor(`a quick fix titled ${String(title)}`, async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    offered = (actions ?? []).map((a) => a.title);
    return actions?.find((candidate) => (typeof title === 'string' ? candidate.title === title : title.test(candidate.title)));
  }, 5000).catch((error: Error) => {
    throw new Error(`${error.message}; offered: ${offered.join(' | ') || 'nothing'}`);
  });
  assert.ok(action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind), `kind is ${action.kind?.value}`);
  assert.ok(action.edit, 'the quick fix carries no edit');
  assert.ok(await vscode.workspace.applyEdit(action.edit), 'applyEdit refused the edit');
}

async function diagnosticOn(document: vscode.TextDocument, code: string, lineText: string): Promise<vscode.Diagnostic> {
  const found = await waitFor(`a ${code} diagnostic on ${lineText}`, () => {
    const onLine = diagnosticsOnLine(document, code, lineText);
    return onLine.length > 0 && onLine;
  });
  return found[0];
}

describe('Quick fixes', () => {
  let compose: vscode.TextDocument;

  before(async () => {
    await activatePortLens();
    compose = (await openFixture('compose.yaml')).document;
  });

  afterEach(async () => {
    await revert(compose);
    await waitFor('compose.yaml to be reverted', () => !compose.isDirty);
  });

  it('"Bind to 127.0.0.1" rewrites "5432:5432" to "127.0.0.1:5432:5432" and clears the warning', async () => {
    const diagnostic = await diagnosticOn(compose, 'exposed-all-interfaces', '"5432:5432"');
    const line = diagnostic.range.start.line;
    await applyQuickFix(compose, diagnostic, 'Bind to 127.0.0.1');
    assert.strictEqual(compose.lineAt(line).text, '      - "127.0.0.1:5432:5432"');
    await waitFor('the exposed-all-interfaces warning to go', () =>
      diagnosticsOnLine(compose, 'exposed-all-interfaces', '5432:5432').length === 0,
    );
  });

  it('"Publish host ports 8090-8091" gives each of the 2 replicas a host port and clears the conflict', async () => {
    const diagnostic = await diagnosticOn(compose, 'host-port-conflict', '"8090:8090"');
    assert.match(diagnostic.message, /runs 2 containers \(deploy\.replicas: 2\)/);
    const line = diagnostic.range.start.line;
    await applyQuickFix(compose, diagnostic, 'Publish host ports 8090-8091, one per replica');
    assert.strictEqual(compose.lineAt(line).text, '      - "8090-8091:8090"');
    await waitFor('the host-port-conflict error to go', () => diagnosticsOnLine(compose, 'host-port-conflict', '8090').length === 0);
  });

  it('the "Quote" fix turns - 2222:22 into - "2222:22" and clears the warning', async () => {
    const diagnostic = await diagnosticOn(compose, 'yaml-base60', '- 2222:22');
    const line = diagnostic.range.start.line;
    await applyQuickFix(compose, diagnostic, /^Quote\b/);
    assert.strictEqual(compose.lineAt(line).text, '      - "2222:22"');
    await waitFor('the yaml-base60 warning to go', () => diagnosticsOnLine(compose, 'yaml-base60', '2222:22').length === 0);
  });
});
