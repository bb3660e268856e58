// The entry esbuild bundles into packages/cli/dist/port-lens.js.
import { main } from './main';

process.exitCode = main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, process.cwd());
