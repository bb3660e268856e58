// What the generated image rows' benchmark loads: the image lookup with the data file's reader, bundled and
// minified like the shipped extension (the data file itself is read from src/core/images/generated/).
export { lookupImage } from '../../src/core/images/lookupImage';
export { installCatalogTable } from '../../src/core/images/catalogTable';
