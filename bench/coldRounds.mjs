// The cold-start rows' sampling and estimator (scripts/bench.mjs), apart so that a null test and a sensitivity test
// can run them on other bundles (docs/benchmarks.md, "The cold-start rows' estimator").
//
// A cold process's time is bimodal on these machines (about 50 against 75 ms for the core): a fresh process either
// pays a scavenge inside the clock or after it, or loses the second core to another process for a while. The old
// figure, the median of the core's samples over the median of yaml's, compared two medians each of which could land
// in either mode: the same bundle read 0.82× and 1.23× against itself, and a quiet run read the core at 2.51× its
// floor where its neighbours read 1.99× and 1.98×. Now every round runs the two processes of a pair back to back
// (alternating which goes first, so neither always runs on the other's warm caches) and the figure is the median
// over the rounds of each pair's ratio: a slow moment of the machine hits both processes of a pair, and a pair where
// one process alone drew the slow mode is as likely one way as the other, so it moves the median little.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One fresh process of bench/coldStartProbe.cjs: the nanoseconds from loading the bundle to its first answer. */
export function runColdProbe(kind, bundlePath, composePath) {
  const out = execFileSync(process.execPath, [path.join(root, 'bench/coldStartProbe.cjs'), kind, bundlePath ?? '', composePath ?? ''],
    { cwd: root, encoding: 'utf8' });
  return Number(out);
}

/**
 * `rounds` rounds over `probes` ({ name: () => ns }), each round running every probe once. `pairs` lists
 * [measured, baseline] names whose two probes run next to each other, in an order that alternates from round to round;
 * the other probes run before them. Returns each probe's samples, in round order.
 */
export function coldRounds(probes, pairs, rounds) {
  const samples = Object.fromEntries(Object.keys(probes).map((name) => [name, []]));
  const paired = new Set(pairs.flat());
  for (let round = 0; round < rounds; round++) {
    for (const name of Object.keys(probes)) if (!paired.has(name)) samples[name].push(probes[name]());
    for (const [a, b] of pairs) {
      for (const name of round % 2 === 0 ? [a, b] : [b, a]) samples[name].push(probes[name]());
    }
  }
  return samples;
}

/** The figure of a row: the median over the rounds of measured / baseline, each pair taken in the same round. */
export function pairedRatio(measured, baseline) {
  return median(measured.map((value, round) => value / baseline[round]));
}

export { median };
