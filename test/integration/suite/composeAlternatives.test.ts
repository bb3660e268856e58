// `docker compose up` reads compose.yaml (and its override) only: a docker-compose.dev.yml beside it is started with
// -f, an alternative. Its web service running the Node debugger with another command must not make the sample's
// web (compose.yaml) uncertain: the nginx warning on proxy_pass http://web:8080 stays. The file is created at run
// time (an in-memory file system in the web host), so that the sample workspace and the other suites stay as they are.
import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, diagnosticsOnLine, fixtureUri, openFixture, portLensApi, portsViewGroup } from './workspace';

const ALTERNATIVE = 'docker-compose.dev.yml';
const ALTERNATIVE_TEXT = 'services:\n  web:\n    build: .\n    command: node --inspect=0.0.0.0:9229 server.js --port 8080\n';

describe('A compose file started with -f is an alternative, not merged with compose.yaml', () => {
  after(async () => {
    try {
      await vscode.workspace.fs.delete(fixtureUri(ALTERNATIVE));
    } catch {
      // Already deleted by the test.
    }
  });

  it('docker-compose.dev.yml\'s command for web leaves the unreachable-port warning of compose.yaml\'s web in place', async () => {
    await activatePortLens();
    const nginx = (await openFixture('nginx/nginx.conf')).document;
    const warned = () => diagnosticsOnLine(nginx, 'unreachable-port', 'proxy_pass http://web:8080');
    await waitFor('the unreachable-port warning on web:8080', () => warned().length > 0);

    await vscode.workspace.fs.writeFile(fixtureUri(ALTERNATIVE), new TextEncoder().encode(ALTERNATIVE_TEXT));
    // The file is read (the index lists it), and it is its own project in the Ports view.
    await waitFor('docker-compose.dev.yml in the index', () => portLensApi().indexedPaths().some((path) => path.endsWith(ALTERNATIVE)));
    await waitFor('the alternative\'s web in the Ports view', () => JSON.stringify(portsViewGroup('Services')).includes(`service:${ALTERNATIVE}:web`));
    assert.ok(warned().length > 0, 'the warning on compose.yaml\'s web stays beside the alternative');
    // Its tooltip says how the project is started (-f and the file), not "in docker-compose.dev.yml/" as if a folder.
    const row = portsViewGroup('Services').find((candidate) => candidate.id === `service:${ALTERNATIVE}:web`);
    assert.match(row?.tooltip ?? '', /^Service `web` of the compose project started with `-f docker-compose\.dev\.yml`/);
    // A folder's project still says its folder.
    const warehouse = portsViewGroup('Services').find((candidate) => candidate.label === 'warehouse');
    assert.match(warehouse?.tooltip ?? '', /of the compose project in `analytics\/`/);

    await vscode.workspace.fs.delete(fixtureUri(ALTERNATIVE));
    await waitFor('the alternative to leave the index', () => !portLensApi().indexedPaths().some((path) => path.endsWith(ALTERNATIVE)));
    assert.ok(warned().length > 0);
  });
});
