// `npx tsx scripts/measure-image-coverage.ts <collection>…`: the share of `image:` references in real Compose
// files that the image table knows, on collections the generator did not read (name them in the note of the run). Each
// collection is a git directory (its HEAD is read), a work tree or a plain folder. Prints, per collection, the
// references counted (every service with an `image:`, except those that build it and those whose name is a variable), those known to the curated rows alone and to the whole
// table, and with --misses the most frequent unknown images.
import { parseAllDocuments } from 'yaml';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { installCatalogTable } from '../src/core/images/catalogTable';
import { imageKey } from '../src/core/images/imageReference';
import { lookupImage } from '../src/core/images/lookupImage';
import './sourceDataFiles'; // the core's data files, from the sources
import { CATALOG_TABLE_FILE } from './generate-image-table';
import { openCatalog } from './images/catalogFiles';
import { resolveVariables } from './images/composeServices';

const COMPOSE = /(^|\/)(docker-)?compose[^/]*\.ya?ml$/i;

export interface Coverage {
  /** Services with an image the table could know: not built by the project, the name free of variables. */
  references: number;
  /** Services left out: those that build their image, and those whose image name is a variable. */
  built: number;
  unresolved: number;
  known: number;
  misses: Map<string, number>;
}

/** The `image:` references of the Compose texts, and how many lookupImage knows as the table stands. */
export function measureCoverage(texts: Iterable<string>): Coverage {
  const result: Coverage = { references: 0, built: 0, unresolved: 0, known: 0, misses: new Map() };
  for (const text of texts) {
    let docs;
    try {
      docs = parseAllDocuments(text, { logLevel: 'silent' });
    } catch {
      continue;
    }
    for (const doc of Array.isArray(docs) ? docs : [docs]) {
      const services = (doc.toJS({ maxAliasCount: 100 }) as { services?: unknown } | null)?.services;
      if (!services || typeof services !== 'object') continue;
      for (const service of Object.values(services as Record<string, unknown>)) {
        const written = (service as { image?: unknown } | null)?.image;
        if (typeof written !== 'string' || written.trim() === '') continue;
        // A service that builds its image names the project's own build, which no catalog can know.
        if ((service as { build?: unknown }).build !== undefined) {
          result.built++;
          continue;
        }
        // What Compose itself would pull when the variables keep their defaults; a name still holding a variable
        // (`mattermost/${IMAGE}`) is set by an env file and says no image.
        const image = resolveVariables(written, new Map()) ?? written;
        if (image.slice(0, image.lastIndexOf(':') > image.lastIndexOf('/') ? image.lastIndexOf(':') : image.length).includes('$')) {
          result.unresolved++;
          continue;
        }
        result.references++;
        const key = imageKey(image);
        if (lookupImage(image)) result.known++;
        else result.misses.set(key ?? written, (result.misses.get(key ?? written) ?? 0) + 1);
      }
    }
  }
  return result;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const showMisses = args.includes('--misses');
  const collections = args.filter((a) => !a.startsWith('--')).map((folder) => {
    const files = openCatalog(folder);
    return { files, texts: files.paths.filter((p) => COMPOSE.test(p)).map((p) => files.read(p)) };
  });
  // First with the curated rows alone (no data file installed), then with the generated rows too.
  const curated = collections.map(({ texts }) => measureCoverage(texts));
  if (!installCatalogTable(readFileSync(resolve(CATALOG_TABLE_FILE), 'utf8'))) throw new Error(`${CATALOG_TABLE_FILE} is not a table`);
  collections.forEach(({ files, texts }, i) => {
    const c = measureCoverage(texts);
    const pct = (n: number) => `${((100 * n) / Math.max(1, c.references)).toFixed(1)}%`;
    console.log(`${files.repo}@${files.commit.slice(0, 12)}: ${c.references} image references (${c.built} built by the project and ${c.unresolved} named by a variable left out); curated rows know ${curated[i].known} (${pct(curated[i].known)}); the table knows ${c.known} (${pct(c.known)})`);
    if (showMisses) {
      for (const [name, n] of [...c.misses].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, Number(process.env.MISSES ?? 60))) console.log(`  ${n}\t${name}`);
    }
  });
}
