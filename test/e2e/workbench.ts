// What a person does in VS Code for the web, as Playwright steps: open a file by name, point at a piece of
// text, open a panel, run a command. Every step waits on what the workbench shows, never on a fixed delay.
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Locator, Page } from 'playwright-core';

export const SCREENSHOT_DIR = join(__dirname, '../../test-results/e2e');

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
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
 * occurrence of `context` in the active editor (e.g. `5432` inside `"5432:5432"`).
 */
export async function hoverOverText(page: Page, context: string, offset: number, length: number): Promise<void> {
  const line = page
    .locator('.editor-group-container.active .monaco-editor .view-lines .view-line', { hasText: context })
    .first();
  await line.waitFor({ state: 'visible' });
  // The line's inner span is exactly as wide as its text, and the editor font is monospaced.
  const content = line.locator(':scope > span');
  const text = (await content.innerText()).replace(/\u00a0/g, ' ');
  const box = await content.boundingBox();
  const at = text.indexOf(context);
  if (!box || at < 0 || text.length === 0) throw new Error(`${JSON.stringify(context)} is not rendered in the active editor`);
  const charWidth = box.width / text.length;
  const x = box.x + (at + offset + length / 2) * charWidth;
  const y = box.y + box.height / 2;
  // Come from the left, as a pointer does, so that the editor sees the mouse move onto the word.
  await page.mouse.move(box.x, y);
  await page.mouse.move(x, y, { steps: 5 });
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
