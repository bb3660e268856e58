import assert from 'assert';
import { checkPorts } from '../../src/core';
import { shown, workspaceOf } from './workspaceOf';

// Held-out round 6 of issue 20's real fixes, where the containerPort was the wrong end:
// - chtrembl/azure-cloud: env PETSTOREPRODUCTSERVICE_SERVER_PORT=80 (its Spring server.port) beside containerPort 8080;
// - stacksimplify's usermgmt-webapp: containerPort 8095 while its Service targets 8080, with DB_HOSTNAME=mysql and
//   DB_PORT=3306 beside it (a client's setting, which moves nothing of the container's own);
// - litmus' prom/prometheus: containerPort 9000 while its Service and Prometheus itself use 9090.

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

function deployment(options: { container?: string; image?: string; port?: number; env?: [string, string][]; mount?: boolean; probe?: number; second?: string[] }): string {
  return lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: shop',
    'spec:',
    '  template:',
    '    metadata:',
    '      labels: {app: shop}',
    '    spec:',
    '      containers:',
    `      - name: ${options.container ?? 'shop'}`,
    `        image: ${options.image ?? 'registry.example.com/shop:1.0'}`,
    '        ports:',
    `        - containerPort: ${options.port ?? 8080}`,
    ...(options.env ? ['        env:', ...options.env.flatMap(([name, value]) => [`        - name: ${name}`, `          value: "${value}"`])] : []),
    ...(options.mount ? ['        volumeMounts:', '        - name: conf', '          mountPath: /etc/grafana'] : []),
    ...(options.probe ? ['        readinessProbe:', '          tcpSocket:', `            port: ${options.probe}`] : []),
    ...(options.second ?? []),
  );
}

const service = (targetPort: number, extra: string[] = []) =>
  lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: shop', 'spec:', '  selector: {app: shop}', '  ports:', '  - port: 80', `    targetPort: ${targetPort}`, ...extra);

const portLine = 14;

describe('kubernetes: a port setting named for the container itself', () => {
  it('NAME_SERVER_PORT in the container NAME (an image the table does not know) is where it listens', () => {
    const text = deployment({ container: 'petstoreproductservice', env: [['PETSTOREPRODUCTSERVICE_SERVER_PORT', '80']] });
    const found = checkPorts(text, 'kubernetes').filter((f) => f.code === 'container-port-mismatch');
    assert.deepStrictEqual(shown(text, found), [`${portLine}: container-port-mismatch "8080"`]);
    assert.match(found[0].message, /PETSTOREPRODUCTSERVICE_SERVER_PORT on line 17 tells Deployment shop, container petstoreproductservice to listen on 80/);
  });

  it('by the image name too; NAME_HTTP_PORT and NAME_PORT count, other prefixes do not', () => {
    const byImage = deployment({ container: 'app', image: 'example/orders-api:2', env: [['ORDERS_API_PORT', '80']] });
    assert.strictEqual(checkPorts(byImage, 'kubernetes').filter((f) => f.code === 'container-port-mismatch').length, 1);
    const http = deployment({ container: 'orders', env: [['ORDERS_HTTP_PORT', '80']] });
    assert.strictEqual(checkPorts(http, 'kubernetes').filter((f) => f.code === 'container-port-mismatch').length, 1);
    for (const env of [[['INVENTORY_SERVER_PORT', '80']], [['SHOPPING_PORT', '80']], [['SHOP_ADMIN_PORT', '80']]] as [string, string][][]) {
      assert.deepStrictEqual(checkPorts(deployment({ container: 'shop', env }), 'kubernetes').filter((f) => f.code === 'container-port-mismatch'), [], env[0][0]);
    }
  });

  it('negatives: the setting agrees with the containerPort, or the image is one the table knows (it lists what that image reads)', () => {
    assert.deepStrictEqual(checkPorts(deployment({ container: 'shop', env: [['SHOP_SERVER_PORT', '8080']] }), 'kubernetes').filter((f) => f.code === 'container-port-mismatch'), []);
    const redis = deployment({ container: 'redis', image: 'redis:7', port: 6379, env: [['REDIS_PORT', '6380']] });
    assert.deepStrictEqual(checkPorts(redis, 'kubernetes').filter((f) => f.code === 'container-port-mismatch'), []);
    // redis does not read REDIS_PORT (a client's setting in many stacks): no finding says it tells redis anything.
    const moved = deployment({ container: 'redis', image: 'redis:7', port: 7000, env: [['REDIS_PORT', '7001']] });
    assert.deepStrictEqual(checkPorts(moved, 'kubernetes').filter((f) => /REDIS_PORT on line \d+ tells/.test(f.message)), []);
  });
});

