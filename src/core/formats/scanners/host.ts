// What the Dockerfile, nginx and .env scanners take from the bundle: the data files' texts and problems, from the one
// registry of them, the bundle's (../../dataFiles.ts), so that the Dockerfile parser the host gave is the one they run
// and a damaged one is named where the hosts look; and the rule catalogue's finding(), whose table of rules the bundle
// holds anyway (a copy of it was 9 KB of the script's 44). They run in a script of their own (script.ts, scanners.js), which
// has its own copy of this module, given the bundle's registry by start(); the bundle's copy is given it by
// ../scannersScript.ts as that loads (what a test that imports a scanner from the sources reads).
import type { DataFileName } from '../../dataFiles';
import type { finding as catalogueFinding } from '../../catalogue';
import type { Finding } from '../../types';

export interface ScannersHost {
  dataFileText(name: DataFileName): string | undefined;
  reportDataFileProblem(name: DataFileName, problem: string): void;
  finding: typeof catalogueFinding;
}

let host: ScannersHost | undefined;

export function setScannersHost(given: ScannersHost): void {
  host = given;
}

export function dataFileText(name: DataFileName): string | undefined {
  return host?.dataFileText(name);
}

export function reportDataFileProblem(name: DataFileName, problem: string): void {
  host?.reportDataFileProblem(name, problem);
}

/** A scanner's finding, with the catalogue's default severity (../../catalogue.ts). */
export function finding(code: string, start: number, end: number, message: string, fix?: Finding['fix']): Finding {
  return host!.finding(code, start, end, message, fix);
}
