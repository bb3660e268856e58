// Ports across files, through the editor's own commands: Find All References and document highlights link
// nginx's `web:3000` to compose's `expose:` and the Dockerfile's EXPOSE; Go to Definition on a target opens
// where the target container's port is declared; the sample's nginx `proxy_pass http://web:8080` is an
// unreachable-port warning that goes when the Dockerfile makes `web` listen on 8080, and comes back.
import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, codeOf, diagnosticsOnLine, hoverText, openFixture, portLensApi, positionOf, revert } from './workspace';

/** `path:line: text of the line` for each location, so that a failure shows where they point. */
async function describeLocations(locations: readonly (vscode.Location | vscode.LocationLink)[]): Promise<string[]> {
  const out: string[] = [];
  for (const location of locations) {
    const uri = 'targetUri' in location ? location.targetUri : location.uri;
    const range = 'targetRange' in location ? (location.targetSelectionRange ?? location.targetRange) : location.range;
    const document = await vscode.workspace.openTextDocument(uri);
    out.push(`${vscode.workspace.asRelativePath(uri)}:${range.start.line + 1}: ${document.lineAt(range.start.line).text.trim()} [${document.getText(range)}]`);
  }
  return out.sort();
}

async function indexed(): Promise<void> {
  await activatePortLens();
  await waitFor('indexing to finish', () => portLensApi().indexState() === 'ready');
}

