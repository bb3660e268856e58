// Checks the cold-start rows' estimator (bench/coldRounds.mjs) on this machine, as scripts/bench.mjs builds and runs
// the core's row: a null test, the core bundle against a byte-identical copy of itself (the figure should read about
// 1.00×), and a sensitivity test, the core bundle with known work added against the core bundle (the figure should
// move by about that work). Prints, for each, the paired figure the row now uses and the ratio of the two medians
// the row used before.
//   node bench/coldEstimatorCheck.mjs [rounds=41] [pad=iterations of the added loop, 750000: about +10% of the core's cold instructions on 1ab040e]
// The added work is a loop run when the bundle loads; count its instructions with the bench's --instructions way
// (valgrind) to know what share of the core's cold start it is (docs/benchmarks.md, "The cold-start rows' estimator").
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { composeFile } from './generateInputs.mjs';
import { coldRounds, median, pairedRatio, runColdProbe } from './coldRounds.mjs';
import { writeCoreDataFiles } from '../scripts/coreData.mjs';
import { DEPENDENCY_SHIMS, dependencyShimsPlugin } from '../scripts/dependencyShims.mjs';
import { eagerFunctionsPlugin } from '../scripts/eagerFunctions.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 41);
const pad = Number(process.argv[3] ?? 750000);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'port-lens-cold-check-'));
process.on('exit', () => fs.rmSync(workDir, { recursive: true, force: true }));

// The options of scripts/bench.mjs's bundle().
const core = path.join(workDir, 'core.cjs');
await esbuild.build({
  entryPoints: [path.join(root, 'bench/entries/coreColdStart.ts')], bundle: true, platform: 'browser', target: ['es2022', 'node18'],
  format: 'cjs', minify: true, external: ['vscode', 'fs', 'path'], inject: [path.join(root, 'src/web/bufferShim.ts')], alias: DEPENDENCY_SHIMS,
  legalComments: 'none', logLevel: 'silent', outfile: core, plugins: [dependencyShimsPlugin(), eagerFunctionsPlugin()],
});
writeCoreDataFiles(workDir);
const copy = path.join(workDir, 'coreCopy.cjs');
fs.copyFileSync(core, copy);
const padded = path.join(workDir, 'corePadded.cjs');
fs.writeFileSync(padded, `globalThis.__coldPad=(()=>{let x=0;for(let i=0;i<${pad};i++)x=(x*31+i)|0;return x})();\n${fs.readFileSync(core, 'utf8')}`);
const compose = path.join(workDir, 'compose.yaml');
fs.writeFileSync(compose, composeFile(9));

for (const file of [core, copy, padded]) runColdProbe('core', file, compose); // warm the file cache
const report = (name, samples, a, b) => {
  const medians = median(samples[a]) / median(samples[b]);
  console.log(`${name}: paired ${pairedRatio(samples[a], samples[b]).toFixed(3)}×, medians' ratio ${medians.toFixed(3)}× `
    + `(${(median(samples[a]) / 1e6).toFixed(1)} against ${(median(samples[b]) / 1e6).toFixed(1)} ms, ${rounds} rounds)`);
};
const nullSamples = coldRounds({ core: () => runColdProbe('core', core, compose), copy: () => runColdProbe('core', copy, compose) }, [['copy', 'core']], rounds);
report('null test (a copy against the core)', nullSamples, 'copy', 'core');
const padSamples = coldRounds({ core: () => runColdProbe('core', core, compose), padded: () => runColdProbe('core', padded, compose) }, [['padded', 'core']], rounds);
report(`sensitivity (the core with a ${pad}-iteration loop against the core)`, padSamples, 'padded', 'core');
console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
