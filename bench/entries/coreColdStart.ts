// What the core cold start benchmark loads: the whole core as checkPorts reaches it (registry, the compose and
// Kubernetes scanners with their parser, the rules), bundled and minified like the shipped extension, and the reader
// of its data files that the command line uses (src/cli/dataFiles.ts): the probe reads them as the command does.
// Every scanner is reached through scanFile; the Dockerfile, nginx and .env scanners, like the Dockerfile parser and
// the image table's code, are scripts beside the bundle (scanners.js), read and run on the first such file, which
// the probe's compose file is not (src/core/formats/scannersScript.ts).
export { lookupPort, checkPorts, setDataFileReader } from '../../src/core/index';
export { readDataFilesFrom } from '../../src/cli/dataFiles';
