// The editor reports a Home Assistant add-on's own config.yaml, as `port-lens check` does (addonConfigPorts.ts),
// though the index reads it as one of the add-on's files (a source, otherwise never reported on): an ingress_port
// nothing in the add-on listens on is an unreachable-port warning there, closed and open, and an edit to the open
// document moves it. The add-on is written into the sample workspace for this test only and deleted after it, so
// that the other tests (and the command line's findings over the sample workspace) do not see it.
import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, codeOf, fixtureUri, portLensApi, portLensDiagnostics } from './workspace';

const FOLDER = 'ha-addon';
const CONFIG = `${FOLDER}/config.yaml`;
const RUN = `${FOLDER}/rootfs/etc/services.d/app/run`;
// The shape of test/unit/workspace-addonConfigPorts.test.ts: the Supervisor's base image, nginx on 8099 for Ingress,
// the app on 5000; ingress_port says 3000, where nothing listens (line 10).
const CONFIG_TEXT = [
  'name: Example App', 'version: "1.2.0"', 'slug: example_app', 'description: An example add-on', 'arch:', '  - aarch64', '  - amd64',
  'init: false', 'ingress: true', 'ingress_port: 3000', 'panel_icon: mdi:application', 'ports:', '  5000/tcp: 5000',
  'ports_description:', '  5000/tcp: Web interface (not needed for Ingress)', 'webui: "http://[HOST]:[PORT:5000]/"', 'options:', '  log_level: info', 'schema:', '  log_level: str', '',
].join('\n');
const FILES: Record<string, string> = {
  [CONFIG]: CONFIG_TEXT,
  [`${FOLDER}/rootfs/etc/nginx/http.d/ingress.conf`]: 'server {\n    listen 8099 default_server;\n    allow 172.30.32.2;\n    deny all;\n    location / {\n        proxy_pass http://127.0.0.1:5000;\n    }\n}\n',
  [RUN]: '#!/usr/bin/with-contenv bashio\nbashio::log.info "Starting the app"\nexec python3 -m app --host 0.0.0.0 --port 5000\n',
  // Last: the folder is asked whether it is an add-on when its Dockerfile is read.
  [`${FOLDER}/Dockerfile`]: 'ARG BUILD_FROM\nFROM $BUILD_FROM\nRUN apk add --no-cache nginx python3\nCOPY rootfs /\n',
};

function unreachable(): vscode.Diagnostic[] {
  return portLensDiagnostics(fixtureUri(CONFIG)).filter((diagnostic) => codeOf(diagnostic) === 'unreachable-port');
}

describe('A Home Assistant add-on\'s config file', () => {
  before(async () => {
    await activatePortLens();
    await waitFor('indexing to finish', () => portLensApi().indexState() === 'ready');
    for (const [path, text] of Object.entries(FILES)) await vscode.workspace.fs.writeFile(fixtureUri(path), new TextEncoder().encode(text));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fixtureUri(FOLDER), { recursive: true });
    // A closed document may stay among the workspace's documents for a while (its text then still wins): index
    // again, as the Rebuild command does, so that the tests after this one see the sample workspace alone.
    await vscode.commands.executeCommand('portLens.index.rebuild');
    await waitFor('indexing to finish', () => portLensApi().indexState() === 'ready');
    await waitFor('the add-on to leave the index', () => {
      const left = portLensApi().sourcePaths().filter((path) => path.startsWith(`${FOLDER}/`));
      if (left.length > 0) throw new Error(left.join(', '));
      return unreachable().length === 0;
    });
  });

  it('reports an ingress_port nothing listens on, unopened, on its line; the add-on\'s other files stay unreported', async () => {
    const [diagnostic] = await waitFor('unreachable-port on ha-addon/config.yaml', () => {
      const found = unreachable();
      return found.length > 0 && found;
    }, 30000);
    assert.strictEqual(diagnostic.range.start.line, 9, `on the ingress_port line, got line ${diagnostic.range.start.line + 1}`);
    assert.strictEqual(diagnostic.range.start.character, 'ingress_port: '.length);
    assert.match(diagnostic.message, /^ingress_port 3000 \(line 10\) .*nothing in the add-on listens on 3000/);
    assert.ok(portLensApi().sourcePaths().includes(CONFIG), portLensApi().sourcePaths().join(', '));
    assert.deepStrictEqual(portLensDiagnostics(fixtureUri(RUN)), []);
  });

  it('open, its findings come from the editor\'s text: fixing the port takes the warning away, undoing brings it back', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri(CONFIG));
    const editor = await vscode.window.showTextDocument(document);
    await waitFor('the warning on the open config', () => unreachable().length > 0);
    const at = document.positionAt(CONFIG_TEXT.indexOf('3000'));
    await editor.edit((edit) => edit.replace(new vscode.Range(at, at.translate(0, 4)), '8099'));
    await waitFor('the warning to go once the unsaved text says 8099', () => unreachable().length === 0);
    // A line added above moves it: the range follows the open text, not the disk's.
    await editor.edit((edit) => {
      edit.replace(new vscode.Range(at, at.translate(0, 4)), '3000');
      edit.insert(new vscode.Position(0, 0), '# edited\n');
    });
    const [diagnostic] = await waitFor('the warning back, a line lower', () => {
      const found = unreachable();
      return found.length > 0 && found[0].range.start.line === 10 && found;
    });
    assert.match(diagnostic.message, /^ingress_port 3000 \(line 11\)/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the reverted text to count', () => unreachable().some((found) => found.range.start.line === 9));
  });
});
