// Run first by `npm test`: the integration and end-to-end tests drive a Chromium. On a fresh Debian machine
// where we are root, installs Debian's chromium (the only browser these offline machines can get); anywhere
// else, stops with a message that says how to get one or point CHROME_PATH at it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './findBrowser.mjs';

function tryFind() {
  try {
    return findBrowser();
  } catch (error) {
    return error;
  }
}

const rootOnDebian = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

let found = tryFind();
// A CHROME_PATH that points nowhere is the user's choice to fix, not a reason to install another browser.
if (found instanceof Error && !process.env.CHROME_PATH && rootOnDebian) {
  console.log('No Chromium found: installing Debian\'s chromium package (apt-get update && apt-get install chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${result.status}).`);
      process.exit(1);
    }
  }
  found = tryFind();
}

if (found instanceof Error) {
  console.error(found.message);
  process.exit(1);
}
console.log(`browser for the tests: ${found}`);
