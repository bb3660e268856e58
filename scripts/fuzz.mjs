// `npm run fuzz`: the robustness properties of test/unit/robustness.test.ts at full strength: 100,000 cases
// in total, shared evenly by the 10 properties (mutated fixtures and token soup for each of the four formats,
// and two of Dockerfile ports cut by line continuations: 10,000 each), one child process per property so that
// they run side by side and a case that aborts the process is still reported.
//   --seed N       replay: the same seed gives the same cases (default: a new seed, printed)
//   --runs N       cases in total, shared by the selected properties (default 100000)
//   --only TEXT    only the properties whose name contains TEXT (e.g. compose, "dotenv: token")
//   --path P       with --seed and --only: replay one failing case by the path printed with it
// Failing inputs are written to bench/results/fuzz-failure-*.txt.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const seed = Number(option('seed') ?? Math.floor(Math.random() * 2 ** 31));
const totalRuns = Number(option('runs') ?? 100_000);
const only = option('only');
const replayPath = option('path');

const child = path.join(root, 'test/fuzz/fuzzProperty.ts');
const names = await new Promise((resolve, reject) => {
  const list = spawn(process.execPath, ['--import', 'tsx', '-e',
    `const { robustnessProperties } = require(${JSON.stringify(path.join(root, 'test/fuzz/robustnessProperties.ts'))}); console.log(JSON.stringify(robustnessProperties().map((p) => p.name)))`], { cwd: root });
  let out = '';
  list.stdout.on('data', (chunk) => (out += chunk));
  list.stderr.pipe(process.stderr);
  list.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`cannot list the properties (exit ${code})`))));
});
const selected = names.map((name, index) => ({ name, index })).filter(({ name }) => !only || name.includes(only));
const runs = Math.ceil(totalRuns / Math.max(1, selected.length));
console.log(`fuzz: seed ${seed}, ${runs} cases per property, ${selected.length} properties, ${os.cpus().length} cores`);

function runProperty({ name, index }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const proc = spawn(process.execPath, ['--import', 'tsx', child, String(index), String(seed), String(runs), replayPath ?? ''], { cwd: root });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    proc.stderr.on('data', (chunk) => (err += chunk));
    proc.on('close', (code, signal) => {
      const line = out.trim().split('\n').pop();
      let outcome;
      try {
        outcome = JSON.parse(line);
      } catch {
        const fatal = /FATAL ERROR[^\n]*/.exec(err)?.[0];
        outcome = { name, seed, failed: true, aborted: true, error: `the process died (${signal ?? `exit ${code}`}): ${fatal ?? err.slice(-1500)}` };
      }
      outcome.ms ??= Date.now() - started;
      resolve(outcome);
    });
  });
}

// As many properties at once as there are cores.
const outcomes = [];
const queue = [...selected];
await Promise.all(Array.from({ length: Math.max(1, Math.min(os.cpus().length, queue.length)) }, async () => {
  while (queue.length > 0) {
    const next = queue.shift();
    const outcome = await runProperty(next);
    outcomes.push(outcome);
    console.log(`${outcome.failed ? 'FAIL' : 'ok  '} ${outcome.name}: ${outcome.runs ?? '?'} cases in ${(outcome.ms / 1000).toFixed(1)} s`);
  }
}));

const failures = outcomes.filter((o) => o.failed);
for (const failure of failures) {
  console.log(`\n✗ ${failure.name}\n  ${failure.error?.split('\n').slice(0, 6).join('\n  ')}`);
  if (failure.counterexample) {
    const file = path.join(root, 'bench/results', `fuzz-failure-${seed}-${failure.name.replace(/[^a-z0-9]+/gi, '-')}.txt`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${failure.name}\nseed ${seed} path ${failure.path}\n${failure.error}\n\ncounterexample:\n${failure.counterexample}\n`);
    console.log(`  counterexample: ${failure.counterexample.slice(0, 600)}`);
    console.log(`  written to ${path.relative(root, file)}`);
  }
  const replay = failure.path ? ` --path ${failure.path}` : '';
  console.log(`  replay: npm run fuzz -- --seed ${seed} --only ${JSON.stringify(failure.name)}${replay}${failure.aborted ? ` --runs ${runs}` : ''}`);
}
console.log(`\nfuzz: ${outcomes.reduce((sum, o) => sum + (o.runs ?? 0), 0)} cases, ${failures.length} failing properties, seed ${seed}`);
process.exitCode = failures.length > 0 ? 1 : 0;
