// The image table's code (table/: the curated and generated rows' readers and lookupImage) is not in the bundle: it
// ships beside it as a script, imageTable.js (scripts/coreData.mjs), which the host gives the core like its data files
// (../dataFiles.ts: the command line and the tests read it from disk when first asked, the editor on the first lookup
// of an image, asynchronously) and which runs here then, as the Dockerfile parser does (../formats/dockerfileParser.ts).
// A fresh process pays for every byte of the bundle it loads, and activation never looks up an image: the table's code
// was 6 KB of the 320 KB bundle and about 0.4 ms of activation (docs/benchmarks.md, "image table at activation").
// Until the script has run, the modules that re-export it (lookupImage.ts, catalogTable.ts, curatedTable.ts) answer as
// an empty table does, as the table answered before its rows arrived; what the host set meanwhile (the generated
// rows' source, the listeners) is handed to the script when it runs. Its text is the extension's own code from the
// extension's own folder, as trusted as the bundle itself.
import { dataFileText, reportDataFileProblem } from '../dataFiles';
import { IMAGE_DATA_FILE, IMAGE_TABLE_SCRIPT } from './imageDataFile';
import { imageKey, imageTag } from './imageReference';
import type { CatalogTableSource } from './table/catalogTable';
import type { ImageTableApi } from './table/script';

/** The script that ran, and the text it ran from (a host that gives another text gets a new run, with empty tables). */
let script: { text: string; api: ImageTableApi | undefined } | undefined;
let source: { read: CatalogTableSource; loaded?: () => void } | undefined;
const installListeners: (() => void)[] = [];

/** The image table's code, run from the script the host gave on the first call; undefined until the host gives it
 *  (the editor: asked for now, with the curated rows, so that the two reads run together), or when it is damaged. */
export function imageTable(): ImageTableApi | undefined {
  const text = dataFileText(IMAGE_TABLE_SCRIPT);
  if (text === undefined) {
    dataFileText(IMAGE_DATA_FILE);
    return undefined;
  }
  if (script?.text === text) return script.api;
  script = { text, api: run(text) };
  return script.api;
}

/** The code if it already ran, without asking the host for it (what a hover asks before it waits). */
export function imageTableIfRun(): ImageTableApi | undefined {
  return script?.api;
}

function run(text: string): ImageTableApi | undefined {
  let api: ImageTableApi | undefined;
  try {
    const module = { exports: {} as { start?: (host: unknown) => ImageTableApi } };
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function('module', 'exports', text)(module, module.exports);
    api = typeof module.exports.start === 'function' ? module.exports.start({ dataFileText, reportDataFileProblem, imageKey, imageTag }) : undefined;
  } catch (error) {
    reportDataFileProblem(IMAGE_TABLE_SCRIPT, `it does not run (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
  if (api === null || typeof api !== 'object' || typeof api.lookupImage !== 'function') {
    reportDataFileProblem(IMAGE_TABLE_SCRIPT, 'it does not define the image table');
    return undefined;
  }
  if (source) api.setCatalogTableSource(source.read, source.loaded);
  for (const listener of installListeners) api.onCatalogTableInstalled(listener);
  return api;
}

/** Says where the generated rows' data file comes from (catalogTable.ts): kept for the script until it runs. */
export function setImageCatalogSource(read: CatalogTableSource, loaded?: () => void): void {
  source = { read, loaded };
  script?.api?.setCatalogTableSource(read, loaded);
}

/** Told when a generated rows' table is installed, in the script that runs now or later. */
export function onImageCatalogInstalled(listener: () => void): void {
  installListeners.push(listener);
  script?.api?.onCatalogTableInstalled(listener);
}
