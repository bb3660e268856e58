// Runs Port Lens over checkouts of public repositories with working Kubernetes manifests (issue 20) and reports,
// per repository, how many manifests it read and every warning or error on them: on working manifests each one
// is either a real mistake (say so in the note) or a false alarm to fix.
//   npx tsx scripts/kubernetes-corpus.ts /work/corpus/20/repos/*
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createWorkspace, formatOf, lineStartsOf, lastIndexAtOrBelow } from '../src/core';
import './sourceDataFiles'; // the core's data files, from the sources
import { installCatalogTable } from '../src/core/images/catalogTable';

// The generated image rows too, as the editor and the command line read them on first use: without them an image
// only the catalog knows (kennethreitz/httpbin) would count as unknown here and nowhere else.
if (!installCatalogTable(readFileSync(join(__dirname, '../src/core/images/generated/catalogImages.data'), 'utf8'))) throw new Error('catalogImages.data is not a table');

function* files(root: string, folder = root): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(root, path);
    else if (entry.isFile() && statSync(path).size < 5_000_000) yield path;
  }
}

let totalManifests = 0;
let totalLoud = 0;
for (const root of process.argv.slice(2)) {
  const workspace = createWorkspace();
  const manifests: string[] = [];
  const texts = new Map<string, string>();
  for (const path of files(root)) {
    const key = relative(root, path).split('\\').join('/');
    const text = readFileSync(path, 'utf8');
    const format = formatOf(key, undefined, text);
    if (!format) continue;
    texts.set(key, text);
    workspace.set(key, text, format);
    if (format === 'kubernetes') manifests.push(key);
  }
  const loud: string[] = [];
  let quiet = 0;
  for (const key of manifests) {
    const text = texts.get(key)!;
    const starts = lineStartsOf(text);
    for (const found of workspace.findings(key)) {
      if (found.severity !== 'error' && found.severity !== 'warning') {
        quiet++;
        continue;
      }
      loud.push(`  ${key}:${lastIndexAtOrBelow(starts, found.start) + 1} ${found.severity} ${found.code}: ${found.message}`);
    }
  }
  totalManifests += manifests.length;
  totalLoud += loud.length;
  console.log(`${relative(process.cwd(), root) || root}: ${manifests.length} manifests, ${loud.length} warnings or errors, ${quiet} infos or hints`);
  for (const line of loud) console.log(line);
}
console.log(`total: ${totalManifests} manifests, ${totalLoud} warnings or errors`);
