// Where lines start, and which line (or row) an offset falls in: one binary search for the editor's positions,
// the command line's line:column, the rules' line numbers and the registry's search.

/** The offset at which each line starts; lines end at \r\n, \n or \r, as VS Code splits them. */
export function lineStartsOf(text: string): Uint32Array {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (code === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return Uint32Array.from(starts);
}

/** The last index below `count` whose value is at most `value`, in ascending `sorted` (0 when there is none):
 *  the line that contains an offset, given the lines' starts. */
export function lastIndexAtOrBelow(sorted: ArrayLike<number>, value: number, count = sorted.length): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle] <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
