// `npm run images:update [-- <catalog folder>…]`: writes the image table the extension ships.
// - With catalog folders (the library's mirrors, `/work/.mirror/<owner>+<name>/repo`, or any checkout, written
//   `folder=owner/name` when its name does not say), reads each catalog at its HEAD and writes the rows they
//   support to src/core/images/generated/catalogImages.jsonl (one JSON row a line, with the catalogs behind it,
//   for review) and the catalogs and commits read to catalogSources.json. See scripts/images/ for the readers
//   and mergeClaims.ts for the precedence.
// - Always, renders what ships from the committed data: the data file generated/imageTable.data (the hosts give it
//   to the core: src/core/dataFiles.ts) from the curated rows in src/core/images/data/*.ts, and the data file
//   generated/catalogImages.data from catalogImages.jsonl, which the hosts read on first use (too large to embed).
// The same inputs give the same bytes. A unit test fails when the generated modules and the data differ.
import { readFileSync, writeFileSync } from 'fs';
import { resolve } from 'path';
import { communityImageRows } from '../src/core/images/data/communityImages';
import { imageAliases, type ImageAlias } from '../src/core/images/data/imageAliases';
import { imageVariantRows } from '../src/core/images/data/imageVariants';
import { officialImageRows } from '../src/core/images/data/officialImages';
import { imageKey } from '../src/core/images/imageReference';
import type { ImageRow } from '../src/core/images/imageRow';
import { IMAGE_DATA_FORMAT, type ImageDataHeader } from '../src/core/images/curatedTable';
import { packImageRow } from '../src/core/images/packedRow';
import { openCatalog } from './images/catalogFiles';
import type { ImageClaim } from './images/claims';
import { resolveInheritedPorts } from './images/inheritedPorts';
import { mergeClaims, type CatalogRow } from './images/mergeClaims';
import { readCatalog } from './images/readCatalog';

export const IMAGE_TABLE_FILE = 'src/core/images/generated/imageTable.data';
export const CATALOG_TABLE_FILE = 'src/core/images/generated/catalogImages.data';
export const CATALOG_ROWS_FILE = 'src/core/images/generated/catalogImages.jsonl';
export const CATALOG_SOURCES_FILE = 'src/core/images/generated/catalogSources.json';

export function curatedImageRows(): ImageRow[] {
  return [...officialImageRows(), ...communityImageRows(), ...imageVariantRows()];
}

/** The keys of a row: what `imageKey` makes of its image and aliases, with `:tag` for a tag's row. */
export function rowKeys(row: { image: string; aliases?: string[]; tag?: string }): string[] {
  const keys: string[] = [];
  for (const name of [row.image, ...(row.aliases ?? [])]) {
    const key = imageKey(name);
    if (key !== undefined) keys.push(row.tag ? `${key}:${row.tag}` : key);
  }
  return keys;
}

/** The curated rows' data file (src/core/images/curatedTable.ts reads it): the same rows give the same bytes. A
 *  line of JSON, the header (the row count and the images with rows for some tags), a line of the keys' index to
 *  row numbers, then a row a line, packed as src/core/images/packedRow.ts says: a lookup parses one row. */
export function renderImageTableData(): string {
  const rows = curatedImageRows();
  const keys = keyIndex(rows.map(rowKeys));
  const tagged = [...new Set(rows.filter((r) => r.tag).flatMap((r) => rowKeys({ image: r.image, aliases: r.aliases })))].sort();
  const packed = rows.map((row) => JSON.stringify(packImageRow(row))).join('\n');
  const header: ImageDataHeader = { format: IMAGE_DATA_FORMAT, rowCount: rows.length, rowsLength: packed.length, taggedImages: tagged };
  const aliases = aliasIndex(imageAliases());
  if (Object.keys(aliases).length > 0) header.aliases = aliases;
  return `${JSON.stringify(header)}\n${JSON.stringify(keys)}\n${packed}\n`;
}

/** The generated rows as committed: one JSON object a line, in key order. */
export function readCatalogRows(text: string): CatalogRow[] {
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as CatalogRow);
}

export function renderCatalogRows(rows: readonly CatalogRow[]): string {
  return rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
}

/** The data file the extension and the command line read on first use (src/core/images/catalogTable.ts): a line
 *  of JSON with the source links' prefixes, a line with the key index, then a row a line, packed as
 *  src/core/images/packedRow.ts says. A row's source is a permalink to a catalog's file at the commit read; the
 *  part before the path (`https://github.com/owner/name/blob/<commit>/`) is written once and the row says `~N/`. */
