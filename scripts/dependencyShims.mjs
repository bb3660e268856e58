// Packages that every bundle of the core replaces with a smaller file of our own, for esbuild's `alias`
// option: the package → the file. Each file says why it can stand in for the package.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const DEPENDENCY_SHIMS = {
  'vscode-languageserver-types': join(root, 'src/shims/vscodeLanguageServerTypes.ts'),
  'vscode-languageserver-textdocument': join(root, 'src/shims/vscodeLanguageServerTextDocument.ts'),
};

/** yaml's writer (its stringify/ folder, in its CommonJS and ES module builds), as yaml's own modules import it. */
const YAML_WRITER = /^\.\.?\/(?:\.\.\/)*(?:stringify\/)?(?:stringify|stringifyCollection|stringifyComment|stringifyDocument|stringifyNumber|stringifyPair|stringifyString|foldFlowLines)\.js$/;

/** The shims that `alias` cannot give: yaml's writer, replaced by src/shims/yamlWriter.ts, which says why. For
 *  esbuild's `plugins`, beside `alias: DEPENDENCY_SHIMS`, in every bundle of the core. */
export function dependencyShimsPlugin() {
  return {
    name: 'dependency-shims',
    setup(build) {
      build.onResolve({ filter: YAML_WRITER }, (args) => (/[\\/]node_modules[\\/]yaml[\\/]/.test(args.importer)
        && !/[\\/]stringify[\\/][^\\/]*$/.test(args.importer) ? { path: join(root, 'src/shims/yamlWriter.ts') } : undefined));
    },
  };
}
