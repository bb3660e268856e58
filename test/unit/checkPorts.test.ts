import * as assert from 'assert';
import { analyzePorts, checkPorts, runRules } from '../../src/core/rules/checkPorts';
import { dynamicRange } from '../../src/core/rules/dynamicRange';
import type { SemanticRule } from '../../src/core/rules/semanticRule';
import type { ConfigFormat } from '../../src/core/types';

const stack = `services:
  db:
    image: postgres:16
    ports:
      - "5432:5432"
  web:
    image: nginx
    ports:
      - "80:80"
      - "50000:50000"
  api:
    image: api
    ports:
      - "80:3000"
`;

describe('checkPorts', () => {
  it('reports every rule over a real stack, sorted by position', () => {
    const found = checkPorts(stack, 'compose');
    const summary = found.map((f) => `${f.code}@${stack.slice(f.start, f.end)}`);
    assert.deepStrictEqual(summary, [
      'exposed-all-interfaces@5432',
      'host-port-conflict@80',
      'privileged-host-port@80',
      'dynamic-range@50000',
      'host-port-conflict@80',
      'privileged-host-port@80',
    ]);
    for (let i = 1; i < found.length; i++) assert.ok(found[i - 1].start <= found[i].start);
  });

  it('applies a severity override per code and keeps the others at their defaults', () => {
    const found = checkPorts(stack, 'compose', { rules: { 'dynamic-range': 'error', 'privileged-host-port': 'hint' } });
    assert.deepStrictEqual(new Set(found.filter((f) => f.code === 'dynamic-range').map((f) => f.severity)), new Set(['error']));
    assert.deepStrictEqual(new Set(found.filter((f) => f.code === 'privileged-host-port').map((f) => f.severity)), new Set(['hint']));
    assert.deepStrictEqual(new Set(found.filter((f) => f.code === 'host-port-conflict').map((f) => f.severity)), new Set(['error']));
    assert.strictEqual(found.find((f) => f.code === 'exposed-all-interfaces')?.severity, 'warning');
  });

  it("drops a code set to 'off' and ignores an unknown severity", () => {
    const found = checkPorts(stack, 'compose', { rules: { 'host-port-conflict': 'off', 'exposed-all-interfaces': 'loud' as never } });
    assert.ok(!found.some((f) => f.code === 'host-port-conflict'));
    assert.strictEqual(found.find((f) => f.code === 'exposed-all-interfaces')?.severity, 'warning');
    assert.strictEqual(found.length, 4);
  });

  it("applies overrides to the scanner's reading problems too", () => {
    const text = 'services:\n  app:\n    image: app\n    ports:\n      - "70000:80"\n';
    const invalid = checkPorts(text, 'compose').filter((f) => f.code === 'invalid-port');
    assert.strictEqual(invalid.length, 1);
    assert.strictEqual(invalid[0].severity, 'error');
    assert.strictEqual(checkPorts(text, 'compose', { rules: { 'invalid-port': 'warning' } }).find((f) => f.code === 'invalid-port')?.severity, 'warning');
    assert.ok(!checkPorts(text, 'compose', { rules: { 'invalid-port': 'off' } }).some((f) => f.code === 'invalid-port'));
  });

  it('analyzePorts returns the mentions it judged along with the findings', () => {
    const analysis = analyzePorts(stack, 'compose');
    assert.deepStrictEqual(analysis.findings, checkPorts(stack, 'compose'));
    const hosts = analysis.mentions.filter((m) => m.role === 'host').map((m) => m.port);
    assert.deepStrictEqual(hosts, [5432, 80, 50000, 80]);
  });

  it('never throws on broken input in any format', () => {
    const inputs = ['', 'services:\n  a:\n    ports: [ {', '\u0000\uFFFF\uD800', 'ports:\n  - "80:80"\n'.repeat(3), '{{{{'];
    for (const format of ['compose', 'dockerfile', 'nginx', 'dotenv', 'bogus'] as ConfigFormat[]) {
      for (const text of inputs) {
        assert.ok(Array.isArray(checkPorts(text, format, { rules: null as never, ephemeralRange: 'x' as never })));
      }
    }
  });

  it('a rule that throws loses only its own findings', () => {
    const mentions = analyzePorts(stack, 'compose').mentions;
    const broken: SemanticRule = () => {
      throw new Error('rule bug');
    };
    const alone = runRules([dynamicRange], mentions, stack, {});
    assert.strictEqual(alone.length, 1);
    assert.deepStrictEqual(runRules([broken, dynamicRange, broken], mentions, stack, {}), alone);
  });
});
