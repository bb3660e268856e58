import * as assert from 'assert';
import { createHash } from 'crypto';
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative, sep } from 'path';
import {
  generateFrom,
  GENERATED_FILE,
  isPlaceholder,
  mergeRows,
  readIanaXml,
  referenceCode,
  referencesOf,
  renderRegistryData,
  rowsFromXml,
  withoutRepeatedDescriptions,
} from '../../scripts/generate-registry';
import { IanaTable, readIanaData, type IanaColumns } from '../../src/core/registry/ianaIndex';
import { readReferences } from '../../src/core/registry/ianaReferences';
import { realIanaXml } from './registrySource';

const root = join(__dirname, '../..');
const fixturePath = join(root, 'test/fixtures/registry/service-names-port-numbers.sample.xml');
const fixture = readFileSync(fixturePath, 'utf8');
const source = { source: 'sample.xml', updated: '2026-08-17', sha256: 'abc', records: 1 };

/** Reads a generated data file as the runtime does. */
function loadGenerated(text: string): IanaColumns {
  const read = readIanaData(text);
  assert.ok(typeof read === 'object', `not a data file: ${String(read)}`);
  return read.columns;
}

const rfc = (n: number) => ({ label: `RFC ${n}`, url: `https://www.rfc-editor.org/rfc/rfc${n}` });

/** Whether vsce packages a path, by .vscodeignore: the last pattern that matches decides (`!` lets it in). Only
 *  the glob forms that file uses (`**`, `*`) are understood; any other line fails the test. */
