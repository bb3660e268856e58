// The Dockerfile, nginx and .env scanners are not in the bundle: they ship beside it as a script, scanners.js
// (scripts/coreData.mjs, from scanners/script.ts), which the host gives the core like its data files (../dataFiles.ts:
// the command line and the tests read it from disk when first asked; the editor reads its text while it activates,
// as it reads the Dockerfile parser's) and which runs here (../runScript.ts) on the first such file. A fresh process pays to load and
// compile every byte of the bundle, and checking a compose file needs none of them: they were about 3.9 M of the 171 M
// instructions of the core's cold start (docs/benchmarks.md, "On the s9-17 branch"). Without the script (a host that gave
// none, or a damaged one, which dataFileProblems names) such a file is read as saying nothing about ports, as a
// Dockerfile is without its parser.
import { finding } from '../catalogue';
import { dataFileText, reportDataFileProblem } from '../dataFiles';
import { startScript } from '../runScript';
import { setScannersHost } from './scanners/host';
import type { ScannersApi } from './scanners/script';
import { sharedWithScript } from './scanners/shared';

export const SCANNERS_SCRIPT = 'scanners.js';

// The scanners' modules as the bundle has them (the tests import them from the sources) read the bundle's registry too.
setScannersHost({ dataFileText, reportDataFileProblem, finding });

/** The script that ran, and the text it ran from (a host that gives another text gets a new run). */
let script: { text: string | undefined; api: ScannersApi | undefined } | undefined;

/** The scanners, run from the script the host gave on the first call; undefined until it gives one, or when it is damaged. */
export function otherScanners(): ScannersApi | undefined {
  const text = dataFileText(SCANNERS_SCRIPT);
  if (script && script.text === text) return script.api;
  const api = text === undefined ? undefined : run(text);
  script = { text, api };
  return api;
}

function run(text: string): ScannersApi | undefined {
  // The pure code the scanners share with the bundle is the bundle's (scanners/shared.ts).
  return startScript<ScannersApi>(SCANNERS_SCRIPT, text, sharedWithScript, { dataFileText, reportDataFileProblem, finding },
    ['scanDockerfile', 'scanNginx', 'scanDotenv']);
}
