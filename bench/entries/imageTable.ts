// What the image benchmarks load: the image table and its lookup alone, bundled and minified like the shipped
// extension, so that its size is what the table's code adds to the .vsix and its load is what it adds to activation.
// readData is what activation does for it: read the curated rows' data file (src/core/dataFiles.ts) with the command
// line's reader and check its header, no row parsed.
import { setDataFileReader } from '../../src/core/dataFiles';
import { curatedTable } from '../../src/core/images/curatedTable';
import { readDataFilesFrom } from '../../src/cli/dataFiles';

export { lookupImage, imageRows } from '../../src/core/images/lookupImage';

export function readData(folder: string): void {
  setDataFileReader(readDataFilesFrom([folder]));
  curatedTable();
}
