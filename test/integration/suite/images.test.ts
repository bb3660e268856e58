// Image knowledge in the editor: the hover names what a service's image runs on a port, and
// container-port-mismatch comes with its quick fix (test/fixtures/workspace/images/compose.yaml).
import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, diagnosticsOnLine, hoverText, openFixture, portLensDiagnostics, positionOf, revert } from './workspace';

const FILE = 'images/compose.yaml';

describe('Image knowledge', () => {
  let compose: vscode.TextDocument;

  before(async () => {
    await activatePortLens();
    compose = (await openFixture(FILE)).document;
  });

  afterEach(async () => {
    await revert(compose);
    await waitFor(`${FILE} to be reverted`, () => !compose.isDirty);
  });

  it('the hover on a port of grafana/grafana names Grafana and its image first, with its source', async () => {
    const position = positionOf(compose, '3000', 1, '"3000:3000"');
    const text = await waitFor('a hover over 3000', async () => (await hoverText(compose, position)) || undefined);
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    assert.match(lines[0], /Port 3000\/tcp/);
    // The sentence, then the link to where the image table has Grafana's ports from (Grafana's documentation).
    assert.ok(lines[1].startsWith('**Grafana** web UI, from image `grafana/grafana` · '), text);
    assert.match(lines[1], / · \[documentation\]\(https:\/\/grafana\.com\/[^)\s]+\)$/, text);
    assert.ok(lines.some((line) => line.startsWith('Also used by: ')), text);
  });

  it('the hover on a port mapped to restic, which listens on no port, leads with the software and says so', async () => {
    const position = positionOf(compose, '8000', 1, '"8000:8000"');
    const text = await waitFor('a hover over 8000', async () => (await hoverText(compose, position)) || undefined);
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    assert.match(lines[0], /Port 8000\/tcp/);
    assert.ok(lines[1].startsWith('**Resticker (scheduled restic backups)**, from image `mazzolino/restic`: listens on no port, so nothing in the container answers on port 8000. · '), text);
  });

  it('Duplicati on 8200 is not taken for HashiCorp Vault: no exposed-all-interfaces warning', async () => {
    // Proves first that the file has been analysed, so that the missing warning below means something.
    await waitFor('the container-port-mismatch warning in the sandbox', () => diagnosticsOnLine(compose, 'container-port-mismatch', '"8080:8080"').length > 0);
    assert.deepStrictEqual(diagnosticsOnLine(compose, 'exposed-all-interfaces', '"8200:8200"').map((d) => d.message), []);
  });

  it('container-port-mismatch on "8080:8080", fixed to "8080:3000" through the code action provider', async () => {
    const [diagnostic] = await waitFor('a container-port-mismatch diagnostic', () => {
      const found = diagnosticsOnLine(compose, 'container-port-mismatch', '"8080:8080"');
      return found.length > 0 && found;
    });
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic.message, /Grafana \(image grafana\/grafana\) listens on 3000\/tcp/);
    const line = diagnostic.range.start.line;
    assert.strictEqual(compose.getText(diagnostic.range), '8080');
    assert.strictEqual(diagnostic.range.start.character, compose.lineAt(line).text.indexOf('8080"'), 'the container side');
    let offered: string[] = [];
    const action = await waitFor('the quick fix', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider',
        compose.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      offered = (actions ?? []).map((a) => a.title);
      return actions?.find((candidate) => candidate.title === 'Change the container port to 3000');
    }, 5000).catch((error: Error) => { throw new Error(`${error.message}; offered: ${offered.join(' | ') || 'nothing'}`); });
    assert.ok(action.edit && await vscode.workspace.applyEdit(action.edit), 'the edit applies');
    assert.strictEqual(compose.lineAt(line).text, '      - "8080:3000"');
    await waitFor('the container-port-mismatch warning to go', () =>
      !portLensDiagnostics(compose.uri).some((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'container-port-mismatch'));
  });
});

describe('Image knowledge from the generated rows (a data file read on first use)', () => {
  const CATALOG_FILE = 'images/catalog/compose.yaml';
  let compose: vscode.TextDocument;

  before(async () => {
    await activatePortLens();
    compose = (await openFixture(CATALOG_FILE)).document;
  });

  it('the hover on a port of deluan/navidrome names Navidrome first, with its catalog source', async () => {
    const position = positionOf(compose, '4533', 1, '"14533:4533"');
    const text = await waitFor('a hover over 4533', async () => (await hoverText(compose, position)) || undefined);
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    assert.ok(lines[1].startsWith('**Navidrome** '), text);
    // A permalink at the catalog's commit, as the .vsix ships it: the commit cut to 12 hex digits (scripts/catalogData.mjs).
    assert.match(text, /github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{12}\//, text);
  });

  it('container-port-mismatch on "14580:80" once the rows have arrived', async () => {
    const [diagnostic] = await waitFor('a container-port-mismatch diagnostic', () => {
      const found = diagnosticsOnLine(compose, 'container-port-mismatch', '"14580:80"');
      return found.length > 0 && found;
    });
    assert.match(diagnostic.message, /Navidrome \(image deluan\/navidrome\) listens on 4533\/tcp/);
  });
});

