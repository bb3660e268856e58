// The three moments Port Lens is built for, done in a real browser against the real workbench as a person
// would (issue 5): hover over 5432, find the dynamic-range warning in the Problems panel, look up kafka.
// Started by scripts/test-e2e.mjs, which serves the workbench and passes its address and the browser here.
import assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { useWorkbenchPage } from './workbenchPage';
import { clearNotifications, hoverOverText, openFile, quickInputBox, quickInputRow, runCommand, screenshot } from './workbench';

const composeLines = readFileSync(join(__dirname, '../fixtures/workspace/compose.yaml'), 'utf8').split('\n');
/** 1-based, as the Problems panel shows it. */
const lineNumberOf = (text: string): number => composeLines.findIndex((line) => line.includes(text)) + 1;

describe('Port Lens in VS Code for the web, used through the UI', function () {
  let page: Page;
  useWorkbenchPage((opened) => { page = opened; });

  it('hovering over 5432 in compose.yaml shows a hover naming PostgreSQL', async () => {
    await openFile(page, 'compose.yaml');
    await clearNotifications(page);
    const line = await hoverOverText(page, '"5432:5432"', 1, 4);
    const hover = page.locator('.monaco-hover').filter({ hasText: 'PostgreSQL' }).first();
    await hover.waitFor({ state: 'visible' });
    const text = await hover.innerText();
    assert.ok(text.includes('5432'), `hover text: ${text}`);
    console.log(`    screenshot: ${await screenshot(page, 'hover-5432')}`);
    console.log(`    screenshot: ${await screenshot(page, 'hover-5432-closeup', [hover, line])}`);
    await page.keyboard.press('Escape');
  });

  it('the Problems panel lists the dynamic-range warning for 50000', async () => {
    await openFile(page, 'compose.yaml');
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'dynamic-range' }).first();
    await row.waitFor({ state: 'visible' });
    const text = await row.innerText();
    assert.ok(text.includes('Port Lens'), `problem row: ${text}`);
    assert.ok(text.includes(`Ln ${lineNumberOf('"50000:50000"')},`), `problem row is not on the 50000:50000 line: ${text}`);
    console.log(`    screenshot: ${await screenshot(page, 'problems-dynamic-range')}`);
  });

  it('F1 → Port Lens: Look Up Port…, typing kafka and picking 9092 shows the entry with its actions', async () => {
    await clearNotifications(page);
    await runCommand(page, 'Port Lens: Look Up Port');
    // The picker may open on the port under the cursor; replace whatever it holds.
    const input = quickInputBox(page);
    await input.waitFor({ state: 'visible' });
    await input.fill('kafka');
    const result = quickInputRow(page, '9092');
    await result.waitFor({ state: 'visible' });
    console.log(`    screenshot: ${await screenshot(page, 'lookup-kafka-picker')}`);
    await result.click();
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: '9092' }).first();
    await toast.waitFor({ state: 'visible' });
    await toast.locator('.monaco-button', { hasText: 'Copy Port' }).waitFor({ state: 'visible' });
    await toast.locator('.monaco-button', { hasText: 'Insert at Cursor' }).waitFor({ state: 'visible' });
    assert.ok(/kafka/i.test(await toast.innerText()), `notification: ${await toast.innerText()}`);
    console.log(`    screenshot: ${await screenshot(page, 'lookup-kafka-notification')}`);
  });
});

describe('The Ports view and a mistake between files, in VS Code for the web', function () {
  let page: Page;
  useWorkbenchPage((opened) => { page = opened; });

  it('the Ports view in the Explorer lists the published ports of both compose projects, and web reached on 8080 where nothing listens', async () => {
    await clearNotifications(page);
    // Room for the view: the folder's tree above it is collapsed while the view is looked at.
    const folders = page.locator('.pane-header', { hasText: /Test Files/i }).first();
    await folders.click();
    await runCommand(page, 'Explorer: Focus on Ports View');
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Ports/i }) });
    const db = view.locator('.monaco-list-row', { hasText: '5432 · db' }).first();
    await db.waitFor({ state: 'visible' });
    const warehouse = view.locator('.monaco-list-row', { hasText: '5432 · warehouse' }).first();
    await warehouse.waitFor({ state: 'visible' });
    const dbText = await db.innerText();
    assert.ok(dbText.includes(`compose.yaml:${lineNumberOf('"5432:5432"')}`), `row: ${dbText}`);
    assert.ok((await warehouse.innerText()).includes('analytics/compose.yaml'), await warehouse.innerText());
    // Opening a row shows the container port and what reaches it.
    await db.locator('.monaco-tl-twistie').click();
    await view.locator('.monaco-list-row', { hasText: 'container 5432' }).first().waitFor({ state: 'visible' });
    await view.locator('.monaco-list-row', { hasText: '.env:6' }).first().waitFor({ state: 'visible' });
    // The Services group: web is marked, and opening it shows the port nginx reaches where nothing listens.
    await db.locator('.monaco-tl-twistie').click();
    const web = view.locator('.monaco-list-row', { hasText: /^web · compose\.yaml/ }).first();
    await web.waitFor({ state: 'visible' });
    await web.locator('.monaco-tl-twistie').click();
    await view.locator('.monaco-list-row', { hasText: '8080 · nothing listens there' }).first().waitFor({ state: 'visible' });
    console.log(`    screenshot: ${await screenshot(page, 'ports-view')}`);
    console.log(`    screenshot: ${await screenshot(page, 'ports-view-closeup', [view])}`);
    await folders.click();
  });

  it('opening nginx/nginx.conf shows the unreachable-port warning on proxy_pass http://web:8080 in the Problems panel', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^nginx$/ }).first().click();
    await openFile(page, 'nginx.conf');
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'unreachable-port' }).first();
    await row.waitFor({ state: 'visible' });
    const text = await row.innerText();
    assert.ok(text.includes('web:8080') && text.includes('3000'), `problem row: ${text}`);
    console.log(`    screenshot: ${await screenshot(page, 'problems-unreachable-port')}`);
  });
});
