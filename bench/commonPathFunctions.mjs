// Lists the core's functions that the core cold start's common path runs (the first lookup and the first check of the
// bench's 100-line compose file), which the bundles compile eagerly (scripts/eagerFunctions.mjs: why). V8 itself says
// which functions ran: the probe runs the core from its sources (tsx) under --log-function-events, and every
// top-level function declaration of src/core first run after the core has loaded is listed. A function that already
// ran while the modules loaded is left out: turned into a `const`, it could be used before its line runs. So are
// yaml's: the probe runs yaml's CommonJS build (node_modules/yaml/dist), the bundles its ES module build
// (browser/dist), module for module the same functions under the same names; a yaml function is listed under its
// ES module's path, unless one of yaml's modules uses its name while loading (scripts/eagerFunctions.mjs).
//   node bench/commonPathFunctions.mjs           prints what would change in scripts/eagerFunctions.json
//   node bench/commonPathFunctions.mjs --write   writes it
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeFile } from './generateInputs.mjs';
import { writeCoreDataFiles } from '../scripts/coreData.mjs';
import { EAGER_FUNCTIONS_FILE, YAML_MODULES, declaredFunctions, declaredMethods, methodsEager, yamlLoadTimeNames } from '../scripts/eagerFunctions.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'port-lens-common-path-'));
process.on('exit', () => fs.rmSync(workDir, { recursive: true, force: true }));
writeCoreDataFiles(workDir);
fs.writeFileSync(path.join(workDir, 'compose.yaml'), composeFile(9));
// The probe of bench/coldStartProbe.cjs ('core'), with a marker between loading the core and using it.
const probe = path.join(workDir, 'probe.cjs');
fs.writeFileSync(probe, `'use strict';
require(${JSON.stringify(path.join(root, 'node_modules/tsx/dist/cjs/index.cjs'))});
const core = require(${JSON.stringify(path.join(root, 'src/core/index.ts'))});
const { readDataFilesFrom } = require(${JSON.stringify(path.join(root, 'src/cli/dataFiles.ts'))});
const text = require('fs').readFileSync(${JSON.stringify(path.join(workDir, 'compose.yaml'))}, 'utf8');
(function portLensCommonPathStarts() {})();
core.setDataFileReader(readDataFilesFrom([${JSON.stringify(workDir)}]));
core.lookupPort(5432);
core.checkPorts(text, 'compose');
`);
const log = path.join(workDir, 'functions.log');
// Once to fill tsx's cache first: a source tsx has not compiled yet gives other function events (44 functions, not
// 171, after a merge), so the list would depend on what ran before.
execFileSync(process.execPath, [probe], { cwd: root });
execFileSync(process.execPath, ['--log-function-events', `--logfile=${log}`, '--no-logfile-per-isolate', probe], { cwd: root });

const scripts = new Map();
const firstRuns = [];
for (const line of fs.readFileSync(log, 'utf8').split('\n')) {
  const fields = line.split(',');
  if (fields[0] === 'script-details') scripts.set(fields[1], fields[2]);
  else if (fields[0] === 'function' && fields[1] === 'first-execution') firstRuns.push({ script: fields[2], at: `${fields[3]}-${fields[4]}`, name: fields.slice(7).join(',') });
}
const marker = firstRuns.findIndex((run) => run.name === 'portLensCommonPathStarts');
if (marker < 0) throw new Error('the probe did not run its marker: no function events?');
// By where the function lies, not by its name: loading a module that imports a function runs the export's getter,
// `() => dynamicRange`, which V8 names after the property, so by name every rule that SEMANTIC_RULES lists at load
// looked as if it had run then, and was left lazy.
const ranBefore = new Set(firstRuns.slice(0, marker).map((run) => `${scripts.get(run.script)}\t${run.at}`));
const list = {};
const yamlCommonJs = path.join(root, 'node_modules/yaml/dist/');
const yamlAtLoad = await yamlLoadTimeNames();
for (const run of firstRuns.slice(marker + 1)) {
  let file = scripts.get(run.script);
  if (!file || ranBefore.has(`${file}\t${run.at}`)) continue;
  if (file.startsWith(yamlCommonJs)) {
    if (yamlAtLoad.has(run.name)) continue;
    file = path.join(root, YAML_MODULES, file.slice(yamlCommonJs.length));
    if (!fs.existsSync(file)) continue;
  } else if (!file.startsWith(path.join(root, 'src/core/'))) continue;
  const relative = path.relative(root, file).split(path.sep).join('/');
  // Only what the plugin can turn into an expression: a top-level declaration, or a method of yaml's that can leave
  // its class (methodsEager), not an inner function.
  const text = fs.readFileSync(file, 'utf8');
  let name = run.name;
  if (!declaredFunctions(text).includes(name)) {
    const methods = file.includes(`${path.sep}node_modules${path.sep}`) ? declaredMethods(text).filter((method) => method.endsWith(`.${name}`)) : [];
    if (methods.length !== 1 || yamlAtLoad.has(methods[0].split('.')[0])) continue;
    try {
      methodsEager(text, methods);
    } catch {
      continue;
    }
    name = methods[0];
  }
  (list[relative] ??= []).includes(name) || list[relative].push(name);
}
const sorted = Object.fromEntries(Object.keys(list).sort().map((file) => [file, list[file].sort()]));
const text = `${JSON.stringify(sorted, null, 2)}\n`;
const target = path.join(root, EAGER_FUNCTIONS_FILE);
const count = Object.values(sorted).flat().length;
if (process.argv.includes('--write')) {
  fs.writeFileSync(target, text);
  console.log(`wrote ${EAGER_FUNCTIONS_FILE}: ${count} functions in ${Object.keys(sorted).length} files`);
} else {
  const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  console.log(before === text ? `${EAGER_FUNCTIONS_FILE} is up to date (${count} functions)` : `${EAGER_FUNCTIONS_FILE} differs: ${count} functions now; run with --write`);
}
