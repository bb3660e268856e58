// `npx tsx scripts/images/sampleRows.ts [--seed N] [--count N] [--skip N] [--rows file] [--prefix owner/]`: a reproducible random
// sample of the generated image rows, for the hand check of issue 19 (each row read against the image owner's own
// Dockerfile or docs). The same seed and rows file give the same sample; `--skip N` leaves out the first N rows the
// seed draws, so a second sample with the same seed is disjoint from the first; `--prefix` draws only among the
// images whose name starts with it (`linuxserver/`). Prints one row a line, tab-separated:
// the draw's number, image, ports (port[-end]/protocol[:speaks]), port settings, kind, software, the source
// permalink and the catalogs behind the row.
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { readCatalogRows, CATALOG_ROWS_FILE } from '../generate-image-table';
import type { CatalogRow } from './mergeClaims';

/** mulberry32: a small generator whose sequence depends only on the seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` rows drawn without replacement after the first `skip` draws (a partial Fisher–Yates shuffle). */
export function sampleRows<T>(rows: readonly T[], seed: number, count: number, skip = 0): T[] {
  const order = rows.map((_, i) => i);
  const random = seededRandom(seed);
  const n = Math.min(order.length, skip + count);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (order.length - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order.slice(Math.min(skip, n), n).map((i) => rows[i]);
}

export function describeRow(row: CatalogRow): string[] {
  const ports = row.ports.map((p) => `${p.port}${p.endPort ? `-${p.endPort}` : ''}/${p.protocol}${p.speaks ? `:${p.speaks}` : ''}`).join(' ');
  return [row.image, ports || (row.listensOnNoPort ? '(no port)' : '-'), (row.portSettings ?? []).join(' ') || '-', row.kind, row.software, row.url, row.sources.join(' ')];
}

if (require.main === module) {
  const option = (name: string, fallback: string) => {
    const at = process.argv.indexOf(`--${name}`);
    return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
  };
  const seed = Number(option('seed', '19'));
  const count = Number(option('count', '100'));
  const skip = Number(option('skip', '0'));
  const prefix = option('prefix', '');
  const rows = readCatalogRows(readFileSync(resolve(option('rows', CATALOG_ROWS_FILE)), 'utf8')).filter((row) => row.image.startsWith(prefix));
  sampleRows(rows, seed, count, skip).forEach((row, i) => console.log([skip + i + 1, ...describeRow(row)].join('\t')));
}
