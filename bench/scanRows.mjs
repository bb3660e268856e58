// The nginx and .env scan rows of scripts/bench.mjs: scan+check of a 100,000-line file against one /\d+/g pass
// over the same text (≤ 10×), each row in a process of its own.
//
// Why not alternate them in the benchmark's process, as before: the check keeps what it reads alive until it
// returns (it allocated about 40 MB of tokens, directives and mentions for the nginx file and 70 MB for the .env
// file then; 28 MB each now), so its garbage is still being swept and collected when the regex pass starts, and the
// pass paid for it. Measured in CPU time (2026-12-06, a loaded machine), the pass over the nginx file took 5–9 ms
// alone in a process and 17–33 ms alternated with the check, which itself took the same either way: the row read
// the check against a baseline inflated by a varying share of the check's own collection, hence 5.5× in one run and
// 12.5× in another. Now each sample, of either side, starts from the same state: the earlier sample's garbage swept
// and the young generation emptied (two minor collections, not timed, see `settle`; a full one also shrinks the
// heap, which the next check then grows again at several times its cost). Each side pays for what it allocates
// while it runs, and neither for the other's. The process starts fresh, so nothing the other rows left behind
// weighs on either. The row's figure is the ratio of CPU times (the process's, every thread of it: the collector's
// helpers count for the side whose garbage they collect); the clock's is returned too.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dotenvFile, nginxFile } from './generateInputs.mjs';

export const SCAN_LINES = 100000;

/** Runs one row in a fresh Node process on the bundled core at `bundlePath`; returns its figures. */
export function runScanRow(bundlePath, format, { samples = 21, dataDir = '' } = {}) {
  const out = execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), bundlePath, format, String(samples), dataDir],
    { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out);
}

export function scanInput(format) {
  return format === 'nginx' ? nginxFile(SCAN_LINES) : dotenvFile(SCAN_LINES);
}

/** The cheapest honest pass over every number in the text. */
function digitPass(text) {
  let count = 0;
  const digits = /\d+/g;
  while (digits.exec(text) !== null) count++;
  return count;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [bundlePath, format, samplesText, dataDir] = process.argv.slice(2);
  const core = createRequire(import.meta.url)(bundlePath);
  // A core that reads its tables from data files (issue 17a) reads them from where the benchmark wrote them.
  if (dataDir && core.setDataFileReader && core.readDataFilesFrom) core.setDataFileReader(core.readDataFilesFrom([dataDir]));
  const text = scanInput(format);
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  // The same two minor collections before every sample of either side (not timed). The first also finishes
  // sweeping what an earlier collection left to sweep (V8 completes sweeping before it collects). The second is there
  // because of what the first cannot do: the check's last mentions are still young when it returns, and the young
  // collection keeps every young object an old one points to, dead or not (the old mentions array, or the mentions
  // themselves when V8 allocated them in the old generation). One collection only moves those survivors to the
  // young generation's intermediate half; the next one, which used to fall inside the following sample (the regex
  // pass), copies them into the old generation. How many there are depends on V8's own choice, made and revised at
  // run time, of allocating the mentions young or old (allocation-site pretenuring): measured 2026-12-06 in one
  // process, the pass after a check and one collection read 8.0–8.8 ms of CPU when V8 allocated them old and
  // 13.5–15.7 ms when it allocated them young, and 7.6–8.8 ms either way after two. See docs/benchmarks.md.
  const settle = () => {
    globalThis.gc({ type: 'minor' });
    globalThis.gc({ type: 'minor' });
  };
  const cpuNs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) * 1e3;
  };
  /** [clock, CPU] nanoseconds of one call. */
  const timeOnce = (fn) => {
    settle();
    const cpu = cpuNs();
    const start = process.hrtime.bigint();
    fn();
    return [Number(process.hrtime.bigint() - start), cpuNs() - cpu];
  };
  const target = () => core.checkPorts(text, format);
  const baseline = () => digitPass(text);
  for (let i = 0; i < 3; i++) {
    timeOnce(target);
    timeOnce(baseline);
  }
  const t = [];
  const b = [];
  for (let i = 0; i < Number(samplesText); i++) {
    t.push(timeOnce(target));
    b.push(timeOnce(baseline));
  }
  const findings = core.checkPorts(text, format).length;
  const mentions = core.analyzePorts(text, format).mentions.length;
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  // The row's figure is the median of each pair's ratio (a check and the pass right after it), not the ratio of the
  // two medians: this machine's processes run now and then at a slower speed for a while, and two medians taken over
  // samples of mixed speeds can each fall on a different speed (the .env row read 8.29×, 9.15× and 10.43× in three
  // quiet runs of one build, 2026-12-07). A pair shares its speed, so its ratio does not depend on which one it ran at.
  const paired = (k) => median(t.map((x, i) => x[k] / b[i][k]));
  process.stdout.write(JSON.stringify({ target: median(t.map((x) => x[0])), baseline: median(b.map((x) => x[0])),
    targetCpu: median(t.map((x) => x[1])), baselineCpu: median(b.map((x) => x[1])), paired: paired(0), pairedCpu: paired(1),
    lines, mentions, findings }));
}
