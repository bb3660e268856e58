// What the extension's activation asks of the core (src/extension.ts): the core as the extension bundles it, the data
// files it reads while it activates installed and checked, and the sources of the files it reads on first use set.
// bench/images.mjs builds this entry twice, as it is and with the image table's modules replaced by stubs, to read
// what the table adds to activation inside the one bundle, as the extension pays it. The files' texts come from
// `read` (the editor reads them through vscode.workspace.fs; the probe reads them before its clock starts): the same
// texts in both builds.
import { checkDataFiles, DATA_FILES, installDataFile, READ_ON_FIRST_USE, setCatalogTableSource, setDataFileLoader, type DataFileName } from '../../src/core';

export * from '../../src/core';

/** Returns the problems the check found (none expected). */
export function activate(read: (name: string) => string): string[] {
  const names = DATA_FILES.filter((name) => !READ_ON_FIRST_USE.includes(name));
  for (const name of names) installDataFile(name, read(name));
  const problems = checkDataFiles(names);
  setCatalogTableSource((part) => read(`catalogImages-${part}.data`));
  setDataFileLoader(async (name: DataFileName) => read(name));
  return problems;
}
