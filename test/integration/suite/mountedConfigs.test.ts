// The editor reads the config files compose services mount, as `port-lens check` does, and never reports on them:
// a MariaDB published on container port 3307 beside a mounted conf.d that names no port is a container-port-mismatch
// warning once the index has read the mount; a port line added to the mounted file takes it away.
import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, codeOf, fixtureUri, portLensApi, portLensDiagnostics } from './workspace';

const COMPOSE = 'mounted/compose.yaml';
const CONFIG = 'mounted/conf.d/tuning.cnf';
const write = (path: string, text: string) => vscode.workspace.fs.writeFile(fixtureUri(path), new TextEncoder().encode(text));

function mismatches(): vscode.Diagnostic[] {
  return portLensDiagnostics(fixtureUri(COMPOSE)).filter((diagnostic) => codeOf(diagnostic) === 'container-port-mismatch');
}

describe('Config files that compose services mount', () => {
  before(async () => {
    await activatePortLens();
    await write(CONFIG, '[mysqld]\nmax_connections = 200\n');
    await write(COMPOSE, 'services:\n  db:\n    image: mariadb:11.4\n    ports:\n      - "127.0.0.1:3307:3307"\n    volumes:\n      - ./conf.d:/etc/mysql/conf.d:ro\n');
    // The mounts are read once indexing is done: index again, as the Rebuild command does.
    await vscode.commands.executeCommand('portLens.index.rebuild');
    await waitFor('indexing to finish', () => portLensApi().indexState() === 'ready');
  });

  after(async () => {
    await vscode.workspace.fs.delete(fixtureUri('mounted'), { recursive: true });
    await vscode.commands.executeCommand('portLens.index.rebuild');
    await waitFor('indexing to finish', () => portLensApi().indexState() === 'ready');
  });

  it('a container port that nothing mounted names is a warning; the mounted file is read, never reported on', async () => {
    const [diagnostic] = await waitFor('container-port-mismatch on mounted/compose.yaml', () => {
      const found = mismatches();
      return found.length > 0 && found;
    });
    assert.strictEqual(diagnostic.range.start.line, 4, `on the ports line, got line ${diagnostic.range.start.line + 1}`);
    assert.match(diagnostic.message, /nothing mounted at \/etc\/mysql\/conf\.d names 3307/);
    assert.ok(portLensApi().sourcePaths().includes(CONFIG), portLensApi().sourcePaths().join(', '));
    assert.ok(!portLensApi().indexedPaths().includes(CONFIG));
    assert.deepStrictEqual(portLensDiagnostics(fixtureUri(CONFIG)), []);
  });

  it('the mounted file changed on disk is read again: a port line there moves MariaDB and the warning goes', async () => {
    await write(CONFIG, '[mysqld]\nport = 3307\n');
    await waitFor('the warning to go once tuning.cnf sets port = 3307', () => mismatches().length === 0);
  });
});
