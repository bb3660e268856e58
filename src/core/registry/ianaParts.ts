// The IANA rows ship as two data files, each under 128 KiB: ianaPorts.data (the header, the book, the ranged rows and
// the single-port rows below a port) and ianaPortsHigh.data (the rows from that port up). Why: a fresh process reads a
// file of more than 128 KiB about twice as slowly per byte as a smaller one (on the benchmark's machine, reading the
// 153 KB whole as a string took 1.9–2.1 ms, the first 127 KB of it 0.8 ms): the buffer and the string of such a file
// are each given fresh memory of their own (malloc's and V8's large-object threshold), and each fresh page costs a
// fault. The generator (scripts/generate-registry.ts) still writes the whole file, the one source anyone regenerates
// from IANA's XML; the build cuts it with splitIanaData (scripts/coreData.mjs), the same rows in the same order.

/** The second file's name where the hosts find it. */
export const IANA_HIGH_DATA_FILE = 'ianaPortsHigh.data';

/** The first file's format when its rows go on in the second file (the whole file is port-lens-iana/1). */
export const IANA_PARTS_FORMAT = 'port-lens-iana/2';

/** The first field of the second file's first line. */
export const IANA_HIGH_FORMAT = 'port-lens-iana-high/1';

/** What the first file's header adds to the whole file's: where its rows stop and what the second file holds. */
export interface IanaPartsFields {
  /** The first port of the second file; every row below it is in the first. */
  highPort: number;
  highRowCount: number;
  /** The length of the second file's rows' text (with the line break before each row): a cut file shows. */
  highRowsLength: number;
}

/** The second file's first line. `sha256` is the IANA file both were made from: a pair from two runs is refused. */
export interface IanaHighHeader {
  format: typeof IANA_HIGH_FORMAT;
  sha256: string;
  port: number;
  rowCount: number;
  rowsLength: number;
}

/**
 * Cuts a whole data file (port-lens-iana/1) into the two shipped files, at the first row of a port where the first
 * file would pass half of the whole (a port's rows stay together: a lookup reads them as one run). Pure.
 * Throws when the text is not a whole data file.
 */
export function splitIanaData(whole: string): { low: string; high: string } {
  const headerEnd = whole.indexOf('\n');
  const header = JSON.parse(whole.slice(0, headerEnd)) as Record<string, unknown> & { format: string; rowCount: number; rowsLength: number; rangePorts: number[]; sha256: string };
  if (header.format !== 'port-lens-iana/1') throw new Error(`not a whole IANA data file: ${String(header.format)}`);
  const rowsEnd = whole.endsWith('\n') ? whole.length - 1 : whole.length;
  const rowsStart = rowsEnd - header.rowsLength;
  const rows = whole.slice(rowsStart, rowsEnd);
  // Each row is `\n` + port in base 36 (then `.` mask or `~`).
  const portAt = (at: number) => {
    let end = at + 1;
    while (end < rows.length && rows[end] !== '.' && rows[end] !== '~') end++;
    return parseInt(rows.slice(at + 1, end), 36);
  };
  let cut = -1;
  let rowsBefore = 0;
  for (let at = 0, previous = -1; at >= 0 && at < rows.length; at = rows.indexOf('\n', at + 1), rowsBefore++) {
    const port = portAt(at);
    if (cut < 0 && port !== previous && rowsStart + at >= whole.length / 2) {
      cut = at;
      break;
    }
    previous = port;
  }
  if (cut < 0) throw new Error('no place to cut the rows');
  const highPort = portAt(cut);
  const lowRows = rows.slice(0, cut);
  const highRows = rows.slice(cut);
  const fields: IanaPartsFields = { highPort, highRowCount: header.rowCount - rowsBefore, highRowsLength: highRows.length };
  // The whole file's header with the first file's rows' length, and the second file's fields after it.
  const lowHeader = { ...header, format: IANA_PARTS_FORMAT, rowCount: rowsBefore, rowsLength: lowRows.length, ...fields };
  const highHeader: IanaHighHeader = { format: IANA_HIGH_FORMAT, sha256: header.sha256, port: highPort, rowCount: fields.highRowCount, rowsLength: highRows.length };
  return {
    low: JSON.stringify(lowHeader) + whole.slice(headerEnd, rowsStart) + lowRows + '\n',
    high: JSON.stringify(highHeader) + highRows + '\n',
  };
}
