// One browser page on the served workbench per describe block, with a screenshot of every failure: the mocha
// hooks each e2e suite needs, in one place.
import assert from 'assert';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openWorkbench, screenshot } from './workbench';

/** Call inside `describe`: opens the workbench (address and browser from scripts/test-e2e.mjs) before the
 *  block's tests and hands the page to `use`. */
export function useWorkbenchPage(use: (page: Page) => void): void {
  let browser: Browser | undefined;
  let page: Page | undefined;

  before(async () => {
    const url = process.env.PORT_LENS_WORKBENCH_URL;
    const executablePath = process.env.CHROME_PATH;
    assert.ok(url && executablePath, 'run through scripts/test-e2e.mjs (npm run test:e2e), which sets the workbench address and browser');
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openWorkbench(page, url);
    use(page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const name = `failed-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
      console.log(`    screenshot of the failure: ${await screenshot(page, name)}`);
    }
  });

  after(async () => {
    await browser?.close();
  });
}
