// What the core cold-start benchmark loads: the whole core (registry, all four scanners with their parsers,
// the rules), bundled and minified like the shipped extension. Every scanner is reached through scanFile.
export { lookupPort, checkPorts } from '../../src/core/index';
