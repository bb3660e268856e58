// The image rows' data file as the .vsix and the command line's package ship it (scripts/build.mjs, buildCli.mjs).
// The generated file (src/core/images/generated/catalogImages.data) has three parts: a line of the source links'
// prefixes, a line of JSON mapping each key to its row's line, then a row a line. It stays readable for review;
// the shipped copy says the same in fewer bytes (the reader is src/core/images/catalogTable.ts and
// shippedCatalogRow.ts), in two steps, each skipped when the file is not as expected:
// - While each key is its own row's image (the first string of the row) and every row has its key, the index says
//   nothing the rows do not, and it is a quarter of the file: the shipped copy leaves it out, and the reader finds
//   a row by its image. A file whose index says more (another name, a tag) keeps it.
// - The strings that repeat from row to row become numbers into a legend on the first line: a port's note ("web UI
//   or HTTP API", 20 notes for 2,300 ports), its protocol and the row's kind; a software name that is only the
//   image's last segment (a third of the rows) becomes 0; and each GitHub permalink's commit is cut to its first
//   12 hex digits, which GitHub resolves to the same commit (a 40-digit SHA is 20 bytes compressed, most of what
//   the first line costs). The first line is then an object: { links, notes, kinds, protocols }.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Hex digits a shipped permalink keeps of its commit: git itself abbreviates to fewer in repositories of up to
 *  several million objects, so within one repository a 12-digit prefix names one commit. */
export const SHORT_SHA = 12;

/** The text to ship for the generated file's text. */
export function shippedCatalogData(text) {
  return asciiOnly(withLegend(withoutKeyIndex(text)));
}

/** The file in ASCII: every other character (they are all inside JSON strings: a software name in Chinese, an
 *  emoji in a note) written as JSON's \u escape, which JSON.parse reads back to the same string. Two characters made
 *  the whole 200 KB text a two-byte string when read: slower to decode from UTF-8 (about 1 ms more on the first
 *  lookup in a fresh process), twice the memory, and every search of it slower. */
