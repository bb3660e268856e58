// The `port-lens check` row of `npm run bench`: the whole command, as a CI job runs it (a fresh `node`, reading
// the 5,000 files of bench/generateWorkspace.mjs from disk, SARIF written out), against what it cannot avoid:
// the same files indexed in-process by the core's workspace model (set every file, ask every file's findings;
// timed inside a fresh `node` too, bench/indexProbe.cjs, so that both start with cold code) plus a bare
// `node -e ''`. Target: at most 1.5× that. Also runnable alone: node bench/cliCheck.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { generateWorkspace } from './generateWorkspace.mjs';
import { DEPENDENCY_SHIMS, dependencyShimsPlugin } from '../scripts/dependencyShims.mjs';
import { eagerFunctionsPlugin } from '../scripts/eagerFunctions.mjs';

const FILES = 5000;
const TARGET = 1.5;

/** Samples of the three, interleaved so that a slow moment of the machine hits all alike. */
export async function benchCliCheck({ root, workDir, median, record, samples = 7 }) {
  const folder = path.join(workDir, 'cli-workspace');
  const files = generateWorkspace(FILES);
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(folder, file.path)), { recursive: true });
    fs.writeFileSync(path.join(folder, file.path), file.text);
  }
  // What is measured is what ships: build the command, and bundle the core the way the command bundles it.
  execFileSync(process.execPath, [path.join(root, 'scripts/buildCli.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
  const coreBundle = path.join(workDir, 'cli-core.cjs');
  // With the command's reader of the data files, which the probe reads from beside the command's script, as it does.
  await esbuild.build({ stdin: { contents: "export { createWorkspace, setDataFileReader } from './src/core/index';\nexport { readDataFilesFrom } from './src/cli/dataFiles';", resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', target: 'node18', format: 'cjs', mainFields: ['module', 'main'], alias: DEPENDENCY_SHIMS, minify: true, logLevel: 'silent', outfile: coreBundle,
    plugins: [dependencyShimsPlugin(), eagerFunctionsPlugin()] });

  let findings = 0;
  /** Nanoseconds, as the probe measured them. */
  const indexInProcess = () => {
    const [elapsed, count] = execFileSync(process.execPath, [path.join(root, 'bench/indexProbe.cjs'), coreBundle, folder], { encoding: 'utf8' }).trim().split(' ');
    findings = Number(count);
    return Number(elapsed);
  };
  const bin = path.join(root, 'packages/cli/bin/port-lens.js');
  let cliFindings = -1;
  const runCli = () => {
    const result = spawnSync(process.execPath, [bin, 'check', '--format', 'sarif', '--fail-on', 'none', '.'], { cwd: folder, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (result.status !== 0) throw new Error(`port-lens check exited with ${result.status}: ${result.stderr}`);
    cliFindings = JSON.parse(result.stdout).runs[0].results.length;
  };
  const bareNode = () => execFileSync(process.execPath, ['-e', '']);
  const time = (fn) => {
    const start = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - start);
  };
  // For the note only: the same index repeated in this process, its code compiled by then, which a fresh
  // process never has; the gap to the cold figure is the JIT's warm-up, not the command's work.
  const { createWorkspace } = createRequire(import.meta.url)(coreBundle);
  const warmIndex = () => {
    const workspace = createWorkspace({});
    for (const file of files) workspace.set(file.path, file.text);
    for (const file of files) workspace.findings(file.path);
  };
  for (let i = 0; i < 2; i++) warmIndex();
  const warm = median(Array.from({ length: 3 }, () => time(warmIndex)));

  runCli();
  indexInProcess();
  bareNode();
  const cli = [];
  const index = [];
  const node = [];
  for (let i = 0; i < samples; i++) {
    cli.push(time(runCli));
    index.push(indexInProcess());
    node.push(time(bareNode));
  }
  const measured = median(cli);
  const baseline = median(index) + median(node);
  const figure = measured / baseline;
  const ms = (ns) => `${(ns / 1e6).toFixed(0)} ms`;
  record({
    name: `port-lens check, ${FILES.toLocaleString('en-US')} files, whole process`,
    measured: ms(measured),
    baseline: `${ms(baseline)} in-process index + node -e ''`,
    figure,
    figureText: `${figure.toFixed(2)}×`,
    target: `≤ ${TARGET}×`,
    pass: figure <= TARGET && cliFindings === findings,
    note: `in-process index ${ms(median(index))} (first run in a fresh node; repeated in a warm process ${ms(warm)}), node -e '' ${ms(median(node))}; `
      + `${findings} findings in-process, ${cliFindings} from the command`
      + (cliFindings === findings ? '' : ' (they must be equal)'),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'port-lens-bench-cli-'));
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  try {
    await benchCliCheck({ root, workDir, median, record: (row) => console.log(`${row.pass ? 'ok  ' : 'MISS'} ${row.name}: ${row.measured} vs ${row.baseline}: ${row.figureText} (target ${row.target})\n     ${row.note}`) });
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
