// What a person does in VS Code for the web, as Playwright steps: open a file by name, point at a piece of
// text, open a panel, run a command. Every step waits on what the workbench shows, never on a fixed delay.
import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync } from 'fs';
import { join } from 'path';
import type { Locator, Page } from 'playwright-core';

export const SCREENSHOT_DIR = join(__dirname, '../../test-results/e2e');
/** The README's images: `PORT_LENS_DOCS_SCREENSHOTS=1 npm run test:e2e` refreshes them from this run. */
export const DOCS_DIR = join(__dirname, '../../docs');

/** A screenshot the README shows (docs/<name>.png), copied there when PORT_LENS_DOCS_SCREENSHOTS is set, and reduced
 *  to 8 colours without dithering when pngquant is installed: the .vsix packs the README's images (a third of its
 *  budget as raw screenshots), and the workbench's flat colours stay legible. */
export async function docsScreenshot(page: Page, name: string, around: Locator[] = []): Promise<string> {
  const path = await screenshot(page, name, around);
  if (process.env.PORT_LENS_DOCS_SCREENSHOTS) {
    const target = join(DOCS_DIR, `${name}.png`);
    copyFileSync(path, target);
    const reduced = spawnSync('pngquant', ['--force', '--speed', '1', '--strip', '--nofs', '--output', target, '8', path]);
    if (reduced.error || reduced.status !== 0) console.warn(`${name}.png: pngquant did not run; the copy in docs/ is the raw screenshot (reduce it before committing)`);
  }
  return path;
}

/** Saves a PNG of the page, or of the part of it that holds all the `around` elements (plus a margin). */
export async function screenshot(page: Page, name: string, around: Locator[] = []): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  const boxes = (await Promise.all(around.map((locator) => locator.boundingBox()))).filter((box) => box !== null);
  const margin = 24;
  const clip =
    boxes.length === 0
      ? undefined
      : {
          x: Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin),
          y: Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin),
          width: Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x)) + 2 * margin,
          height: Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y)) + 2 * margin,
        };
  // Finished animations, so that a toast that is still fading in is captured as a person then sees it.
  await page.screenshot({ path, clip, animations: 'disabled' });
  return path;
}

/** Loads the workbench and waits until the explorer lists the sample workspace. */
export async function openWorkbench(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'compose.yaml' }).waitFor({ state: 'visible' });
}

/** The quick input (Ctrl+P, F1, and extensions' QuickPicks). */
export function quickInput(page: Page): Locator {
  return page.locator('.quick-input-widget');
}

/** The quick input's text box (the widget also holds checkbox inputs). */
export function quickInputBox(page: Page): Locator {
  return quickInput(page).locator('.quick-input-box input');
}

export function quickInputRow(page: Page, text: string | RegExp): Locator {
  return quickInput(page).locator('.monaco-list-row', { hasText: text }).first();
}

/**
 * Opens a top-level file of the workspace by clicking it in the Explorer; resolves when the editor shows it.
 * (Ctrl+P cannot find files here: the in-memory folder test-web mounts answers file searches with nothing.)
 */
export async function openFile(page: Page, fileName: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ state: 'visible' });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor({ state: 'visible' });
}

/**
 * Moves the mouse over the `length` characters that start `offset` characters into the first rendered
 * occurrence of `context` in the active editor (e.g. `5432` inside `"5432:5432"`). Returns the line.
 */
export async function hoverOverText(page: Page, context: string, offset: number, length: number): Promise<Locator> {
  const line = page
    .locator('.editor-group-container.active .monaco-editor .view-lines .view-line', { hasText: context })
    .filter({ visible: true })
    .first();
  await line.waitFor({ state: 'visible' });
  // Text and position are read in one step, and again until the line is laid out: right after a file
  // opens, the editor can show a line before its text has a size.
  const measure = () =>
    line.locator(':scope > span').evaluate((span) => {
      const rect = span.getBoundingClientRect();
      return { text: (span.textContent ?? '').replace(/\u00a0/g, ' '), x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    });
  let measured = await measure();
  for (const deadline = Date.now() + 10000; measured.width === 0 && Date.now() < deadline; ) {
    await page.waitForTimeout(50); // a poll interval, not a wait for the result
    measured = await measure();
  }
  const text = measured.text;
  const at = text.indexOf(context);
  if (at < 0 || measured.width === 0) throw new Error(`${JSON.stringify(context)} is not laid out in the active editor: ${JSON.stringify(measured)}`);
  const charWidth = measured.width / text.length;
  const x = measured.x + (at + offset + length / 2) * charWidth;
  const y = measured.y + measured.height / 2;
  // Come from the left, as a pointer does, so that the editor sees the mouse move onto the word.
  await page.mouse.move(measured.x, y);
  await page.mouse.move(x, y, { steps: 5 });
  return line;
}

/** F1, type the command's title, Enter on the matching row. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = quickInputBox(page);
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await quickInputRow(page, title).waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

/**
 * Dismisses every notification, as a person would before looking at a new one. The workbench sometimes
 * reports that its Welcome page's webview could not register a service worker in headless Chromium.
 */
export async function clearNotifications(page: Page): Promise<void> {
  await runCommand(page, 'Notifications: Clear All Notifications');
  await page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'hidden' });
}
