// Reads every data file's header now, so that a host can say at once what is missing or damaged (the tables would
// otherwise find out on their first use). Cheap: no row is decoded.
import { DATA_FILES, dataFileProblems, dataFileText, type DataFileName } from './dataFiles';
import { curatedTable } from './images/curatedTable';
import { commonPortsTable } from './registry/commonPortsData';
import { ianaTable } from './registry/ianaIndex';

/** One plain sentence for each of the data files named (all of them unless told) that is missing or damaged, or
 *  that no host gave; none when all are well. The editor checks the files it reads while it activates then, and the
 *  curated image rows (read on their first use, see READ_ON_FIRST_USE) once they arrive. */
export function checkDataFiles(names: readonly DataFileName[] = DATA_FILES): string[] {
  if (names.includes('ianaPorts.data')) ianaTable();
  if (names.includes('commonPorts.data')) commonPortsTable();
  // The image table's code runs (and says if it is damaged), then reads its rows' header.
  if (names.includes('imageTable.js') || names.includes('imageTable.data')) curatedTable();
  // The files no table read yet (the Dockerfile parser, read and run on the first Dockerfile): asked for, not run.
  for (const name of names) dataFileText(name);
  const problems = dataFileProblems().filter((problem) => names.some((name) => problem.includes(name)));
  for (const name of names) {
    if (dataFileText(name) === undefined && !problems.some((problem) => problem.includes(name))) {
      problems.push(`Port Lens was given no data file ${name}: its table is empty.`);
    }
  }
  return problems;
}
