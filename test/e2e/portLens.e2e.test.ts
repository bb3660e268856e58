// What a person sees, done in a real browser against the real workbench (issues 5 and 21): the hover over 5432
// and over nginx's web:8080 (short, most specific first, the warning not repeated), the Problems panel (one
// dynamic-range warning per mapping; unreachable-port with its evidence as related information, and a quick fix
// per port web listens on), the lookup (the core's order, why nothing is found, a readable entry), and the Port
// Map view. Started by scripts/test-e2e.mjs, which serves the workbench and passes its address and the browser
// here. The screenshots the README shows go to docs/ with PORT_LENS_DOCS_SCREENSHOTS=1.
import assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Locator, Page } from 'playwright-core';
import { useWorkbenchPage } from './workbenchPage';
import { clearNotifications, docsScreenshot, hoverOverText, openFile, quickInput, quickInputBox, quickInputRow, runCommand, screenshot } from './workbench';

const composeLines = readFileSync(join(__dirname, '../fixtures/workspace/compose.yaml'), 'utf8').split('\n');
/** 1-based, as the Problems panel shows it. */
const lineNumberOf = (text: string): number => composeLines.findIndex((line) => line.includes(text)) + 1;

/** The quick input's visible rows from top to bottom (the list positions rows itself: DOM order is not the
 *  order shown), their text without the word joiners that keep the picker from reordering port numbers. */
async function pickerRows(page: Page): Promise<string[]> {
  const rows = await quickInput(page).locator('.monaco-list-row').evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { top: box.top, shown: box.height > 0, text: (element as unknown as { innerText: string }).innerText };
    }));
  return rows.filter((row) => row.shown).sort((a, b) => a.top - b.top).map((row) => row.text.replace(/\u2060/g, '').replace(/\s+/g, ' ').trim());
}

/** Types into the lookup and waits until its first rows are the ones expected (all of them: the rows of the query
 *  before may still be shown, and may start alike). */
async function lookUp(page: Page, query: string, ...firstRows: RegExp[]): Promise<string[]> {
  const input = quickInputBox(page);
  await input.fill(query);
  let rows: string[] = [];
  // Polled until the picker shows the answer (typing refills it); a deadline only to fail with what it showed.
  for (const deadline = Date.now() + 15000; Date.now() < deadline; ) {
    rows = await pickerRows(page);
    if (rows.length >= firstRows.length && firstRows.every((pattern, i) => pattern.test(rows[i]))) return rows;
    await page.waitForTimeout(50); // a poll interval, not a wait for the result
  }
  throw new Error(`after typing ${JSON.stringify(query)} the picker shows:\n${rows.join('\n')}`);
}

async function lineAndBox(locator: Locator) {
  const box = await locator.boundingBox();
  assert.ok(box, 'laid out');
  return box;
}

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
    console.log(`    screenshot: ${await docsScreenshot(page, 'hover', [hover, line])}`);
    await page.keyboard.press('Escape');
  });

  it('the Problems panel lists one dynamic-range warning for "51000:50000", on the host port', async () => {
    await openFile(page, 'compose.yaml');
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row', { hasText: 'dynamic-range' });
    const row = rows.first();
    await row.waitFor({ state: 'visible' });
    const text = await row.innerText();
    assert.ok(text.includes('Port Lens'), `problem row: ${text}`);
    assert.ok(text.includes(`Ln ${lineNumberOf('"51000:50000"')},`), `problem row is not on the 51000:50000 line: ${text}`);
    assert.ok(text.includes('Host port 51000 is in'), text);
    assert.strictEqual(await rows.filter({ hasText: `Ln ${lineNumberOf('"51000:50000"')},` }).count(), 1);
    assert.ok(!(await page.locator('.markers-panel').innerText()).includes('`'), 'no backticks in the Problems panel');
    console.log(`    screenshot: ${await screenshot(page, 'problems-dynamic-range')}`);
  });

  it('Look Up Port…: "80" keeps the core\'s order, "web server" finds 80 and 443, 70000 and zzzz say why, kafka → a readable entry', async () => {
    await clearNotifications(page);
    await runCommand(page, 'Port Lens: Look Up Port');
    await quickInputBox(page).waitFor({ state: 'visible' });
    const eighty = await lookUp(page, '80', /^80\D/, /^8080\D/, /^8000\D/);
    assert.ok(!eighty.some((row) => /· *$/.test(row)), eighty.join('\n'));
    console.log(`    screenshot: ${await docsScreenshot(page, 'lookup', [quickInput(page)])}`);
    // 80 then 443: the rows of "80" (80, 8080…) are not those.
    await lookUp(page, 'web server', /^80\D/, /^443\D/);
    const [range] = await lookUp(page, '70000', /out of range/);
    assert.match(range, /^70000 is out of range: port numbers run from 0 to 65535\./);
    const [none] = await lookUp(page, 'zzzz', /No port or service/);
    assert.match(none, /named or described as "zzzz"/);
    console.log(`    screenshot: ${await screenshot(page, 'lookup-nothing')}`);
    await lookUp(page, 'kafka', /^9092\D/);
    await quickInputRow(page, 'Kafka').click();
    // The entry: a picker titled with the port and its range, the actions, and a row per service.
    await quickInput(page).locator('.quick-input-title', { hasText: 'Port 9092 · registered (1024–49151)' }).waitFor({ state: 'visible' });
    await quickInputRow(page, 'Copy Port 9092').waitFor({ state: 'visible' });
    const entry = await pickerRows(page);
    assert.ok(entry.some((row) => /^Kafka/.test(row) && /common software/.test(row)), entry.join('\n'));
    console.log(`    screenshot: ${await docsScreenshot(page, 'lookup-entry', [quickInput(page)])}`);
    await page.keyboard.press('Escape');
  });
});

