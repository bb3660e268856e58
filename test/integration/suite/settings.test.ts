import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, diagnosticsOnLine, hoverText, openFixture, portLensDiagnostics, positionOf } from './workspace';

// User (global) settings: in desktop VS Code, workspace settings would be written into the fixture folder.
async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('portLens').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Settings take effect without a reload', () => {
  let compose: vscode.TextDocument;
  const dynamicRangeOn51000 = () => diagnosticsOnLine(compose, 'dynamic-range', '"51000:50000"');

  before(async () => {
    await activatePortLens();
    compose = (await openFixture('compose.yaml')).document;
    await waitFor('the dynamic-range warning on 51000', () => dynamicRangeOn51000().length > 0);
  });

  afterEach(async () => {
    // Only what a test set: removing an undeclared setting would throw and skip the remaining tests.
    const settings = vscode.workspace.getConfiguration('portLens');
    for (const key of ['rules', 'diagnostics.enabled', 'hover.enabled', 'customPorts', 'ephemeralRange', 'customEphemeralRange']) {
      if (settings.inspect(key)?.globalValue !== undefined) await setSetting(key, undefined);
    }
  });

  it('portLens.rules {"dynamic-range": "off"} removes the warning, and it comes back when the setting is removed', async () => {
    await setSetting('rules', { 'dynamic-range': 'off' });
    await waitFor('the dynamic-range warning to go', () => dynamicRangeOn51000().length === 0);
    await setSetting('rules', undefined);
    await waitFor('the dynamic-range warning to come back', () => dynamicRangeOn51000().length > 0);
  });

  it('portLens.rules {"dynamic-range": "error"} raises the warning to an error', async () => {
    await setSetting('rules', { 'dynamic-range': 'error' });
    const [diagnostic] = await waitFor('dynamic-range as an error', () => {
      const found = dynamicRangeOn51000().filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      return found.length > 0 && found;
    });
    assert.strictEqual(diagnostic.source, 'Port Lens');
  });

  it('portLens.ephemeralRange "linux" (32768–60999) still flags 51000; a custom range that excludes it does not', async () => {
    await setSetting('ephemeralRange', 'linux');
    await waitFor('dynamic-range on 51000 with the Linux range', () => dynamicRangeOn51000().length > 0);
    await setSetting('customEphemeralRange', [60000, 61000]);
    await setSetting('ephemeralRange', 'custom');
    await waitFor('no dynamic-range on 51000 with the range 60000–61000', () => dynamicRangeOn51000().length === 0);
  });

  it('portLens.diagnostics.enabled false clears every Port Lens diagnostic', async () => {
    await setSetting('diagnostics.enabled', false);
    await waitFor('all Port Lens diagnostics to go', () => portLensDiagnostics(compose.uri).length === 0);
  });

  it('portLens.hover.enabled false stops the hover', async () => {
    const position = positionOf(compose, '5432', 1, '"5432:5432"');
    await waitFor('a hover over 5432', async () => (await hoverText(compose, position)) !== '');
    await setSetting('hover.enabled', false);
    await waitFor('the hover over 5432 to go', async () => (await hoverText(compose, position)) === '');
  });

  it('portLens.customPorts names a team port in the hover', async () => {
    await setSetting('customPorts', [{ port: 50000, name: 'Jenkins agents', description: 'Inbound agents connect here' }]);
    const position = positionOf(compose, '50000', 1, '"51000:50000"');
    const text = await waitFor('the custom name in the hover over 50000', async () => {
      const hover = await hoverText(compose, position);
      return hover.includes('Jenkins agents') && hover;
    });
    assert.ok(text.includes('50000'), text);
  });
});
