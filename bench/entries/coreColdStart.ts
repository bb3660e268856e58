// What the core cold start benchmark loads: the whole core (registry, all four scanners with their parsers,
// the rules), bundled and minified like the shipped extension, and the reader of its data files that the command
// line uses (src/cli/dataFiles.ts): the probe reads them as the command does. Every scanner is reached through scanFile.
export { lookupPort, checkPorts, setDataFileReader } from '../../src/core/index';
export { readDataFilesFrom } from '../../src/cli/dataFiles';
