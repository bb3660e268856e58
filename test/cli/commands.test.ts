// `port-lens lookup`, `port-lens ports`, --help and --version, run as a child process.
import * as assert from 'assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, FIXTURES, ROOT, runPortLens } from './runPortLens';

const mixed = join(FIXTURES, 'mixed');

describe('port-lens lookup', () => {
  it('a port number: its class and every service known on it, with sources', () => {
    const run = runPortLens(['lookup', '9092'], mixed);
    assert.strictEqual(run.status, 0);
    assert.match(run.stdout, /^Port 9092 — Registered \(user\) port/);
    assert.match(run.stdout, /^ {2}Kafka \(tcp, common software\): Apache Kafka broker/m);
    assert.match(run.stdout, /^ {4}https:\/\/kafka\.apache\.org\//m);
  });

  it('a name: the best matches first; --json for scripts', () => {
    const run = runPortLens(['lookup', 'postgresql', '--json', '--limit', '3'], mixed);
    const results = JSON.parse(run.stdout);
    assert.ok(results.length >= 1 && results.length <= 3);
    assert.strictEqual(results[0].port, 5432);
    assert.ok(results[0].services.some((service: { name: string }) => /postgres/i.test(service.name)));
    assert.strictEqual(typeof results[0].classDescription, 'string');
  });

  it('the team\'s own ports from .vscode/settings.json come first, as in the editor', () => {
    const scratch = copyFixture('clean');
    try {
      mkdirSync(join(scratch.folder, '.vscode'));
      writeFileSync(join(scratch.folder, '.vscode/settings.json'), '{ "portLens.customPorts": [{ "port": 7443, "name": "billing-api", "description": "Billing service", }], }');
      const run = runPortLens(['lookup', '7443'], scratch.folder);
      assert.match(run.stdout, /^Port 7443 — .*\n {2}billing-api \(tcp, your settings\): Billing service\n/);
    } finally {
      scratch.dispose();
    }
  });

  it('nothing found: says so, exit 1', () => {
    const run = runPortLens(['lookup', 'zzqxv-no-such-software'], mixed);
    assert.strictEqual(run.stdout, 'No port or service named or described as "zzqxv-no-such-software".\n');
    assert.strictEqual(run.status, 1);
  });
});

describe('port-lens ports', () => {
  it('a table of the host ports the compose files publish, with the .env\'s values and file:line', () => {
    const run = runPortLens(['ports'], mixed);
    assert.strictEqual(run.status, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^HOST PORT +ADDRESS +PROTOCOL +SERVICE +CONTAINER PORT +FILE:LINE$/);
    const rows = lines.slice(1, -1).map((line) => line.split(/ {2,}/));
    assert.deepStrictEqual(rows.find((row) => row[0] === '5432'), ['5432', '*', 'tcp', 'db', '5432', 'compose.yaml:12']);
    // ${API_PORT} is 8080 in the .env; the override file publishes 8080 too.
    assert.deepStrictEqual(rows.filter((row) => row[0] === '8080').map((row) => row[5]), ['compose.override.yaml:5', 'compose.yaml:6']);
    assert.strictEqual(lines[lines.length - 1], '* = every interface');
  });

  it('--json has the same rows', () => {
    const rows = JSON.parse(runPortLens(['ports', '--json'], mixed).stdout);
    const table = runPortLens(['ports'], mixed).stdout.trimEnd().split('\n');
    assert.strictEqual(rows.length, table.length - 2);
    assert.deepStrictEqual(rows.find((row: { port: number }) => row.port === 5432), { port: 5432, protocol: 'tcp', path: 'compose.yaml', line: 12, service: 'db', containerPort: 5432 });
  });

  it('a file named: only its own ports, though its whole project is read', () => {
    const rows = JSON.parse(runPortLens(['ports', '--json', 'compose.override.yaml'], mixed).stdout);
    assert.deepStrictEqual([...new Set(rows.map((row: { path: string }) => row.path))], ['compose.override.yaml']);
  });

  it('a folder without compose files publishes nothing', () => {
    const run = runPortLens(['ports', 'nginx'], mixed);
    assert.strictEqual(run.stdout, 'No host ports are published.\n');
    assert.strictEqual(run.status, 0);
  });
});

describe('port-lens --help and --version', () => {
  it('--help names the three commands and the exit statuses', () => {
    const run = runPortLens(['--help'], mixed);
    assert.strictEqual(run.status, 0);
    for (const text of ['check [paths…]', 'lookup <port|name|words>', 'ports [paths…]', '--fail-on', 'Exit status']) assert.ok(run.stdout.includes(text), text);
  });

  it('--version is the package\'s version', () => {
    const { version } = JSON.parse(require('node:fs').readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8'));
    assert.strictEqual(runPortLens(['--version'], mixed).stdout, `${version}\n`);
  });

  it('no command: a usage error', () => {
    const run = runPortLens([], mixed);
    assert.strictEqual(run.status, 2);
    assert.match(run.stderr, /no command given\nRun port-lens --help/);
  });
});
