// The editor reads the application sources under a Dockerfile's folder, as `port-lens check` does: the fixture's
// orders/Dockerfile says EXPOSE 8080 while its server.js listens on 3000, and the Problems panel says so, with the
// code as the related place. A source written later (the file watcher) moves the finding; deleting it takes it away.
import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, codeOf, fixtureUri, portLensApi, portLensDiagnostics } from './workspace';

const DOCKERFILE = 'orders/Dockerfile';
const WORKER = 'orders/worker/main.js';

function exposeFindings(): vscode.Diagnostic[] {
  return portLensDiagnostics(fixtureUri(DOCKERFILE)).filter((diagnostic) => codeOf(diagnostic) === 'expose-contradicts-config');
}

describe('Application sources beside a Dockerfile', () => {
  before(async () => {
    await activatePortLens();
    await waitFor('indexing to finish', () => portLensApi().indexState() === 'ready');
  });

  after(async () => {
    try {
      await vscode.workspace.fs.delete(fixtureUri('orders/worker'), { recursive: true });
    } catch {
      // Not there.
    }
  });

  it('EXPOSE 8080 beside server.js\'s app.listen(3000) is an expose-contradicts-config warning that names the code', async () => {
    const [diagnostic] = await waitFor('expose-contradicts-config on orders/Dockerfile', () => {
      const found = exposeFindings();
      return found.length > 0 && found;
    });
    assert.strictEqual(diagnostic.range.start.line, 4, `on the EXPOSE line, got line ${diagnostic.range.start.line + 1}`);
    assert.match(diagnostic.message, /8080/);
    assert.match(diagnostic.message, /3000/);
    assert.match(diagnostic.message, /server\.js/);
    const related = diagnostic.relatedInformation ?? [];
    assert.ok(related.some((info) => info.location.uri.path.endsWith('/orders/server.js') && info.location.range.start.line === 4),
      `related places: ${related.map((info) => `${info.location.uri.path}:${info.location.range.start.line + 1}`).join(', ')}`);
    // The source itself is read (once indexing is ready), never reported on; the port files' count leaves it out.
    assert.ok(portLensApi().sourcePaths().includes('orders/server.js'), portLensApi().sourcePaths().join(', '));
    assert.ok(!portLensApi().indexedPaths().includes('orders/server.js'));
    assert.deepStrictEqual(portLensDiagnostics(fixtureUri('orders/server.js')), []);
  });

  it('a source created later is read through the watcher, and its deletion is too', async () => {
    // A second listen port that agrees with EXPOSE: the code no longer rules 8080 out.
    await vscode.workspace.fs.writeFile(fixtureUri(WORKER), new TextEncoder().encode("require('http').createServer(() => {}).listen(8080);\n"));
    await waitFor('the warning to go once worker/main.js listens on 8080', () => exposeFindings().length === 0);
    await vscode.workspace.fs.delete(fixtureUri('orders/worker'), { recursive: true });
    await waitFor('the warning to come back once worker/main.js is gone', () => exposeFindings().length > 0);
  });
});
