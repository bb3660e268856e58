// What the generated image rows' benchmark loads: the image lookup as the core has it (its thin part; the table's code
// is the script imageTable.js, read and run on the first lookup: src/core/images/imageTableScript.ts) with the command
// line's reader of the data files, bundled and minified like the shipped extension.
export { lookupImage } from '../../src/core/images/lookupImage';
export { installCatalogTable, setCatalogTableSource } from '../../src/core/images/catalogTable';
export { setDataFileReader } from '../../src/core/dataFiles';
export { readDataFilesFrom } from '../../src/cli/dataFiles';
