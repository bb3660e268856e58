// The core's data files (src/core/dataFiles.ts): what the tables answer once a host gave the files, and what they
// answer when a file is missing, cut short or not a data file at all (an empty table and a plain sentence, never a
// throw). Each test gives the core its files again afterwards (scripts/sourceDataFiles.ts, as .mocharc.json does).
import * as assert from 'assert';
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readSourceDataFiles } from '../../scripts/sourceDataFiles';
import { checkDataFiles } from '../../src/core/dataFileCheck';
import { DATA_FILES, dataFileProblems, dataFilesLoading, forgetDataFiles, installDataFile, READ_ON_FIRST_USE, setDataFileLoader, setDataFileReader, type DataFileName } from '../../src/core/dataFiles';
import { imageRows, isGeneratedImage, lookupImage } from '../../src/core/images/lookupImage';
import { analyzePorts, checkPorts, createWorkspace, lookupPort, searchPorts } from '../../src/core';
import { COMMON_PORTS_TABLE } from '../../src/core/registry/commonPorts';
import { readCommonPortsData, renderCommonPortsData } from '../../src/core/registry/commonPortsData';
import { ianaSource, ianaTable, readIanaData } from '../../src/core/registry/ianaIndex';
import { readImageData } from '../../src/core/images/curatedTable';
import { readDataFilesFrom } from '../../src/cli/dataFiles';
import { dockerfileParserBundle, imageTableBundle, importedNames, kubernetesBundle, scannersBundle, writeCoreDataFiles } from '../../scripts/coreData.mjs';

const root = join(__dirname, '../..');
const source: Record<DataFileName, string> = {
  'ianaPorts.data': readFileSync(join(root, 'src/core/registry/generated/ianaPorts.data'), 'utf8'),
  'commonPorts.data': renderCommonPortsData(COMMON_PORTS_TABLE),
  'imageTable.data': readFileSync(join(root, 'src/core/images/generated/imageTable.data'), 'utf8'),
  'dockerfileParser.js': dockerfileParserBundle().text,
  'imageTable.js': imageTableBundle(),
  'scanners.js': scannersBundle(),
  'kubernetes.js': kubernetesBundle(),
};

/** The core with these texts installed and no reader (as the editor has it), or with one file left out. */
function install(texts: Partial<Record<DataFileName, string>>): void {
  forgetDataFiles();
  for (const [name, text] of Object.entries(texts)) installDataFile(name as DataFileName, text);
}

const ianaNames = (port: number) => lookupPort(port)!.services.filter((s) => s.source === 'iana').map((s) => s.name);
const compose = 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n';

