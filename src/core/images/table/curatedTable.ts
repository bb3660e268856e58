// Part of the image table's code, shipped as its own script (../imageTableScript.ts).
// The curated image rows (src/core/images/data/*.ts) as they ship: the data file generated/imageTable.data, which
// scripts/generate-image-table.ts writes and the host gives the core (see ../dataFiles.ts). Nothing is parsed
// before the first lookup; a lookup finds its key in the index's text and parses only the row asked for.
import { dataFileText, reportDataFileProblem } from './host';
import { IMAGE_DATA_FILE, IMAGE_DATA_FORMAT, type ImageDataHeader } from '../imageDataFile';
import { PackedTable } from '../packedTable';

export interface CuratedTable {
  table: PackedTable;
  taggedImages: ReadonlySet<string>;
  /** Another name of an image to the key its row is under (data/imageAliases.ts). */
  aliases: ReadonlyMap<string, string>;
}

/** The table without rows, made when first needed (nothing runs while the bundle loads). */
let empty: CuratedTable | undefined;

/** Reads the data file's text: a line of JSON (ImageDataHeader), a line of the key index (JSON of keys to row
 *  numbers), then a row a line (JSON, packed as packedRow.ts says). Returns why not when it is not such a file. */
export function readImageData(text: string): CuratedTable | string {
  if (typeof text !== 'string') return 'no text';
  const first = text.indexOf('\n');
  const second = first < 0 ? -1 : text.indexOf('\n', first + 1);
  if (second < 0) return 'it has no key index';
  let header: ImageDataHeader;
  try {
    header = JSON.parse(text.slice(0, first)) as ImageDataHeader;
  } catch {
    return 'its first line is not the header';
  }
  if (header === null || typeof header !== 'object' || header.format !== IMAGE_DATA_FORMAT) return `it is not in the format ${IMAGE_DATA_FORMAT}`;
  if (!Number.isInteger(header.rowCount) || !Number.isInteger(header.rowsLength) || !Array.isArray(header.taggedImages)) return 'its header lacks a field';
  const keys = text.slice(first + 1, second);
  if (!keys.startsWith('{') || !keys.endsWith('}')) return 'its second line is not the key index';
  const end = text.endsWith('\n') ? text.length - 1 : text.length;
  const rows = text.slice(second + 1, end);
  // Checked by length, not by counting lines: this runs while the editor activates.
  if (rows.length !== header.rowsLength) return 'it is cut short or has lines added';
  const aliases = aliasesOf(header.aliases);
  if (!aliases) return 'its aliases are not names';
  return { table: new PackedTable(keys, rows), taggedImages: new Set(header.taggedImages), aliases };
}

/** The header's aliases as a map (none when absent), or undefined when they are not an object of names. */
function aliasesOf(written: unknown): Map<string, string> | undefined {
  if (written === undefined) return new Map();
  if (written === null || typeof written !== 'object' || Array.isArray(written)) return undefined;
  const entries = Object.entries(written as Record<string, unknown>);
  return entries.every(([, image]) => typeof image === 'string') ? new Map(entries as [string, string][]) : undefined;
}

let current: { text: string | undefined; curated: CuratedTable } | undefined;

/** The curated rows as the host gave them (none until it does, or when the file is damaged). */
export function curatedTable(): CuratedTable {
  const text = dataFileText(IMAGE_DATA_FILE);
  if (current && current.text === text) return current.curated;
  const read = text === undefined ? undefined : readImageData(text);
  if (typeof read === 'string') reportDataFileProblem(IMAGE_DATA_FILE, read);
  return (current = { text, curated: typeof read === 'object' ? read : (empty ??= { table: new PackedTable('{}', ''), taggedImages: new Set(), aliases: new Map() }) }).curated;
}
