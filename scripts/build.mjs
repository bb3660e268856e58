// Bundles the extension twice from the same sources: dist/extension.js for desktop VS Code (Node, CommonJS)
// and dist/web/extension.js for VS Code for the web (a browser web worker). `vscode` stays external: the
// editor provides it. Pass --production for the minified build that goes into the .vsix, --watch to rebuild.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  entryPoints: ['src/extension.ts'],
  bundle: true,
  external: ['vscode'],
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: production ? 'none' : 'inline',
};

const targets = [
  { ...common, platform: 'node', target: 'node18', outfile: 'dist/extension.js' },
  { ...common, platform: 'browser', target: 'es2022', outfile: 'dist/web/extension.js',
    // The only Node API a dependency needs (dockerfile-ast's Buffer.from), provided the browser's way.
    inject: ['src/web/bufferShim.ts'] },
];

if (watch) {
  for (const options of targets) await (await esbuild.context(options)).watch();
  console.log('watching src/ for changes…');
} else {
  await Promise.all(targets.map((options) => esbuild.build(options)));
  console.log(`built dist/extension.js and dist/web/extension.js${production ? ' (production)' : ''}`);
}
