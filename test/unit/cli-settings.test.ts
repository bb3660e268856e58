// The portLens.* settings: one mapping to options for the editor and the command line (src/core/settings.ts),
// read by the command line from .vscode/settings.json as VS Code reads it (comments, trailing commas).
import * as assert from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EPHEMERAL_RANGES, portLensSettings, type PortLensSettingName } from '../../src/core';
import { layerSettings, readSettingsFile } from '../../src/cli/settingsFiles';

const settingsOf = (values: Partial<Record<PortLensSettingName, unknown>>) => portLensSettings((name) => values[name]);

describe('portLens settings to options', () => {
  it('defaults when nothing is set', () => {
    assert.deepStrictEqual(settingsOf({}), {
      hoverEnabled: true, diagnosticsEnabled: true, diagnosticsScope: 'workspace', maxFileSize: 5_000_000,
      checkOptions: { rules: {}, ephemeralRange: EPHEMERAL_RANGES.iana, nodePortRange: [30000, 32767] }, customPorts: [],
    });
  });

  it('keeps valid rule severities and drops malformed ones entry by entry', () => {
    const { checkOptions } = settingsOf({ rules: { 'dynamic-range': 'off', 'invalid-port': 'fatal', 'yaml-base60': 3, 'privileged-host-port': 'hint' } });
    assert.deepStrictEqual(checkOptions.rules, { 'dynamic-range': 'off', 'privileged-host-port': 'hint' });
    assert.deepStrictEqual(settingsOf({ rules: ['off'] }).checkOptions.rules, {});
  });

  it('reads the Kubernetes NodePort range, and falls back to the default for nonsense', () => {
    assert.deepStrictEqual(settingsOf({ 'kubernetes.nodePortRange': [20000, 22767] }).checkOptions.nodePortRange, [20000, 22767]);
    assert.deepStrictEqual(settingsOf({ 'kubernetes.nodePortRange': [22767, 20000] }).checkOptions.nodePortRange, [30000, 32767]);
    assert.deepStrictEqual(settingsOf({ 'kubernetes.nodePortRange': 'wide' }).checkOptions.nodePortRange, [30000, 32767]);
  });

  it('reads named and custom ephemeral ranges, and falls back to IANA for nonsense', () => {
    assert.deepStrictEqual(settingsOf({ ephemeralRange: 'linux' }).checkOptions.ephemeralRange, [32768, 60999]);
    assert.deepStrictEqual(settingsOf({ ephemeralRange: 'custom', customEphemeralRange: [40000, 45000] }).checkOptions.ephemeralRange, [40000, 45000]);
    assert.deepStrictEqual(settingsOf({ ephemeralRange: 'custom', customEphemeralRange: [45000, 40000] }).checkOptions.ephemeralRange, EPHEMERAL_RANGES.iana);
    assert.deepStrictEqual(settingsOf({ ephemeralRange: 'constructor' }).checkOptions.ephemeralRange, EPHEMERAL_RANGES.iana);
  });

  it('maxFileSize must be a number of characters; customPorts keeps only well-formed entries', () => {
    assert.strictEqual(settingsOf({ maxFileSize: 100 }).maxFileSize, 100);
    assert.strictEqual(settingsOf({ maxFileSize: -1 }).maxFileSize, 5_000_000);
    assert.deepStrictEqual(settingsOf({ customPorts: [{ port: 7443, name: 'billing', protocols: ['tcp', 'http'] }, { port: 70000, name: 'x' }, { name: 'y' }] }).customPorts,
      [{ port: 7443, name: 'billing', protocols: ['tcp'] }]);
  });
});

describe('settings files for the command line', () => {
  let folder: string;
  beforeEach(() => { folder = mkdtempSync(join(tmpdir(), 'port-lens-settings-')); });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reads the portLens keys of a settings.json with comments and trailing commas, and nothing else', () => {
    const path = join(folder, 'settings.json');
    writeFileSync(path, `{
  // Our CI and editors agree on these.
  "editor.tabSize": 2,
  "portLens.rules": { "dynamic-range": "off", }, /* block comment */
  "portLens.ephemeralRange": "linux",
}`);
    assert.deepStrictEqual(readSettingsFile(path), { kind: 'read', values: { rules: { 'dynamic-range': 'off' }, ephemeralRange: 'linux' }, problems: [] });
  });

  it('reports a syntax error but keeps what could be read, as VS Code does', () => {
    const path = join(folder, 'settings.json');
    writeFileSync(path, '{ "portLens.ephemeralRange": "linux" "portLens.maxFileSize": 10 }');
    const result = readSettingsFile(path);
    assert.strictEqual(result.kind, 'read');
    if (result.kind !== 'read') return;
    assert.strictEqual(result.values.ephemeralRange, 'linux');
    assert.ok(result.problems.length > 0 && /CommaExpected/.test(result.problems[0]), result.problems.join());
  });

  it('a missing file is no settings', () => {
    assert.deepStrictEqual(readSettingsFile(join(folder, 'nope.json')), { kind: 'missing' });
  });

  it('later layers win key by key, and rules merge rule by rule', () => {
    const layered = layerSettings(
      { rules: { 'dynamic-range': 'off', 'invalid-port': 'warning' }, ephemeralRange: 'linux', maxFileSize: 10 },
      { rules: { 'invalid-port': 'error' }, ephemeralRange: 'macos' },
      { rules: { 'yaml-base60': 'hint' } },
    );
    assert.deepStrictEqual(layered, { rules: { 'dynamic-range': 'off', 'invalid-port': 'error', 'yaml-base60': 'hint' }, ephemeralRange: 'macos', maxFileSize: 10 });
  });
});
