// The core as the in-process benchmarks call it: the public facade, bundled and minified like production.
export { lookupPort, searchPorts, checkPorts, analyzePorts, hoverMarkdown, mentionAt, createWorkspace, formatOf } from '../../src/core/index';