describe('the core\'s data files', () => {
  afterEach(() => {
    forgetDataFiles();
    readSourceDataFiles();
  });

  it('installed, answer every IANA row, the common ports and the curated images', () => {
    install(source);
    const read = readIanaData(source['ianaPorts.data']);
    assert.ok(typeof read === 'object');
    const table = ianaTable();
    assert.strictEqual(table.rowCount(), read.header.rowCount);
    assert.ok(table.rowCount() > 6000);
    // Every row of the file is found by a lookup of its port, by both ways a lookup reads the rows.
    for (let row = 0; row < table.rowCount(); row++) {
      const port = table.rowPort(row);
      const { name, description } = table.lowerCaseRow(row);
      // A row without a name is named by its description.
      assert.ok(table.servicesBySeek(port).some((s) => s.name.toLowerCase() === (name === '' ? description : name)), `row ${row}, port ${port}`);
    }
    assert.deepStrictEqual(ianaNames(5432), ['postgresql']);
    assert.ok(lookupPort(5432)!.services.some((s) => s.source === 'common' && s.name === 'PostgreSQL'));
    assert.strictEqual(lookupImage('postgres:16')?.software, 'PostgreSQL');
    assert.strictEqual(ianaSource()?.records, 14533);
    assert.deepStrictEqual(checkDataFiles(), []);
  });

  it('missing, leave their tables empty and say which file could not be read, without a throw', () => {
    forgetDataFiles();
    setDataFileReader((name) => {
      throw new Error(`no ${name} here`);
    });
    assert.deepStrictEqual(lookupPort(5432)!.services, []);
    assert.strictEqual(lookupImage('postgres:16'), undefined);
    assert.deepStrictEqual(imageRows(), []);
    assert.deepStrictEqual(searchPorts('postgres'), []);
    assert.ok(Array.isArray(checkPorts(compose, 'compose')));
    const problems = checkDataFiles();
    assert.ok(Array.isArray(checkPorts('FROM node:22\nEXPOSE 3000\n', 'dockerfile')));
    assert.deepStrictEqual(problems.length, DATA_FILES.length, problems.join('\n'));
    for (const name of DATA_FILES) assert.ok(problems.some((p) => p.includes(name) && p.includes(`no ${name} here`)), name);
    for (const problem of problems) assert.doesNotMatch(problem, /`/);
  });

  it('read from a folder by the command line\'s reader, as built (scripts/coreData.mjs), answer as the sources do', () => {
    const folder = mkdtempSync(join(tmpdir(), 'port-lens-data-'));
    assert.deepStrictEqual(writeCoreDataFiles(folder).sort(), [...DATA_FILES].sort());
    for (const name of DATA_FILES) assert.ok(readFileSync(join(folder, name), 'utf8') === source[name], name);
    forgetDataFiles();
    setDataFileReader(readDataFilesFrom([join(folder, 'missing'), folder]));
    assert.deepStrictEqual(ianaNames(80).slice(0, 2), ['http', 'www']);
    assert.strictEqual(lookupImage('redis')?.ports[0].port, 6379);
    assert.deepStrictEqual(dataFileProblems(), []);
  });

  it('cut short, with lines added or of another format, are refused: an empty table and a sentence that names the file', () => {
    const iana = source['ianaPorts.data'];
    const images = source['imageTable.data'];
    const common = source['commonPorts.data'];
    const damaged: [DataFileName, string][] = [
      ['ianaPorts.data', iana.slice(0, iana.length - 1000)],
      ['ianaPorts.data', `${iana}1~extra~row\n`],
      ['ianaPorts.data', 'not a data file'],
      ['ianaPorts.data', ''],
      ['ianaPorts.data', iana.replace('port-lens-iana/3', 'port-lens-iana/9')],
      ['imageTable.data', images.slice(0, images.length - 500)],
      ['imageTable.data', images.replace('\n{', '\n[')],
      ['imageTable.data', '{}'],
      ['commonPorts.data', common.slice(0, -200)],
      ['commonPorts.data', COMMON_PORTS_TABLE],
    ];
    for (const [name, text] of damaged) {
      install({ ...source, [name]: text });
      const problems = checkDataFiles();
      assert.strictEqual(problems.length, 1, `${name}: ${problems.join(' ')}`);
      assert.match(problems[0], new RegExp(`data file ${name.replace('.', '\\.')} is damaged: .+\\. Reinstall`));
      const info = lookupPort(5432)!;
      if (name === 'ianaPorts.data') assert.deepStrictEqual(ianaNames(5432), []);
      if (name === 'commonPorts.data') assert.ok(!info.services.some((s) => s.source === 'common'));
      if (name === 'imageTable.data') assert.strictEqual(lookupImage('postgres:16'), undefined);
      assert.ok(Array.isArray(checkPorts(compose, 'compose')));
    }
    // The Dockerfile parser is run on the first Dockerfile: a script that throws or defines no parser is named then.
    for (const text of ['throw new Error("broken")', 'module.exports = {};', 'this is not JavaScript']) {
      install({ ...source, 'dockerfileParser.js': text });
      assert.deepStrictEqual(checkPorts('FROM node:22\nEXPOSE 3000\n', 'dockerfile'), []);
      const problems = checkDataFiles();
      assert.strictEqual(problems.length, 1, problems.join(' '));
      assert.match(problems[0], /data file dockerfileParser\.js is damaged: it does (not run|not define the Dockerfile parser)/);
    }
    // The image table's code is run on the first lookup of an image: likewise named then, and no image is known.
    for (const text of ['throw new Error("broken")', 'module.exports = {};', 'exports.start = () => ({});', 'this is not JavaScript']) {
      install({ ...source, 'imageTable.js': text });
      assert.strictEqual(lookupImage('postgres:16'), undefined);
      assert.deepStrictEqual(imageRows(), []);
      assert.ok(Array.isArray(checkPorts(compose, 'compose')));
      const problems = checkDataFiles();
      assert.strictEqual(problems.length, 1, problems.join(' '));
      assert.match(problems[0], /data file imageTable\.js is damaged: it does (not run|not define the image table)/);
    }
    // The Dockerfile, nginx and .env scanners are run on the first such file: likewise named then, and such a file
    // says nothing, while a compose file is read as before.
    const others: [string, 'dockerfile' | 'nginx' | 'dotenv'][] = [['FROM node:22\nEXPOSE 3000\n', 'dockerfile'],
      ['server {\n  listen 8080;\n}\n', 'nginx'], ['PORT=3000\n', 'dotenv']];
    for (const text of ['throw new Error("broken")', 'module.exports = {};', 'exports.start = () => ({});', 'this is not JavaScript']) {
      install({ ...source, 'scanners.js': text });
      for (const [file, format] of others) assert.deepStrictEqual(analyzePorts(file, format), { mentions: [], findings: [] }, format);
      assert.deepStrictEqual(analyzePorts(compose, 'compose').mentions.map((m) => m.port), [5432, 5432]);
      const problems = checkDataFiles();
      assert.strictEqual(problems.length, 1, problems.join(' '));
      assert.match(problems[0], /data file scanners\.js is damaged: it does (not run|not define scanDockerfile)/);
    }
    // The Kubernetes code is run on the first manifest: likewise named then; a manifest says nothing, in a check and
    // in the workspace, while a compose file is read as before.
    const manifest = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx\n      ports:\n        - containerPort: 80\n          hostPort: 80\n';
    for (const text of ['throw new Error("broken")', 'module.exports = {};', 'exports.start = () => ({});', 'this is not JavaScript']) {
      install({ ...source, 'kubernetes.js': text });
      assert.deepStrictEqual(analyzePorts(manifest, 'kubernetes'), { mentions: [], findings: [] });
      const workspace = createWorkspace();
      workspace.set('k8s/pod.yaml', manifest, 'kubernetes');
      assert.deepStrictEqual([workspace.mentions('k8s/pod.yaml'), workspace.findings('k8s/pod.yaml'), workspace.kubernetesPorts()],
        [[], [], { services: [] }]);
      assert.deepStrictEqual(analyzePorts(compose, 'compose').mentions.map((m) => m.port), [5432, 5432]);
      const problems = checkDataFiles();
      assert.strictEqual(problems.length, 1, problems.join(' '));
      assert.match(problems[0], /data file kubernetes\.js is damaged: it does (not run|not define scanKubernetes)/);
    }
    install(source);
    assert.deepStrictEqual(analyzePorts(manifest, 'kubernetes').mentions.map((m) => [m.port, m.role]), [[80, 'container'], [80, 'host']]);
    // Its findings take their severity from the bundle's catalogue, as the sources' do.
    assert.deepStrictEqual(checkPorts(manifest, 'kubernetes').map((f) => [f.code, f.severity]), [['privileged-host-port', 'info']]);
    for (const [file, format] of others) assert.strictEqual(analyzePorts(file, format).mentions.length, 1, format);
    assert.deepStrictEqual(analyzePorts('FROM node:22\nEXPOSE 3000\n', 'dockerfile').mentions.map((m) => m.port), [3000]);
    // The script's problems take their severity from the bundle's catalogue (scanners/host.ts), as the sources' do.
    for (const [file, format] of [['server {\n  listen 99999;\n}\n', 'nginx'], ['PORT=99999\n', 'dotenv'], ['EXPOSE 99999\n', 'dockerfile']] as const) {
      assert.deepStrictEqual(checkPorts(file, format).map((f) => [f.code, f.severity]), [['invalid-port', 'error']], format);
    }
    assert.strictEqual(lookupImage('postgres:16')?.software, 'PostgreSQL');
    // The readers say why, and never throw, whatever the text.
    for (const text of ['', '\n\n\n', '{"format":"port-lens-iana/3"}\n', 'null\n', '[]\n']) {
      assert.strictEqual(typeof readIanaData(text), 'string', JSON.stringify(text));
      assert.strictEqual(typeof readImageData(text), 'string', JSON.stringify(text));
      assert.throws(() => readCommonPortsData(text));
    }
  });

  it('scanners.js carries none of the code it shares with the bundle (scanners/shared.ts): it asks the bundle for it', () => {
    const asked = new Set([...source['scanners.js'].matchAll(/require\("([^"]*)"\)/g)].map((match) => match[1]));
    assert.deepStrictEqual([...asked].sort(), ['../images/imageReference.ts', './dockerfileStages.ts', './interpolation.ts', './mappedText.ts',
      './portSettings.ts', './portSpec.ts', './scanCollector.ts', './templatePlaceholder.ts']);
    // The shared code's own text is not in it (a class and a message of its own of each of two modules).
    assert.ok(!source['scanners.js'].includes('class ScanCollector') && !source['scanners.js'].includes('(or a range such as 8000-8010)'));
    // How the build finds what a scanner imports from a shared module, which shared.ts must export.
    const text = "import type { A } from './portSpec';\nimport { isSpecError, parsePortRange as range, type SpecError } from './portSpec';\nimport * as all from './mappedText';\n";
    assert.deepStrictEqual(importedNames(text, './portSpec'), ['isSpecError', 'parsePortRange']);
    assert.deepStrictEqual(importedNames(text, './mappedText'), ['*']);
    assert.deepStrictEqual(importedNames(text, './urlPort'), []);
  });

  it('kubernetes.js holds the Kubernetes code and asks the bundle for the rest (kubernetes/shared.ts); the bundle holds none of it', () => {
    const script = source['kubernetes.js'];
    const asked = new Set([...script.matchAll(/require\("([^"]*)"\)/g)].map((match) => match[1]));
    // What keeps state that must stay one: the image table, the sharing of compose readings, and yaml.
    for (const id of ['./images/lookupImage.ts', './formats/composeParse.ts', './catalogue.ts', 'yaml']) assert.ok(asked.has(id), id);
    // Not the bundle's code (a class and a message of its own of two modules), but the Kubernetes code's.
    assert.ok(!script.includes('class ScanCollector') && !script.includes('so binding it fails intermittently whenever an outgoing connection'));
    assert.ok(script.includes('every port of a Service with several must be named'));
    // The bundle's check of a compose file reaches none of the Kubernetes modules (the cold start pays for every byte).
    const { metafile } = buildSync({ entryPoints: [join(root, 'bench/entries/coreColdStart.ts')], bundle: true, platform: 'browser',
      format: 'cjs', write: false, metafile: true, logLevel: 'silent', external: ['vscode', 'fs', 'path'], outfile: 'core.js' });
    const kubernetesModules = Object.keys(metafile.inputs).filter((input) => /\/kubernetes(?!Detect|Hover|Code)[A-Z]?\w*\.ts$/.test(input));
    assert.deepStrictEqual(kubernetesModules, []);
  });

  it('a damaged row of the curated images is no row, and the others still answer', () => {
    const images = source['imageTable.data'];
    const postgresRow = images.split('\n').find((line) => line.startsWith('["postgres",'))!;
    // The same length (the header's check holds), but not JSON.
    install({ ...source, 'imageTable.data': images.replace(postgresRow, `${postgresRow.slice(0, -1)}}`) });
    assert.strictEqual(lookupImage('postgres:16'), undefined);
    assert.strictEqual(lookupImage('redis:7')?.software, 'Redis');
    assert.deepStrictEqual(imageRows(), []);
  });

  it('read on first use by a host that reads later (the editor: the image table\'s code and its curated rows), asked once, never at activation', async () => {
    const atActivation = DATA_FILES.filter((name) => !READ_ON_FIRST_USE.includes(name));
    assert.deepStrictEqual(READ_ON_FIRST_USE, ['imageTable.js', 'imageTable.data']);
    install(Object.fromEntries(atActivation.map((name) => [name, source[name]])));
    const asked: DataFileName[] = [];
    const loaded: DataFileName[] = [];
    // Whether no read was left under way when each one settled: the editor makes everything again only then, once
    // for the two files the first image lookup asks for (src/extension.ts).
    const lastOfTheReads: boolean[] = [];
    const pending: (() => void)[] = [];
    // Each read settles when the test says, so that what answers in between is seen.
    setDataFileLoader((name) => {
      asked.push(name);
      return new Promise<string>((resolve) => pending.push(() => resolve(source[name])));
    }, (name) => {
      loaded.push(name);
      lastOfTheReads.push(dataFilesLoading() === undefined);
    });
    // What the editor checks while it activates reads no image row and runs no image code.
    assert.deepStrictEqual(checkDataFiles(atActivation), []);
    assert.deepStrictEqual(lookupPort(5432)!.services.some((s) => s.source === 'common'), true);
    assert.deepStrictEqual(asked, []);
    assert.strictEqual(dataFilesLoading(), undefined);
    // The first image lookup asks for the code and the rows together and answers without them; the second waits on the same reads.
    assert.strictEqual(lookupImage('postgres:16'), undefined);
    assert.strictEqual(lookupImage('redis:7'), undefined);
    assert.strictEqual(isGeneratedImage('redis:7'), false);
    assert.deepStrictEqual(imageRows(), []);
    assert.deepStrictEqual(asked, ['imageTable.js', 'imageTable.data']);
    const loading = dataFilesLoading();
    assert.ok(loading);
    // The code first: the table runs, with no rows yet; it asks for nothing again.
    pending.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(loaded, ['imageTable.js']);
    assert.deepStrictEqual(checkDataFiles(['imageTable.js']), []);
    assert.strictEqual(lookupImage('postgres:16'), undefined);
    assert.ok(dataFilesLoading());
    pending.shift()!();
    await loading;
    assert.deepStrictEqual(loaded, ['imageTable.js', 'imageTable.data']);
    assert.deepStrictEqual(lastOfTheReads, [false, true]);
    assert.strictEqual(dataFilesLoading(), undefined);
    assert.strictEqual(lookupImage('postgres:16')?.software, 'PostgreSQL');
    assert.deepStrictEqual(checkDataFiles(['imageTable.data']), []);
    assert.deepStrictEqual(asked, ['imageTable.js', 'imageTable.data']);

    // A read that fails is named once it settles, and not asked again.
    install(Object.fromEntries(atActivation.map((name) => [name, source[name]])));
    const askedAgain: DataFileName[] = [];
    setDataFileLoader(async (name) => {
      askedAgain.push(name);
      throw new Error('gone');
    });
    assert.strictEqual(lookupImage('postgres:16'), undefined);
    await dataFilesLoading();
    assert.strictEqual(lookupImage('postgres:16'), undefined);
    assert.deepStrictEqual(askedAgain, ['imageTable.js', 'imageTable.data']);
    for (const name of READ_ON_FIRST_USE) {
      const problems = checkDataFiles([name]);
      assert.strictEqual(problems.length, 1);
      assert.match(problems[0], new RegExp(`could not read its data file ${name.replace('.', '\\.')} \\(gone\\)`));
    }
    assert.deepStrictEqual(checkDataFiles(atActivation), []);
  });

  it('given after a first use (the editor reads them while it activates), replace what was answered without them', () => {
    forgetDataFiles();
    assert.deepStrictEqual(checkDataFiles(), DATA_FILES.map((name) => `Port Lens was given no data file ${name}: its table is empty.`));
    assert.deepStrictEqual(ianaNames(5432), []);
    assert.strictEqual(lookupImage('postgres:16'), undefined);
    install(source);
    assert.deepStrictEqual(ianaNames(5432), ['postgresql']);
    assert.strictEqual(lookupImage('postgres:16')?.software, 'PostgreSQL');
  });
});
