// @vscode/test-web launches Playwright's Chromium with `playwright.chromium.launch({ headless, args })` and
// no executable path, and that browser is never downloaded here (package.json overrides the package that would). Wrapping `launch` on the
// very `playwright` module instance test-web requires points it at the system's browser instead.
import { createRequire } from 'node:module';
import { BROWSER_ARGS, findBrowser } from './findBrowser.mjs';

const requireFromTestWeb = createRequire(createRequire(import.meta.url).resolve('@vscode/test-web'));

/** Makes test-web's browser launches use the system Chromium (or CHROME_PATH). Returns the browser path. */
export function useSystemChromium() {
  const executablePath = findBrowser();
  const { chromium } = requireFromTestWeb('playwright');
  if (!chromium.launch.usesSystemChromium) {
    const launch = chromium.launch.bind(chromium);
    chromium.launch = (options = {}) =>
      launch({ ...options, executablePath, args: [...(options.args ?? []), ...BROWSER_ARGS] });
    chromium.launch.usesSystemChromium = true;
  }
  return executablePath;
}
