// Finds the mention under a cursor or mouse position in mentions sorted by start: a binary search, so a
// hover on a 20,000-line file costs microseconds.
import type { PortMention } from './types';

/** Nested mentions are rare and short; looking this far back covers any that can still contain the offset. */
const lookBehind = 64;

/** The mention under an offset; the innermost (shortest) one when ranges nest. */
export function mentionAt(sorted: readonly PortMention[], offset: number): PortMention | undefined {
  // Find the last mention starting at or before the offset, then walk back over those that may still cover it.
  let low = 0;
  let high = sorted.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].start <= offset) {
      last = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  let best: PortMention | undefined;
  for (let i = last; i >= 0 && i > last - lookBehind; i--) {
    const mention = sorted[i];
    if (mention.start <= offset && offset <= mention.end && (!best || mention.end - mention.start < best.end - best.start)) {
      best = mention;
    }
  }
  return best;
}
