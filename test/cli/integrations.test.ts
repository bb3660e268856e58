// The GitHub Action (action.yml) and the pre-commit hook (.pre-commit-hooks.yaml), tested as far as a machine
// without GitHub or pre-commit allows: both files parse, every input of the Action is used and nothing unknown
// is read, the command they run exists, and running it the way each runner does works on the fixtures.
import * as assert from 'assert';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatOf } from '../../src/core';
import { sarifSchemaErrors } from './sarifSchema';
import { FIXTURES, ROOT } from './runPortLens';

interface ActionStep { id?: string; if?: string; uses?: string; run?: string; shell?: string; env?: Record<string, string>; with?: Record<string, string> }
interface Action { name: string; inputs: Record<string, { description: string; default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: ActionStep[] } }
interface Hook { id: string; entry: string; language: string; files: string; require_serial?: boolean }

const action: Action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
const hooks: Hook[] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
const cliPackage = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8'));

/** `${{ inputs.name }}` and `${{ steps.id.outputs.name }}` references in a string. */
const references = (text: string, kind: 'inputs' | 'steps') => [...text.matchAll(new RegExp(`\\b${kind}\\.([a-zA-Z0-9_-]+)`, 'g'))].map((match) => match[1]);

/** Every file below a folder, `/`-separated and relative to it. */
function filesBelow(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesBelow(folder, path) : [path];
  });
}

/** Runs the Action's check step as the runner does: bash -e, the step's env with the inputs filled in. */
function runCheckStep(inputs: Record<string, string>, cwd: string) {
  const step = action.runs.steps.find((candidate) => candidate.id === 'check')!;
  const values = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, inputs[name] ?? input.default ?? '']));
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, value.replace(/\$\{\{\s*inputs\.([a-zA-Z0-9_-]+)\s*\}\}/g, (_, input: string) => values[input])]));
  const output = join(cwd, 'github-output.txt');
  writeFileSync(output, '');
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
    cwd, encoding: 'utf8', env: { ...process.env, ...env, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: output, NO_COLOR: '1' },
  });
  const outputs = Object.fromEntries(readFileSync(output, 'utf8').trim().split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2)));
  return { status: run.status, stderr: run.stderr, outputs };
}