export function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** How many files the shipped copy is cut into. A lookup reads only the part its image falls in: a fresh process
 *  reads a file of over 128 KB about twice as slowly as one under it (docs/benchmarks.md, "first lookup of a
 *  generated image row"), and one part is a quarter of the rows. Must equal CATALOG_PARTS in
 *  src/core/images/shippedCatalogRow.ts (test/unit/images-shippedCatalog.test.ts checks that every row is found). */
export const CATALOG_PARTS = 4;

/** The part an image's row ships in: the same hash as catalogPartOf in src/core/images/shippedCatalogRow.ts. */
export function catalogPartOf(image, parts = CATALOG_PARTS) {
  let hash = 0;
  for (let i = 0; i < image.length; i++) hash = (Math.imul(hash, 31) + image.charCodeAt(i)) >>> 0;
  return hash % parts;
}

/** The shipped copy cut into CATALOG_PARTS texts, each a complete shipped file of the rows whose image falls in it,
 *  with the links those rows use and a header that says which part it is ({ ..., part: [i, n] }). A file this cannot
 *  cut (a key index kept, rows of an unknown shape) ships whole as every part: the reader installs a text without
 *  `part` as the whole table. */
export function shippedCatalogParts(text) {
  const whole = shippedCatalogData(text);
  const first = whole.indexOf('\n');
  let header;
  try {
    header = JSON.parse(whole.slice(0, first));
  } catch {
    header = undefined;
  }
  const rows = whole.slice(first + 1).split('\n').filter((line) => line !== '');
  if (first < 0 || header === null || typeof header !== 'object' || Array.isArray(header) || rows.some((row) => !row.startsWith('["'))) {
    return Array.from({ length: CATALOG_PARTS }, () => whole);
  }
  const parts = Array.from({ length: CATALOG_PARTS }, () => ({ links: [], linkAt: new Map(), rows: [] }));
  for (const line of rows) {
    const row = JSON.parse(line);
    const part = parts[catalogPartOf(row[0])];
    const link = /^~(\d+)\//.exec(row[4]);
    if (link) {
      const old = Number(link[1]);
      if (!part.linkAt.has(old)) part.linkAt.set(old, part.links.push(header.links[old]) - 1);
      row[4] = `~${part.linkAt.get(old)}/${row[4].slice(link[0].length)}`;
    }
    part.rows.push(JSON.stringify(row));
  }
  return parts.map((part, i) => [JSON.stringify({ ...header, links: part.links, part: [i, CATALOG_PARTS] }), ...part.rows].join('\n') + '\n');
}

/** The name of a part's file: catalogImages-0.data … */
export function catalogPartFile(part) {
  return `catalogImages-${part}.data`;
}

/** Writes the shipped copy of the generated file into the folder `targetDir`, a file per part. */
export function writeShippedCatalogData(source, targetDir) {
  shippedCatalogParts(readFileSync(source, 'utf8')).forEach((text, part) => writeFileSync(join(targetDir, catalogPartFile(part)), text));
}

/** A GitHub permalink prefix (`https://github.com/owner/repo/blob/<40 hex>/`) with its commit abbreviated. */
export function shortPermalink(link) {
  return link.replace(/^(https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/)([0-9a-f]{40})\//, (_, head, sha) => `${head}${sha.slice(0, SHORT_SHA)}/`);
}

function withoutKeyIndex(text) {
  const first = text.indexOf('\n');
  const second = first < 0 ? -1 : text.indexOf('\n', first + 1);
  if (second < 0) return text;
  let keys;
  try {
    keys = JSON.parse(text.slice(first + 1, second));
  } catch {
    return text;
  }
  if (keys === null || typeof keys !== 'object' || Array.isArray(keys)) return text;
  const rows = text.slice(second + 1).split('\n').filter((line) => line !== '');
  const images = rows.map((row) => {
    try {
      const image = JSON.parse(row)[0];
      return typeof image === 'string' ? image : undefined;
    } catch {
      return undefined;
    }
  });
  const entries = Object.entries(keys);
  const derivable = entries.length === rows.length && new Set(images).size === rows.length
    && entries.every(([key, line]) => images[line] === key && !key.includes('"') && !key.includes('\\'));
  return derivable ? text.slice(0, first + 1) + text.slice(second + 1) : text;
}

const isString = (value) => typeof value === 'string';

/** A generated row this encoding knows: [image, software, kind, ports, url, ...], each port [number, protocol,
 *  note, ...]. */
function knownRow(row) {
  return Array.isArray(row) && row.length >= 5 && isString(row[0]) && isString(row[1]) && isString(row[2]) && isString(row[4])
    && Array.isArray(row[3]) && row[3].every((port) => Array.isArray(port) && port.length >= 3
      && typeof port[0] === 'number' && isString(port[1]) && isString(port[2]));
}

/** The image's last segment (`kms-gui` of `11notes/kms-gui`), which many rows' software names repeat. */
export function imageName(image) {
  return image.slice(image.lastIndexOf('/') + 1);
}

function withLegend(text) {
  const first = text.indexOf('\n');
  if (first < 0) return text;
  let links;
  try {
    links = JSON.parse(text.slice(0, first));
  } catch {
    return text;
  }
  if (!Array.isArray(links) || !links.every(isString)) return text;
  // The key index, when it was kept, stays as it is: it names line numbers, which the encoding does not change.
  let rowsStart = first + 1;
  if (text.startsWith('{', rowsStart)) {
    const second = text.indexOf('\n', rowsStart);
    if (second < 0) return text;
    rowsStart = second + 1;
  }
  const lines = text.slice(rowsStart).split('\n').filter((line) => line !== '');
  const rows = [];
  for (const line of lines) {
    let row;
    try {
      row = JSON.parse(line);
    } catch {
      return text;
    }
    if (!knownRow(row)) return text;
    rows.push(row);
  }
  const notes = [];
  const kinds = [];
  const protocols = [];
  const code = (list, value) => {
    const at = list.indexOf(value);
    return at >= 0 ? at : list.push(value) - 1;
  };
  const encoded = rows.map(([image, software, kind, ports, ...rest]) => [
    image,
    software === imageName(image) ? 0 : software,
    code(kinds, kind),
    ports.map(([port, protocol, note, ...more]) => [port, code(protocols, protocol), code(notes, note), ...more]),
    ...rest,
  ]);
  const header = JSON.stringify({ links: links.map(shortPermalink), notes, kinds, protocols });
  return [header, text.slice(first + 1, rowsStart).replace(/\n$/, ''), ...encoded.map((row) => JSON.stringify(row))]
    .filter((line, i) => i !== 1 || line !== '').join('\n') + '\n';
}
