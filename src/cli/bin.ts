// The entry esbuild bundles into packages/cli/dist/port-lens.js.
import { EXIT_USAGE } from './exitStatus';
import { main } from './main';

try {
  process.exitCode = main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, process.cwd());
} catch (error) {
  // A bug of ours must not read as "problems found" (1) in CI: it is the run that failed.
  process.stderr.write(`port-lens: internal error, please report it: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = EXIT_USAGE;
}
