// One robustness property run in its own process by scripts/fuzz.mjs, so that a case that aborts the
// process (rather than throwing) still names its property and seed. Prints one JSON line with the outcome.
// Usage: node --import tsx test/fuzz/fuzzProperty.ts <property index> <seed> <runs> [path]
import fc from 'fast-check';
import { robustnessProperties } from './robustnessProperties';
import '../../scripts/sourceDataFiles'; // the core's data files, from the sources

const [index, seed, runs, path] = process.argv.slice(2);
const { name, property } = robustnessProperties()[Number(index)];
const started = Date.now();
const details = fc.check(property, { seed: Number(seed), numRuns: Number(runs), path: path || undefined, endOnFailure: false });
const outcome = {
  name,
  seed: details.seed,
  runs: details.numRuns,
  failed: details.failed,
  path: details.counterexamplePath,
  counterexample: details.failed ? fc.stringify(details.counterexample) : undefined,
  error: details.failed ? String((details.errorInstance as Error)?.message ?? details.errorInstance).slice(0, 4000) : undefined,
  ms: Date.now() - started,
};
process.stdout.write(`${JSON.stringify(outcome)}\n`);
