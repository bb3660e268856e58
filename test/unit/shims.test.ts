// The shims that bundles use in place of a package (scripts/dependencyShims.mjs) must behave as the package
// does for everything the bundled code asks of it. The unit tests run the real packages; these tests compare.
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as real from 'vscode-languageserver-types';
import { scanFile } from '../../src/core/formats/scanFile';
import * as shim from '../../src/shims/vscodeLanguageServerTypes';
import { TextDocument as realTextDocument } from 'vscode-languageserver-textdocument';
import { TextDocument as shimTextDocument } from '../../src/shims/vscodeLanguageServerTextDocument';
import { dockerfileParserBundle, writeCoreDataFiles } from '../../scripts/coreData.mjs';
import { DEPENDENCY_SHIMS, dependencyShimsPlugin } from '../../scripts/dependencyShims.mjs';
import { formatOf } from '../../src/core';
import { readSourceDataFiles } from '../../scripts/sourceDataFiles';
import { forgetDataFiles, installDataFile } from '../../src/core/dataFiles';

const ROOT = join(__dirname, '../..');

/** What calling `make` gives: its value, or the message it throws. */
function outcome(make: () => unknown): unknown {
  try {
    return { value: make() };
  } catch (error) {
    return { thrown: (error as Error).message };
  }
}

describe('src/shims/vscodeLanguageServerTypes.ts (bundled in place of vscode-languageserver-types)', () => {
  const numbers = [0, 1, 7, 2147483647, 2147483648, Number.MAX_VALUE, -1, 0.5, NaN];

  it('Position.create gives what the package gives', () => {
    for (const line of numbers) {
      for (const character of numbers) {
        assert.deepStrictEqual(shim.Position.create(line, character), real.Position.create(line, character), `${line}, ${character}`);
      }
    }
  });

  it('Range.create gives (or throws) what the package does, from four numbers or two positions', () => {
    const cases: unknown[][] = [
      [0, 0, 0, 0], [1, 2, 3, 4], [3, 14, 2147483647, 0], [0, -1, 0, 1], [0, 0, 0, undefined], [0, 0, 0, 0.5],
      [{ line: 1, character: 2 }, { line: 3, character: 4 }], [{ line: 1, character: 2 }, 7], [{ line: -1, character: 0 }, { line: 0, character: 0 }],
      [null, null], [undefined, undefined, undefined, undefined], ['1', '2', '3', '4'],
    ];
    for (const args of cases) {
      const call = (make: (...a: unknown[]) => unknown) => outcome(() => make(...args));
      assert.deepStrictEqual(call(shim.Range.create as (...a: unknown[]) => unknown), call(real.Range.create as (...a: unknown[]) => unknown),
        JSON.stringify(args));
    }
  });

  it('covers everything dockerfile-ast uses of the package: a dockerfile-ast upgrade that uses more fails here', () => {
    const lib = join(ROOT, 'node_modules/dockerfile-ast/lib');
    const files = [...readdirSync(lib).map((name) => join(lib, name)), ...readdirSync(join(lib, 'instructions')).map((name) => join(lib, 'instructions', name))]
      .filter((file) => file.endsWith('.js'));
    const used = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // TypeScript's CommonJS output names the import vscode_languageserver_types_1 and reads members off it.
      for (const match of text.matchAll(/vscode_languageserver_types_1(\.[A-Za-z_$]+)?(\.[A-Za-z_$]+)?/g)) used.add(`${match[1] ?? ''}${match[2] ?? ''}`);
      assert.ok(!/require\("vscode-languageserver-types\/[^"]*"\)/.test(text), `${file} requires a path inside the package`);
    }
    used.delete(''); // the `const vscode_languageserver_types_1 = require(…)` line itself
    assert.deepStrictEqual([...used].sort(), ['.Position.create', '.Range.create']);
  });

  it('lets the shipped Dockerfile parser (dockerfileParser.js) read Dockerfiles exactly as the real package does', async function () {
    this.timeout(60000);
    // What ships (scripts/coreData.mjs): dockerfile-ast bundled with the shim. The same bundle made with the real
    // package is the reference.
    const shipped = dockerfileParserBundle();
    assert.ok(shipped.inputs.some((input) => input.includes('src/shims/vscodeLanguageServerTypes.ts')), 'the bundle did not take the shim');
    assert.ok(!shipped.inputs.some((input) => input.includes('node_modules/vscode-languageserver-types/')), 'the bundle still holds the package');
    assert.ok(shipped.inputs.some((input) => input.includes('src/shims/vscodeLanguageServerTextDocument.ts')), 'the bundle did not take the text document shim');
    assert.ok(!shipped.inputs.some((input) => input.includes('node_modules/vscode-languageserver-textdocument/')), 'the bundle still holds the text document package');
    const withPackage = (await esbuild.build({
      stdin: { contents: "export { DockerfileParser } from 'dockerfile-ast';", resolveDir: ROOT, loader: 'ts' },
      bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent', write: false, metafile: true,
    }));
    assert.ok(Object.keys(withPackage.metafile.inputs).some((input) => input.includes('node_modules/vscode-languageserver-types/')));
    assert.ok(Object.keys(withPackage.metafile.inputs).some((input) => input.includes('node_modules/vscode-languageserver-textdocument/')));
    const fixtures = join(ROOT, 'test/fixtures/scanners/dockerfile');
    const texts = readdirSync(fixtures).filter((name) => name.endsWith('.Dockerfile')).map((name) => readFileSync(join(fixtures, name), 'utf8'));
    texts.push(
      'FROM node:20 AS build\r\nEXPOSE 3000 \\\r\n  9229/tcp\r\nENV PORT=8080\r\n',
      '# escape=`\nFROM nginx\nEXPOSE 80 `\n  443/udp\nHEALTHCHECK CMD curl -f http://localhost:80/ || exit 1\n',
      'FROM redis\nRUN <<EOF\necho 6379\nEOF\nEXPOSE 6379\nARG P=5432\nEXPOSE ${P}\nEXPOSE 70000\n',
      '',
    );
    try {
      const scanWith = (script: string) => {
        installDataFile('dockerfileParser.js', script);
        return texts.map((text) => scanFile(text, 'dockerfile'));
      };
      const reference = scanWith(withPackage.outputFiles[0].text);
      assert.ok(reference.some((result) => result.mentions.length > 0), 'the reference reads ports');
      const read = scanWith(shipped.text);
      texts.forEach((text, i) => assert.deepStrictEqual(read[i], reference[i], text.slice(0, 60)));
    } finally {
      forgetDataFiles();
      readSourceDataFiles();
    }
  });
});

