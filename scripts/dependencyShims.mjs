// Packages that every bundle of the core replaces with a smaller file of our own, for esbuild's `alias`
// option: the package → the file. Each file says why it can stand in for the package.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const DEPENDENCY_SHIMS = {
  'vscode-languageserver-types': join(root, 'src/shims/vscodeLanguageServerTypes.ts'),
};
