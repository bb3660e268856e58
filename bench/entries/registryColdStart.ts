// What the registry cold-start benchmark loads: only the lookup, straight from the registry (the facade also
// re-exports the scanners, which would bundle yaml and dockerfile-ast into a figure meant for the registry),
// bundled and minified like the shipped extension (esbuild drops what this entry does not reach).
export { lookupPort } from '../../src/core/registry/registry';