describe('src/shims/vscodeLanguageServerTextDocument.ts (bundled in place of vscode-languageserver-textdocument)', () => {
  const texts = ['', 'a', '\n', '\r', '\r\n', 'FROM node\nEXPOSE 80\n', 'FROM node\r\nEXPOSE 80\r\n', 'a\rb\r\nc\n\nd', '\n\r\r\n\n\rx',
    'EXPOSE 80 \\\r\n  443\r\n# c\r', 'no newline at the end'];

  it('positionAt, offsetAt and getText give what the package gives, inside the text and outside it', () => {
    for (const text of texts) {
      const mine = shimTextDocument.create('', '', 0, text);
      const theirs = realTextDocument.create('', '', 0, text);
      for (let offset = -2; offset <= text.length + 2; offset++) {
        assert.deepStrictEqual(mine.positionAt(offset), theirs.positionAt(offset), `${JSON.stringify(text)} @${offset}`);
      }
      const positions = [];
      for (let line = -1; line <= text.split(/\r\n|\r|\n/).length + 1; line++) {
        for (let character = -1; character <= 12; character++) positions.push({ line, character });
      }
      for (const position of positions) {
        assert.deepStrictEqual(mine.offsetAt(position), theirs.offsetAt(position), `${JSON.stringify(text)} ${JSON.stringify(position)}`);
      }
      assert.strictEqual(mine.getText(), theirs.getText());
      for (const start of positions.filter((_, i) => i % 5 === 0)) {
        for (const end of positions.filter((_, i) => i % 7 === 0)) {
          assert.strictEqual(mine.getText({ start, end }), theirs.getText({ start, end }), `${JSON.stringify(text)} ${JSON.stringify([start, end])}`);
        }
      }
    }
  });

  it('covers everything dockerfile-ast uses of the package and of its documents: a dockerfile-ast upgrade that uses more fails here', () => {
    const lib = join(ROOT, 'node_modules/dockerfile-ast/lib');
    const files = [...readdirSync(lib).map((name) => join(lib, name)), ...readdirSync(join(lib, 'instructions')).map((name) => join(lib, 'instructions', name))]
      .filter((file) => file.endsWith('.js'));
    const used = new Set<string>();
    const documentMembers = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/vscode_languageserver_textdocument_1(\.[A-Za-z_$]+)?(\.[A-Za-z_$]+)?/g)) used.add(`${match[1] ?? ''}${match[2] ?? ''}`);
      // The document is handed around as `document` (a parameter, a field): what is read off it.
      for (const match of text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').matchAll(/\bdocument\s*\.\s*([A-Za-z_$]+)/g)) documentMembers.add(match[1]);
      assert.ok(!/require\("vscode-languageserver-textdocument\/[^"]*"\)/.test(text), `${file} requires a path inside the package`);
    }
    used.delete('');
    assert.deepStrictEqual([...used].sort(), ['.TextDocument.create']);
    assert.deepStrictEqual([...documentMembers].sort(), ['getText', 'offsetAt', 'positionAt']);
  });
});

