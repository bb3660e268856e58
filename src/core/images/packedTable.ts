// One table of packed image rows as it ships: a JSON index of keys to line numbers and the rows, a line of JSON
// each, in two strings. Nothing is split or parsed before the first lookup; a row is parsed when first asked for.
// A file names few images, so the first lookups (what a cold start waits for) search the index's text; frequent
// lookups get a map.
import type { ImageInfo } from '../types';
import type { ImageRow } from './imageRow';
import { unpackImageRow, type PackedRow } from './packedRow';

const WARM_LOOKUPS = 32;

export class PackedTable {
  private rowTexts: string[] | undefined;
  private keyIndex: Map<string, number> | undefined;
  private seeks = 0;
  private readonly parsed = new Map<number, ImageInfo>();

  /** `expandUrl` turns a row's stored source back into its link (the generated rows shorten theirs). Without
   *  `keysJson`, each row's key is its image, the first string of its line. */
  constructor(private readonly keysJson: string | undefined, private readonly rowsJson: string,
    private readonly expandUrl: (url: string) => string = (url) => url) {}

  row(key: string): ImageInfo | undefined {
    const at = this.rowNumber(key);
    if (at === undefined) return undefined;
    let info = this.parsed.get(at);
    if (!info) {
      this.rowTexts ??= this.rowsJson.split('\n');
      const { aliases: _aliases, tag: _tag, ...row } = this.unpack(this.rowTexts[at]);
      info = row;
      this.parsed.set(at, info);
    }
    return info;
  }

  /** Every row, for tests and the corpus runners. */
  rows(): ImageRow[] {
    return this.rowsJson.split('\n').map((text) => this.unpack(text));
  }

  private unpack(text: string): ImageRow {
    const row = unpackImageRow(JSON.parse(text) as PackedRow);
    row.url = this.expandUrl(row.url);
    return row;
  }

  /** The first lookups search the key index as it ships: it is JSON of keys and numbers, and a key (an image
   *  name) holds no `"` or `\\`, so `"key":` is found only where that key starts. Once lookups are frequent
   *  (WARM_LOOKUPS), the index is parsed into a map once. */
  private rowNumber(key: string): number | undefined {
    if (this.keyIndex) return this.keyIndex.get(key);
    if (this.keysJson === undefined) {
      this.keyIndex = imageIndex(this.rowsJson);
      return this.keyIndex.get(key);
    }
    if (++this.seeks > WARM_LOOKUPS) {
      this.keyIndex = new Map(Object.entries(JSON.parse(this.keysJson) as Record<string, number>));
      return this.keyIndex.get(key);
    }
    if (key.includes('"') || key.includes('\\')) return undefined;
    const at = this.keysJson.indexOf(`"${key}":`);
    return at < 0 ? undefined : parseInt(this.keysJson.slice(at + key.length + 3, at + key.length + 9), 10);
  }
}

/** Each row's image (the text between its line's `["` and the next `"`: an image name holds no `"` or `\\`) to
 *  its line number; the first row of an image wins, as the generator's key index has it. */
function imageIndex(rowsJson: string): Map<string, number> {
  const index = new Map<string, number>();
  for (let line = 0, at = 0; at < rowsJson.length; line++) {
    const end = rowsJson.indexOf('\n', at);
    const lineEnd = end < 0 ? rowsJson.length : end;
    if (rowsJson.startsWith('["', at)) {
      const close = rowsJson.indexOf('"', at + 2);
      if (close > 0 && close < lineEnd) {
        const image = rowsJson.slice(at + 2, close);
        if (!index.has(image)) index.set(image, line);
      }
    }
    at = lineEnd + 1;
  }
  return index;
}
