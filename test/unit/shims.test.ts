// The shims that bundles use in place of a package (scripts/dependencyShims.mjs) must behave as the package
// does for everything the bundled code asks of it. The unit tests run the real packages; these tests compare.
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import * as real from 'vscode-languageserver-types';
import { scanFile } from '../../src/core/formats/scanFile';
import * as shim from '../../src/shims/vscodeLanguageServerTypes';
import { dockerfileParserBundle } from '../../scripts/coreData.mjs';
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
    const withPackage = (await esbuild.build({
      stdin: { contents: "export { DockerfileParser } from 'dockerfile-ast';", resolveDir: ROOT, loader: 'ts' },
      bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent', write: false, metafile: true,
    }));
    assert.ok(Object.keys(withPackage.metafile.inputs).some((input) => input.includes('node_modules/vscode-languageserver-types/')));
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
