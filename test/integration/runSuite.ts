// Runs the loaded suite and settles when it ends. Shared by the web and the desktop entries: it rejects on
// any failing test, and also when no test ran at all, so a broken bundle cannot pass as an empty success.
interface SuiteRunner {
  run(done: (failures: number) => void): { stats?: { passes: number } };
}

export function runSuite(mocha: SuiteRunner): Promise<void> {
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else if (!runner.stats?.passes) reject(new Error('no integration test ran'));
      else resolve();
    });
  });
}
