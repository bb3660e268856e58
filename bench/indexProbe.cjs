// One sample of the in-process index for bench/cliCheck.mjs, in a fresh `node` as the command gets: the files
// are read before the clock starts, then one workspace model is fed every file and asked every file's findings.
// Prints the nanoseconds that took and the number of findings. Usage: node bench/indexProbe.cjs core.cjs folder
'use strict';
const fs = require('fs');
const path = require('path');
const [bundle, folder] = process.argv.slice(2);
const files = [];
(function walk(relative) {
  for (const entry of fs.readdirSync(path.join(folder, relative), { withFileTypes: true })) {
    const file = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) walk(file);
    else files.push({ path: file, text: fs.readFileSync(path.join(folder, file), 'utf8') });
  }
})('');
const { createWorkspace, setDataFileReader, readDataFilesFrom } = require(bundle);

const start = process.hrtime.bigint();
// The data files, read on first use from beside the command's script, as the command reads them.
setDataFileReader(readDataFilesFrom([path.join(__dirname, '../packages/cli/dist')]));
const workspace = createWorkspace({});
for (const file of files) workspace.set(file.path, file.text);
let findings = 0;
for (const file of files) findings += workspace.findings(file.path).length;
const elapsed = process.hrtime.bigint() - start;
process.stdout.write(`${elapsed} ${findings}\n`);
