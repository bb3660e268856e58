// `port-lens check`, run as a child process on fixture folders: stdout, stderr and the exit status.
import * as assert from 'assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sarifSchemaErrors } from './sarifSchema';
import { BIN, copyFixture, FIXTURES, runPortLens } from './runPortLens';

const mixed = join(FIXTURES, 'mixed');
const clean = join(FIXTURES, 'clean');

interface JsonFinding { path: string; start: { line: number; column: number }; code: string; severity: string; message: string }
const findingsOf = (stdout: string): JsonFinding[] => JSON.parse(stdout).findings;
const codesAt = (findings: JsonFinding[]) => findings.map((finding) => `${finding.path}:${finding.start.line} ${finding.code}`);

describe('port-lens check', () => {
  it('a clean folder: exit 0, one summary line, nothing on stderr', () => {
    const run = runPortLens(['check'], clean);
    assert.strictEqual(run.stdout, 'No port problems in 2 files.\n');
    assert.strictEqual(run.stderr, '');
    assert.strictEqual(run.status, 0);
  });

  it('a folder with problems: grouped findings, the skipped files named on stderr, exit 1', () => {
    const run = runPortLens(['check'], mixed);
    assert.strictEqual(run.status, 1, run.stderr);
    assert.match(run.stdout, /^compose\.yaml\ncompose\.yaml:6:10 {2,}error {4}host-port-conflict +Host port 8080\/tcp/m);
    assert.match(run.stdout, /^compose\.yaml:7:10 {2,}warning {2}dynamic-range /m);
    assert.match(run.stdout, /^nginx\/default\.conf:2:12 {2}error {4}invalid-port +Port 70000 is out of range/m);
    // "40000:40000" is one dynamic-range warning (the host port's, naming the container side), not two.
    assert.match(run.stdout, /^compose\.yaml:7:10 {2,}warning {2}dynamic-range +Host port 40000 \(and the container port it maps to\)/m);
    assert.match(run.stdout, /\n\d+ problems \(\d+ errors, 2 warnings\) in 4 of 5 files, 2 files skipped\.\n$/);
    assert.strictEqual(run.stderr, 'port-lens: skipped binary.env: binary\nport-lens: skipped latin1.env: not UTF-8\n');
    assert.ok(!run.stdout.includes('README'), 'only the five formats are read');
  });

  it('cross-file checks: the override file conflicts with compose.yaml, reported in both; the .env sets ${API_PORT}', () => {
    const findings = findingsOf(runPortLens(['check', '--format', 'json'], mixed).stdout);
    const conflicts = codesAt(findings).filter((entry) => entry.endsWith('host-port-conflict'));
    assert.deepStrictEqual(conflicts, ['compose.override.yaml:5 host-port-conflict', 'compose.yaml:6 host-port-conflict']);
  });

  it('a broken compose file is reported, not fatal: the other files are still checked', () => {
    const findings = findingsOf(runPortLens(['check', '--format', 'json'], mixed).stdout);
    assert.ok(findings.some((finding) => finding.path === 'broken/compose.yaml' && finding.code === 'invalid-port'));
    assert.ok(findings.some((finding) => finding.path === 'nginx/default.conf'));
  });

  it('reads .vscode/settings.json (comments, trailing commas): a rule turned off, the Linux ephemeral range', () => {
    const findings = findingsOf(runPortLens(['check', '--format', 'json'], mixed).stdout);
    assert.ok(!findings.some((finding) => finding.code === 'privileged-host-port'), 'privileged-host-port is off in the settings');
    assert.ok(findings.some((finding) => finding.code === 'dynamic-range' && /Linux/.test(finding.message)), '40000 is in Linux\'s range');
  });

  it('--rule and --ephemeral-range override the settings file', () => {
    const findings = findingsOf(runPortLens(['check', '--format', 'json', '--rule', 'privileged-host-port=warning', '--ephemeral-range', 'iana'], mixed).stdout);
    assert.ok(findings.some((finding) => finding.code === 'privileged-host-port' && finding.severity === 'warning' && finding.path === 'compose.yaml'));
    assert.ok(!findings.some((finding) => finding.code === 'dynamic-range'), '40000 is below IANA\'s dynamic range');
  });

  it('--config is layered over the settings file: its rules merge, its size cap skips a file', () => {
    const scratch = copyFixture('mixed');
    try {
      writeFileSync(join(scratch.folder, 'ci-settings.json'), '{ "portLens.rules": { "exposed-all-interfaces": "off" }, "portLens.maxFileSize": 100, }');
      const run = runPortLens(['check', '--format', 'json', '--config', 'ci-settings.json'], scratch.folder);
      const findings = findingsOf(run.stdout);
      assert.ok(!findings.some((finding) => finding.code === 'exposed-all-interfaces' || finding.code === 'privileged-host-port'));
      assert.match(run.stderr, /^port-lens: skipped compose\.yaml: too large: 286 characters, more than portLens\.maxFileSize \(100 characters\)$/m);
      assert.ok(!findings.some((finding) => finding.path === 'compose.yaml'));
    } finally {
      scratch.dispose();
    }
  });

  it('a file named on the command line is checked with the files of its project, and only it is reported', () => {
    const run = runPortLens(['check', 'compose.yaml', '--format', 'json'], mixed);
    const findings = findingsOf(run.stdout);
    assert.deepStrictEqual([...new Set(findings.map((finding) => finding.path))], ['compose.yaml']);
    assert.ok(findings.some((finding) => finding.code === 'host-port-conflict'), 'the override beside it is read');
    assert.strictEqual(run.stderr, '');
  });

  it('a file named on the command line that is none of the five formats is named on stderr and skipped', () => {
    const run = runPortLens(['check', 'README.md', 'compose.yaml'], mixed);
    assert.match(run.stderr, /^port-lens: skipped README\.md: not a Compose file, Dockerfile, nginx config, \.env file or Kubernetes manifest by its name\n/);
    assert.match(run.stdout, /in 1 of 1 file, 1 file skipped\.\n$/);
  });

  it('Kubernetes manifests are read by their content, whatever their name; other YAML is not read', () => {
    const folder = mkdtempSync(join(tmpdir(), 'port-lens-k8s-'));
    try {
      mkdirSync(join(folder, 'deploy'));
      writeFileSync(join(folder, 'deploy', 'web.yml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n        - name: app\n          image: example/web\n          ports: [{name: http, containerPort: 8080}]\n');
      writeFileSync(join(folder, 'deploy', 'svc.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports:\n    - port: 80\n      targetPort: htp\n');
      writeFileSync(join(folder, 'ci.yml'), 'name: ci\non: push\nports: 99999\n');
      const run = runPortLens(['check', '--format', 'json'], folder);
      // The pods' port named http is one letter from htp: shown as the other end of the misspelt name.
      assert.deepStrictEqual(codesAt(findingsOf(run.stdout)), ['deploy/svc.yaml:8 undefined-port-name', 'deploy/web.yml:11 undefined-port-name']);
      assert.strictEqual(run.status, 1);
      const named = runPortLens(['check', 'ci.yml'], folder);
      assert.strictEqual(named.stderr, 'port-lens: skipped ci.yml: not a Compose file, Dockerfile, nginx config, .env file or Kubernetes manifest by its name or its content\n'
        + 'port-lens: nothing was checked: every file found was skipped or could not be read\n');
      assert.strictEqual(named.status, 2);
      // What the pre-commit hook runs: every staged YAML file named, those none of ours passed over without a word.
      const hook = runPortLens(['check', '--allow-unrecognized', 'ci.yml'], folder);
      assert.deepStrictEqual([hook.status, hook.stdout, hook.stderr], [0, '', '']);
      const both = runPortLens(['check', '--allow-unrecognized', '--format', 'json', 'ci.yml', 'deploy/svc.yaml'], folder);
      assert.deepStrictEqual([both.status, both.stderr, codesAt(findingsOf(both.stdout))], [1, '', ['deploy/svc.yaml:8 undefined-port-name']]);
      assert.deepStrictEqual(JSON.parse(both.stdout).skipped, []);
      // Still said: a file that is ours but cannot be read, or is too large.
      writeFileSync(join(folder, 'compose.yaml'), 'services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n');
      writeFileSync(join(folder, 'tiny.json'), '{"portLens.maxFileSize": 40}');
      const large = runPortLens(['check', '--allow-unrecognized', '--config', 'tiny.json', 'compose.yaml', 'ci.yml'], folder);
      assert.match(large.stderr, /^port-lens: skipped compose\.yaml: too large/m);
      assert.ok(!large.stderr.includes('ci.yml'), large.stderr);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('a folder of Ansible YAML only: nothing to check, and the message says what was found instead of "skipped"', () => {
    // geerlingguy/internet-pi: main.yml, tasks/*.yml, requirements.yml; its compose files are Jinja templates (.j2).
    const folder = mkdtempSync(join(tmpdir(), 'port-lens-ansible-'));
    try {
      mkdirSync(join(folder, 'tasks'));
      writeFileSync(join(folder, 'main.yml'), '---\n- hosts: internet_pi\n  become: true\n  tasks:\n    - import_tasks: tasks/docker.yml\n');
      writeFileSync(join(folder, 'tasks', 'docker.yml'), '---\n- name: Ensure Docker is running.\n  service:\n    name: docker\n    state: started\n');
      const run = runPortLens(['check'], folder);
      assert.strictEqual(run.stderr, 'port-lens: nothing to check: the 2 YAML and .conf files found are not Compose files, Kubernetes manifests '
        + 'or nginx configs by their content (Ansible playbooks, CI workflows and Helm templates are not checked)\n');
      assert.strictEqual(run.status, 2);
      assert.strictEqual(run.stdout, '');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('--fail-on decides the exit status', () => {
    const onlyWarnings = ['check', 'compose.yaml', '--rule', 'host-port-conflict=warning'];
    assert.strictEqual(runPortLens(onlyWarnings, mixed).status, 0);
    assert.strictEqual(runPortLens([...onlyWarnings, '--fail-on', 'warning'], mixed).status, 1);
    assert.strictEqual(runPortLens(['check', '--fail-on', 'none'], mixed).status, 0);
    assert.strictEqual(runPortLens(['check', '--fail-on', 'hint'], clean).status, 0);
  });

  it('--format sarif is valid SARIF 2.1.0 with a result per finding', () => {
    const json = findingsOf(runPortLens(['check', '--format', 'json'], mixed).stdout);
    const run = runPortLens(['check', '--format', 'sarif'], mixed);
    assert.strictEqual(run.status, 1);
    const log = JSON.parse(run.stdout);
    assert.deepStrictEqual(sarifSchemaErrors(log), []);
    assert.strictEqual(log.runs[0].results.length, json.length);
    assert.deepStrictEqual(log.runs[0].invocations[0].toolExecutionNotifications.map((n: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => n.locations[0].physicalLocation.artifactLocation.uri),
      ['binary.env', 'latin1.env']);
  });

  it('--format github writes one annotation per finding and one per skipped file', () => {
    const json = findingsOf(runPortLens(['check', '--format', 'json'], mixed).stdout);
    const lines = runPortLens(['check', '--format', 'github'], mixed).stdout.trimEnd().split('\n');
    assert.strictEqual(lines.length, json.length + 2);
    assert.ok(lines.every((line) => /^::(error|warning|notice) file=[^,]+,/.test(line)), lines.join('\n'));
    assert.ok(lines.includes('::error file=nginx/default.conf,line=2,col=12,endLine=2,endColumn=17,title=Port Lens invalid-port::Port 70000 is out of range: nginx accepts ports 1–65535. Write a port in that range.'));
  });

  it('skips node_modules, .git and what the top-level .gitignore ignores', () => {
    const scratch = copyFixture('clean');
    try {
      const broken = 'services:\n  x:\n    ports:\n      - "99999:80"\n';
      for (const folder of ['node_modules/some-package', '.git', 'generated', 'deploy']) {
        mkdirSync(join(scratch.folder, folder), { recursive: true });
        writeFileSync(join(scratch.folder, folder, 'compose.yaml'), broken);
      }
      writeFileSync(join(scratch.folder, '.gitignore'), '# build output\ngenerated/\n');
      const run = runPortLens(['check', '--format', 'json'], scratch.folder);
      assert.deepStrictEqual([...new Set(findingsOf(run.stdout).map((finding) => finding.path))], ['deploy/compose.yaml']);
      assert.strictEqual(JSON.parse(run.stdout).files, 3);
    } finally {
      scratch.dispose();
    }
  });

  it('a file that cannot be read is named on stderr, the rest is still checked, and the exit status is 2', function () {
    const scratch = copyFixture('mixed');
    try {
      const expected: string[] = [];
      // A broken symbolic link, a FIFO (reading it would block for ever) and, when not root (root reads
      // anything), a file without permissions.
      symlinkSync('missing.Dockerfile', join(scratch.folder, 'Dockerfile'));
      expected.push('port-lens: cannot read Dockerfile: it does not exist (or is a broken symbolic link)');
      if (spawnSync('mkfifo', [join(scratch.folder, 'pipe.env')]).status === 0) expected.push('port-lens: cannot read pipe.env: not a regular file');
      if (process.getuid?.() !== 0) {
        writeFileSync(join(scratch.folder, 'secret.env'), 'PORT=1\n');
        chmodSync(join(scratch.folder, 'secret.env'), 0);
        expected.push('port-lens: cannot read secret.env: permission denied');
      }
      // A folder named like a file is a folder: walked, never read as a file.
      mkdirSync(join(scratch.folder, 'compose.yml'));
      const run = runPortLens(['check'], scratch.folder);
      assert.strictEqual(run.status, 2);
      for (const line of expected) assert.ok(run.stderr.split('\n').includes(line), `${line}\nin\n${run.stderr}`);
      assert.match(run.stdout, /^compose\.yaml:7:10 {2,}warning {2}dynamic-range /m);
      assert.match(run.stdout, new RegExp(`, ${expected.length + 2} files skipped\\.\\n$`));
    } finally {
      scratch.dispose();
    }
  });

  it('a path that does not exist: exit 2 before anything is checked', () => {
    const run = runPortLens(['check', 'compose.yaml', 'no-such-folder'], mixed);
    assert.strictEqual(run.status, 2);
    assert.strictEqual(run.stdout, '');
    assert.strictEqual(run.stderr, 'port-lens: cannot read no-such-folder: it does not exist (or is a broken symbolic link)\n');
  });

  it('a usage error: exit 2, what was wrong and where to look on stderr, nothing on stdout', () => {
    const run = runPortLens(['check', '--format', 'xml'], mixed);
    assert.strictEqual(run.status, 2);
    assert.strictEqual(run.stdout, '');
    assert.strictEqual(run.stderr, 'port-lens: --format must be one of text, json, sarif, github, not "xml"\nRun port-lens --help for the commands and options.\n');
  });

  describe('on a terminal', () => {
    const hasScript = spawnSync('script', ['--version']).status === 0;
    // util-linux's `script` gives the command a pseudo-terminal, as a person's shell has.
    const onTerminal = (env: Record<string, string>) => spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" check`, '/dev/null'],
      { cwd: mixed, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, TERM: 'xterm', ...env } });

    it('colours the text output, but never with NO_COLOR, and never into a pipe', function () {
      if (!hasScript) this.skip();
      assert.ok(onTerminal({}).stdout.includes('\x1b[31merror'));
      assert.ok(!onTerminal({ NO_COLOR: '1' }).stdout.includes('\x1b['));
      assert.ok(!runPortLens(['check'], mixed).stdout.includes('\x1b['));
    });
  });
});