describe('Ports across files', () => {
  before(indexed);

  it('Find All References on nginx\'s upstream web:3000 lists the Dockerfile\'s EXPOSE 3000 and ENV PORT, compose\'s expose: and itself', async () => {
    const nginx = (await openFixture('nginx/nginx.conf')).document;
    const at = positionOf(nginx, '3000', 1, 'server web:');
    const locations = await waitFor('references of web:3000 beyond nginx.conf', async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', nginx.uri, at);
      return (found ?? []).length > 1 && found;
    });
    const described = await describeLocations(locations);
    const expected = [
      'Dockerfile:13: EXPOSE 3000/tcp [3000]',
      'Dockerfile:5: ENV PORT=${PORT} \\ [${PORT}]',
      'compose.yaml:20: - "3000" [3000]',
      'nginx/nginx.conf:8: server web:3000; [3000]',
    ];
    for (const line of expected) assert.ok(described.includes(line), `missing ${line}; got:\n${described.join('\n')}`);
    // web:8080 reaches nothing: it is no reference of 3000, nor is gitea's own 3000 (git:3000).
    assert.ok(!described.some((line) => line.includes('8080') || line.includes('git:3000')), described.join('\n'));
  });

  it('document highlights on the Dockerfile\'s EXPOSE 3000 mark the ENV PORT that sets the same port', async () => {
    const dockerfile = (await openFixture('Dockerfile')).document;
    const highlights = await waitFor('two highlights in the Dockerfile', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', dockerfile.uri, positionOf(dockerfile, '3000', 1, 'EXPOSE'));
      return (found ?? []).length >= 2 && found;
    });
    const lines = highlights.map((highlight) => highlight.range.start.line + 1).sort((a, b) => a - b);
    assert.deepStrictEqual(lines, [5, 13]);
  });

  it('Go to Definition on web:3000 in nginx.conf opens where web\'s 3000 is declared: the Dockerfile and compose\'s expose:', async () => {
    const nginx = (await openFixture('nginx/nginx.conf')).document;
    const definitions = await waitFor('definitions of web:3000', async () => {
      const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', nginx.uri, positionOf(nginx, '3000', 2, 'server web:'));
      return (found ?? []).length > 0 && found;
    });
    const described = await describeLocations(definitions);
    assert.ok(described.includes('Dockerfile:13: EXPOSE 3000/tcp [3000]'), described.join('\n'));
    assert.ok(described.includes('compose.yaml:20: - "3000" [3000]'), described.join('\n'));
    assert.ok(described.every((line) => !line.startsWith('nginx/')), `the target itself is no definition:\n${described.join('\n')}`);
  });

  it('Go to Definition on db:5432 in .env\'s DATABASE_URL opens the container port of compose\'s "5432:5432"', async () => {
    const env = (await openFixture('.env')).document;
    const definitions = await waitFor('definitions of db:5432', async () => {
      const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', env.uri, positionOf(env, '5432', 1, 'DATABASE_URL'));
      return (found ?? []).length > 0 && found;
    });
    const described = await describeLocations(definitions);
    assert.deepStrictEqual(described, ['compose.yaml:31: - "5432:5432" [5432]']);
    const compose = (await openFixture('compose.yaml')).document;
    const [location] = definitions as vscode.Location[];
    assert.strictEqual(compose.offsetAt(location.range.start), compose.getText().indexOf('"5432:5432"') + 6, 'the container side, not the host side');
  });

  it('the hover over compose.yaml\'s host port 5432 says the analytics project publishes it too', async () => {
    const compose = (await openFixture('compose.yaml')).document;
    const text = await waitFor('a hover naming the other project', async () => {
      const shown = await hoverText(compose, positionOf(compose, '5432', 2, '- "5432:5432"'));
      return shown.includes('Also published by') && shown;
    });
    assert.match(text, /Also published by `warehouse` in `analytics\/compose\.yaml` line 20/);
    // Not a diagnostic: the two projects may never run together.
    assert.deepStrictEqual(diagnosticsOnLine(compose, 'host-port-conflict', '"5432:5432"'), []);
  });

  it('the hover over nginx\'s web:8080 says which service it reaches and what that service listens on', async () => {
    const nginx = (await openFixture('nginx/nginx.conf')).document;
    const text = await waitFor('a hover naming the service reached', async () => {
      const shown = await hoverText(nginx, positionOf(nginx, '8080', 1, 'proxy_pass http://web:'));
      return shown.includes('Reaches') && shown;
    });
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    // The most specific fact right under the title: what web is and listens on, not the registry's list.
    assert.match(lines[1], /^Reaches `web` \(compose\.yaml:16\), which listens on 3000 \(Dockerfile:13\) and 9229 \(Dockerfile:15\)\.$/, text);
    assert.ok(!lines.some((line) => line.startsWith('- ')), `the registry's uses are one line:\n${text}`);
    assert.match(text, /^Also used by: .*Spring Boot/m);
    // The warning VS Code shows with the hover is not repeated, only pointed at.
    const [warning] = await waitFor('the unreachable-port warning', () => {
      const found = diagnosticsOnLine(nginx, 'unreachable-port', 'proxy_pass http://web:8080');
      return found.length > 0 && found;
    });
    assert.ok(!text.includes(warning.message.slice(0, 30)), text);
    assert.match(text, /See the problem reported here \(unreachable-port\)/);
    assert.ok(lines.length <= 10, `${lines.length} lines:\n${text}`);
  });

  describe('unreachable-port', () => {
    let dockerfile: vscode.TextDocument | undefined;
    afterEach(async () => {
      if (dockerfile) await revert(dockerfile);
    });

    it('warns on nginx\'s web:8080 naming what web listens on, goes when the Dockerfile exposes 8080 (unsaved), and comes back on revert', async () => {
      const nginx = (await openFixture('nginx/nginx.conf')).document;
      const unreachable = () => diagnosticsOnLine(nginx, 'unreachable-port', 'proxy_pass http://web:8080');
      const [warning] = await waitFor('an unreachable-port warning on web:8080', () => unreachable().length > 0 && unreachable());
      assert.strictEqual(warning.severity, vscode.DiagnosticSeverity.Warning);
      assert.strictEqual(nginx.getText(warning.range), '8080');
      // One plain sentence; the places that prove it (the most trusted one per port) are related information, each
      // a location to click.
      assert.strictEqual(warning.message, 'Nothing listens on web:8080: service web listens on 3000 and 9229.');
      assert.strictEqual(codeOf(warning), 'unreachable-port');
      const related = (warning.relatedInformation ?? []).map((info) => `${vscode.workspace.asRelativePath(info.location.uri)}:${info.location.range.start.line + 1}: ${info.message}`);
      assert.deepStrictEqual(related, [
        'Dockerfile:13: web listens on 3000: EXPOSE in the Dockerfile it is built from.',
        'Dockerfile:15: web listens on 9229: EXPOSE in the Dockerfile it is built from.',
      ]);

      // Another file changes: web's image now listens on 8080 as well.
      const opened = (await openFixture('Dockerfile')).document;
      dockerfile = opened;
      const edit = new vscode.WorkspaceEdit();
      const at = positionOf(opened, '9229', 0, 'EXPOSE 9229');
      edit.replace(opened.uri, new vscode.Range(at, at.translate(0, 4)), '8080');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(opened.isDirty, 'the edit is unsaved');
      await waitFor('the unreachable-port warning to go', () => unreachable().length === 0);

      await revert(opened);
      await waitFor('the unreachable-port warning to come back once the Dockerfile is reverted', () => unreachable().length > 0);
    });
  });
});