function packagedBy(vscodeignore: string): (path: string) => boolean {
  const rules = vscodeignore.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#')).map((line) => {
    const negated = line.startsWith('!');
    const glob = negated ? line.slice(1) : line;
    assert.match(glob, /^[\w.\/*-]+$/, `a .vscodeignore line this test cannot read: ${line}`);
    const pattern = glob.replace(/[.]/g, '\\.').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*');
    return { negated, regex: new RegExp(`^${pattern}$`) };
  });
  return (path) => {
    let included = true;
    for (const rule of rules) if (rule.regex.test(path)) included = rule.negated;
    return included;
  };
}

describe('registry generator: reading IANA\'s XML', () => {
  it('reads the updated date, every record, entities and line breaks in texts', () => {
    const registry = readIanaXml(fixture);
    assert.strictEqual(registry.updated, '2026-08-17');
    assert.strictEqual(registry.records.length, 23);
    const escaped = registry.records.find((r) => r.number === '40000')!;
    assert.deepStrictEqual([escaped.name, escaped.description], ['AT&T-test', 'A "quoted" & escaped description']);
    const ictp = registry.records.find((r) => r.name === 'pon-ictp')!;
    assert.strictEqual(ictp.description, 'Inter-Channel Termination Protocol (ICTP) for multi-wavelength PON (Passive Optical Network) systems');
  });

  it('takes a record\'s own xrefs only, not those of its notes or its assignee', () => {
    const http = readIanaXml(fixture).records.find((r) => r.name === 'http')!;
    assert.deepStrictEqual(http.xrefs.map((x) => `${x.type}:${x.data}`), ['person:IETF_Chair', 'rfc:rfc9110']);
  });

  it('refuses malformed XML and other registries, rather than generating an empty table', () => {
    assert.throws(() => readIanaXml('<registry id="service-names-port-numbers"><record>'), /XML|registry/);
    assert.throws(() => readIanaXml('<registry id="protocol-numbers"><updated>2026-01-01</updated></registry>'), /not IANA's service-names-port-numbers/);
  });

  it('keeps every name of a port and the ranged rows; drops placeholders, withdrawn rows and portless names', () => {
    const rows = mergeRows(rowsFromXml(readIanaXml(fixture)));
    assert.deepStrictEqual(rows.map((r) => `${r.port}-${r.endPort} ${r.protocols} ${r.name}`), [
      '1-1 3 tcpmux',
      '22-22 3 ssh',
      '22-22 4 ssh',
      '24-24 1 ',
      '80-80 1 http',
      '80-80 1 www',
      '80-80 1 www-http',
      '465-465 1 submissions',
      '3000-3000 1 hbci',
      '3000-3000 1 remoteware-cl',
      '3322-3325 0 active-net',
      '6000-6063 3 x11',
      '7202-7202 1 pon-ictp',
      '14001-14001 1 sua', // its udp row is "De-Registered"
      '40000-40000 2 AT&T-test',
    ]);
  });

  it('tells placeholders and withdrawn records from services', () => {
    for (const [name, description] of [['', 'Reserved'], ['', 'Unassigned'], ['', 'unassigned'], ['', 'Reserved - IANA'], ['', '(unassigned) Possibly assigned'],
      ['', 'De-registered'], ['', 'Removed'], ['', 'Decomissioned Port 04/14/00, ms'], ['sua', 'De-Registered'], ['', '']]) {
      assert.ok(isPlaceholder(name, description), `${name} "${description}"`);
    }
    for (const [name, description] of [['', 'any private mail system'], ['x11', 'X Window System'], ['stun-behaviors', 'Reserved for a future enhancement of STUN-BEHAVIOR']]) {
      assert.ok(!isPlaceholder(name, description), `${name} "${description}"`);
    }
  });

  it('links RFCs to the RFC Editor, drafts to the datatracker and web pages to themselves; people and text are no links', () => {
    assert.deepStrictEqual(referencesOf([
      { type: 'person', data: 'IETF_Chair', text: '' },
      { type: 'rfc', data: 'rfc9110', text: '' },
      { type: 'rfc', data: 'rfc9110', text: '' },
      { type: 'draft', data: 'RFC-ietf-emailcore-rfc5321bis-43', text: '' },
      { type: 'draft', data: 'draft-herbert-gue-02', text: '' },
      { type: 'uri', data: 'https://www.broadband-forum.org/technical/download/TR-352.pdf', text: 'TR-352' },
      { type: 'uri', data: 'https://xahau.network', text: '' },
      { type: 'uri', data: 'mailto:someone&example.com', text: '' },
      { type: 'text', data: '', text: 'ISO/IEC 13818-6 MPEG-2 DSM-CC' },
      { type: 'note', data: '1', text: '' },
    ]), [
      rfc(9110),
      { label: 'RFC-ietf-emailcore-rfc5321bis-43', url: 'https://datatracker.ietf.org/doc/draft-ietf-emailcore-rfc5321bis-43' },
      { label: 'draft-herbert-gue-02', url: 'https://datatracker.ietf.org/doc/draft-herbert-gue-02' },
      { label: 'TR-352', url: 'https://www.broadband-forum.org/technical/download/TR-352.pdf' },
      { label: 'https://xahau.network', url: 'https://xahau.network' },
    ]);
  });

  it('stores each kind of reference so that the runtime reads back the same label and link', () => {
    const references = [
      rfc(9110),
      { label: 'RFC-ietf-emailcore-rfc5321bis-43', url: 'https://datatracker.ietf.org/doc/draft-ietf-emailcore-rfc5321bis-43' },
      { label: '3GPP TS 24.379 v13.5.0s', url: 'http://www.3gpp.org/ftp//Specs/archive/24_series/24.379' },
      { label: 'https://xahau.network', url: 'https://xahau.network' },
    ];
    assert.deepStrictEqual(readReferences(references.map(referenceCode).join('^')), references);
  });
});

describe('registry generator: the module it writes', () => {
  const sample = () => new IanaTable(loadGenerated(generateFrom(fixturePath)));

  it('serves every name of 80/tcp, in the registry\'s order, each with its own references', () => {
    assert.deepStrictEqual(sample().services(80).map((s) => [s.name, s.protocols, s.references]), [
      ['http', ['tcp'], [rfc(9110)]],
      ['www', ['tcp'], [rfc(9110)]],
      ['www-http', ['tcp'], undefined],
    ]);
  });

  it('serves a range at both ends and inside it, and not one past either end', () => {
    const table = sample();
    for (const port of [6000, 6010, 6063]) {
      assert.deepStrictEqual(table.services(port).map((s) => [s.name, s.description, s.protocols]), [['x11', 'X Window System', ['tcp', 'udp']]], `port ${port}`);
    }
    assert.deepStrictEqual(table.services(5999), []);
    assert.deepStrictEqual(table.services(6064), []);
    assert.deepStrictEqual(table.services(3325).map((s) => [s.name, s.protocols]), [['active-net', []]]);
    assert.deepStrictEqual(table.services(3326), []);
  });

  it('answers the same by seeking as by its direct index, references included', () => {
    const table = sample();
    for (const port of [0, 1, 2, 22, 24, 80, 465, 3000, 6010, 7202, 14001, 40000]) {
      assert.deepStrictEqual(table.servicesBySeek(port), table.services(port), `port ${port}`);
    }
    assert.deepStrictEqual(table.services(7202)[0].references, [{ label: 'TR-352', url: 'https://www.broadband-forum.org/technical/download/TR-352.pdf' }]);
    assert.deepStrictEqual(table.services(465)[0].references?.[0].url, 'https://datatracker.ietf.org/doc/draft-ietf-emailcore-rfc5321bis-43');
  });

  it('shows no reserved, unassigned or de-assigned record as a service', () => {
    const table = sample();
    for (const port of [0, 2, 3, 6]) assert.deepStrictEqual(table.services(port), [], `port ${port}`);
    assert.deepStrictEqual(table.services(14001).map((s) => s.protocols), [['tcp']]);
  });

  it('records the file\'s name, updated date, SHA-256 and record count, and says in its first line how it is remade', () => {
    const text = generateFrom(fixturePath);
    assert.match(text.split('\n')[0], /^\{"format":"port-lens-iana\/3","generated":"GENERATED FILE, do not edit: regenerate with npm run registry:update/);
    const sha256 = createHash('sha256').update(readFileSync(fixturePath)).digest('hex');
    assert.ok(text.includes(`"source":"service-names-port-numbers.sample.xml","updated":"2026-08-17","sha256":"${sha256}","records":23,`), text.slice(0, 800));
  });

  it('gives the same bytes for the same input, wherever the copy lies', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'port-lens-xml-')), 'service-names-port-numbers.sample.xml');
    copyFileSync(fixturePath, copy);
    assert.strictEqual(generateFrom(copy), generateFrom(fixturePath));
  });

  it('keeps quotes, backslashes and accents intact through the generated strings, a bar as ¦', () => {
    const description = 'say "hi" | it\'s a `${b}` \\ c É';
    const text = renderRegistryData(mergeRows([{ port: 7, endPort: 7, protocol: 'tcp', name: 'x"y', description, references: [] }]), source);
    const columns = loadGenerated(text);
    assert.deepStrictEqual(new IanaTable(columns).services(7).map((s) => [s.name, s.description]), [['x"y', description.replace('|', '\u00a6')]]);
    assert.strictEqual(text.split('\n').length, 3, 'a header, the row and the last line break: no break inside a text');
  });

  it('writes the file in ASCII and reads every other character back, by seeking, by its direct index, in ranged rows and in search', () => {
    // An accent (IANA's FORTÉ), `{` (the escape's own mark), a tab, a character outside the BMP and the bar's ¦.
    const description = 'FORTÉ {c9} {x} \t 🚀 | end';
    const written = description.replace('|', '\u00a6');
    const text = renderRegistryData(mergeRows([
      { port: 7, endPort: 7, protocol: 'tcp', name: 'forté', description, references: [] },
      { port: 9, endPort: 12, protocol: 'udp', name: 'ranged{', description, references: [] },
    ]), source);
    assert.ok(/^[\x20-\x7e\n]*$/.test(text), text);
    const table = new IanaTable(loadGenerated(text));
    assert.deepStrictEqual(table.servicesBySeek(7).map((s) => [s.name, s.description]), [['forté', written]]);
    assert.deepStrictEqual(table.services(7).map((s) => [s.name, s.description]), [['forté', written]]);
    assert.deepStrictEqual(table.rangeServices(10).map((s) => [s.name, s.description]), [['ranged{', written]]);
    assert.ok(table.lowerCaseColumns().descriptions.includes('forté {c9} {x} \t 🚀'), table.lowerCaseColumns().descriptions);
  });

  it('ships the IANA rows as ASCII (a non-ASCII byte makes a fresh process decode the rest of the file slowly)', () => {
    const bytes = readFileSync(join(root, GENERATED_FILE));
    const at = bytes.findIndex((byte) => byte > 0x7e || (byte < 0x20 && byte !== 0x0a));
    assert.strictEqual(at, -1, `byte ${at}: ${bytes.subarray(Math.max(0, at - 40), at + 10).toString('utf8')}`);
    const table = new IanaTable(loadGenerated(bytes.toString('utf8')));
    assert.ok(table.services(4413).some((s) => s.description === 'FORTÉ Vision Monitoring platform'), JSON.stringify(table.services(4413)));
  });

  it('drops a description that only repeats the name (case and punctuation aside) and merges the rows that then agree', () => {
    const rows = withoutRepeatedDescriptions([
      { port: 20, endPort: 20, protocols: 1, name: 'ftp-data', description: 'File Transfer [Default Data]', references: [] },
      { port: 20, endPort: 20, protocols: 4, name: 'ftp-data', description: 'FTP Data', references: [] },
      { port: 2000, endPort: 2000, protocols: 1, name: 'cisco-sccp', description: 'Cisco SCCP', references: [] },
      { port: 2000, endPort: 2000, protocols: 2, name: 'cisco-sccp', description: 'cisco SCCP', references: [] },
      { port: 2000, endPort: 2000, protocols: 4, name: 'cisco-sccp', description: 'Cisco SCCP', references: [rfc(4960)] },
    ]);
    assert.deepStrictEqual(rows.map((r) => [r.port, r.protocols, r.name, r.description, r.references.length]), [
      [20, 1, 'ftp-data', 'File Transfer [Default Data]', 0],
      [20, 4, 'ftp-data', '', 0],
      [2000, 3, 'cisco-sccp', '', 0],
      [2000, 4, 'cisco-sccp', '', 1], // other references: another row
    ]);
  });

  it('stores names and descriptions as written and reads them back exactly', () => {
    const rows = [
      { port: 49, endPort: 49, protocol: 'tcp', name: 'tacacs', description: 'Login Host Protocol (TACACS)', references: [] },
      { port: 50, endPort: 50, protocol: 'tcp', name: 're-mail-ck', description: 'Remote Mail Checking Protocol', references: [] },
      { port: 51, endPort: 51, protocol: 'udp', name: 'la-maint', description: 'IMP Logical Address Maintenance', references: [] },
      { port: 80, endPort: 80, protocol: 'tcp', name: 'http', description: 'World Wide Web HTTP', references: [rfc(9110)] },
      { port: 80, endPort: 80, protocol: 'tcp', name: 'www', description: 'World Wide Web HTTP', references: [] },
    ];
    const table = new IanaTable(loadGenerated(renderRegistryData(mergeRows(rows), source)));
    for (const row of rows) {
      assert.ok(table.servicesBySeek(row.port).some((s) => s.name === row.name && s.description === row.description), `${row.port} ${row.name}`);
    }
    assert.deepStrictEqual(table.services(80).map((s) => s.name), ['http', 'www']);
    assert.deepStrictEqual(table.services(52), []);
  });

  it('finds every port by seeking whatever the spacing of the rows that give their port in full', () => {
    const rows = mergeRows(rowsFromXml(readIanaXml(fixture)));
    const ports = [...new Set(rows.flatMap((r) => [r.port - 1, r.port, r.port + 1, r.endPort + 1]))].filter((p) => p >= 0);
    const expected = new IanaTable(loadGenerated(renderRegistryData(rows, source)));
    for (const every of [1, 2, 3, 5, 100]) {
      const text = renderRegistryData(rows, source, every);
      const columns = loadGenerated(text);
      const lines = columns.IANA_ROWS.split('\n').slice(1);
      assert.ok(lines.length > 10);
      assert.strictEqual(lines.filter((line) => line.startsWith('=')).length, Math.ceil(lines.length / every), `every ${every}`);
      const table = new IanaTable(columns);
      for (const port of ports) {
        assert.deepStrictEqual(table.servicesBySeek(port), expected.services(port), `every ${every}, port ${port}`);
        assert.deepStrictEqual(table.services(port), expected.services(port), `every ${every}, port ${port}`);
      }
    }
  });
});

describe('registry generator: the real file and the committed table', () => {
  it('gives the same bytes twice from IANA\'s file, and those are the committed table', () => {
    const path = realIanaXml();
    const first = generateFrom(path);
    assert.ok(first === generateFrom(path), 'two runs on the same file differ');
    const committed = readFileSync(join(root, GENERATED_FILE), 'utf8');
    assert.ok(committed === first, `${GENERATED_FILE} is stale: run npm run registry:update`);
  });

  it('reads IANA\'s file from the repository itself (data/iana/, with its README), which the .vsix leaves out', () => {
    const path = realIanaXml();
    assert.strictEqual(relative(root, path).split(sep).join('/'), 'data/iana/service-names-port-numbers.xml');
    assert.ok(existsSync(join(root, 'data/iana/README.md')));
    const packaged = packagedBy(readFileSync(join(root, '.vscodeignore'), 'utf8'));
    assert.ok(!packaged('data/iana/service-names-port-numbers.xml') && !packaged('data/iana/README.md'));
    assert.ok(packaged('dist/extension.js') && packaged('docs/hover.png') && !packaged('src/extension.ts'), 'the ignore file is read as vsce reads it');
    // In a git checkout, the file is tracked: a fresh clone has it.
    const tracked = spawnSync('git', ['ls-files', '--error-unmatch', 'data/iana/service-names-port-numbers.xml', 'data/iana/README.md'], { cwd: root, encoding: 'utf8' });
    if (tracked.error === undefined && !/not a git repository/.test(tracked.stderr)) assert.strictEqual(tracked.status, 0, tracked.stderr);
  });

  it('records the updated date and SHA-256 that data/iana/README.md states', () => {
    const readme = readFileSync(join(realIanaXml(), '..', 'README.md'), 'utf8');
    const updated = /`updated`:\s*(\d{4}-\d{2}-\d{2})/.exec(readme)?.[1];
    const sha256 = /SHA-256:\s*`([0-9a-f]{64})`/.exec(readme)?.[1];
    assert.ok(updated && sha256, 'README states the date and hash');
    const committed = readFileSync(join(root, GENERATED_FILE), 'utf8');
    assert.ok(committed.includes(`"updated":"${updated}","sha256":"${sha256}","records":14533`), committed.split('\n')[0]);
  });
});
