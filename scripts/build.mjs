// Bundles the extension from src/extension.ts into dist/web/extension.js: CommonJS with no Node API, so that
// it runs in VS Code for the web (a browser web worker) and in desktop VS Code (Node) alike. The desktop
// entry, dist/extension.js, is a one-line Node module that loads that same bundle: Port Lens has no
// Node-only code, and bundling everything twice would only double the .vsix (the registry alone is most of
// it). `vscode` stays external: the editor provides it. Pass --production for the minified build that goes
// into the .vsix, --watch to rebuild on change.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeShippedCatalogData } from './catalogData.mjs';
import { dockerfileParserBundle, writeCoreDataFiles } from './coreData.mjs';
import { DEPENDENCY_SHIMS, dependencyShimsPlugin } from './dependencyShims.mjs';
import { eagerFunctionsPlugin } from './eagerFunctions.mjs';
import { mangleLocals } from './mangleLocals.mjs';
import { writeThirdPartyNotices } from './thirdPartyNotices.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  external: ['vscode'],
  alias: DEPENDENCY_SHIMS,
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: production ? 'none' : 'inline',
  // The functions a compose check always runs, compiled as the bundle loads rather than on first call (scripts/eagerFunctions.mjs).
  plugins: [dependencyShimsPlugin(), eagerFunctionsPlugin()],
};

const targets = [
  { ...common, entryPoints: ['src/extension.ts'], platform: 'browser', target: ['es2022', 'node18'],
    outfile: 'dist/web/extension.js',
    // The only Node API a dependency needs (dockerfile-ast's Buffer.from), provided the browser's way.
    inject: ['src/web/bufferShim.ts'] },
  { ...common, platform: 'node', target: 'node18', outfile: 'dist/extension.js', external: ['vscode', './web/extension.js'],
    stdin: { contents: "module.exports = require('./web/extension.js');", resolveDir: 'dist', sourcefile: 'desktop-entry.js' } },
];

// The image rows generated from public catalogs: a data file the extension reads on first use (src/extension.ts),
// shipped without the key index its rows make redundant and cut into parts (scripts/catalogData.mjs).
mkdirSync('dist', { recursive: true });
rmSync('dist/catalogImages.data', { force: true });
writeShippedCatalogData('src/core/images/generated/catalogImages.data', 'dist');
// The IANA rows, the common ports, the curated image rows and the Dockerfile parser: files the extension reads when
// it activates (src/extension.ts), kept out of the bundle, whose every byte a fresh process pays to load (src/core/dataFiles.ts).
writeCoreDataFiles('dist');

if (watch) {
  for (const options of targets) await (await esbuild.context(options)).watch();
  console.log('watching src/ for changes…');
} else {
  const results = await Promise.all(targets.map((options) => esbuild.build({ ...options, metafile: true })));
  // The production bundle's locals renamed in terser's one order, which deflates 4 KB smaller, its parenthesized
  // functions kept (scripts/mangleLocals.mjs; the scripts beside it are so already, scripts/coreData.mjs).
  if (production) writeFileSync('dist/web/extension.js', mangleLocals(readFileSync('dist/web/extension.js', 'utf8'), 'dist/web/extension.js'));
  writeThirdPartyNotices('dist/THIRD-PARTY-NOTICES.txt', 'Port Lens bundles the following packages into dist/extension.js, dist/web/extension.js and dist/dockerfileParser.js.',
    [...results.flatMap((result) => Object.keys(result.metafile.inputs)), ...dockerfileParserBundle().inputs]);
  console.log(`built dist/extension.js and dist/web/extension.js${production ? ' (production)' : ''}`);
}
