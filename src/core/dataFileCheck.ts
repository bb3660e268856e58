// Reads every data file's header now, so that a host can say at once what is missing or damaged (the tables would
// otherwise find out on their first use). Cheap: no row is decoded.
import { DATA_FILES, dataFileProblems, dataFileText } from './dataFiles';
import { curatedTable } from './images/curatedTable';
import { commonPortsTable } from './registry/commonPortsData';
import { ianaTable } from './registry/ianaIndex';

/** One plain sentence for each data file that is missing or damaged, or that no host gave; none when all are well. */
export function checkDataFiles(): string[] {
  ianaTable();
  commonPortsTable();
  curatedTable();
  // The files no table read yet (the Dockerfile parser, read and run on the first Dockerfile): asked for, not run.
  for (const name of DATA_FILES) dataFileText(name);
  const problems = dataFileProblems();
  for (const name of DATA_FILES) {
    if (dataFileText(name) === undefined && !problems.some((problem) => problem.includes(name))) {
      problems.push(`Port Lens was given no data file ${name}: its table is empty.`);
    }
  }
  return problems;
}
