// A check for super-linear time that does not depend on how fast or how busy the machine is. The same work
// is timed at sizes n, 2n, 4n and 8n, and the growth exponent is fitted over the four (least squares on
// log cost against log size); the verdict is the fitted cost growth over 8× the size, 8^exponent. Linear
// work comes out near 8× (up to ~14× with cache effects); quadratic work 64×. The limit sits between (24×,
// an exponent of 1.53).
//
// What is timed is the CPU time the process spends (process.cpuUsage), not the time on the clock. On a
// machine shared with other busy processes, a call that runs longer than the scheduler's time slice is
// interrupted for as long as the others run, so its clock time grows with its length faster than its work
// does: a clock makes linear work look super-linear exactly when the machine is busy. CPU time counts work.
// Noise still only ever adds (a cache emptied by another process, a GC), so each size counts its fastest
// batch over several rounds; the rounds interleave the sizes (n→8n, then 8n→n), and a fit over the limit
// is measured again, with more rounds, before it counts: a quadratic cost is over the limit in every
// round, an unlucky batch is not.
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

/** The largest size over the smallest. */
export const growth = 8;
/** The most the cost may grow over 8× the size: 8^1.53. */
export const ratioLimit = 24;

const steps = [1, 2, 4, 8];
const rounds = 3;
const retries = 2;
/** Each batch runs the work until this much time has passed (at least once). */
const batchNs = 2e6;

/** CPU time of the process (every thread: the GC's helpers work for the code timed), in nanoseconds. */
function cpuNs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1e3;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepMs(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** A minor GC between batches, so that no batch pays for garbage an earlier, larger one left in the young
 *  generation. Exposed through a V8 flag at run time; without it (another engine), no GC is forced. */
const collectYoung: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
    return () => gc({ type: 'minor' });
  } catch {
    return () => undefined;
  }
})();

/** Mean CPU nanoseconds per call over a batch of at least `minNs`. The sleep before it lets the GC's
 *  helper threads finish what an earlier batch left them, so that it is not counted here. */
function costOf(run: () => void, minNs: number): number {
  collectYoung();
  sleepMs(1);
  let calls = 0;
  const start = cpuNs();
  let elapsed = 0;
  do {
    run();
    calls++;
    elapsed = cpuNs() - start;
  } while (elapsed < minNs);
  return elapsed / calls;
}

/** Slope of log(cost) over log(size): 1 for linear work, 2 for quadratic. */
function growthExponent(sizes: number[], costs: number[]): number {
  const xs = sizes.map(Math.log);
  const ys = costs.map(Math.log);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let k = 0; k < xs.length; k++) {
    num += (xs[k] - mx) * (ys[k] - my);
    den += (xs[k] - mx) ** 2;
  }
  return num / den;
}

export interface Scaling {
  /** Fastest nanoseconds per call at n. */
  small: number;
  /** Fastest nanoseconds per call at 8n. */
  large: number;
  /** The fitted cost growth over 8× the size: growth ** exponent. */
  ratio: number;
  exponent: number;
  /** Fastest nanoseconds per call at each size. */
  costs: { size: number; ns: number }[];
}

/** Cost at n, 2n, 4n and 8n of `work` on the text `build` makes for a size, and its fitted growth. */
export function measureScaling(build: (size: number) => string, n: number, work: (text: string) => void): Scaling {
  const sizes = steps.map((step) => n * step);
  const texts = sizes.map(build);
  // Warm-up: compile the code paths at every size before timing them.
  for (const text of texts) work(text);
  const best = sizes.map(() => Infinity);
  const measure = (count: number) => {
    for (let round = 0; round < count; round++) {
      const order = round % 2 === 0 ? sizes.keys() : [...sizes.keys()].reverse();
      for (const k of order) best[k] = Math.min(best[k], costOf(() => work(texts[k]), batchNs));
    }
  };
  measure(rounds);
  let exponent = growthExponent(sizes, best);
  for (let retry = 0; retry < retries && growth ** exponent > ratioLimit; retry++) {
    measure(rounds * 2);
    exponent = growthExponent(sizes, best);
  }
  return {
    small: best[0],
    large: best[best.length - 1],
    ratio: growth ** exponent,
    exponent,
    costs: sizes.map((size, k) => ({ size, ns: best[k] })),
  };
}

/** One line for a failure message: the fitted growth and the fastest cost at each size. */
export function describeScaling(scaling: Scaling): string {
  const costs = scaling.costs.map((c) => `${c.size}: ${(c.ns / 1e6).toFixed(2)} ms`).join(', ');
  return `${scaling.ratio.toFixed(1)}× for ${growth}× the size, exponent ${scaling.exponent.toFixed(2)} (${costs})`;
}
