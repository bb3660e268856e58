// What the image benchmarks load: the image table and its lookup alone, bundled and minified like the shipped
// extension, so that its size is what the table adds to the .vsix and its load is what it adds to activation.
export { lookupImage, imageRows } from '../../src/core/images/lookupImage';
