// The suite's entry in desktop VS Code: @vscode/test-electron starts VS Code with this module as
// extensionTestsPath and calls run() in the (Node) extension host. Bundled by scripts/bundleIntegrationTests.mjs.
import Mocha from 'mocha';
import { runSuite } from '../runSuite';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 30000, color: true });
  // Defines describe/it as globals before the suite files load, as `mocha` does for files it loads itself.
  mocha.suite.emit('pre-require', globalThis, 'integration-suite', mocha);
  require('integration-suite:all');
  return runSuite(mocha);
}
