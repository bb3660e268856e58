// Finds a Chromium or Chrome for the browser-based tests. Playwright's own browser download is switched off
// (package.json overrides the package whose install script would fetch it from a CDN unreachable here), so the tests use the system's browser instead.
import { existsSync } from 'node:fs';

// Debian's /usr/bin/chromium is a shell wrapper; Playwright needs the real binary behind it.
const CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The path of a Chromium-family browser: CHROME_PATH when set, else the first usual location that exists. */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    'No Chromium or Chrome found; the integration and end-to-end tests drive one.\n' +
      '  Debian/Ubuntu:  sudo apt-get install chromium\n' +
      '  Elsewhere:      install Chrome or Chromium, or set CHROME_PATH=/path/to/chrome\n' +
      `  Looked in: ${CANDIDATES.join(', ')}`,
  );
}

/** Flags for a headless browser on a small machine without a GPU or a network. */
export const BROWSER_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// `node scripts/findBrowser.mjs` prints the browser it would use (or how to get one).
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findBrowser());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
