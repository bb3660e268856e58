// Which rows of a table's lower-case text columns may contain a word: an index of the three-character sequences
// (trigrams) of each row, so that search reads only the rows that hold every trigram of the rarest it needs,
// instead of scanning every column with indexOf for each query (IANA's two columns are 180 KB: that scan was
// most of a search's time). The answer is a superset (trigrams are hashed into 65,536 buckets, and holding a
// word's trigrams does not mean holding the word): the caller still checks each row it is given.

/** Buckets a trigram is hashed into. */
const BUCKETS = 1 << 16;

export interface TrigramIndex {
  /** postings.slice(offsets[b], offsets[b + 1]): the rows, ascending, with a trigram hashed into bucket b. */
  offsets: Uint32Array;
  postings: Uint32Array;
}

/** A column as search reads it: the rows' texts joined by one separator, and where each row starts (entry
 *  `rowCount` is the column's length + 1). */
export interface TextColumn {
  text: string;
  starts: ArrayLike<number>;
}

function bucket(text: string, at: number): number {
  return (text.charCodeAt(at) * 7919 + text.charCodeAt(at + 1) * 131 + text.charCodeAt(at + 2)) & (BUCKETS - 1);
}

/** Two passes over the columns (count, then fill), each row's trigrams counted once per bucket. */
export function buildTrigramIndex(columns: readonly TextColumn[], rowCount: number): TrigramIndex {
  const offsets = new Uint32Array(BUCKETS + 1);
  const lastRow = new Int32Array(BUCKETS).fill(-1);
  const visit = (each: (b: number, row: number) => void) => {
    lastRow.fill(-1);
    for (let row = 0; row < rowCount; row++) {
      for (const { text, starts } of columns) {
        // The row's text ends before the separator that follows it.
        const end = starts[row + 1] - 1;
        for (let at = starts[row]; at + 3 <= end; at++) {
          const b = bucket(text, at);
          if (lastRow[b] === row) continue;
          lastRow[b] = row;
          each(b, row);
        }
      }
    }
  };
  visit((b) => offsets[b + 1]++);
  for (let b = 0; b < BUCKETS; b++) offsets[b + 1] += offsets[b];
  const postings = new Uint32Array(offsets[BUCKETS]);
  const next = offsets.slice(0, BUCKETS);
  visit((b, row) => {
    postings[next[b]++] = row;
  });
  return { offsets, postings };
}

/** The rows that may contain every word of three characters or more (undefined when there is none: the index
 *  cannot narrow the rows), ascending: for each word its rarest trigram's rows, intersected. */
export function rowsWithTrigramsOf(index: TrigramIndex, words: readonly string[]): number[] | undefined {
  const { offsets, postings } = index;
  let rows: number[] | undefined;
  for (const word of words) {
    if (word.length < 3) continue;
    let rarest = -1;
    for (let at = 0; at + 3 <= word.length; at++) {
      const b = bucket(word, at);
      if (rarest < 0 || offsets[b + 1] - offsets[b] < offsets[rarest + 1] - offsets[rarest]) rarest = b;
    }
    const from = offsets[rarest];
    const to = offsets[rarest + 1];
    if (rows === undefined) {
      rows = Array.from(postings.subarray(from, to));
    } else {
      // Both ascending: a merge.
      const kept: number[] = [];
      for (let i = 0, j = from; i < rows.length && j < to;) {
        if (rows[i] < postings[j]) i++;
        else if (rows[i] > postings[j]) j++;
        else {
          kept.push(rows[i]);
          i++;
          j++;
        }
      }
      rows = kept;
    }
    if (rows.length === 0) break;
  }
  return rows;
}
