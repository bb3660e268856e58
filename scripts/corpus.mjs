// `node scripts/corpus.mjs [corpus-dir]`: runs every rule over a corpus of real files (compose files,
// Dockerfiles, nginx configs, .env files from public collections) and prints how often each code fires, with
// samples to read. The files stay outside the repository (default /work/corpus, or $PORT_LENS_CORPUS); lay them
// out however you like, one folder per source.
//   --core <path>    the core to run (default src/core/index.ts), e.g. an older checkout's, for a before/after
//   --samples <n>    samples printed per code (default 8); --code <code> prints every finding of that code
//   --json <file>    also write every finding as JSON, to compare two runs
// A compose file is read with the variables of the .env beside it, and with its override file, as the editor does.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { writeCoreDataFiles } from './coreData.mjs';
import { DEPENDENCY_SHIMS } from './dependencyShims.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const corePath = path.resolve(option('--core', path.join(root, 'src/core/index.ts')));
const samplesPerCode = Number(option('--samples', '8'));
const onlyCode = option('--code', undefined);
const jsonOut = option('--json', undefined);
const corpus = path.resolve(args[0] ?? process.env.PORT_LENS_CORPUS ?? '/work/corpus');

async function loadCore() {
  const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'port-lens-corpus-')), 'core.cjs');
  await esbuild.build({ entryPoints: [corePath], bundle: true, format: 'cjs', platform: 'neutral', mainFields: ['module', 'main'], alias: DEPENDENCY_SHIMS, outfile, logLevel: 'error' });
  const core = require(outfile);
  // The core's data files (src/core/dataFiles.ts) beside the bundle, as the command line has them (a core from
  // before they existed has no reader to set).
  if (core.setDataFileReader) {
    const folder = path.dirname(outfile);
    writeCoreDataFiles(folder);
    core.setDataFileReader((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
  }
  return core;
}

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/** What the editor would call the file; a `*.conf` outside the folders Port Lens recognises counts as nginx
 *  when it reads like nginx (a block it is known by), so that nginx config collections are read whole. */
function formatOfFile(core, file, text) {
  const format = core.formatOf(file);
  if (format) return format;
  if (/\.conf$/.test(file) && /^\s*(server|http|upstream|location|events|stream)\b[^;{]*\{/m.test(text)) return 'nginx';
  return undefined;
}

const BASE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const OVERRIDE_NAMES = ['compose.override.yaml', 'compose.override.yml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

function checkOptions(core, file, format) {
  if (format !== 'compose') return {};
  const dir = path.dirname(file);
  const options = {};
  const env = path.join(dir, '.env');
  if (fs.existsSync(env)) options.variables = core.dotenvVariables(fs.readFileSync(env, 'utf8'));
  // A base file is read with its override file after it; an override file with the base file before it.
  const isOverride = OVERRIDE_NAMES.includes(path.basename(file));
  const partner = (isOverride ? BASE_NAMES : OVERRIDE_NAMES).map((name) => path.join(dir, name)).find((p) => fs.existsSync(p));
  if (partner) options.mergedWith = [{ name: path.basename(partner), text: fs.readFileSync(partner, 'utf8'), after: !isOverride }];
  return options;
}

const core = await loadCore();
const perFormat = {};
const perCode = new Map();
const all = [];
let files = 0;
for (const file of walk(corpus)) {
  const text = fs.readFileSync(file, 'utf8');
  const format = formatOfFile(core, file, text);
  if (!format) continue;
  files++;
  perFormat[format] = (perFormat[format] ?? 0) + 1;
  const findings = core.checkPorts(text, format, checkOptions(core, file, format));
  for (const finding of findings) {
    const line = text.slice(0, finding.start).split('\n').length;
    const lineText = text.split('\n')[line - 1]?.trim() ?? '';
    const record = { file: path.relative(corpus, file), line, code: finding.code, severity: finding.severity, written: text.slice(finding.start, finding.end), lineText, message: finding.message };
    all.push(record);
    const list = perCode.get(finding.code) ?? [];
    list.push(record);
    perCode.set(finding.code, list);
  }
}

console.log(`${files} files in ${corpus} (${Object.entries(perFormat).map(([f, n]) => `${f} ${n}`).join(', ')}), core ${path.relative(root, corePath) || corePath}`);
console.log('');
for (const [code, list] of [...perCode].sort((a, b) => b[1].length - a[1].length)) {
  const inFiles = new Set(list.map((r) => r.file)).size;
  console.log(`${code.padEnd(26)} ${String(list.length).padStart(5)}  (${list[0].severity}, in ${inFiles} files)`);
}
for (const [code, list] of perCode) {
  if (onlyCode && code !== onlyCode) continue;
  const shown = onlyCode ? list : list.slice(0, samplesPerCode);
  console.log(`\n== ${code}: ${shown.length} of ${list.length}`);
  for (const r of shown) console.log(`  ${r.file}:${r.line}  ${r.lineText.slice(0, 100)}\n      ${r.message.slice(0, 220)}`);
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(all, null, 1));
