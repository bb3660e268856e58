// What the image benchmarks load: the image lookup as the core has it (the thin part the bundle keeps; the table's code
// is the script imageTable.js beside it, src/core/images/imageTableScript.ts), bundled and minified like the shipped
// extension. readData sets the command line's reader of the data files (src/core/dataFiles.ts) and reads the curated
// rows' header, which runs the script: no row is decoded.
import { setDataFileReader } from '../../src/core/dataFiles';
import { curatedTable } from '../../src/core/images/curatedTable';
import { readDataFilesFrom } from '../../src/cli/dataFiles';

export { lookupImage, imageRows } from '../../src/core/images/lookupImage';

export function readData(folder: string): void {
  setDataFileReader(readDataFilesFrom([folder]));
  curatedTable();
}
