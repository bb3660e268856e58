// The core as the in-process benchmarks call it: the public facade, bundled and minified like production.
export { lookupPort, searchPorts, checkPorts, analyzePorts, hoverMarkdown, mentionAt, createWorkspace, formatOf, dotenvVariables, setDataFileReader } from '../../src/core/index';
// Its data files, read from the benchmark's folder as the command line reads them beside its script.
export { readDataFilesFrom } from '../../src/cli/dataFiles';
// Which compose files docker compose reads together: the workspace benchmark's "each file analysed alone" reads
// a compose file with its override partner, as the editor analysed one open compose file before the index.
export { isOverrideFileName, mergePartnerNames } from '../../src/core/workspace/composeFileNames';
