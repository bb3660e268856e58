import assert from 'assert';
import { checkPorts } from '../../src/core';
import { shown, workspaceOf } from './workspaceOf';

// Held-out round 3 of issue 20's real fixes: a container's own env or args saying where it listens, against its
// containerPort (Yolean/kubernetes-kafka's kafka-minion: TELEMETRY_HOST 0.0.0.0 and TELEMETRY_PORT 8080, containerPort
// 80); the other end of a targetPort beside a port setting that agrees with the declarations (knative's broker
// filter: FILTER_PORT 8080, Service on 9092, metrics declared as 9090); a named targetPort of a headless Service
// (carlosedp/cluster-monitoring's kube-state-metrics: targetPort http, no port of that name).

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

function pod(options: { image?: string; ports?: string[]; env?: string[]; args?: string; extra?: string[]; second?: string[]; labels?: string }): string {
  return lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: minion',
    'spec:',
    '  template:',
    '    metadata:',
    `      labels: {${options.labels ?? 'app: minion'}}`,
    '    spec:',
    '      containers:',
    '      - name: kafka-minion',
    `        image: ${options.image ?? 'quay.io/google-cloud-tools/kafka-minion:v0.1.1'}`,
    ...(options.args ? [`        args: ${options.args}`] : []),
    ...(options.env ? ['        env:', ...options.env] : []),
    '        ports:',
    ...(options.ports ?? ['        - containerPort: 80', '          name: http']),
    ...(options.extra ?? []),
    ...(options.second ?? []),
  );
}

const TELEMETRY = ['        - name: TELEMETRY_HOST', '          value: 0.0.0.0', '        - name: TELEMETRY_PORT', '          value: "8080"'];

describe('kubernetes: container-port-mismatch from the container\'s own listen settings', () => {
  it('a prefix_PORT beside a prefix_HOST on every interface names the port the process listens on', () => {
    const text = pod({ env: TELEMETRY });
    const found = checkPorts(text, 'kubernetes').filter((f) => f.code === 'container-port-mismatch');
    assert.deepStrictEqual(shown(text, found), ['19: container-port-mismatch "80"']);
    assert.match(found[0].message, /^TELEMETRY_PORT on line 17 tells Deployment minion, container kafka-minion to listen on 8080, but its ports name containerPort 80: one of them is wrong/);
    assert.ok(!found[0].message.includes('`'));
    assert.strictEqual(text.slice(found[0].related![0].start, found[0].related![0].end), '8080');
    assert.deepStrictEqual(found[0].fix?.edits.map((edit) => edit.newText), ['8080']);
    assert.strictEqual(found[0].severity, 'warning');
  });

  it('the generic listen settings and port flags in args', () => {
    const codes = (options: Parameters<typeof pod>[0]) => checkPorts(pod(options), 'kubernetes').filter((f) => f.code === 'container-port-mismatch').map((f) => f.message.split(' tells')[0]);
    assert.deepStrictEqual(codes({ env: ['        - {name: PORT, value: "3000"}'] }), ['PORT on line 14']);
    assert.deepStrictEqual(codes({ args: '["--port=8081"]' }), ['--port=8081 in its args']);
    assert.deepStrictEqual(codes({ args: '["serve", "--port", "8081"]' }), ['--port=8081 in its args']);
    assert.deepStrictEqual(codes({ args: '["--listen-address=0.0.0.0:9000"]' }), ['--listen-address=0.0.0.0:9000 in its args']);
  });

  it('negatives: the setting agrees, a client port, a loopback listen, another of the pod\'s ports, a probe by number, the image\'s port, a variable', () => {
    const quiet = (options: Parameters<typeof pod>[0], why: string) =>
      assert.deepStrictEqual(checkPorts(pod(options), 'kubernetes').filter((f) => f.code === 'container-port-mismatch'), [], why);
    quiet({ env: TELEMETRY, ports: ['        - containerPort: 8080', '          name: http'] }, 'the setting names the declared port');
    quiet({ env: ['        - {name: TELEMETRY_HOST, value: kafka-0.broker}', '        - {name: TELEMETRY_PORT, value: "8080"}'] }, 'a host by name: a client setting');
    quiet({ env: ['        - {name: KAFKA_PORT, value: "9092"}'] }, 'no listen address beside it: a client setting');
    quiet({ args: '["--listen-address=127.0.0.1:9000"]' }, 'loopback is no listening port of the pod');
    quiet({ args: '["--metrics-port=9090"]' }, 'a secondary port flag');
    quiet({ env: TELEMETRY, second: ['      - name: proxy', '        image: example/proxy', '        ports:', '        - containerPort: 8080'] }, 'a sidecar declares the setting\'s port');
    quiet({ env: TELEMETRY, extra: ['        livenessProbe:', '          httpGet: {path: /, port: 80}'] }, 'a probe by number on the declared port');
    quiet({ env: [...TELEMETRY, '        - {name: ADMIN_PORT, value: "80"}'] }, 'another setting names the declared port');
    quiet({ image: 'nginx:1.27', env: ['        - {name: PORT, value: "3000"}'] }, 'the image listens on the declared port');
    quiet({ env: ['        - name: TELEMETRY_HOST', '          value: 0.0.0.0', '        - name: TELEMETRY_PORT', '          value: $(PORT)'] }, 'a variable is no number');
    // A probe by name follows the declaration and says nothing of its own.
    assert.strictEqual(checkPorts(pod({ env: TELEMETRY, extra: ['        readinessProbe:', '          httpGet: {path: /, port: http}'] }), 'kubernetes')
      .filter((f) => f.code === 'container-port-mismatch').length, 1);
  });
});