describe('the GitHub Action (action.yml)', () => {
  it('is a composite action whose inputs are all used, and which reads no input it does not declare', () => {
    assert.strictEqual(action.runs.using, 'composite');
    const used = new Set(action.runs.steps.flatMap((step) => references(JSON.stringify(step), 'inputs')));
    assert.deepStrictEqual([...used].sort(), Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) assert.ok(input.description, `${name} is described`);
    // Inputs reach the script through env only: an expression inside `run:` would be pasted into the shell.
    for (const step of action.runs.steps) assert.ok(!step.run?.includes('${{'), 'no expression inside a run script');
  });

  it('uploads the SARIF the check step wrote with github/codeql-action/upload-sarif, even when the check failed', () => {
    const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'an upload-sarif step');
    assert.match(upload.with!.sarif_file, /steps\.check\.outputs\.sarif-file/);
    assert.match(upload.if!, /!cancelled\(\)/);
    for (const [name, output] of Object.entries(action.outputs)) {
      assert.deepStrictEqual(references(output.value, 'steps'), ['check'], name);
    }
  });

  it('runs the command it names: SARIF of the fixture with findings, exit 1, outputs for the upload', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'port-lens-action-'));
    try {
      cpSync(join(FIXTURES, 'mixed'), join(scratch, 'repo'), { recursive: true });
      const run = runCheckStep({ 'fail-on': 'error' }, join(scratch, 'repo'));
      assert.strictEqual(run.status, 1, run.stderr);
      assert.deepStrictEqual(run.outputs, { 'exit-code': '1', 'sarif-file': 'port-lens.sarif' });
      const log = JSON.parse(readFileSync(join(scratch, 'repo/port-lens.sarif'), 'utf8'));
      assert.deepStrictEqual(sarifSchemaErrors(log), []);
      assert.ok(log.runs[0].results.some((result: { ruleId: string }) => result.ruleId === 'host-port-conflict'));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('passes its inputs on: paths, fail-on, config and the SARIF file\'s name', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'port-lens-action-'));
    try {
      cpSync(join(FIXTURES, 'mixed'), join(scratch, 'repo'), { recursive: true });
      const repo = join(scratch, 'repo');
      writeFileSync(join(repo, 'ci.json'), '{ "portLens.rules": { "host-port-conflict": "off", "invalid-port": "off" } }');
      const run = runCheckStep({ paths: 'compose.yaml nginx', 'fail-on': 'warning', config: 'ci.json', 'sarif-file': 'out.sarif' }, repo);
      assert.strictEqual(run.status, 1, `warnings reach fail-on: ${run.stderr}`);
      assert.strictEqual(runCheckStep({ paths: 'compose.yaml nginx', config: 'ci.json', 'sarif-file': 'out.sarif' }, repo).status, 0, 'no error is left');
      assert.strictEqual(run.outputs['sarif-file'], 'out.sarif');
      const results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] = JSON.parse(readFileSync(join(repo, 'out.sarif'), 'utf8')).runs[0].results;
      const files = new Set(results.map((result) => result.locations[0].physicalLocation.artifactLocation.uri));
      assert.ok([...files].every((file) => file === 'compose.yaml' || file.startsWith('nginx/')), [...files].join(', '));
      assert.ok(!results.some((result) => result.ruleId === 'host-port-conflict'), 'the config file was read');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('a repository with nothing to check: exit 2, and no upload of an empty file', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'port-lens-action-'));
    try {
      const run = runCheckStep({}, scratch);
      assert.strictEqual(run.status, 2);
      assert.strictEqual(run.outputs['exit-code'], '2');
      const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
      assert.match(upload.if!, /exit-code == '0' \|\| steps\.check\.outputs\.exit-code == '1'/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const [hook] = hooks;
  const files = new RegExp(hook.files.replace(/^\(\?i\)/, ''), hook.files.startsWith('(?i)') ? 'i' : '');

  it('one hook, port-lens, whose entry is an executable script of this repository running check', () => {
    assert.strictEqual(hooks.length, 1);
    assert.strictEqual(hook.id, 'port-lens');
    assert.strictEqual(hook.language, 'script');
    const [script, command] = hook.entry.split(' ');
    assert.strictEqual(command, 'check');
    accessSync(join(ROOT, script), constants.X_OK);
    // Without a built bundle the script runs the npm package of the same version, by its bin's name.
    const text = readFileSync(join(ROOT, script), 'utf8');
    assert.ok(text.includes(`--package "${cliPackage.name}@$version" -- ${Object.keys(cliPackage.bin)[0]}`), text);
  });

  it('files: the names Port Lens reads, of every format, and every YAML and .conf file (read by content); nothing else', () => {
    const every = filesBelow(join(ROOT, 'test/fixtures')).concat(['Containerfile', 'app/Dockerfile.prod', 'x/conf.d/site.conf', 'etc/nginx/sites-enabled/example.com', 'deploy/.env.production', 'README.md', 'compose.yaml.orig', 'Dockerfile.dockerignore', 'src/main.conf', 'a/.envrc']);
    const matched = every.filter((path) => files.test(path));
    const byContent = (path: string) => /\.(ya?ml|conf)$/i.test(path);
    for (const path of matched) assert.ok(formatOf(path) !== undefined || byContent(path), `${path} matches the hook's files but Port Lens does not read it`);
    for (const path of every.filter((candidate) => !files.test(candidate))) assert.ok(formatOf(path) === undefined && !byContent(path), `${path} is read by Port Lens but not handed to the hook`);
    for (const format of ['compose', 'dockerfile', 'dotenv', 'nginx']) assert.ok(matched.some((path) => formatOf(path) === format), format);
    for (const path of ['Containerfile', 'app/Dockerfile.prod', 'x/conf.d/site.conf', 'etc/nginx/sites-enabled/example.com', 'deploy/.env.production', 'compose.yaml', 'nginx/nginx.conf', 'k8s/service.yaml', 'apps/gotify.yml']) assert.ok(files.test(path), path);
    for (const path of ['README.md', 'compose.yaml.orig', 'Dockerfile.dockerignore', 'a/.envrc', 'values.json']) assert.ok(!files.test(path), path);
    // Most YAML is none of ours (a CI workflow): the entry passes over it quietly, so such a commit passes.
    assert.ok(hook.entry.split(' ').includes('--allow-unrecognized'), hook.entry);
  });

  it('runs as pre-commit runs it: the entry with the staged file names appended, from the repository root', () => {
    const sample = join(ROOT, 'test/fixtures/workspace');
    const staged = filesBelow(sample).filter((path) => files.test(path));
    assert.ok(staged.includes('nginx/nginx.conf'));
    const [script, ...args] = hook.entry.split(' ');
    const run = spawnSync(join(ROOT, script), [...args, 'nginx/nginx.conf'], { cwd: sample, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.strictEqual(run.status, 0, run.stderr);
    assert.match(run.stdout, /^nginx\/nginx\.conf:39:\d+ +warning +unreachable-port /m);
    const all = spawnSync(join(ROOT, script), [...args, ...staged], { cwd: sample, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.strictEqual(all.status, 1, 'the sample has an error');
    assert.strictEqual(all.stderr, '');
    // A manifest is handed over and checked by its content; a CI workflow alone passes without a word.
    assert.ok(staged.includes('k8s/service.yaml'), staged.join(' '));
    assert.match(all.stdout, /^k8s\/service\.yaml:\d+:\d+ +error +/m);
    const scratch = mkdtempSync(join(tmpdir(), 'port-lens-hook-'));
    try {
      writeFileSync(join(scratch, 'ci.yml'), 'name: ci\non: push\njobs: {}\n');
      const alone = spawnSync(join(ROOT, script), [...args, 'ci.yml'], { cwd: scratch, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      assert.deepStrictEqual([alone.status, alone.stdout, alone.stderr], [0, '', '']);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('pre-commit itself runs it, where pre-commit is installed: warnings pass, an error fails, no port file skips', function () {
    this.timeout(180_000);
    const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    const isRepository = spawnSync('git', ['rev-parse', '--git-dir'], { cwd: ROOT }).status === 0;
    if (version.error || version.status !== 0 || !isRepository) this.skip();
    const scratch = mkdtempSync(join(tmpdir(), 'port-lens-pre-commit-'));
    try {
      const repo = join(scratch, 'repo');
      cpSync(join(ROOT, 'test/fixtures/workspace'), repo, { recursive: true });
      writeFileSync(join(repo, 'README.md'), '# a repository\n');
      writeFileSync(join(repo, 'ci.yml'), 'name: ci\non: push\njobs: {}\n');
      const git = (...gitArgs: string[]) => assert.strictEqual(spawnSync('git', gitArgs, { cwd: repo }).status, 0, gitArgs.join(' '));
      git('init', '-q');
      git('add', '-A');
      git('-c', 'user.email=test@example.com', '-c', 'user.name=test', 'commit', '-qm', 'fixture');
      // try-repo takes this checkout as the hook repository (a shadow commit of its working tree); its bundle is
      // git-ignored, so PORT_LENS_BIN points the script at the one built here instead of npm.
      const env = { ...process.env, PRE_COMMIT_HOME: join(scratch, 'cache'), PORT_LENS_BIN: join(ROOT, 'packages/cli/bin/port-lens.js'), NO_COLOR: '1' };
      const tryRepo = (...files: string[]) => spawnSync('pre-commit', ['try-repo', ROOT, 'port-lens', '--verbose', ...(files.length > 0 ? ['--files', ...files] : ['--all-files'])], { cwd: repo, encoding: 'utf8', env });
      const warning = tryRepo('nginx/nginx.conf');
      assert.strictEqual(warning.status, 0, warning.stdout + warning.stderr);
      assert.match(warning.stdout, /Port Lens\.+Passed/);
      assert.match(warning.stdout, /nginx\/nginx\.conf:39:\d+ +warning +unreachable-port /);
      const error = tryRepo();
      assert.strictEqual(error.status, 1);
      assert.match(error.stdout, /Port Lens\.+Failed/);
      const none = tryRepo('README.md');
      assert.strictEqual(none.status, 0);
      assert.match(none.stdout, /Port Lens\.+\(no files to check\)Skipped/);
      // A manifest committed alone is checked by its content; a CI workflow alone is handed over and passes.
      const manifest = tryRepo('k8s/service.yaml');
      assert.strictEqual(manifest.status, 1, manifest.stdout);
      assert.match(manifest.stdout, /k8s\/service\.yaml:\d+:\d+ +error +undefined-port-name /);
      const workflow = tryRepo('ci.yml');
      assert.strictEqual(workflow.status, 0, workflow.stdout + workflow.stderr);
      assert.match(workflow.stdout, /Port Lens\.+Passed/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
