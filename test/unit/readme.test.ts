// The README's pictures: every image it shows is in the repository (and so in the .vsix, which packages docs/),
// and it shows the Port Map view, the Problems panel and the lookup, as the end-to-end test saw them
// (`PORT_LENS_DOCS_SCREENSHOTS=1 npm run test:e2e` writes them into docs/).
import * as assert from 'assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]);

describe('the README\'s pictures', () => {
  it('every image it shows exists, and it shows the hover, the Port Map view, the Problems panel and the lookup', () => {
    for (const image of images) assert.ok(existsSync(join(ROOT, image)), image);
    for (const image of ['docs/hover.png', 'docs/port-map.png', 'docs/problems.png', 'docs/lookup.png']) assert.ok(images.includes(image), image);
  });

  it('each image is a PNG of a screenshot size, not a placeholder', () => {
    for (const image of images) {
      const png = readFileSync(join(ROOT, image));
      assert.strictEqual(png.subarray(1, 4).toString('ascii'), 'PNG', image);
      assert.ok(png.readUInt32BE(16) >= 300 && png.readUInt32BE(20) >= 100, `${image}: ${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`);
    }
  });
});