describe('kubernetes: container-port-mismatch and an image flag that opens another port', () => {
  // vfarcic/k8s-specs' go-demo-2: mongo:3.3 run with --rest --httpinterface declares and serves 28017, the HTTP
  // status interface MongoDB before 3.6 opened on the port + 1000; the same pod without the flags serves only 27017.
  const mongo = (args?: string) => checkPorts(pod({ image: 'mongo:3.3', args, ports: ['        - containerPort: 28017'] }), 'kubernetes')
    .filter((f) => f.code === 'container-port-mismatch').length;

  it('mongo with --httpinterface may listen on 28017; without it, it does not', () => {
    assert.strictEqual(mongo('["--rest", "--httpinterface"]'), 0);
    assert.strictEqual(mongo('["--httpinterface"]'), 0);
    assert.strictEqual(mongo(), 1);
    assert.strictEqual(mongo('["--quiet"]'), 1);
  });
});

describe('kubernetes: container-port-mismatch on a port the image serves beside its documented one', () => {
  // zimmertr/Kubernetes-Manifests' Nextcloud: linuxserver/nextcloud documents 443, but its nginx serves 80 too.
  it('linuxserver/nextcloud on 80 is not warned; on 8080 it is', () => {
    const mismatches = (port: number) => checkPorts(pod({ image: 'linuxserver/nextcloud:latest', ports: [`        - containerPort: ${port}`] }), 'kubernetes')
      .filter((f) => f.code === 'container-port-mismatch').length;
    assert.strictEqual(mismatches(80), 0);
    assert.strictEqual(mismatches(8080), 1);
  });
});

