// Kubernetes manifests in the editor (issue 20), on the sample workspace's k8s/ folder: a YAML file is read as a
// manifest by its content; the hover on a containerPort leads with the container's image; a named targetPort
// hovers as the port it resolves to and Go to Definition opens the containerPort that defines it; a targetPort
// no pod defines is an error in the Problems panel; a YAML file that is no manifest is not indexed.
import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, diagnosticsOnLine, hoverText, openFixture, portLensApi, positionOf } from './workspace';

describe('Kubernetes manifests', () => {
  before(async () => {
    await activatePortLens();
    await waitFor('indexing to finish', () => portLensApi().indexState() === 'ready');
  });

  it('indexes manifests by content, and not other YAML', () => {
    const paths = portLensApi().indexedPaths();
    assert.ok(paths.includes('k8s/web.yaml') && paths.includes('k8s/service.yaml'), paths.join(', '));
    assert.ok(!paths.includes('k8s/values.yaml'), paths.join(', '));
  });

  it('the hover on a containerPort leads with the image of its container', async () => {
    const web = (await openFixture('k8s/web.yaml')).document;
    const text = await waitFor('a hover on containerPort 80', async () => {
      const hover = await hoverText(web, positionOf(web, '80', 1, 'containerPort:'));
      return hover.includes('Port 80') && hover;
    });
    assert.match(text, /\*\*nginx\*\*/);
    assert.ok(text.indexOf('nginx') < text.indexOf('Container port'), text);
    assert.match(text, /Container port\*\* 80\/tcp of `Deployment shop, container web`/);
  });

  it('a named targetPort hovers as the port it resolves to', async () => {
    const service = (await openFixture('k8s/service.yaml')).document;
    const text = await waitFor('a hover on targetPort http', async () => {
      const hover = await hoverText(service, positionOf(service, 'http', 1, 'targetPort:'));
      return hover.includes('Port 80') && hover;
    });
    assert.match(text, /targetPort\*\* of `Service shop`: the pods' port 80\/tcp it sends traffic to, named `http` there/);
  });

  it('Go to Definition from a named targetPort opens the containerPort that defines it', async () => {
    const service = (await openFixture('k8s/service.yaml')).document;
    const locations = await waitFor('a definition of targetPort http', async () => {
      const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', service.uri, positionOf(service, 'http', 1, 'targetPort:'));
      return (found ?? []).length > 0 && found;
    });
    assert.strictEqual(locations.length, 1);
    const [location] = locations;
    const uri = 'targetUri' in location ? location.targetUri : location.uri;
    const range = 'targetRange' in location ? location.targetRange : location.range;
    const document = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(vscode.workspace.asRelativePath(uri), 'k8s/web.yaml');
    assert.strictEqual(document.lineAt(range.start.line).text.trim(), 'containerPort: 80');
    assert.strictEqual(document.getText(range), '80');
  });

  it('a targetPort that no selected pod defines is an error on its line', async () => {
    const service = (await openFixture('k8s/service.yaml')).document;
    const [found] = await waitFor('undefined-port-name on targetPort: admin', () => {
      const diagnostics = diagnosticsOnLine(service, 'undefined-port-name', 'targetPort: admin');
      return diagnostics.length > 0 && diagnostics;
    });
    assert.strictEqual(found.severity, vscode.DiagnosticSeverity.Error);
    assert.match(found.message, /targetPort admin of Service shop names a port that no container of the pods it selects \(Deployment shop at k8s\/web.yaml line 5\) defines/);
    assert.deepStrictEqual(diagnosticsOnLine(service, 'undefined-port-name', 'targetPort: http'), []);
  });
});
