// `port-lens check` on files named one by one: each is checked within the project it belongs to, the paths the
// output writes (its own, and those its messages name) are relative to the folder it runs in, and a run that
// checks nothing fails instead of passing.
import * as assert from 'assert';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, ROOT, runPortLens } from './runPortLens';

const sample = join(ROOT, 'test/fixtures/workspace');

interface JsonFinding { path: string; start: { line: number }; code: string; message: string }
const findingsOf = (stdout: string): JsonFinding[] => JSON.parse(stdout).findings;
/** The unreachable-port findings of nginx configs (the sample's compose files have route mistakes of their own). */
const unreachable = (findings: JsonFinding[]) => findings.filter((finding) => finding.code === 'unreachable-port' && finding.path.endsWith('nginx.conf'))
  .map((finding) => `${finding.path}:${finding.start.line}`);

describe('port-lens check on named files', () => {
  it('a named nginx config is checked within its project: the same unreachable-port as checking the folder', () => {
    const folder = unreachable(findingsOf(runPortLens(['check', '--format', 'json'], sample).stdout));
    assert.deepStrictEqual(folder, ['nginx/nginx.conf:39']);
    const named = runPortLens(['check', '--format', 'json', 'nginx/nginx.conf'], sample);
    assert.deepStrictEqual(unreachable(findingsOf(named.stdout)), folder);
    assert.deepStrictEqual([...new Set(findingsOf(named.stdout).map((finding) => finding.path))], ['nginx/nginx.conf'], 'only the named file is reported');
    assert.strictEqual(named.status, 0, 'a warning does not reach --fail-on error');
  });

  it('every path it writes is relative to the current folder, those in messages too', () => {
    const run = runPortLens(['check', 'nginx/nginx.conf', 'compose.yaml'], sample);
    assert.ok(!run.stdout.includes(sample.slice(1)), run.stdout);
    assert.ok(!run.stdout.includes(sample), run.stdout);
    assert.match(run.stdout, /^nginx\/nginx\.conf:39:\d+ +warning +unreachable-port /m);
    assert.match(run.stdout, /(^|[\s(])Dockerfile(:| line )13\b/m, 'the Dockerfile that says where web listens, by its path from here');
  });

  it('a folder checked from above: message paths start from the current folder as the finding paths do', () => {
    const run = runPortLens(['check', '--format', 'json', 'workspace'], join(ROOT, 'test/fixtures'));
    const [finding] = findingsOf(run.stdout).filter((entry) => entry.code === 'unreachable-port' && entry.path.endsWith('nginx.conf'));
    assert.strictEqual(finding.path, 'workspace/nginx/nginx.conf');
    assert.match(run.stdout, /workspace\/Dockerfile/);
  });

  it('a named file outside the current folder is checked within its project (the compose folder above it)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'port-lens-project-'));
    try {
      cpSync(sample, join(scratch, 'shop'), { recursive: true });
      const elsewhere = join(scratch, 'elsewhere');
      mkdirSync(elsewhere);
      const run = runPortLens(['check', '--format', 'json', join(scratch, 'shop/nginx/nginx.conf')], elsewhere);
      assert.deepStrictEqual(unreachable(findingsOf(run.stdout)), [`${join(scratch, 'shop/nginx/nginx.conf')}:39`]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('a named file in a repository inside the current folder is checked within that repository, with its settings', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'port-lens-project-'));
    try {
      cpSync(sample, join(scratch, 'shop'), { recursive: true });
      mkdirSync(join(scratch, 'shop/.git'));
      mkdirSync(join(scratch, 'shop/.vscode'));
      writeFileSync(join(scratch, 'shop/.vscode/settings.json'), '{ "portLens.rules": { "privileged-host-port": "off" } }');
      const run = runPortLens(['check', '--format', 'json', 'shop/compose.yaml', 'shop/nginx/nginx.conf'], scratch);
      const findings = findingsOf(run.stdout);
      assert.ok(!findings.some((finding) => finding.code === 'privileged-host-port'), 'the repository\'s settings apply');
      assert.deepStrictEqual(unreachable(findings), ['shop/nginx/nginx.conf:39']);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('port-lens check that checks nothing', () => {
  let scratch: string;
  beforeEach(() => { scratch = mkdtempSync(join(tmpdir(), 'port-lens-empty-')); });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('a folder with no file of the five formats: exit 2, and says so', () => {
    writeFileSync(join(scratch, 'README.md'), '# nothing here\n');
    for (const args of [['check'], ['check', '.'], ['check', '--format', 'sarif', '.']]) {
      const run = runPortLens(args, scratch);
      assert.strictEqual(run.status, 2, `${args.join(' ')}: ${run.stdout}`);
      assert.strictEqual(run.stdout, '');
      assert.match(run.stderr, /^port-lens: nothing to check in \.: no Compose file, Dockerfile, nginx config, \.env file or Kubernetes manifest there\n/);
    }
  });

  it('one empty folder among others fails the run, as a pattern that matches nothing does in ESLint', () => {
    mkdirSync(join(scratch, 'empty'));
    cpSync(join(FIXTURES, 'clean'), join(scratch, 'clean'), { recursive: true });
    const run = runPortLens(['check', 'clean', 'empty'], scratch);
    assert.strictEqual(run.status, 2);
    assert.match(run.stderr, /nothing to check in empty:/);
  });

  it('a mistyped pattern (left unexpanded by the shell): exit 2', () => {
    const run = runPortLens(['check', 'compose.yml*'], join(FIXTURES, 'clean'));
    assert.strictEqual(run.status, 2);
    assert.strictEqual(run.stdout, '');
  });

  it('only files of no known format named: exit 2, nothing checked', () => {
    const run = runPortLens(['check', 'README.md'], join(FIXTURES, 'mixed'));
    assert.strictEqual(run.status, 2);
    assert.strictEqual(run.stdout, '');
    assert.match(run.stderr, /skipped README\.md: not a Compose file/);
    assert.match(run.stderr, /port-lens: nothing was checked/);
  });
});
