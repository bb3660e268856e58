// How `port-lens` reads its command line: strict, so that a typo in a CI job fails the job instead of
// checking with defaults.
import * as assert from 'assert';
import { parseCommandLine, UsageError, type Command } from '../../src/cli/arguments';

const usageError = (argv: string[], pattern: RegExp) => assert.throws(() => parseCommandLine(argv), (error: unknown) => {
  assert.ok(error instanceof UsageError, String(error));
  assert.match(error.message, pattern);
  return true;
});

describe('port-lens arguments', () => {
  it('--help, -h, help and --version anywhere a command is expected', () => {
    assert.deepStrictEqual(parseCommandLine(['--help']), { kind: 'help' });
    assert.deepStrictEqual(parseCommandLine(['-h']), { kind: 'help' });
    assert.deepStrictEqual(parseCommandLine(['check', '--help']), { kind: 'help' });
    assert.deepStrictEqual(parseCommandLine(['--version']), { kind: 'version' });
  });

  it('check defaults to the current folder, text output and failing on errors', () => {
    assert.deepStrictEqual(parseCommandLine(['check']), { kind: 'check', paths: ['.'], format: 'text', failOn: 'error', configFile: undefined, settings: {}, allowUnrecognized: false });
  });

  it('check takes paths and every option', () => {
    const command = parseCommandLine(['check', 'deploy', 'compose.yaml', '--format', 'sarif', '--fail-on', 'warning',
      '--rule', 'dynamic-range=off', '--rule=privileged-host-port=hint', '--ephemeral-range', 'linux', '-c', 'ci.json', '--allow-unrecognized']) as Extract<Command, { kind: 'check' }>;
    assert.deepStrictEqual(command.paths, ['deploy', 'compose.yaml']);
    assert.strictEqual(command.allowUnrecognized, true);
    assert.strictEqual(command.format, 'sarif');
    assert.strictEqual(command.failOn, 'warning');
    assert.strictEqual(command.configFile, 'ci.json');
    assert.deepStrictEqual(command.settings, { rules: { 'dynamic-range': 'off', 'privileged-host-port': 'hint' }, ephemeralRange: 'linux' });
  });

  it('--ephemeral-range FIRST-LAST is a custom range, as the settings write it', () => {
    const command = parseCommandLine(['check', '--ephemeral-range', '32768-60999']) as Extract<Command, { kind: 'check' }>;
    assert.deepStrictEqual(command.settings, { ephemeralRange: 'custom', customEphemeralRange: [32768, 60999] });
  });

  it('--fail-on none never fails; -f is --format', () => {
    const command = parseCommandLine(['check', '-f', 'github', '--fail-on', 'none']) as Extract<Command, { kind: 'check' }>;
    assert.strictEqual(command.format, 'github');
    assert.strictEqual(command.failOn, 'none');
  });

  it('rejects what it does not know, saying what was wrong', () => {
    usageError([], /no command/);
    usageError(['lint'], /unknown command "lint"/);
    usageError(['--format', 'json'], /unknown option --format \(options follow the command\)/);
    usageError(['check', '--formt', 'json'], /--formt/);
    usageError(['check', '--format', 'xml'], /--format must be one of text, json, sarif, github, not "xml"/);
    usageError(['check', '--fail-on', 'critical'], /--fail-on must be one of/);
    usageError(['check', '--rule', 'dynamic-range'], /--rule takes code=severity/);
    usageError(['check', '--rule', 'dynamic-ranges=off'], /unknown rule "dynamic-ranges"/);
    usageError(['check', '--rule', 'dynamic-range=fatal'], /severity must be error, warning, info, hint or off/);
    usageError(['check', '--ephemeral-range', 'bsd'], /--ephemeral-range must be/);
    usageError(['check', '--ephemeral-range', '60000-50000'], /--ephemeral-range must be/);
    usageError(['check', '--ephemeral-range', '1-70000'], /--ephemeral-range must be/);
    usageError(['check', '--format'], /--format/);
    usageError(['ports', '--format', 'json'], /--format/);
  });

  it('lookup joins its words into one query; --limit must be a count', () => {
    assert.deepStrictEqual(parseCommandLine(['lookup', 'message', 'broker', '--json']), { kind: 'lookup', query: 'message broker', json: true, limit: 10 });
    assert.deepStrictEqual(parseCommandLine(['lookup', '9092', '-n', '3']), { kind: 'lookup', query: '9092', json: false, limit: 3 });
    usageError(['lookup'], /lookup needs a port number/);
    usageError(['lookup', 'kafka', '--limit', '0'], /--limit must be a whole number/);
  });

  it('ports takes paths, --json and --config', () => {
    assert.deepStrictEqual(parseCommandLine(['ports', 'a', '--json']), { kind: 'ports', paths: ['a'], json: true, configFile: undefined });
    assert.deepStrictEqual(parseCommandLine(['ports']), { kind: 'ports', paths: ['.'], json: false, configFile: undefined });
  });
});
