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

  /** `readRow` turns a parsed line into a packed row (the generated rows shorten their links and, as they ship,
   *  code their repeated strings: shippedCatalogRow.ts). Without `keysJson`, each row's key is its image, the first
   *  string of its line. */
  constructor(private readonly keysJson: string | undefined, private readonly rowsJson: string,
    private readonly readRow: (parsed: unknown) => PackedRow = (parsed) => parsed as PackedRow) {}

  row(key: string): ImageInfo | undefined {
    // With the key index: the row's line number. Without: where its line starts in the rows' text.
    const indexed = this.keysJson !== undefined;
    const at = indexed ? this.rowNumber(key) : this.rowOffset(key);
    if (at === undefined) return undefined;
    let info = this.parsed.get(at);
    if (!info) {
      let text: string;
      if (indexed) {
        this.rowTexts ??= this.rowsJson.split('\n');
        text = this.rowTexts[at];
      } else {
        const end = this.rowsJson.indexOf('\n', at);
        text = this.rowsJson.slice(at, end < 0 ? this.rowsJson.length : end);
      }
      const { aliases: _aliases, tag: _tag, ...row } = this.unpack(text);
      info = row;
      this.parsed.set(at, info);
    }
    return info;
  }

  /** Every row, for tests and the corpus runners. */
  rows(): ImageRow[] {
    if (this.rowsJson === '') return [];
    return this.rowsJson.split('\n').map((text) => this.unpack(text));
  }

  private unpack(text: string): ImageRow {
    return unpackImageRow(this.readRow(JSON.parse(text)));
  }

  /** The first lookups search the key index as it ships: it is JSON of keys and numbers, and a key (an image
   *  name) holds no `"` or `\\`, so `"key":` is found only where that key starts. Once lookups are frequent
   *  (WARM_LOOKUPS), the index is parsed into a map once. */
  private rowNumber(key: string): number | undefined {
    if (this.keyIndex) return this.keyIndex.get(key);
    if (this.keysJson === undefined) return undefined;
    if (++this.seeks > WARM_LOOKUPS) {
      this.keyIndex = new Map(Object.entries(JSON.parse(this.keysJson) as Record<string, number>));
      return this.keyIndex.get(key);
    }
    if (key.includes('"') || key.includes('\\')) return undefined;
    const at = this.keysJson.indexOf(`"${key}":`);
    return at < 0 ? undefined : parseInt(this.keysJson.slice(at + key.length + 3, at + key.length + 9), 10);
  }

  /** Without a key index, the first lookups search the rows' text for the line that starts with the key as its image
   *  (one native search, nothing built); once lookups are frequent (WARM_LOOKUPS), one pass indexes every row. */
  private rowOffset(key: string): number | undefined {
    if (this.keyIndex) return this.keyIndex.get(key);
    if (++this.seeks > WARM_LOOKUPS) {
      this.keyIndex = imageIndex(this.rowsJson);
      return this.keyIndex.get(key);
    }
    if (key.includes('"') || key.includes('\\') || key.includes('\n')) return undefined;
    const start = `["${key}",`;
    if (this.rowsJson.startsWith(start)) return 0;
    const at = this.rowsJson.indexOf(`\n${start}`);
    return at < 0 ? undefined : at + 1;
  }
}

/** Each row's image (the text between its line's `["` and the next `"`: an image name holds no `"` or `\\`) to
 *  where its line starts; the first row of an image wins, as the generator's key index has it. */
function imageIndex(rowsJson: string): Map<string, number> {
  const index = new Map<string, number>();
  for (let at = 0; at < rowsJson.length;) {
    const end = rowsJson.indexOf('\n', at);
    const lineEnd = end < 0 ? rowsJson.length : end;
    if (rowsJson.startsWith('["', at)) {
      const close = rowsJson.indexOf('"', at + 2);
      if (close > 0 && close < lineEnd) {
        const image = rowsJson.slice(at + 2, close);
        if (!index.has(image)) index.set(image, at);
      }
    }
    at = lineEnd + 1;
  }
  return index;
}
