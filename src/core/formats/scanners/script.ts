// The Dockerfile, nginx and .env scanners as one script (scripts/coreData.mjs bundles this file as scanners.js): the
// bundle keeps only a thin part that runs it on the first such file (../scannersScript.ts), so that a process that
// checks a compose file does not pay to load and compile them (docs/benchmarks.md, "On the s9-17 branch"). The scanners
// stay where they are (../dockerfile.ts, ../nginx.ts, ../dotenv.ts); what they share with the bundle is pure code
// (a copy here costs nothing at run time), except the data files' registry, which is the bundle's (host.ts).
// start() is all the script exports.
import { scanDockerfile } from '../dockerfile';
import { scanDotenv } from '../dotenv';
import { scanNginx } from '../nginx';
import { setScannersHost, type ScannersHost } from './host';

/** What the bundle calls: each scanner as its module here defines it. */
export interface ScannersApi {
  scanDockerfile: typeof scanDockerfile;
  scanNginx: typeof scanNginx;
  scanDotenv: typeof scanDotenv;
}

/** Runs once per run of the script: the scanners read the data files (the Dockerfile parser) through `host`. */
export function start(host: ScannersHost): ScannersApi {
  setScannersHost(host);
  return { scanDockerfile, scanNginx, scanDotenv };
}
