// The editor and the command line report the same findings for the sample workspace (test/fixtures/workspace,
// the folder the integration tests and `npm start` open). The editor's side is built here the way its
// workspace index builds it (src/features/workspaceIndex.ts): every file of the folder outside node_modules and
// .git that `formatOf` recognises (by name, or a YAML file by its content), read as text and set in one `createWorkspace` under its path relative to
// the folder, with the options of the settings mapping the extension uses (`portLensSettings`), and each
// file's `findings` turned into the 1-based positions the Problems panel shows (line and character + 1).
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeSourceFolderOf, codeSourceFolders, createWorkspace, formatOf, isCodeSourceBelow, portLensSettings, type Finding } from '../../src/core';
import { installCatalogTable } from '../../src/core/images/catalogTable';
import { ROOT, runPortLens } from './runPortLens';

const sample = join(ROOT, 'test/fixtures/workspace');

function filesOf(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === '.git' ? [] : filesOf(folder, path);
    // A YAML file counts when its content makes it a Kubernetes manifest, as the index keeps it.
    return formatOf(path, undefined, readFileSync(join(folder, path), 'utf8')) ? [path] : [];
  });
}

/** The application sources the editor's index reads beside these Dockerfiles, by the core's rule. */
function sourcesOf(folder: string, dockerfiles: string[]): string[] {
  const folders = codeSourceFolders(dockerfiles);
  const all = (prefix: string): string[] => readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? (entry.name === 'node_modules' || entry.name === '.git' ? [] : all(path)) : [path];
  });
  return all('').filter((path) => {
    const under = codeSourceFolderOf(path, folders);
    return under !== undefined && isCodeSourceBelow(under === '' ? path : path.slice(under.length + 1));
  });
}

/** Line and character as VS Code's `TextDocument.positionAt` gives them, plus one. */
function editorPosition(text: string, offset: number) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function editorFindings() {
  // The editor reads the generated image rows from the data file the build ships beside it.
  installCatalogTable(readFileSync(join(ROOT, 'src/core/images/generated/catalogImages.data'), 'utf8'));
  const workspace = createWorkspace(portLensSettings(() => undefined).checkOptions);
  const texts = new Map(filesOf(sample).map((path) => [path, readFileSync(join(sample, path), 'utf8')]));
  for (const [path, text] of texts) workspace.set(path, text);
  // And, once indexing is done, the application sources under the Dockerfiles' folders (codeSources.ts).
  for (const path of sourcesOf(sample, [...texts.keys()].filter((path) => formatOf(path) === 'dockerfile'))) {
    workspace.set(path, readFileSync(join(sample, path), 'utf8'));
  }
  return [...texts].flatMap(([path, text]) => workspace.findings(path).map((finding: Finding) => ({
    path,
    start: editorPosition(text, finding.start),
    end: editorPosition(text, finding.end),
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
  })));
}

const key = (finding: { path: string; start: { line: number; column: number }; code: string; message: string }) =>
  `${finding.path}:${finding.start.line}:${finding.start.column} ${finding.code} ${finding.message}`;

describe('the editor and the command line agree', () => {
  it('on every finding of the sample workspace: place, code, severity and message', () => {
    const expected = editorFindings();
    assert.ok(expected.length >= 5, 'the sample workspace has problems to agree on');
    const run = runPortLens(['check', '--format', 'json'], sample);
    assert.strictEqual(run.stderr, '');
    const actual = JSON.parse(run.stdout).findings.map(({ path, start, end, code, severity, message }: typeof expected[number]) => ({ path, start, end, code, severity, message }));
    assert.deepStrictEqual(actual.map(key).sort(), expected.map(key).sort());
    assert.deepStrictEqual([...actual].sort((a, b) => key(a).localeCompare(key(b))), [...expected].sort((a, b) => key(a).localeCompare(key(b))));
  });
});
