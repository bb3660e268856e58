// What the registry cold-start benchmark loads: only the lookup, through the public facade, bundled and
// minified like the shipped extension (esbuild drops what this entry does not reach).
export { lookupPort } from '../../src/core/index';
