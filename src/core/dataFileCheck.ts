// Reads every data file's header now, so that a host can say at once what is missing or damaged (the tables would
// otherwise find out on their first use). Cheap: no row is decoded.
import { dataFileProblems } from './dataFiles';
import { curatedTable } from './images/curatedTable';
import { commonPortsTable } from './registry/commonPortsData';
import { ianaTable } from './registry/ianaIndex';

/** One plain sentence for each data file that is missing or damaged; none when all are well. */
export function checkDataFiles(): string[] {
  ianaTable();
  commonPortsTable();
  curatedTable();
  return dataFileProblems();
}
