// What every bundle of the core puts in place of yaml's writer, the modules of its stringify/ folder
// (scripts/dependencyShims.mjs): Port Lens reads YAML and never writes it. yaml's parser, nodes and schema tags import
// the writer for Document.toString, a pair's toString, a collection's toString in a writer's context, a tag's
// stringify, and toJS (JSON.stringify, String) of a map whose key is a collection; the core calls none of these (it
// reads nodes' values, ranges and items). Bundled, the writer is 12.4 KB of the minified bundle that V8 reads as it
// loads: 2.2 M of the 160 M instructions of the core's cold start (docs/benchmarks.md, "On the s13-17 branch").
// Should the core ever write a node, the call throws, an error that checkPorts catches (the file loses its findings),
// and test/unit/shims.test.ts fails on the fixtures: yaml's own writer must then come back.

function notBundled(): never {
  throw new Error('Port Lens bundles yaml without its writer (src/shims/yamlWriter.ts): a YAML node was written as text');
}

export const stringify = notBundled;
export const createStringifyContext = notBundled;
export const stringifyCollection = notBundled;
export const stringifyComment = notBundled;
export const indentComment = notBundled;
export const lineComment = notBundled;
export const stringifyDocument = notBundled;
export const stringifyNumber = notBundled;
export const stringifyPair = notBundled;
export const stringifyString = notBundled;
export const foldFlowLines = notBundled;
export const FOLD_FLOW = 'flow';
export const FOLD_BLOCK = 'block';
export const FOLD_QUOTED = 'quoted';