describe('kubernetes: the other end beside a port setting, and headless Services', () => {
  const filter = (setting: string) => lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: mt-broker-filter',
    'spec:',
    '  template:',
    '    metadata:',
    '      labels: {app: filter}',
    '    spec:',
    '      containers:',
    '      - name: filter',
    '        image: ko://knative.dev/eventing/cmd/mtbroker/filter',
    '        livenessProbe:',
    '          httpGet: {path: /healthz, port: 8080}',
    '        ports:',
    '        - containerPort: 8080',
    '          name: http',
    '        - containerPort: 9090',
    '          name: metrics',
    '        env:',
    `        - {name: FILTER_PORT, value: "${setting}"}`,
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: broker-filter',
    'spec:',
    '  selector: {app: filter}',
    '  ports:',
    '  - name: http',
    '    port: 80',
    '    targetPort: 8080',
    '  - name: http-metrics',
    '    port: 9092',
    '    targetPort: 9092',
  );

  it('a port setting naming a declared port, and a probe on a declared port, leave the plain other end', () => {
    const text = filter('8080');
    assert.deepStrictEqual(shown(text, workspaceOf({ 'b.yaml': text }).findings('b.yaml')), ['18: target-port-undeclared "9090"', '35: target-port-undeclared "9092"']);
  });

  it('negatives: a setting naming an undeclared port, a probe on a third port', () => {
    const other = filter('8081');
    assert.deepStrictEqual(shown(other, workspaceOf({ 'b.yaml': other }).findings('b.yaml')), ['35: target-port-undeclared "9092"']);
    const third = filter('8080').replace('port: 8080}', 'port: 8081}');
    assert.deepStrictEqual(shown(third, workspaceOf({ 'b.yaml': third }).findings('b.yaml'), 'target-port-undeclared').filter((s) => s.startsWith('18:')), []);
  });

  const ksm = lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: kube-state-metrics',
    'spec:',
    '  template:',
    '    metadata:',
    '      labels: {app: kube-state-metrics}',
    '    spec:',
    '      containers:',
    '      - name: kube-state-metrics',
    '        image: carlosedp/kube-state-metrics:v1.7.2',
    '        args: ["--port=8080", "--telemetry-port=8081"]',
  );
  const headless = (target: string) => lines(
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: kube-state-metrics',
    'spec:',
    '  clusterIP: None',
    '  selector: {app: kube-state-metrics}',
    '  ports:',
    '  - name: http-main',
    '    port: 8080',
    `    targetPort: ${target}`,
  );

  it('undefined-port-name: a headless Service\'s named targetPort that no selected container defines', () => {
    const svc = headless('http');
    assert.deepStrictEqual(shown(svc, workspaceOf({ 'd.yaml': ksm, 's.yaml': svc }).findings('s.yaml')), ['11: undefined-port-name "http"']);
  });

  it('negatives: a headless Service\'s numeric targetPort, a name the pods define, no selector', () => {
    for (const [svc, pods] of [[headless('9999'), ksm], [headless('http'), ksm.replace('        args:', '        ports: [{name: http, containerPort: 8080}]\n        args:')],
      [headless('http').replace('  selector: {app: kube-state-metrics}\n', ''), ksm]]) {
      assert.deepStrictEqual(workspaceOf({ 'd.yaml': pods, 's.yaml': svc }).findings('s.yaml'), [], svc);
    }
  });

  it('target-port-undeclared: pods on the host network listen on their declared ports too (traefik\'s example: the UI Service on 8081, the DaemonSet\'s admin port 8080)', () => {
    const daemonset = lines(
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata:',
      '  name: traefik-ingress-controller',
      'spec:',
      '  template:',
      '    metadata:',
      '      labels: {k8s-app: traefik-ingress-lb}',
      '    spec:',
      '      hostNetwork: true',
      '      containers:',
      '      - image: traefik',
      '        name: traefik-ingress-lb',
      '        ports:',
      '        - {name: http, containerPort: 80, hostPort: 80}',
      '        - {name: admin, containerPort: 8080}',
      '        args: ["-d", "--web", "--kubernetes"]',
    );
    const ui = (target: number) => lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: traefik-web-ui', 'spec:', '  selector: {k8s-app: traefik-ingress-lb}', '  ports:', '  - name: web', '    port: 80', `    targetPort: ${target}`);
    assert.deepStrictEqual(shown(ui(8081), workspaceOf({ 'ds.yaml': daemonset, 'ui.yaml': ui(8081) }).findings('ui.yaml')), ['10: target-port-undeclared "8081"']);
    // Negatives: the declared port; a host-network pod that declares nothing and runs an unknown image.
    assert.deepStrictEqual(workspaceOf({ 'ds.yaml': daemonset, 'ui.yaml': ui(8080) }).findings('ui.yaml'), []);
    const bare = daemonset.replace('image: traefik', 'image: example/agent').replace(/        ports:\n.*\n.*\n/, '');
    assert.deepStrictEqual(workspaceOf({ 'ds.yaml': bare, 'ui.yaml': ui(8081) }).findings('ui.yaml'), []);
  });
});
