// The large tables ship as data files beside the bundle, not as string literals in it: IANA's port rows, the
// curated common ports and the curated image rows; and so do the Dockerfile parser (formats/dockerfileParser.ts),
// the image table's code (images/imageTableScript.ts), the Dockerfile, nginx and .env scanners
// (formats/scannersScript.ts) and the Kubernetes code (kubernetesCode.ts). A fresh process pays for every byte of a script it loads
// (about 14 µs for each fresh page of memory on the benchmark's machine), whether or not the bytes are ever
// used, and most runs read a few rows of each table. The core reads no file itself (it runs in a browser too):
// each host gives it the texts. The command line, the tests and the benchmark set a reader that reads the file
// from disk when a table is first used; the editor reads the files through vscode.workspace.fs when it
// activates and installs them before it analyses anything.
//
// A file that is missing or not what it should be leaves its table empty (a lookup then knows less, never
// throws) and is named by dataFileProblems(), which the hosts report.

/** The shipped data files, by the name they have beside the bundle. */
export const DATA_FILES = ['ianaPorts.data', 'commonPorts.data', 'imageTable.data', 'dockerfileParser.js', 'imageTable.js', 'scanners.js', 'kubernetes.js'] as const;
export type DataFileName = (typeof DATA_FILES)[number];

/** Reads a data file's text now (or throws why it cannot). */
export type DataFileReader = (name: DataFileName) => string;

/** Reads a data file's text later: for a host that reads asynchronously (the editor), the files it reads on first
 *  use rather than while it activates. */
export type DataFileLoader = (name: DataFileName) => Promise<string>;

/** The files such a host reads on first use: the image table's code and its curated rows, which only a compose file or
 *  a Dockerfile that names an image needs (issue 19: the image table must not add to activation; images/imageTableScript.ts).
 *  The others, which every lookup of a port needs, it reads while it activates, before anything is analysed. */
export const READ_ON_FIRST_USE: readonly DataFileName[] = ['imageTable.js', 'imageTable.data'];

/** Texts a host gave (installDataFile), and texts its reader read. */
const installed = new Map<DataFileName, string>();
const read = new Map<DataFileName, string>();
const problems = new Map<DataFileName, string>();
let reader: DataFileReader | undefined;
let loader: DataFileLoader | undefined;
let onLoaded: ((name: DataFileName) => void) | undefined;
/** The reads a loader has under way, each settled once its text is installed (or its problem recorded). */
const loading = new Map<DataFileName, Promise<void>>();

/** Says how to read a data file on its first use, for hosts that can read synchronously. */
export function setDataFileReader(readFile: DataFileReader | undefined): void {
  reader = readFile;
  read.clear();
  for (const name of DATA_FILES) if (!installed.has(name)) problems.delete(name);
}

/** Says how to read a data file later, for hosts that read asynchronously: asked once, on the file's first use
 *  (while no reader is set); `loaded` is told when its text was installed or could not be read, so that the host
 *  makes again what it showed without it. */
export function setDataFileLoader(load: DataFileLoader | undefined, loaded?: (name: DataFileName) => void): void {
  loader = load;
  onLoaded = loaded;
}

/** The reads under way, if any: a hover waits for them rather than answer without the rows. */
export function dataFilesLoading(): Promise<void> | undefined {
  return loading.size === 0 ? undefined : Promise.all(loading.values()).then(() => undefined);
}

function load(name: DataFileName, read: DataFileLoader): void {
  if (loading.has(name)) return;
  let text: Promise<string>;
  try {
    text = Promise.resolve(read(name));
  } catch (error) {
    reportDataFileUnreadable(name, error instanceof Error ? error.message : String(error));
    return;
  }
  loading.set(name, text.then((value) => {
    if (typeof value === 'string') installDataFile(name, value);
    else reportDataFileUnreadable(name, 'no text');
  }, (error: unknown) => reportDataFileUnreadable(name, error instanceof Error ? error.message : String(error))).then(() => {
    loading.delete(name);
    onLoaded?.(name);
  }));
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
  if (text !== undefined || problems.has(name)) return text;
  if (reader === undefined) {
    if (loader) load(name, loader);
    return undefined;
  }
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
  loader = undefined;
  onLoaded = undefined;
  loading.clear();
}

/** One plain sentence for each data file that could not be read or was damaged. */
export function dataFileProblems(): string[] {
  return [...problems.values()];
}
