// The image rows' data file as the .vsix and the command line's package ship it (scripts/build.mjs, buildCli.mjs).
// The generated file (src/core/images/generated/catalogImages.data) has three parts: a line of the source links'
// prefixes, a line of JSON mapping each key to its row's line, then a row a line. While each key is its own row's
// image (the first string of the row) and every row has its key, that index says nothing the rows do not, and it
// is a quarter of the file (10 KB of the compressed .vsix): the shipped copy leaves it out, and the reader
// (src/core/images/catalogTable.ts) indexes the rows by their images. A file whose index says more (another
// name, a tag) ships as it is.
import { readFileSync, writeFileSync } from 'node:fs';

/** The text to ship for the generated file's text. */
export function shippedCatalogData(text) {
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

/** Writes the shipped copy of the generated file to `target`. */
export function writeShippedCatalogData(source, target) {
  writeFileSync(target, shippedCatalogData(readFileSync(source, 'utf8')));
}
