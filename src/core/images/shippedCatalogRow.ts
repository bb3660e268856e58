// Reads the first line of the image rows' data file and turns each row as it ships back into a packed row
// (packedRow.ts). The generated file's first line is the list of source link prefixes; the shipped copy's
// (scripts/catalogData.mjs) is an object that adds a legend: the notes, kinds and protocols its rows give as
// numbers, a software name that is the image's last segment given as 0.
import type { PackedRow } from './packedRow';

export interface CatalogHeader {
  /** Source link prefixes: a row's `~N/path` is links[N] + path. */
  links: string[];
  /** Present in the shipped form only. */
  legend?: { notes: string[]; kinds: string[]; protocols: string[] };
  /** A shipped part's place among the parts ([i, n]); absent in a whole file. */
  part?: [number, number];
}

/** How many files the shipped rows are cut into (scripts/catalogData.mjs, which must say the same): a lookup reads
 *  only its image's part. */
export const CATALOG_PARTS = 4;

/** The part an image's row ships in (the same hash as scripts/catalogData.mjs's catalogPartOf). */
export function catalogPartOf(image: string, parts = CATALOG_PARTS): number {
  let hash = 0;
  for (let i = 0; i < image.length; i++) hash = (Math.imul(hash, 31) + image.charCodeAt(i)) >>> 0;
  return hash % parts;
}

const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The header of either form, or undefined when the line is neither. */
export function readCatalogHeader(line: string): CatalogHeader | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (strings(parsed)) return { links: parsed };
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const { links, notes, kinds, protocols, part } = parsed as Record<string, unknown>;
  if (!strings(links) || !strings(notes) || !strings(kinds) || !strings(protocols)) return undefined;
  const header: CatalogHeader = { links, legend: { notes, kinds, protocols } };
  if (part === undefined) return header;
  // A part of another cut than this reader's would send lookups to the wrong file: not a table here.
  if (!Array.isArray(part) || part.length !== 2 || part[1] !== CATALOG_PARTS || !Number.isInteger(part[0]) || part[0] < 0 || part[0] >= CATALOG_PARTS) return undefined;
  return { ...header, part: [part[0], part[1]] };
}

/** A parsed row as a packed row, its url expanded from the links. */
export function readCatalogRow(parsed: unknown, header: CatalogHeader): PackedRow {
  const row = parsed as unknown[];
  const { legend } = header;
  if (legend) {
    const image = row[0] as string;
    if (row[1] === 0) row[1] = image.slice(image.lastIndexOf('/') + 1);
    row[2] = legend.kinds[row[2] as number];
    for (const port of row[3] as unknown[][]) {
      port[1] = legend.protocols[port[1] as number];
      port[2] = legend.notes[port[2] as number];
    }
  }
  const url = row[4] as string;
  if (url.startsWith('~')) row[4] = (header.links[parseInt(url.slice(1), 10)] ?? '') + url.slice(url.indexOf('/') + 1);
  return row as PackedRow;
}
