import { format } from 'node:util';

// Reads mocha's closing counts ("12 passing", "1 failing", "2 pending") from the lines a run prints, so that
// a runner can sum up several runs and treat a run that ran no test at all as a failure.

export function newMochaCounts() {
  return { passing: 0, failing: 0, pending: 0 };
}

/** Adds the counts found in one printed line to `counts`. */
export function countMochaLine(counts, line) {
  // eslint-disable-next-line no-control-regex
  const plain = String(line).replace(/\x1b\[[0-9;]*m/g, '');
  for (const match of plain.matchAll(/^\s*(\d+) (passing|failing|pending)\b/gm)) {
    counts[match[2]] += Number(match[1]);
  }
}

// Lines the web workbench prints on every run that say nothing about the tests.
const NOISE = [
  /^Ignoring fetching additional builtin extensions from gallery as it is disabled\.$/,
  /^Updating additional builtin extensions cache$/,
  /^Loading development extension at /,
  /^\[(AgentHost:remote|AccountPolicyGate)\] /,
  // Files the workbench asks for that these builds do not have (translations): harmless 404s.
  /GET \/static\/\S*(nls\.messages\.js|package\.nls\.json) \S*404/,
  /^Request to '\S*package\.nls\.json' failed with status code 404$/,
];

/**
 * Passes every console line through `onLine` while `action` runs, and prints it unless it is known noise.
 * test-web forwards the browser's console (mocha's reporter included) to these functions.
 */
export async function watchConsole(onLine, action) {
  const original = { log: console.log, error: console.error, warn: console.warn, info: console.info };
  for (const name of Object.keys(original)) {
    console[name] = (...args) => {
      // mocha's reporter prints with format strings: `console.log('  %d passing', 7)`.
      const line = format(...args);
      onLine(line);
      if (!NOISE.some((pattern) => pattern.test(line))) original[name](...args);
    };
  }
  try {
    return await action();
  } finally {
    Object.assign(console, original);
  }
}