describe('kubernetes: the containerPort end of a Service that disagrees with it', () => {
  it('a client setting (DB_PORT beside DB_HOSTNAME=mysql) does not keep the other end quiet', () => {
    const env: [string, string][] = [['DB_HOSTNAME', 'mysql'], ['DB_PORT', '3306']];
    const text = deployment({ port: 8095, env });
    const found = workspaceOf({ 'd.yaml': text, 's.yaml': service(8080) }).findings('d.yaml');
    assert.deepStrictEqual(shown(text, found), [`${portLine}: target-port-undeclared "8095"`]);
    assert.match(found[0].message, /containerPort 8095 of Deployment shop, container shop is not where Service shop sends its port 80/);
  });

  it('negatives: a port setting of its own (or a host of every interface) still may move the port', () => {
    for (const env of [[['DB_PORT', '3306']], [['DB_HOST', '0.0.0.0'], ['DB_PORT', '3306']], [['DB_HOST', 'localhost'], ['DB_PORT', '3306']], [['DB_HOST', '$(HOST)'], ['DB_PORT', '3306']]] as [string, string][][]) {
      const found = workspaceOf({ 'd.yaml': deployment({ port: 8095, env }), 's.yaml': service(8080) }).findings('d.yaml');
      assert.deepStrictEqual(found.filter((f) => f.code === 'target-port-undeclared'), [], JSON.stringify(env));
    }
  });

  it('a containerPort the image does not listen on, while the Service targets the port it does: container-port-mismatch, even beside a mounted config', () => {
    // litmus ran prom/prometheus; Prometheus' mounted prometheus.yml moves nothing (images/portMovedOnlyBy), so its
    // image's own word reports that one. Grafana's grafana.ini in a mounted /etc/grafana may move its port.
    const text = deployment({ image: 'grafana/grafana', port: 9000, mount: true });
    const found = workspaceOf({ 'd.yaml': text, 's.yaml': service(3000) }).findings('d.yaml');
    assert.deepStrictEqual(shown(text, found), [`${portLine}: container-port-mismatch "9000"`]);
    assert.match(found[0].message, /containerPort 9000 of Deployment shop, container shop is not a port its image grafana\/grafana listens on, while Service shop sends its traffic to 3000 at s.yaml line 9, where the image does listen/);
    assert.deepStrictEqual(found[0].related?.map((r) => r.path), ['s.yaml']);
    const prometheus = deployment({ image: 'prom/prometheus', port: 9000, mount: true });
    const once = workspaceOf({ 'd.yaml': prometheus, 's.yaml': service(9090) }).findings('d.yaml');
    assert.deepStrictEqual(shown(prometheus, once), [`${portLine}: container-port-mismatch "9000"`], 'one finding, the image\'s');
    assert.match(once[0].message, /^Prometheus \(image prom\/prometheus\) listens on 9090/);
  });

  it('negatives: another Service or a probe reaches the declared port, the image listens there too, a second port is declared, or the Service targets another number', () => {
    const quiet = (files: Record<string, string>) => assert.deepStrictEqual(workspaceOf(files).findings('d.yaml'), [], Object.values(files).join('\n---\n'));
    const prom = (options: Parameters<typeof deployment>[0] = {}) => deployment({ image: 'grafana/grafana', port: 9000, mount: true, ...options });
    quiet({ 'd.yaml': prom(), 's.yaml': service(3000), 'admin.yaml': service(9000).replace('name: shop', 'name: admin') });
    quiet({ 'd.yaml': prom({ probe: 9000 }), 's.yaml': service(3000) });
    quiet({ 'd.yaml': prom({ port: 3000 }), 's.yaml': service(3000) });
    quiet({ 'd.yaml': prom().replace('        - containerPort: 9000\n', '        - containerPort: 9000\n        - containerPort: 9091\n'), 's.yaml': service(3000) });
    quiet({ 'd.yaml': prom(), 's.yaml': service(9100) });
    // rabbitmq listens on both: the AMQP port declared, the Service on the management UI, neither is wrong.
    quiet({ 'd.yaml': deployment({ image: 'rabbitmq:3-management', port: 5672 }), 's.yaml': service(15672) });
    assert.deepStrictEqual(workspaceOf({ 'a/d.yaml': prom(), 'b/s.yaml': service(3000) }).findings('a/d.yaml'), [], 'a sibling example folder');
  });
});
