// The large tables ship as data files beside the bundle, not as string literals in it: IANA's port rows, the
// curated common ports and the curated image rows; and so does the Dockerfile parser (formats/dockerfileParser.ts). A fresh process pays for every byte of a script it loads
// (about 14 µs for each fresh page of memory on the benchmark's machine), whether or not the bytes are ever
// used, and most runs read a few rows of each table. The core reads no file itself (it runs in a browser too):
// each host gives it the texts. The command line, the tests and the benchmark set a reader that reads the file
// from disk when a table is first used; the editor reads the files through vscode.workspace.fs when it
// activates and installs them before it analyses anything.
//
// A file that is missing or not what it should be leaves its table empty (a lookup then knows less, never
// throws) and is named by dataFileProblems(), which the hosts report.

/** The shipped data files, by the name they have beside the bundle. */
export const DATA_FILES = ['ianaPorts.data', 'commonPorts.data', 'imageTable.data', 'dockerfileParser.js'] as const;
export type DataFileName = (typeof DATA_FILES)[number];

/** Reads a data file's text now (or throws why it cannot). */
export type DataFileReader = (name: DataFileName) => string;

/** Texts a host gave (installDataFile), and texts its reader read. */
const installed = new Map<DataFileName, string>();
const read = new Map<DataFileName, string>();
const problems = new Map<DataFileName, string>();
let reader: DataFileReader | undefined;

/** Says how to read a data file on its first use, for hosts that can read synchronously. */
export function setDataFileReader(readFile: DataFileReader | undefined): void {
  reader = readFile;
  read.clear();
  for (const name of DATA_FILES) if (!installed.has(name)) problems.delete(name);
}

/** Whether a host said how to read the files (a command run inside the tests keeps the tests' reader). */
export function hasDataFileReader(): boolean {
  return reader !== undefined;
}

/** Gives the core a data file's text, replacing what it had: the tables read it on their next use. */
export function installDataFile(name: DataFileName, text: string): void {
  if (typeof text !== 'string') return;
  installed.set(name, text);
  problems.delete(name);
}

/** A data file's text: as installed, else as the reader gives it (asked once), else undefined. */
export function dataFileText(name: DataFileName): string | undefined {
  const text = installed.get(name) ?? read.get(name);
  if (text !== undefined || reader === undefined || problems.has(name)) return text;
  let readText: unknown;
  try {
    readText = reader(name);
  } catch (error) {
    problems.set(name, `Port Lens could not read its data file ${name} (${error instanceof Error ? error.message : String(error)}).`);
    return undefined;
  }
  if (typeof readText !== 'string') {
    problems.set(name, `Port Lens could not read its data file ${name}.`);
    return undefined;
  }
  read.set(name, readText);
  return readText;
}

/** Records that a host could not read a data file (one that reads them itself, the editor). */
export function reportDataFileUnreadable(name: DataFileName, reason: string): void {
  problems.set(name, `Port Lens could not read its data file ${name} (${reason}).`);
}

/** Records that a data file's text is not what its table expects (a table calls this once per text). */
export function reportDataFileProblem(name: DataFileName, problem: string): void {
  problems.set(name, `Port Lens data file ${name} is damaged: ${problem}. Reinstall Port Lens to repair it.`);
}

/** Forgets every text, reader and problem: for tests, which then give the texts again. */
export function forgetDataFiles(): void {
  installed.clear();
  read.clear();
  problems.clear();
  reader = undefined;
}

/** One plain sentence for each data file that could not be read or was damaged. */
export function dataFileProblems(): string[] {
  return [...problems.values()];
}
