// Runs one of the scripts that ship beside the bundle as data files (scanners.js, kubernetes.js): CommonJS text whose
// only dependency is the pure code it shares with the bundle, which it asks for with require('<relative path>') (or
// require('yaml')) and gets as the one object `shared` makes. Their text is the extension's own code from the
// extension's own folder, as trusted as the bundle itself.
import { reportDataFileProblem, type DataFileName } from './dataFiles';

/** What the script's start() returns, called with `host`; undefined (and the script named as damaged) if it does not
 *  run or returns no object with a function for each of `functions`. */
export function startScript<T>(name: DataFileName, text: string, shared: () => Record<string, unknown>, host: unknown,
  functions: readonly (keyof T)[]): T | undefined {
  let api: T | undefined;
  try {
    const module = { exports: {} as { start?: (host: unknown) => unknown } };
    let given: Record<string, unknown> | undefined;
    const require = (id: string) => {
      if (!/^(\.\.?\/[\w./]+|yaml)$/.test(id)) throw new Error(`it asks for ${id}`);
      return (given ??= shared());
    };
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function('module', 'exports', 'require', text)(module, module.exports, require);
    api = typeof module.exports.start === 'function' ? module.exports.start(host) as T : undefined;
  } catch (error) {
    reportDataFileProblem(name, `it does not run (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
  if (api === null || typeof api !== 'object' || functions.some((key) => typeof api[key] !== 'function')) {
    reportDataFileProblem(name, `it does not define ${String(functions.join(', '))}`);
    return undefined;
  }
  return api;
}
