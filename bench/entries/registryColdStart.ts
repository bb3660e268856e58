// What the registry cold-start benchmark loads: only the lookup, straight from the registry (the facade also
// re-exports the scanners, which would bundle yaml and dockerfile-ast into a figure meant for the registry),
// bundled and minified like the shipped extension (esbuild drops what this entry does not reach), and the reader
// of its data files that the command line uses (src/cli/dataFiles.ts): the probe reads them as the command does.
export { lookupPort } from '../../src/core/registry/registry';
export { setDataFileReader } from '../../src/core/dataFiles';
export { readDataFilesFrom } from '../../src/cli/dataFiles';
