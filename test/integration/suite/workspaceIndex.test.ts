// Port Lens reads the workspace's files in the background after activation (VS Code's file search and
// workspace.fs, the only ways there are in VS Code for the web) and follows them with file system watchers.
// The fixture folder is an in-memory file system in the web host: files written here never reach the disk.
import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, fixtureUri, openFixture, portLensApi, portsViewGroup } from './workspace';

const STAGING = 'staging/compose.yaml';
const STAGING_TEXT = '# Written by the test at run time.\nservices:\n  api:\n    image: ghcr.io/acme/shop-api:1.4\n    ports:\n      - "127.0.0.1:4010:3000"\n';

function isOpen(relativePath: string): boolean {
  const key = fixtureUri(relativePath).toString();
  return vscode.workspace.textDocuments.some((document) => document.uri.toString() === key);
}

describe('The workspace index', () => {
  before(activatePortLens);

  after(async () => {
    try {
      await vscode.workspace.fs.delete(fixtureUri('staging'), { recursive: true });
    } catch {
      // Deleted by the test.
    }
    const config = vscode.workspace.getConfiguration('portLens');
    for (const key of ['index.enabled', 'index.maxFiles']) {
      if (config.inspect(key)?.globalValue !== undefined) await config.update(key, undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('reads every file of the five formats, opened or not, and nothing else', async () => {
    await waitFor('indexing to finish', () => portLensApi().indexState() === 'ready');
    const paths = portLensApi().indexedPaths();
    for (const expected of ['compose.yaml', '.env', 'Dockerfile', 'nginx/nginx.conf', 'analytics/compose.yaml']) {
      assert.ok(paths.includes(expected), `${expected} is not indexed: ${paths.join(', ')}`);
    }
    assert.ok(!isOpen('analytics/compose.yaml'), 'analytics/compose.yaml was read from disk, not opened');
    assert.ok(paths.every((path) => !path.startsWith('../')), `only workspace files: ${paths.join(', ')}`);
  });

  it('picks up a compose file written on disk at run time (a new folder), and forgets it when it is deleted', async () => {
    await waitFor('indexing to finish', () => portLensApi().indexState() === 'ready');
    await vscode.workspace.fs.writeFile(fixtureUri(STAGING), new TextEncoder().encode(STAGING_TEXT));
    const row = await waitFor('a Port Map row for 4010 from staging/compose.yaml', () =>
      portsViewGroup('Host ports').find((candidate) => candidate.label.startsWith('4010 ·')));
    assert.strictEqual(row.label, '4010 · api');
    assert.strictEqual(row.description, 'staging/compose.yaml:6 · on 127.0.0.1 only');
    assert.ok(portLensApi().indexedPaths().includes(STAGING));
    assert.ok(!isOpen(STAGING), 'it was read from disk, not opened');

    await vscode.workspace.fs.delete(fixtureUri('staging'), { recursive: true });
    await waitFor('the 4010 row to go once the folder is deleted', () =>
      !portsViewGroup('Host ports').some((candidate) => candidate.label.startsWith('4010 ·')));
    assert.ok(!portLensApi().indexedPaths().includes(STAGING));
  });

  it('portLens.index.enabled false keeps only what is open and the files beside it; true reads the workspace again', async () => {
    await waitFor('indexing to finish', () => portLensApi().indexState() === 'ready');
    await openFixture('compose.yaml');
    assert.ok(!isOpen('analytics/compose.yaml'));
    const config = vscode.workspace.getConfiguration('portLens');
    await config.update('index.enabled', false, vscode.ConfigurationTarget.Global);
    await waitFor('indexing to be off', () => portLensApi().indexState() === 'off');
    await waitFor('analytics/compose.yaml, never opened, to leave the model', () => !portLensApi().indexedPaths().includes('analytics/compose.yaml'));
    // compose.yaml is open: the files beside it are still read, as docker compose reads its .env.
    await waitFor('.env beside the open compose.yaml to be read', () => portLensApi().indexedPaths().includes('.env'));
    const beside = portLensApi().indexedPaths().filter((path) => !isOpen(path));
    assert.ok(beside.every((path) => !path.includes('/')), `only files beside open documents at the root: ${beside.join(', ')}`);

    await config.update('index.enabled', undefined, vscode.ConfigurationTarget.Global);
    await waitFor('indexing to finish again', () => portLensApi().indexState() === 'ready');
    assert.ok(portLensApi().indexedPaths().includes('analytics/compose.yaml'));
  });

  it('portLens.index.maxFiles caps how many files are read from disk (by path: .env first here); open files still count', async () => {
    await waitFor('indexing to finish', () => portLensApi().indexState() === 'ready');
    const config = vscode.workspace.getConfiguration('portLens');
    await config.update('index.maxFiles', 1, vscode.ConfigurationTarget.Global);
    await waitFor('analytics/compose.yaml, never opened, to be left out', () =>
      portLensApi().indexState() === 'ready' && !portLensApi().indexedPaths().includes('analytics/compose.yaml'));
    const fromDisk = portLensApi().indexedPaths().filter((path) => !isOpen(path));
    // The first file by path is .env: it is the one read, unless an earlier test left it open (then none is).
    assert.ok(fromDisk.every((path) => path === '.env'), `read from disk: ${fromDisk.join(', ')}`);

    await config.update('index.maxFiles', undefined, vscode.ConfigurationTarget.Global);
    await waitFor('analytics/compose.yaml to be read again', () =>
      portLensApi().indexState() === 'ready' && portLensApi().indexedPaths().includes('analytics/compose.yaml'));
  });
});
