// Copies the README's screenshots from the last end-to-end run (test-results/e2e/, written by
// test/e2e/portLens.e2e.test.ts as it drives VS Code for the web) into docs/, so that the README shows what
// the tests saw:  npm run test:e2e && node scripts/readmeScreenshots.mjs
// They are packaged in the .vsix (VS Code shows the README from the installed extension), so when `pngquant`
// is installed (Debian's package of that name) they are reduced to a palette: about a third of the bytes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './vscodeWebBuilds.mjs';

/** docs/ file ← the e2e test's screenshot name. */
export const README_SCREENSHOTS = {
  'ports-view.png': 'ports-view-closeup',
  'problems.png': 'problems-unreachable-port',
  'lookup.png': 'lookup-kafka-picker',
};

if (import.meta.url === `file://${process.argv[1]}`) {
  let missing = 0;
  for (const [target, name] of Object.entries(README_SCREENSHOTS)) {
    const source = join(ROOT, 'test-results/e2e', `${name}.png`);
    if (!existsSync(source)) {
      console.error(`missing ${source}: run npm run test:e2e first`);
      missing++;
      continue;
    }
    const out = join(ROOT, 'docs', target);
    copyFileSync(source, out);
    const quantized = spawnSync('pngquant', ['--quality', '70-95', '--speed', '1', '--force', '--ext', '.png', out]).status === 0;
    console.log(`docs/${target} ← ${name}.png (taken ${statSync(source).mtime.toISOString()})${quantized ? `, ${Math.round(statSync(out).size / 1024)} KiB after pngquant` : ''}`);
  }
  process.exit(missing > 0 ? 1 : 0);
}
