// A check for super-linear time that does not depend on how fast the machine is: the cost of the same work
// at size n and 8n. Linear work costs about 8× more; quadratic work 64×. The limit sits well between them
// (24×). Each size is timed several times and the fastest counts (noise only ever adds time), and a
// suspicious figure is measured again before it counts, so a GC pause or a busy machine cannot fail a test.
export const growth = 8;
export const ratioLimit = 24;

function nowNs(): number {
  return Number(process.hrtime.bigint());
}

/** Mean nanoseconds per call over a batch of at least `minNs`, so that small inputs are timed precisely. */
function costOf(run: () => void, minNs: number): number {
  let calls = 0;
  const start = nowNs();
  let elapsed = 0;
  do {
    run();
    calls++;
    elapsed = nowNs() - start;
  } while (elapsed < minNs);
  return elapsed / calls;
}

export interface Scaling {
  small: number;
  large: number;
  ratio: number;
}

/** Cost at n and at 8n of `work` on the text `build` makes for a size. */
export function measureScaling(build: (size: number) => string, n: number, work: (text: string) => void): Scaling {
  const smallText = build(n);
  const largeText = build(n * growth);
  work(smallText); // warm-up: compile the code paths before timing them
  let small = Math.min(costOf(() => work(smallText), 5e6), costOf(() => work(smallText), 5e6));
  let large = costOf(() => work(largeText), 0);
  for (let retry = 0; retry < 4 && large / small > ratioLimit; retry++) {
    small = Math.min(small, costOf(() => work(smallText), 20e6));
    large = Math.min(large, costOf(() => work(largeText), 0));
  }
  return { small, large, ratio: large / small };
}
