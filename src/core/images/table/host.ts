// What the image table's code takes from the bundle that runs it (../imageTableScript.ts): the data files' texts and
// problems (one registry of them, the bundle's: ../../dataFiles.ts) and the reading of image references, which the
// rest of the core uses too. Given once, by start() (script.ts), before anything here is asked.
import type { DataFileName } from '../../dataFiles';

export interface ImageTableHost {
  dataFileText(name: DataFileName): string | undefined;
  reportDataFileProblem(name: DataFileName, problem: string): void;
  imageKey(reference: string): string | undefined;
  imageTag(reference: string): string | undefined;
}

let host: ImageTableHost | undefined;

export function setImageTableHost(given: ImageTableHost): void {
  host = given;
}

export function dataFileText(name: DataFileName): string | undefined {
  return host?.dataFileText(name);
}

export function reportDataFileProblem(name: DataFileName, problem: string): void {
  host?.reportDataFileProblem(name, problem);
}

export function imageKey(reference: string): string | undefined {
  return host?.imageKey(reference);
}

export function imageTag(reference: string): string | undefined {
  return host?.imageTag(reference);
}