describe('src/shims/yamlWriter.ts (bundled in place of yaml\'s writer)', () => {
  /** The whole core as the extension bundles it, with the command line's reader of the data files. */
  const buildCore = (plugins: esbuild.Plugin[], outfile?: string) => esbuild.build({
    stdin: { contents: "export * from './src/core/index';\nexport { readDataFilesFrom } from './src/cli/dataFiles';", resolveDir: ROOT, sourcefile: 'core.ts', loader: 'ts' },
    bundle: true, platform: 'browser', target: ['es2022', 'node18'], format: 'cjs', external: ['vscode', 'fs', 'path'],
    inject: [join(ROOT, 'src/web/bufferShim.ts')], alias: DEPENDENCY_SHIMS, legalComments: 'none', logLevel: 'silent', metafile: true,
    plugins, ...(outfile ? { outfile } : { write: false, outdir: join(tmpdir(), 'port-lens-shims') }),
  });

  it('leaves yaml\'s writer out of the core\'s bundle, and nothing else', async function () {
    this.timeout(60000);
    const inputs = async (plugins: esbuild.Plugin[]) => new Set(Object.keys((await buildCore(plugins)).metafile.inputs));
    const stock = await inputs([]);
    const shimmed = await inputs([dependencyShimsPlugin()]);
    const gone = [...stock].filter((input) => !shimmed.has(input));
    assert.deepStrictEqual([...shimmed].filter((input) => !stock.has(input)), ['src/shims/yamlWriter.ts']);
    assert.ok(gone.length >= 6 && gone.every((input) => input.startsWith('node_modules/yaml/browser/dist/stringify/')), gone.join(', '));
  });

  it('the core bundled with it reads every YAML fixture as the core bundled with yaml\'s writer: it never writes a node', async function () {
    this.timeout(60000);
    // Two bundles, each with its own state (the sources' image catalog is whatever the tests before installed).
    const folder = mkdtempSync(join(tmpdir(), 'port-lens-yaml-writer-'));
    writeCoreDataFiles(folder);
    type Core = typeof import('../../src/core') & typeof import('../../src/cli/dataFiles');
    const load = async (name: string, plugins: esbuild.Plugin[]): Promise<Core> => {
      await buildCore(plugins, join(folder, name));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const core = require(join(folder, name)) as Core;
      core.setDataFileReader(core.readDataFilesFrom([folder]));
      return core;
    };
    const shimmed = await load('shimmed.cjs', [dependencyShimsPlugin()]);
    const stock = await load('stock.cjs', []);
    const files = readdirSync(join(ROOT, 'test/fixtures'), { recursive: true }).map(String).filter((file) => /\.ya?ml$/.test(file));
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(join(ROOT, 'test/fixtures', file), 'utf8');
      const format = formatOf(file, undefined, text);
      if (format !== 'compose' && format !== 'kubernetes') continue;
      const expected = stock.checkPorts(text, format);
      compared += expected.length;
      assert.deepStrictEqual(shimmed.checkPorts(text, format), expected, file);
    }
    assert.ok(compared >= 20, `${compared} findings compared`);
  });
});
