// The curated common ports as they ship: the data file commonPorts.data, made by the build from commonPorts.ts
// (scripts/coreData.mjs), which stays the hand-edited source with its citations. The host gives the core its text
// (see ../dataFiles.ts); until then, or when it is damaged, the table is empty.
import { dataFileText, reportDataFileProblem } from '../dataFiles';

/** The first field of the data file's first line: a file of another shape is refused, not misread. */
export const COMMON_DATA_FORMAT = 'port-lens-common/1';
export const COMMON_DATA_FILE = 'commonPorts.data';

/** The data file: a line of JSON (its format and the table's length, so a cut file shows), then the table. */
export function renderCommonPortsData(table: string): string {
  return `${JSON.stringify({ format: COMMON_DATA_FORMAT, length: table.length })}\n${table}\n`;
}

/** The table in a data file's text; throws why not when the text is not such a file. */
export function readCommonPortsData(text: string): string {
  if (typeof text !== 'string') throw new Error('no text');
  const first = text.indexOf('\n');
  let header: { format?: unknown; length?: unknown };
  try {
    header = JSON.parse(first < 0 ? text : text.slice(0, first)) as typeof header;
  } catch {
    throw new Error('its first line is not the header');
  }
  if (header === null || typeof header !== 'object' || header.format !== COMMON_DATA_FORMAT) throw new Error(`it is not in the format ${COMMON_DATA_FORMAT}`);
  const end = text.endsWith('\n') ? text.length - 1 : text.length;
  if (end - first - 1 !== header.length) throw new Error('it is cut short or has lines added');
  return text.slice(first + 1, end);
}

let current: { text: string | undefined; table: string } | undefined;

/** The curated table's text as the host gave it ('' until it does, or when the file is damaged). */
export function commonPortsTable(): string {
  const text = dataFileText(COMMON_DATA_FILE);
  if (current && current.text === text) return current.table;
  let table = '';
  if (text !== undefined) {
    try {
      table = readCommonPortsData(text);
    } catch (error) {
      reportDataFileProblem(COMMON_DATA_FILE, (error as Error).message);
    }
  }
  current = { text, table };
  return table;
}
