// unreachable-port for a compose health check on another port than the one the service both sets and publishes:
// readur/readur e0f284e (SERVER_PORT: 8000 with "8000:8000" after a70445e moved the port; the check still probed
// 8080). Negatives: the check on the set port, a check on a side port where the service names several ports or
// several listen settings, a setting no mapping repeats, a health check on the host side (its own message).
import assert from 'assert';
import type { Finding } from '../../src/core/types';
import { createWorkspace } from '../../src/core/workspace/workspace';
import { applyEdits } from './applyEdits';

function found(text: string): Finding[] {
  const workspace = createWorkspace();
  workspace.set('docker-compose.yml', text);
  return workspace.findings('docker-compose.yml').filter((f) => f.code === 'unreachable-port');
}
const at = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end));

const readur = (check: string, environment = '      SERVER_HOST: 0.0.0.0\n      SERVER_PORT: 8000\n', ports = '      - "8000:8000"\n') => `services:
  readur:
    build: .
    environment:
${environment}    ports:
${ports}    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:${check}/api/health"]
      interval: 30s
`;

describe('unreachable-port: a health check on another port than the one the service sets and publishes', () => {
  it('readur: SERVER_PORT 8000 and "8000:8000", the check left on 8080', () => {
    const text = readur('8080');
    const findings = found(text);
    assert.deepStrictEqual(at(text, findings), ['8080']);
    assert.strictEqual(findings[0].message, 'The health check runs inside the container and connects to port 8080 of readur, but SERVER_PORT sets 8000 (SERVER_PORT in docker-compose.yml line 6), the port it publishes.');
    assert.deepStrictEqual(findings[0].fix?.edits.map((e) => e.newText), ['8000']);
    assert.deepStrictEqual(found(applyEdits(text, findings[0].fix!.edits)), []);
  });

  it('is quiet where the service gives no single port twice', () => {
    // The check on the set port.
    assert.deepStrictEqual(found(readur('8000')), []);
    // A second published port: the check may probe a side port the service also serves (metrics, admin).
    assert.deepStrictEqual(found(readur('9090', undefined, '      - "8000:8000"\n      - "8001:8001"\n')), []);
    // A setting that no mapping repeats (the service publishes another container port).
    assert.deepStrictEqual(found(readur('8080', undefined, '      - "3000:3000"\n')), []);
    // A check on a port another setting of the service names.
    assert.deepStrictEqual(found(readur('9000', '      PORT: 8000\n      METRICS_PORT: 9000\n')), []);
    // No port setting: publishes alone are the old rule's business (side ports stay quiet).
    assert.deepStrictEqual(found(readur('8080', '      SERVER_HOST: 0.0.0.0\n')), []);
  });
});
