import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, codeOf, diagnosticsOnLine, fixtureUri, openFixture, portLensApi, portLensDiagnostics } from './workspace';

describe('Diagnostics', () => {
  let compose: vscode.TextDocument;

  before(async () => {
    await activatePortLens();
    compose = (await openFixture('compose.yaml')).document;
  });

  it('warns with dynamic-range on "51000:50000" in compose.yaml', async () => {
    const [diagnostic] = await waitFor('a dynamic-range diagnostic on 51000', () => {
      const found = diagnosticsOnLine(compose, 'dynamic-range', '"51000:50000"');
      return found.length > 0 && found;
    });
    assert.strictEqual(diagnostic.source, 'Port Lens');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(compose.getText(diagnostic.range).includes('51000'), `range covers ${JSON.stringify(compose.getText(diagnostic.range))}`);
    // One choice, one warning: on the host port, where the port is picked (the container side is Jenkins' own
    // agent port, which the image decides).
    assert.strictEqual(diagnosticsOnLine(compose, 'dynamic-range', '"51000:50000"').length, 1);
    assert.strictEqual(compose.offsetAt(diagnostic.range.start), compose.getText().indexOf('"51000:50000"') + 1);
    assert.match(diagnostic.message, /^Host port 51000 is in /);
    assert.ok(!diagnostic.message.includes('`'), diagnostic.message);
  });

  describe('portLens.diagnostics.scope', () => {
    const images = fixtureUri('images/compose.yaml');
    const mismatch = () => portLensDiagnostics(images).filter((d) => codeOf(d) === 'container-port-mismatch');

    after(async () => {
      await vscode.workspace.getConfiguration('portLens').update('diagnostics.scope', undefined, vscode.ConfigurationTarget.Global);
    });

    it('"workspace" (the default) reports a file nobody opened, as the Ports view marks it; "openFiles" does not', async () => {
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === images.toString()), 'images/compose.yaml is not open yet');
      await waitFor('indexing to finish', () => portLensApi().indexState() === 'ready');
      const [found] = await waitFor('container-port-mismatch on the unopened images/compose.yaml', () => mismatch().length > 0 && mismatch());
      assert.strictEqual(found.range.start.line + 1, 16, 'on "8080:8080"');
      await vscode.workspace.getConfiguration('portLens').update('diagnostics.scope', 'openFiles', vscode.ConfigurationTarget.Global);
      await waitFor('the unopened file\'s problems to go', () => portLensDiagnostics(images).length === 0);
      assert.ok(portLensDiagnostics(compose.uri).length > 0, 'the open compose.yaml keeps its problems');
      await vscode.workspace.getConfiguration('portLens').update('diagnostics.scope', undefined, vscode.ConfigurationTarget.Global);
      await waitFor('the unopened file\'s problems to come back', () => mismatch().length > 0);
    });
  });

  it('warns with exposed-all-interfaces on PostgreSQL published without a host IP, not on 127.0.0.1:6379', async () => {
    const [diagnostic] = await waitFor('an exposed-all-interfaces diagnostic on 5432', () => {
      const found = diagnosticsOnLine(compose, 'exposed-all-interfaces', '"5432:5432"');
      return found.length > 0 && found;
    });
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual(diagnosticsOnLine(compose, 'exposed-all-interfaces', '"127.0.0.1:6379:6379"'), []);
  });

  it('warns with yaml-base60 on the unquoted mapping 2222:22', async () => {
    const found = await waitFor('a yaml-base60 diagnostic on 2222:22', () => {
      const onLine = diagnosticsOnLine(compose, 'yaml-base60', '- 2222:22');
      return onLine.length > 0 && onLine;
    });
    assert.strictEqual(found[0].severity, vscode.DiagnosticSeverity.Warning);
  });

  it('gives every diagnostic the source Port Lens and a rule code', async () => {
    await waitFor('diagnostics on compose.yaml', () => portLensDiagnostics(compose.uri).length > 0);
    const codes = portLensDiagnostics(compose.uri).map(codeOf);
    for (const code of codes) assert.ok(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code ?? ''), `bad rule code ${String(code)}`);
    assert.ok(codes.includes('dynamic-range'), `codes: ${codes.join(', ')}`);
  });
});

describe('Diagnostics: a route to the service\'s own container', () => {
  it('warns with unreachable-port on a Traefik label that routes to the host port, and its quick fix writes the container port', async () => {
    await activatePortLens();
    const { document } = await openFixture('compose.yaml');
    const label = 'loadbalancer.server.port=8082';
    const [diagnostic] = await waitFor('an unreachable-port diagnostic on the Traefik label', () => {
      const found = diagnosticsOnLine(document, 'unreachable-port', label);
      return found.length > 0 && found;
    });
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(document.getText(diagnostic.range), '8082');
    assert.match(diagnostic.message, /8082 is the host side of its mapping/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
    const fix = actions.find((action) => action.title === 'Use port 80');
    assert.ok(fix?.edit, `actions: ${actions.map((action) => action.title).join(', ')}`);
    const edits = fix.edit.get(document.uri);
    assert.deepStrictEqual(edits.map((edit) => [document.getText(edit.range), edit.newText]), [['8082', '80']]);
  });
});

describe('Diagnostics: a Compose file known by its content', () => {
  it('reads apps/gotify/gotify.yml (a YAML document, named after its app) as Compose: its health check on the host port is flagged', async () => {
    await activatePortLens();
    const { document } = await openFixture('apps/gotify/gotify.yml');
    const [diagnostic] = await waitFor('an unreachable-port diagnostic on the health check', () => {
      const found = diagnosticsOnLine(document, 'unreachable-port', 'localhost:8070');
      return found.length > 0 && found;
    });
    assert.strictEqual(document.getText(diagnostic.range), '8070');
    assert.match(diagnostic.message, /health check runs inside the container/);
  });
});
