// The README's pictures: every image it shows is in the repository (and so in the .vsix, which packages docs/),
// and the screenshots are those the end-to-end test takes (scripts/readmeScreenshots.mjs copies them).
import * as assert from 'assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]);

describe('the README\'s pictures', () => {
  it('every image it shows exists, and it shows the Ports view, the Problems panel and the lookup', () => {
    for (const image of images) assert.ok(existsSync(join(ROOT, image)), image);
    for (const image of ['docs/ports-view.png', 'docs/problems.png', 'docs/lookup.png']) assert.ok(images.includes(image), image);
  });

  it('its screenshots come from screenshots the end-to-end test takes', async () => {
    const { README_SCREENSHOTS } = await import('../../scripts/readmeScreenshots.mjs');
    const e2e = readFileSync(join(ROOT, 'test/e2e/portLens.e2e.test.ts'), 'utf8');
    for (const [target, name] of Object.entries(README_SCREENSHOTS)) {
      assert.ok(images.includes(`docs/${target}`), `the README shows docs/${target}`);
      assert.ok(e2e.includes(`screenshot(page, '${name}'`), `the e2e test takes ${name}`);
    }
  });
});
