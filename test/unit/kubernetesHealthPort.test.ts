import assert from 'assert';
import { checkPorts } from '../../src/core';
import { shown } from './workspaceOf';

// GoogleCloudPlatform/cloud-sql-proxy's examples/k8s-health-check (fixed in PR #1636): the proxy runs with
// --health-check and serves /liveness, /readiness and /startup on --http-port (default 9090); the three probes
// looked at 8090. Its other flags (--port for the database, --http-address) leave the health port where it is.
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

function proxy(args: string[], options: { probePort?: number | string; handler?: string; image?: string; env?: string[] } = {}): string {
  return lines(
    'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: app', 'spec:', '  template:', '    metadata:', '      labels: {app: app}', '    spec:', '      containers:',
    '      - name: app', '        image: example/app:1',
    '      - name: cloud-sql-proxy', `        image: ${options.image ?? 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.0.0.preview.3'}`,
    '        args:', ...args.map((arg) => `          - "${arg}"`),
    ...(options.env ?? []),
    '        livenessProbe:', `          ${options.handler ?? 'httpGet'}:`, ...(options.handler === undefined ? ['            path: /liveness'] : []), `            port: ${options.probePort ?? 8090}`,
  );
}

const ARGS = ['--health-check', '--http-address 0.0.0.0', '--structured-logs', '--port=<DB_PORT>', '<INSTANCE_CONNECTION_NAME>'];

describe('kubernetes: a probe of a proxy\'s own health server', () => {
  it('target-port-undeclared: an HTTP probe away from the Cloud SQL Auth Proxy\'s health port, which nothing moves', () => {
    const text = proxy(ARGS);
    const found = checkPorts(text, 'kubernetes');
    assert.deepStrictEqual(shown(text, found, 'target-port-undeclared'), ['24: target-port-undeclared "8090"']);
    assert.match(found.find((f) => f.code === 'target-port-undeclared')!.message, /livenessProbe of Deployment app, container cloud-sql-proxy checks port 8090, but the Cloud SQL Auth Proxy serves its health checks \(--health-check\) on 9090 unless --http-port or CSQL_PROXY_HTTP_PORT moves it/);
  });

  it('quiet on the health port, when --http-port or its variable moves it, without --health-check, for another image, a TCP probe or a named port', () => {
    const quiet = (text: string) => assert.deepStrictEqual(shown(text, checkPorts(text, 'kubernetes'), 'target-port-undeclared'), []);
    quiet(proxy(ARGS, { probePort: 9090 }));
    quiet(proxy([...ARGS, '--http-port 8090']));
    quiet(proxy([...ARGS, '--http-port=8090']));
    quiet(proxy(ARGS, { env: ['        env:', '          - name: CSQL_PROXY_HTTP_PORT', '            value: "8090"'] }));
    quiet(proxy(ARGS, { env: ['        envFrom:', '          - configMapRef: {name: proxy}'] }));
    quiet(proxy(ARGS.filter((arg) => arg !== '--health-check')));
    quiet(proxy(ARGS, { image: 'example/other-proxy:1' }));
    quiet(proxy(ARGS, { handler: 'tcpSocket' }));
    quiet(proxy(ARGS, { probePort: 'health' }));
  });
});
