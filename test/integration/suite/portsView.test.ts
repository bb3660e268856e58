// The Ports view lists every host port the workspace publishes, one row per publish, with the service, what
// it runs and where it is written; problems mark their rows and clicking a row opens its line.
import assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './waitFor';
import { activatePortLens, openFixture, portLensApi, positionOf, type PortsViewRow } from './workspace';

async function rows(): Promise<PortsViewRow[]> {
  await waitFor('indexing to finish', () => portLensApi().indexState() === 'ready');
  return waitFor('the Ports view to list analytics/compose.yaml', () => {
    const found = portLensApi().portsViewRows();
    return found.some((row) => row.label.includes('analytics/compose.yaml')) && found;
  });
}

/** 1-based line of `needle` in a fixture file, as the view shows it. */
async function lineOf(relativePath: string, needle: string): Promise<number> {
  const document = await vscode.workspace.openTextDocument((await openFixture(relativePath)).document.uri);
  return positionOf(document, needle).line + 1;
}

describe('The Ports view', () => {
  before(activatePortLens);

  it('lists the published host ports in order, one row per publish: "5432 · db (PostgreSQL) · compose.yaml:31"', async () => {
    const all = await rows();
    const dbLine = await lineOf('compose.yaml', '"5432:5432"');
    const labels = all.map((row) => row.label);
    // What the service runs comes from the image table (postgres:16 → PostgreSQL), through the image the
    // scanner gives each mention; without it the row still names the service and the place.
    const db = labels.find((label) => label.startsWith('5432 · db'));
    assert.ok(db && new RegExp(`^5432 · db( \\(PostgreSQL\\))? · compose\\.yaml:${dbLine}$`).test(db), labels.join('\n'));
    const ports = labels.map((label) => Number(label.split(' ')[0]));
    assert.deepStrictEqual(ports, [...ports].sort((a, b) => a - b), 'sorted by port');
    assert.ok(ports.includes(80) && ports.includes(50000) && ports.includes(8025), `ports: ${ports.join(', ')}`);
    // `expose:` publishes nothing: web's 3000 is no row of its own.
    assert.ok(!labels.some((label) => label.includes('· web')), labels.join('\n'));
  });

  it('marks a row with its problem (exposed-all-interfaces on the db\'s 5432) and a cross-project publish in the tooltip', async () => {
    const db = (await rows()).find((row) => row.label.startsWith('5432 · db'));
    assert.ok(db);
    assert.strictEqual(db.icon, 'warning');
    assert.match(db.tooltip ?? '', /exposed-all-interfaces/);
    assert.match(db.tooltip ?? '', /Also published by `warehouse` in `analytics\/compose\.yaml`/);
    const warehouse = (await rows()).find((row) => row.label.startsWith('5432 · warehouse'));
    assert.ok(warehouse, 'the analytics project\'s 5432 is listed too');
    assert.strictEqual(warehouse.description, 'on 127.0.0.1 only');
    assert.match(warehouse.tooltip ?? '', /Also published by `db` in `compose\.yaml`/);
  });

  it('under a publish, the container port it forwards to and what reaches that port from other files', async () => {
    const db = (await rows()).find((row) => row.label.startsWith('5432 · db'));
    assert.ok(db);
    assert.deepStrictEqual(db.children.map((child) => child.label), ['container 5432']);
    const [container] = db.children;
    assert.strictEqual(container.description, '2 places refer to it');
    const urlLine = await lineOf('compose.yaml', 'DATABASE_URL: postgres://');
    const envLine = await lineOf('.env', 'DATABASE_URL=');
    assert.deepStrictEqual(container.children.map((child) => child.label).sort(), [`.env:${envLine} · DATABASE_URL`, `compose.yaml:${urlLine} · environment DATABASE_URL`].sort());
    assert.ok(container.children.every((child) => child.command), 'each row opens its line');
  });

  it('a row without problems has none marked (6379 on 127.0.0.1)', async () => {
    const cache = (await rows()).find((row) => row.label.startsWith('6379 ·'));
    assert.ok(cache);
    assert.strictEqual(cache.icon, 'plug');
  });

  it('clicking a row opens its line', async () => {
    const all = await rows();
    const ci = all.find((row) => row.label.startsWith('50000 ·'));
    assert.ok(ci?.command, 'the row has a command');
    await vscode.commands.executeCommand(ci.command.command, ...(ci.command.arguments ?? []));
    const editor = await waitFor('compose.yaml to be the active editor', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.path.endsWith('/compose.yaml') && !active.document.uri.path.includes('analytics') && active;
    });
    const line = editor.document.lineAt(editor.selection.active.line).text;
    assert.ok(line.includes('"50000:50000"'), `the cursor is on: ${line}`);
    assert.strictEqual(editor.document.getText(editor.selection), '50000');
  });
});