export function renderCatalogTableData(rows: readonly CatalogRow[]): string {
  const prefixes: string[] = [];
  const packed = rows.map((row) => {
    const m = /^(https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[^/]+\/)(.*)$/.exec(row.url);
    let url = row.url;
    if (m) {
      let at = prefixes.indexOf(m[1]);
      if (at < 0) at = prefixes.push(m[1]) - 1;
      url = `~${at}/${m[2]}`;
    }
    const image: ImageRow = { image: row.image, software: row.software, kind: row.kind, url, ports: row.ports.map((p) => ({ ...p })) };
    if (row.portSettings) image.portSettings = row.portSettings;
    if (row.listensOnNoPort) image.listensOnNoPort = true;
    return JSON.stringify(packImageRow(image));
  });
  // Only the Docker Hub name is a key: lookupImage reads `ghcr.io/owner/name` as `owner/name` for these rows.
  const keys = keyIndex(rows.map((row) => rowKeys({ image: row.image })));
  return `${JSON.stringify(prefixes)}\n${JSON.stringify(keys)}\n${packed.join('\n')}\n`;
}

/** The aliases as the data file's header carries them: each alias's key to its image's key, in key order. An alias
 *  that is not a name, that names itself, or that a curated row already answers to is left out (the row wins). */
export function aliasIndex(aliases: readonly ImageAlias[], curatedKeys: ReadonlySet<string> = new Set(curatedImageRows().flatMap((r) => rowKeys(r)))): Record<string, string> {
  const pairs: [string, string][] = [];
  for (const { alias, image } of aliases) {
    const from = imageKey(alias);
    const to = imageKey(image);
    if (from === undefined || to === undefined || from === to || curatedKeys.has(from)) continue;
    pairs.push([from, to]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(pairs);
}

function keyIndex(keysOfRows: string[][]): Record<string, number> {
  const keys: Record<string, number> = {};
  keysOfRows.forEach((rowKeyList, index) => {
    for (const key of rowKeyList) if (!Object.prototype.hasOwnProperty.call(keys, key)) keys[key] = index;
  });
  return keys;
}

/** Reads the catalogs and makes the generated rows; the curated rows' keys are left to them. */
export function rowsFromCatalogs(folders: readonly string[]): { rows: CatalogRow[]; sources: { repo: string; commit: string; claims: number }[] } {
  const claims = [];
  const read: { repo: string; commit: string; claims: ImageClaim[] }[] = [];
  for (const folder of folders) {
    const files = openCatalog(folder);
    const found = readCatalog(files);
    claims.push(...found);
    read.push({ repo: files.repo, commit: files.commit, claims: found });
  }
  const resolved = resolveInheritedPorts(claims, curatedImageRows());
  // A Dockerfile whose base has no row states nothing: its claim counts only once its base's ports are filled in.
  const inherited = new Set(resolved.filter((c) => c.inherits !== undefined).map((c) => `${c.key} ${c.url}`));
  const sources = [];
  for (const { repo, commit, claims: found } of read) {
    const n = found.filter((c) => c.inherits === undefined || inherited.has(`${c.key} ${c.url}`)).length;
    // A repository that states nothing about an image (a source tree without EXPOSE) is no source of the table.
    if (n > 0) sources.push({ repo, commit, claims: n });
  }
  const curated = new Set(curatedImageRows().filter((r) => !r.tag).flatMap((r) => rowKeys(r)));
  sources.sort((a, b) => (a.repo < b.repo ? -1 : a.repo > b.repo ? 1 : 0));
  return { rows: mergeClaims(resolved, curated), sources };
}

if (require.main === module) {
  const folders = process.argv.slice(2);
  if (folders.length > 0) {
    const { rows, sources } = rowsFromCatalogs(folders);
    writeFileSync(resolve(CATALOG_ROWS_FILE), renderCatalogRows(rows));
    writeFileSync(resolve(CATALOG_SOURCES_FILE), `${JSON.stringify(sources, null, 2)}\n`);
    for (const s of sources) console.log(`read ${s.repo} at ${s.commit}: ${s.claims} image statements`);
    console.log(`wrote ${CATALOG_ROWS_FILE} (${rows.length} rows)`);
  }
  const table = renderImageTableData();
  writeFileSync(resolve(IMAGE_TABLE_FILE), table);
  console.log(`wrote ${IMAGE_TABLE_FILE} (${table.length} bytes)`);
  const catalog = renderCatalogTableData(readCatalogRows(readFileSync(resolve(CATALOG_ROWS_FILE), 'utf8')));
  writeFileSync(resolve(CATALOG_TABLE_FILE), catalog);
  console.log(`wrote ${CATALOG_TABLE_FILE} (${catalog.length} bytes)`);
}
