// Checks the .vsix that `npm run package` made: it must hold what runs and nothing else (no sources, tests,
// source maps or node_modules), and every file the manifest or the README's images point at must be inside. Prints its contents
// and size. Exits 1 on any problem.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, posix, resolve } from 'node:path';
import { ROOT } from './vscodeWebBuilds.mjs';
import { CATALOG_PARTS, catalogPartFile } from './catalogData.mjs';
import { mangleLocals } from './mangleLocals.mjs';

// yauzl is what vsce itself reads and writes .vsix (zip) files with.
const requireFromVsce = createRequire(createRequire(import.meta.url).resolve('@vscode/vsce/package.json'));
const yauzl = requireFromVsce('yauzl');

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const vsixPath = resolve(ROOT, process.argv[2] ?? `${manifest.name}-${manifest.version}.vsix`);

function listEntries(path) {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = [];
      zip.on('entry', (entry) => {
        entries.push({ name: entry.fileName, size: entry.uncompressedSize });
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/dist\/extension\.js$/,
  /^extension\/dist\/web\/extension\.js$/,
  /^extension\/dist\/THIRD-PARTY-NOTICES\.txt$/,
  /^extension\/dist\/catalogImages-\d+\.data$/,
  /^extension\/dist\/(ianaPorts|commonPorts|imageTable)\.data$/,
  /^extension\/dist\/(dockerfileParser|imageTable|scanners|kubernetes)\.js$/,
  /^extension\/(readme|changelog)\.md$/i,
  /^extension\/license(\.txt|\.md)?$/i,
  /^extension\/syntaxes\/[^/]+\.tmLanguage\.json$/,
  /^extension\/language-configuration\/[^/]+\.json$/,
  /^extension\/images\/icon\.png$/,
  /^extension\/docs\/[^/]+\.png$/,
];

/** Relative image paths in README.md: packaged as they are (vsce --no-rewrite-relative-links). */
function readmeImages() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((match) => match[1]).filter((src) => !/^[a-z]+:/i.test(src));
}

/** Files the manifest (and the README) refer to, as paths inside the .vsix. */
function referencedFiles() {
  const contributes = manifest.contributes ?? {};
  const paths = [
    manifest.main,
    manifest.browser,
    manifest.icon,
    ...(contributes.grammars ?? []).map((grammar) => grammar.path),
    ...(contributes.languages ?? []).map((language) => language.configuration),
    ...readmeImages(),
  ].filter(Boolean);
  // `main` and `browser` may omit the .js, as Node's require does.
  const withExtension = (path) => (/\.\w+$/.test(path) ? path : `${path}.js`);
  return paths.map((path) => posix.join('extension', posix.normalize(withExtension(path))));
}

const problems = [];
const entries = await listEntries(vsixPath);
const names = new Set(entries.map((entry) => entry.name));
for (const { name } of entries) {
  if (!ALLOWED.some((pattern) => pattern.test(name))) problems.push(`unexpected file in the package: ${name}`);
}
// The data files the extension reads when it activates (src/extension.ts) and on first use (the catalog's rows):
// without them it still runs, but knows no port names or images.
for (const name of ['ianaPorts.data', 'commonPorts.data', 'imageTable.data', 'dockerfileParser.js', 'imageTable.js', 'scanners.js', 'kubernetes.js',
  ...Array.from({ length: CATALOG_PARTS }, (_, part) => catalogPartFile(part))]) {
  if (!names.has(`extension/dist/${name}`)) problems.push(`dist/${name}, the data the extension reads, is not in the package`);
}
// The bundle and the scripts beside it ship with their locals renamed by terser (scripts/mangleLocals.mjs), 6 KB of
// the .vsix: mangled once, a script comes out of the mangler as it went in; esbuild's output does not.
for (const name of ['web/extension.js', 'dockerfileParser.js', 'scanners.js', 'kubernetes.js']) {
  const text = readFileSync(join(ROOT, 'dist', name), 'utf8');
  if (mangleLocals(text, `dist/${name}`) !== text) problems.push(`dist/${name} is not mangled (scripts/build.mjs, scripts/coreData.mjs: mangleLocals)`);
}
for (const path of referencedFiles()) {
  if (!names.has(path)) problems.push(`${path.replace(/^extension\//, '')} is referred to by package.json or README.md, but not in the package`);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`${posix.basename(vsixPath)}: ${kib(statSync(vsixPath).size)}, ${entries.length} files:`);
for (const { name, size } of entries) console.log(`  ${name.padEnd(50)} ${kib(size).padStart(10)}`);
if (problems.length > 0) {
  console.error(`package check: FAILED\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('package check: ok (only what runs, and everything package.json and README.md refer to)');
