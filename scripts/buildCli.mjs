// Bundles the `port-lens` command (src/cli/bin.ts, with the core and its libraries) into one plain Node script,
// packages/cli/dist/port-lens.js, with the licences of what it bundles beside it. `npm ci` runs it (the root's
// `prepare`), so `npx port-lens` works in a fresh checkout; the tests run it before they start the command.
// Minified always: what is measured and tested is what would be published.
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { writeShippedCatalogData } from './catalogData.mjs';
import { dockerfileParserBundle, writeCoreDataFiles } from './coreData.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEPENDENCY_SHIMS, dependencyShimsPlugin } from './dependencyShims.mjs';
import { eagerFunctionsPlugin } from './eagerFunctions.mjs';
import { writeThirdPartyNotices } from './thirdPartyNotices.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const outfile = 'packages/cli/dist/port-lens.js';
mkdirSync(dirname(outfile), { recursive: true });

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['src/cli/bin.ts'],
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  // yaml's ES module build, where esbuild drops what the core does not use (as in the extension's bundle).
  mainFields: ['module', 'main'],
  alias: DEPENDENCY_SHIMS,
  // The functions a compose check always runs, compiled as the bundle loads rather than on first call (scripts/eagerFunctions.mjs).
  plugins: [dependencyShimsPlugin(), eagerFunctionsPlugin()],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  outfile,
});
// The image rows generated from public catalogs, read from beside the script on first use (src/cli/imageCatalog.ts).
rmSync('packages/cli/dist/catalogImages.data', { force: true });
writeShippedCatalogData('src/core/images/generated/catalogImages.data', 'packages/cli/dist');
// The IANA rows, the common ports and the curated image rows, read from beside the script on first use (src/cli/dataFiles.ts).
writeCoreDataFiles('packages/cli/dist');
writeThirdPartyNotices('packages/cli/dist/THIRD-PARTY-NOTICES.txt', 'port-lens bundles the following packages into dist/port-lens.js and dist/dockerfileParser.js.',
  [...Object.keys(result.metafile.inputs), ...dockerfileParserBundle().inputs]);
if (!process.argv.includes('--quiet')) console.error(`built ${outfile}`);