describe('A mistake between files and the Port Map view, in VS Code for the web', function () {
  let page: Page;
  useWorkbenchPage((opened) => { page = opened; });

  it('the Port Map view in the Explorer: both projects\' 5432 (only db\'s marked), and web reached on 8080 where nothing listens', async () => {
    await clearNotifications(page);
    // Room for the view: the folder's tree above it is collapsed while the view is looked at.
    const folders = page.locator('.pane-header', { hasText: /Test Files/i }).first();
    await folders.click();
    await runCommand(page, 'Explorer: Focus on Port Map View');
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Port Map/i }) });
    const db = view.locator('.monaco-list-row', { hasText: '5432 · db' }).first();
    await db.waitFor({ state: 'visible' });
    const warehouse = view.locator('.monaco-list-row', { hasText: '5432 · warehouse' }).first();
    await warehouse.waitFor({ state: 'visible' });
    const dbText = await db.innerText();
    assert.ok(dbText.includes(`compose.yaml:${lineNumberOf('"5432:5432"')}`), `row: ${dbText}`);
    assert.ok((await warehouse.innerText()).includes('analytics/compose.yaml'), await warehouse.innerText());
    // Another project publishing 5432 is no problem: the Problems panel has none, so no ⚠ either.
    assert.strictEqual(await db.locator('.codicon-warning').count(), 1);
    assert.strictEqual(await warehouse.locator('.codicon-warning').count(), 0);
    // Opening a row shows the container port and what reaches it.
    await db.locator('.monaco-tl-twistie').click();
    await view.locator('.monaco-list-row', { hasText: 'container 5432' }).first().waitFor({ state: 'visible' });
    await view.locator('.monaco-list-row', { hasText: '.env:6' }).first().waitFor({ state: 'visible' });
    // The Services group: web is marked, and opening it shows the port nginx reaches where nothing listens.
    await db.locator('.monaco-tl-twistie').click();
    // Host ports folded, so that the Services below it are in view (the list draws only the rows on screen).
    await view.locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: /^Host ports$/ }) }).first().locator('.monaco-tl-twistie').click();
    const web = view.locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: /^web$/ }) }).first();
    await web.waitFor({ state: 'visible' });
    assert.match(await web.innerText(), /compose\.yaml:\d+ · listens on 3000, 9229/);
    await web.locator('.monaco-tl-twistie').click();
    await view.locator('.monaco-list-row', { hasText: 'nothing listens there' }).filter({ hasText: '8080' }).first().waitFor({ state: 'visible' });
    console.log(`    screenshot: ${await screenshot(page, 'ports-view')}`);
    console.log(`    screenshot: ${await docsScreenshot(page, 'port-map', [view])}`);
    await folders.click();
  });

  it('nginx/nginx.conf: the hover on web:8080 leads with what web listens on; Problems shows unreachable-port with its evidence; a fix per port', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^nginx$/ }).first().click();
    await openFile(page, 'nginx.conf');
    await page.keyboard.press('Control+Shift+M');
    // Problems lists every indexed file (portLens.diagnostics.scope), in a list that draws only the rows in view:
    // filtered to this file, as a person would, so that its rows are on screen.
    const filter = page.getByPlaceholder(/^Filter \(e\.g\./).first();
    await filter.fill('**/nginx.conf');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'unreachable-port' }).filter({ hasText: 'web:8080' }).first();
    await row.waitFor({ state: 'visible' }).catch(async (error: Error) => {
      // Seen once in about 50 runs, not reproduced since: say what the panel showed, to find out why.
      const shown = await page.locator('.markers-panel').innerText({ timeout: 1000 }).catch(() => '(no Problems panel)');
      const typed = await filter.inputValue({ timeout: 1000 }).catch(() => '(no filter)');
      throw new Error(`${error.message}\nfilter: ${JSON.stringify(typed)}\nProblems panel:\n${shown}`);
    });
    const text = await row.innerText();
    assert.ok(text.includes('Nothing listens on web:8080: service web listens on 3000 and 9229.'), `problem row: ${text}`);
    // The places that prove it, as related information under the problem (each opens its line); the panel made
    // tall enough to show them all.
    await runCommand(page, 'View: Toggle Maximized Panel');
    for (const evidence of ['web listens on 3000: EXPOSE in the Dockerfile it is built from.', 'web listens on 9229: EXPOSE in the Dockerfile it is built from.']) {
      await page.locator('.markers-panel .monaco-list-row', { hasText: evidence }).first().waitFor({ state: 'visible' });
    }
    assert.ok(!(await page.locator('.markers-panel').innerText()).includes('`'), 'no backticks in the Problems panel');
    const rows = page.locator('.markers-panel .monaco-list-row');
    const lastEvidence = rows.filter({ hasText: 'web listens on 9229' }).first();
    console.log(`    screenshot: ${await docsScreenshot(page, 'problems', [row, lastEvidence])}`);
    await runCommand(page, 'View: Toggle Maximized Panel');
    // A click on the problem shows its line in the editor.
    await row.click();
    await filter.fill('');
    // The editor as one works in it: the panel closed.
    await page.keyboard.press('Control+J');
    await page.locator('.markers-panel').waitFor({ state: 'hidden' });

    // The hover: what web listens on first, the registry on one line, the warning once (VS Code's part of it).
    const line = await hoverOverText(page, 'proxy_pass http://web:8080', 'proxy_pass http://web:'.length, 4);
    const hover = page.locator('.monaco-hover').filter({ hasText: 'Reaches' }).first();
    await hover.waitFor({ state: 'visible' });
    const hoverText = await hover.innerText();
    assert.strictEqual(hoverText.split('Nothing listens on web:8080').length - 1, 1, hoverText);
    const reaches = hoverText.indexOf('Reaches web');
    assert.ok(reaches >= 0 && reaches < hoverText.indexOf('Also used by'), hoverText);
    // Short enough to read without scrolling: its last line is inside the hover.
    const last = hover.locator('text=See the problem reported here').first();
    const [box, lastBox] = [await lineAndBox(hover), await lineAndBox(last)];
    assert.ok(lastBox.y + lastBox.height <= box.y + box.height + 1, `the hover's last line is cut off: ${JSON.stringify({ box, lastBox })}`);
    console.log(`    screenshot: ${await docsScreenshot(page, 'hover-nginx', [hover, line])}`);
    await page.keyboard.press('Escape');

    // Quick fixes on 8080: one per port web listens on.
    await page.mouse.down();
    await page.mouse.up();
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget').filter({ hasText: 'Use port 3000' }).first();
    await menu.locator('.monaco-list-row', { hasText: 'Use port 3000' }).first().waitFor({ state: 'visible' });
    await menu.locator('.monaco-list-row', { hasText: 'Use port 9229' }).first().waitFor({ state: 'visible' });
    console.log(`    screenshot: ${await docsScreenshot(page, 'quick-fix', [menu, line])}`);
    await page.keyboard.press('Escape');
  });
});
