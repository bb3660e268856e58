import assert from 'assert';
import { checkPorts, formatOf } from '../../src/core';
import { shown, workspaceOf } from './workspaceOf';
import { scanKubernetes } from '../../src/core/formats/kubernetes';
import { isKubernetesManifest } from '../../src/core/formats/kubernetesDetect';

// Kubernetes manifests (issue 20): detection by content, the scanner's mentions, each rule with its negatives,
// and the links between manifests (Services select pods, Ingresses reach Services) across files.

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

function deployment(options: { name?: string; namespace?: string; labels?: string; image?: string; ports?: string[]; extra?: string[]; second?: string[] } = {}): string {
  return lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${options.name ?? 'web'}`,
    ...(options.namespace ? [`  namespace: ${options.namespace}`] : []),
    'spec:',
    '  template:',
    '    metadata:',
    `      labels: {${options.labels ?? 'app: web'}}`,
    '    spec:',
    '      containers:',
    '        - name: app',
    `          image: ${options.image ?? 'example/shop-web:1.0'}`,
    '          ports:',
    ...(options.ports ?? ['            - name: http', '              containerPort: 8080']),
    ...(options.extra ?? []),
    ...(options.second ?? []),
  );
}

function service(options: { name?: string; namespace?: string; selector?: string | null; ports: string[]; extra?: string[] }): string {
  return lines(
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${options.name ?? 'web'}`,
    ...(options.namespace ? [`  namespace: ${options.namespace}`] : []),
    'spec:',
    ...(options.extra ?? []),
    ...(options.selector === null ? [] : [`  selector: {${options.selector ?? 'app: web'}}`]),
    '  ports:',
    ...options.ports,
  );
}

describe('kubernetes: recognised by content', () => {
  it('a YAML file with apiVersion and kind at the top level is a manifest, whatever its name', () => {
    const text = deployment();
    for (const name of ['deploy.yaml', 'k8s/web.yml', 'manifests/app.YAML']) assert.strictEqual(formatOf(name, undefined, text), 'kubernetes', name);
    assert.strictEqual(formatOf('untitled:Untitled-1', 'yaml', text), 'kubernetes');
  });

  it('the name still wins, and other YAML is not a manifest', () => {
    assert.strictEqual(formatOf('compose.yaml', undefined, deployment()), 'compose');
    assert.strictEqual(formatOf('deploy.yaml'), undefined, 'without the text nothing is known');
    assert.strictEqual(formatOf('notes.txt', undefined, deployment()), undefined);
    assert.strictEqual(formatOf('.github/workflows/ci.yml', undefined, 'name: ci\non: push\njobs:\n  kind: x\n'), undefined);
    assert.strictEqual(formatOf('values.yaml', undefined, 'image:\n  apiVersion: v1\nkind: x\n'), undefined, 'apiVersion nested, not top level');
    assert.ok(!isKubernetesManifest('apiVersion: v1\n---\nkind: Service\n'), 'the two keys in different documents');
    assert.ok(isKubernetesManifest('# c\n---\napiVersion: v1\nkind: Service\n'));
  });

  it('a Helm template is skipped quietly, never misread', () => {
    const template = lines(
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: {{ include "web.fullname" . }}',
      'spec:',
      '  ports:',
      '    - port: {{ .Values.service.port }}',
      '      targetPort: http',
      '      nodePort: 80',
    );
    assert.deepStrictEqual(scanKubernetes(template).mentions, []);
    assert.deepStrictEqual(checkPorts(template, 'kubernetes'), []);
    // The plain document beside it is still read.
    const mixed = `${template}---\n${service({ ports: ['    - port: 80', '      nodePort: 80'] })}`;
    assert.deepStrictEqual(shown(mixed, checkPorts(mixed, 'kubernetes')), ['19: node-port-range "80"']);
  });
});

describe('kubernetes: mentions', () => {
  it('containerPort, hostPort, probe and env ports, Service, Ingress, route and NetworkPolicy ports, each with its field', () => {
    const text = lines(
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata: {name: report}',
      'spec:',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:',
      '            - name: app',
      '              image: postgres:16',
      '              ports: [{containerPort: 5432, hostPort: 15432, protocol: UDP}]',
      '              env: [{name: DB_PORT, value: "5433"}]',
      '              livenessProbe: {tcpSocket: {port: 5432}}',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: db}',
      'spec: {ports: [{port: 5432, targetPort: 5433, nodePort: 30432}]}',
      '---',
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata: {name: web}',
      'spec: {defaultBackend: {service: {name: db, port: {number: 5432}}}}',
      '---',
      'apiVersion: gateway.networking.k8s.io/v1',
      'kind: TCPRoute',
      'metadata: {name: db}',
      'spec: {rules: [{backendRefs: [{name: db, port: 5432}, {name: x, kind: ServiceImport, port: 1}]}]}',
      '---',
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata: {name: db}',
      'spec: {podSelector: {}, egress: [{ports: [{port: 32000, endPort: 32100}]}]}',
    );
    const mentions = scanKubernetes(text).mentions.map((m) => `${m.kubernetes?.field} ${text.slice(m.start, m.end)} ${m.role}${m.protocol === 'udp' ? '/udp' : ''}`);
    assert.deepStrictEqual(mentions.sort(), [
      'Ingress backend port 5432 setting',
      'NetworkPolicy egress endPort 32100 setting',
      'NetworkPolicy egress port 32000 setting',
      'backendRefs port 5432 setting',
      'containerPort 5432 container/udp',
      'env DB_PORT 5433 setting',
      'hostPort 15432 host/udp',
      'livenessProbe tcpSocket 5432 setting',
      'nodePort 30432 setting',
      'port 5432 setting',
      'targetPort 5433 setting',
    ]);
    const container = scanKubernetes(text).mentions.find((m) => m.role === 'container');
    assert.strictEqual(container?.image, 'postgres:16', 'the hover leads with the image');
    assert.strictEqual(container?.kubernetes?.object, 'CronJob report, container app');
  });

  it('an out-of-range number is invalid-port on its digits; hostPort 0 and nodePort 0 mean none, targetPort 0 the port', () => {
    const text = service({ ports: ['    - port: 70000', '      targetPort: 0', '      nodePort: 0'] });
    assert.deepStrictEqual(shown(text, checkPorts(text, 'kubernetes'), 'invalid-port'), ['8: invalid-port "70000"']);
  });

  it('a dotted number where a whole port number goes is invalid-port (opentelemetry-collector 0839af5a30: a release bot wrote containerPort 1.3.0); a placeholder is not', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: otel-collector
spec:
  template:
    spec:
      containers:
        - name: otel-collector
          image: otel/opentelemetry-collector
          ports:
            - containerPort: 4317 # OTLP
            - containerPort: 1.3.0 # Jaeger gRPC
            - containerPort: \${JAEGER_PORT}
              hostPort: 80.0
---
apiVersion: v1
kind: Service
metadata:
  name: otel-collector
spec:
  ports:
    - port: "1.3"
      nodePort: PORT
      targetPort: 4317
`;
    assert.deepStrictEqual(shown(text, checkPorts(text, 'kubernetes'), 'invalid-port'), ['13: invalid-port "1.3.0"', '15: invalid-port "80.0"', '23: invalid-port "1.3"']);
    const [first] = checkPorts(text, 'kubernetes').filter((f) => f.code === 'invalid-port');
    assert.strictEqual(first.message, 'containerPort 1.3.0 of Deployment otel-collector, container otel-collector is not a port number: ports are whole numbers from 1 to 65535, so the API server rejects it.');
  });
});

describe('kubernetes: single-file rules', () => {
  it('invalid-port-name: IANA service-name syntax for container ports and names used as ports; DNS labels for Service ports', () => {
    const text = deployment({
      ports: ['            - name: http_api', '              containerPort: 8080', '            - name: metrics-endpoint1', '              containerPort: 9090',
        '            - name: "8443"', '              containerPort: 8443', '            - name: web--ui', '              containerPort: 3000', '            - name: grpc-1', '              containerPort: 50051'],
    });
    assert.deepStrictEqual(shown(text, checkPorts(text, 'kubernetes'), 'invalid-port-name'),
      ['14: invalid-port-name "http_api"', '16: invalid-port-name "metrics-endpoint1"', '18: invalid-port-name "8443"', '20: invalid-port-name "web--ui"']);
    const svc = service({ ports: ['    - name: a-long-but-valid-service-port-name', '      port: 80', '    - name: Web', '      port: 81', '      targetPort: "8080"'] });
    assert.deepStrictEqual(shown(svc, checkPorts(svc, 'kubernetes'), 'invalid-port-name'), ['10: invalid-port-name "Web"', '12: invalid-port-name "8080"']);
  });

  it('placeholders a script replaces before applying (${VAR}, PORT) are not names to judge', () => {
    const text = service({ ports: ['    - name: ${PORT_NAME}', '      port: 80', '      targetPort: ${GRPC_PORT:-9002}', '    - name: metrics', '      port: 81', '      targetPort: PORT'] });
    assert.deepStrictEqual(checkPorts(text, 'kubernetes'), []);
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': deployment(), 's.yaml': text }).findings('s.yaml'), []);
  });

  it('invalid-port-name: a Service with several ports must name each; one port needs no name', () => {
    const two = service({ ports: ['    - port: 80', '    - name: https', '      port: 443'] });
    assert.deepStrictEqual(shown(two, checkPorts(two, 'kubernetes'), 'invalid-port-name'), ['8: invalid-port-name "80"']);
    const one = service({ ports: ['    - port: 80'] });
    assert.deepStrictEqual(checkPorts(one, 'kubernetes'), []);
  });

  it('duplicate-port: a Service port twice, a name twice; the same port on another protocol is fine', () => {
    const text = service({ ports: ['    - {name: dns, port: 53, protocol: UDP}', '    - {name: dns-tcp, port: 53}', '    - {name: dns, port: 54}', '    - {name: other, port: 53}'] });
    const found = checkPorts(text, 'kubernetes');
    assert.deepStrictEqual(shown(text, found, 'duplicate-port'), ['10: duplicate-port "dns"', '11: duplicate-port "53"']);
    assert.ok(found.every((f) => f.severity === 'error'));
  });

  it('duplicate-port: a hostPort twice in a pod is an error; a containerPort in two containers a warning', () => {
    const text = deployment({
      ports: ['            - containerPort: 8080', '              hostPort: 80'],
      second: ['        - name: side', '          image: example/side', '          ports:', '            - containerPort: 8080', '              hostPort: 80'],
    });
    assert.deepStrictEqual(checkPorts(text, 'kubernetes').filter((f) => f.code === 'duplicate-port').map((f) => `${f.severity} ${text.slice(f.start, f.end)}`),
      ['warning 8080', 'error 80']);
  });

  it('node-port-range: outside 30000–32767 by default, or the range set', () => {
    const text = service({ ports: ['    - port: 80', '      nodePort: 8080'], extra: ['  type: NodePort'] });
    assert.deepStrictEqual(shown(text, checkPorts(text, 'kubernetes')), ['10: node-port-range "8080"']);
    assert.match(checkPorts(text, 'kubernetes')[0].message, /nodePort 8080 of Service web is outside the default range 30000–32767/);
    assert.deepStrictEqual(checkPorts(text, 'kubernetes', { nodePortRange: [8000, 9000] }), []);
    const inRange = service({ ports: ['    - port: 80', '      nodePort: 30080'] });
    assert.deepStrictEqual(checkPorts(inRange, 'kubernetes'), []);
  });

  it('undefined-port-name: a probe names a port its own container does not define, even when another container does', () => {
    const text = deployment({
      extra: ['          readinessProbe:', '            httpGet: {path: /ready, port: metrics}', '          livenessProbe:', '            httpGet: {path: /live, port: http}'],
      second: ['        - name: exporter', '          image: example/exporter', '          ports:', '            - {name: metrics, containerPort: 9100}'],
    });
    const found = checkPorts(text, 'kubernetes');
    assert.deepStrictEqual(shown(text, found), ['17: undefined-port-name "metrics"']);
    assert.match(found[0].message, /only Deployment web, container exporter does/);
  });

  it('target-port-undeclared: a numeric probe port the pod does not declare, in a container whose image says where it listens', () => {
    const probe = ['          livenessProbe:', '            tcpSocket: {port: 8081}'];
    const nginx = { image: 'nginx:1.27', ports: ['            - name: http', '              containerPort: 80'] };
    const text = deployment({ ...nginx, extra: probe });
    assert.deepStrictEqual(shown(text, checkPorts(text, 'kubernetes')), ['17: target-port-undeclared "8081"']);
    assert.deepStrictEqual(checkPorts(deployment({ ...nginx, extra: ['          livenessProbe: {tcpSocket: {port: 80}}'] }), 'kubernetes'), []);
    const told = deployment({ ...nginx, extra: ['          args: ["--health-port=8081"]', ...probe] });
    assert.deepStrictEqual(checkPorts(told, 'kubernetes'), []);
    const sidecar = deployment({ ...nginx, extra: probe, second: ['        - name: proxy', '          image: example/unknown-proxy'] });
    assert.deepStrictEqual(checkPorts(sidecar, 'kubernetes'), [], 'a container that declares nothing and whose image is unknown may serve it');
    const init = deployment({ ...nginx, extra: probe, second: ['      initContainers:', '        - name: migrate', '          image: example/migrate'] });
    assert.deepStrictEqual(shown(init, checkPorts(init, 'kubernetes')), ['17: target-port-undeclared "8081"'], 'an init container serves nothing');
    // An application's own image may serve its health checks on a port it does not declare (ingress-nginx's 10254).
    assert.deepStrictEqual(checkPorts(deployment({ extra: ['          readinessProbe: {httpGet: {path: /healthz, port: 10254}}'] }), 'kubernetes'), []);
  });

  it('container-port-mismatch: a mounted volume moves the port only when it can hold configuration as the container starts', () => {
    // addreas/homelab's radarr (set 14): containerPort 8989 (Sonarr's) on hotio/radarr, with an emptyDir at /config and
    // an NFS share at /videos. Neither can hand the container a config file that moves its port.
    const codes = (mounts: string[], volumes: string[], init: string[] = []) => checkPorts(deployment({
      image: 'redis:7', ports: ['            - containerPort: 6380'],
      extra: ['          volumeMounts:', ...mounts.map((m) => `            - {name: ${m.split(':')[0]}, mountPath: ${m.split(':')[1]}}`)],
      second: [...init, '      volumes:', ...volumes.map((v) => `        - ${v}`)],
    }), 'kubernetes').map((f) => f.code);
    assert.deepStrictEqual(codes(['c:/config', 'v:/videos'], ['{name: c, emptyDir: {}}', '{name: v, nfs: {server: nas, path: /videos}}']), ['container-port-mismatch']);
    assert.deepStrictEqual(codes(['c:/config'], ['{name: c, persistentVolumeClaim: {claimName: c}}']), [], 'a claim at /config keeps what the software wrote there');
    assert.deepStrictEqual(codes(['v:/media'], ['{name: v, persistentVolumeClaim: {claimName: v}}']), ['container-port-mismatch'], 'a claim elsewhere holds data');
    assert.deepStrictEqual(codes(['c:/config'], ['{name: c, configMap: {name: c}}']), [], 'a ConfigMap is configuration');
    assert.deepStrictEqual(codes(['v:/videos'], ['{name: v, hostPath: {path: /srv/videos}}']), [], 'a host folder may hold anything');
    assert.deepStrictEqual(codes(['c:/config'], ['{name: other, emptyDir: {}}']), [], 'a volume not listed here');
    const writer = ['      initContainers:', '        - name: render', '          image: busybox', '          volumeMounts: [{name: c, mountPath: /out}]'];
    assert.deepStrictEqual(codes(['c:/config'], ['{name: c, emptyDir: {}}'], writer), [], 'an init container may write a config into the emptyDir');
  });

  it('container-port-mismatch: for an image whose documentation names every way its port moves, only those settings move it', () => {
    // mischavandenburg/homelab's homepage (set 13): containerPort 3001 on ghcr.io/gethomepage/homepage (PORT, default
    // 3000), beside a ConfigMap of services.yaml and settings.yaml mounted in /app/config, which set no listen port.
    const codes = (image: string, extra: string[]) => checkPorts(deployment({ image, ports: ['            - containerPort: 3001'], extra }), 'kubernetes').map((f) => f.code);
    const configMap = ['          volumeMounts: [{name: c, mountPath: /app/config/settings.yaml, subPath: settings.yaml}]'];
    const listed = ['      volumes: [{name: c, configMap: {name: homepage}}]'];
    const homepage = (extra: string[]) => checkPorts(deployment({ image: 'ghcr.io/gethomepage/homepage:latest', ports: ['            - containerPort: 3001'], extra, second: listed }), 'kubernetes').map((f) => f.code);
    assert.deepStrictEqual(homepage(configMap), ['container-port-mismatch']);
    assert.deepStrictEqual(homepage([...configMap, '          args: ["--config=/app/config/settings.yaml"]']), ['container-port-mismatch'], 'a config file on the command line');
    assert.deepStrictEqual(homepage([...configMap, '          env: [{name: PORT, value: "3001"}]']), [], 'its own setting');
    assert.deepStrictEqual(homepage(['          env: [{name: HOMEPAGE_VAR_PORT, value: "3001"}]']), [], 'a number in its env');
    assert.deepStrictEqual(homepage(['          envFrom: [{secretRef: {name: homepage}}]']), [], 'envFrom may set PORT');
    // Another image beside the same mount is still judged as moved by it.
    assert.deepStrictEqual(codes('nodered/node-red:3', configMap), []);
  });

  it('container-port-mismatch: a containerPort the image does not listen on, unless something may move it', () => {
    const text = deployment({ image: 'redis:7', ports: ['            - containerPort: 6380'] });
    const found = checkPorts(text, 'kubernetes');
    assert.deepStrictEqual(shown(text, found), ['14: container-port-mismatch "6380"']);
    assert.match(found[0].message, /listens on 6379\/tcp/);
    for (const extra of [['          args: ["--port", "6380"]'], ['          command: ["redis-server", "/etc/redis.conf"]'],
      ['          env: [{name: REDIS_PORT, value: "6380"}]'], ['          volumeMounts: [{name: conf, mountPath: /usr/local/etc/redis}]']]) {
      assert.deepStrictEqual(checkPorts(deployment({ image: 'redis:7', ports: ['            - containerPort: 6380'], extra }), 'kubernetes'), [], extra[0]);
    }
    assert.deepStrictEqual(checkPorts(deployment({ image: 'redis:7', ports: ['            - containerPort: 6379'] }), 'kubernetes'), []);
    // A command that names no number, flag or config file moves nothing; a config file may.
    const codes = (image: string, port: number, extra: string[]) => checkPorts(deployment({ image, ports: [`            - containerPort: ${port}`], extra }), 'kubernetes').map((f) => f.code);
    assert.deepStrictEqual(codes('redis:7', 6380, ['          command: ["redis-server"]']), ['container-port-mismatch']);
    assert.deepStrictEqual(codes('prom/alertmanager:v0.16.1', 9003, ['          args: ["--storage.path=/alertmanager"]']), ['container-port-mismatch']);
    assert.deepStrictEqual(codes('prom/alertmanager:v0.16.1', 9003, ['          args: ["--config.file=/etc/alertmanager/alertmanager.yml"]']), []);
    assert.deepStrictEqual(codes('prom/alertmanager:v0.16.1', 9003, ['          args: ["--web.listen-address=:9003"]']), []);
    assert.deepStrictEqual(checkPorts(deployment({ image: 'redis:7', ports: ['            - containerPort: 6380'], extra: ['          volumeMounts: [{name: d, mountPath: /data}]'] }), 'kubernetes').map((f) => f.code), ['container-port-mismatch'], 'a data volume moves nothing');
    // $(NAME) in args is the container's own env setting (kops' ingress-nginx: --nginx-configmap=$(POD_NAMESPACE)/…):
    // a setting not named like a port, as the value of a flag not about ports or addresses, moves nothing.
    const env = (value: string) => `          env: [{name: DATA, ${value}}]`;
    const fieldRef = env('valueFrom: {fieldRef: {fieldPath: metadata.namespace}}');
    assert.deepStrictEqual(codes('prom/alertmanager:v0.16.1', 9003, ['          args: ["--storage.path=/data/$(DATA)"]', fieldRef]), ['container-port-mismatch']);
    assert.deepStrictEqual(codes('prom/alertmanager:v0.16.1', 9003, ['          args: ["--storage.path=$(DATA)"]', env('value: alerts')]), ['container-port-mismatch']);
    assert.deepStrictEqual(codes('prom/alertmanager:v0.16.1', 9003, ['          args: ["--storage.path=$(DATA)"]', env('value: "9094"')]), [], 'a number');
    assert.deepStrictEqual(codes('prom/alertmanager:v0.16.1', 9003, ['          args: ["--api-url=$(DATA)"]', fieldRef]), [], 'an address flag');
    assert.deepStrictEqual(codes('prom/alertmanager:v0.16.1', 9003, ['          args: ["--storage.path=$(OTHER)"]', fieldRef]), [], 'not a setting of the container');
    assert.deepStrictEqual(codes('prom/alertmanager:v0.16.1', 9003, ['          args: ["$(DATA)"]', fieldRef]), [], 'not a flag\'s value');
  });

  it('dynamic-range and privileged-host-port for hostPort; a containerPort in the dynamic range (gRPC 50051) is the image\'s choice', () => {
    const text = deployment({ ports: ['            - containerPort: 50051', '              hostPort: 80', '            - containerPort: 9100', '              hostPort: 50000'] });
    assert.deepStrictEqual(shown(text, checkPorts(text, 'kubernetes')), ['15: privileged-host-port "80"', '17: dynamic-range "50000"']);
  });

  it('messages are one plain sentence without backticks', () => {
    const text = service({ ports: ['    - port: 80', '      nodePort: 80', '    - port: 80'] });
    for (const found of checkPorts(text, 'kubernetes')) assert.ok(!found.message.includes('`'), found.message);
  });
});

describe('kubernetes: Services, Ingresses and policies across files', () => {
  it('undefined-port-name: a named targetPort no selected pod defines, in another file', () => {
    const svc = service({ ports: ['    - port: 80', '      targetPort: web'] });
    const workspace = workspaceOf({ 'k8s/deploy.yaml': deployment(), 'k8s/service.yaml': svc });
    const found = workspace.findings('k8s/service.yaml');
    assert.deepStrictEqual(shown(svc, found), ['9: undefined-port-name "web"']);
    assert.match(found[0].message, /targetPort web of Service web names a port that no container of the pods it selects \(Deployment web at k8s\/deploy.yaml line 4\) defines/);
  });

  it('negatives: defined in another container of the pod, no selector, another namespace, no pods in the workspace (a headless Service is no exception)', () => {
    const second = ['        - name: side', '          image: example/side', '          ports:', '            - {name: metrics, containerPort: 9100}'];
    const metrics = ['    - port: 9100', '      targetPort: metrics'];
    const quiet = (files: Record<string, string>, path: string) => assert.deepStrictEqual(workspaceOf(files).findings(path), [], path);
    quiet({ 'd.yaml': deployment({ second }), 's.yaml': service({ ports: metrics }) }, 's.yaml');
    quiet({ 'd.yaml': deployment(), 's.yaml': service({ selector: null, ports: metrics }) }, 's.yaml');
    // A headless Service is judged too: the endpoints leave out a port whose name the pods do not define.
    const headless = service({ ports: metrics, extra: ['  clusterIP: None'] });
    assert.deepStrictEqual(shown(headless, workspaceOf({ 'd.yaml': deployment(), 's.yaml': headless }).findings('s.yaml')), ['10: undefined-port-name "metrics"']);
    quiet({ 'd.yaml': deployment({ namespace: 'shop' }), 's.yaml': service({ ports: metrics }) }, 's.yaml');
    quiet({ 's.yaml': service({ ports: metrics }) }, 's.yaml');
    // ...and the namespace boundary cuts both ways: the same Service in the pods' namespace is checked.
    const inShop = service({ namespace: 'shop', ports: metrics });
    assert.deepStrictEqual(shown(inShop, workspaceOf({ 'd.yaml': deployment({ namespace: 'shop' }), 's.yaml': inShop }).findings('s.yaml')), ['10: undefined-port-name "metrics"']);
  });

  it('target-port-undeclared: a numeric targetPort, or a port whose targetPort defaults to it, that no selected container declares', () => {
    const svc = service({ ports: ['    - name: http', '      port: 80', '      targetPort: 80', '    - name: direct', '      port: 9000'] });
    const found = workspaceOf({ 'd.yaml': deployment(), 's.yaml': svc }).findings('s.yaml');
    assert.deepStrictEqual(shown(svc, found), ['10: target-port-undeclared "80"', '12: target-port-undeclared "9000"']);
    assert.match(found[0].message, /\(they declare 8080\)/);
    assert.match(found[1].message, /targetPort defaults to the same number/);
    assert.deepStrictEqual(found.map((f) => f.severity), ['warning', 'warning']);
    const right = service({ ports: ['    - name: http', '      port: 80', '      targetPort: 8080', '    - name: same', '      port: 8080'] });
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': deployment(), 's.yaml': right }).findings('s.yaml'), []);
  });

  it('a key written twice is read as kubectl reads it, the last one (takara9/k8s-manifests webserver-lb/webserver1.yaml)', () => {
    const text = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: webserver1', 'spec:', '  selector:', '    matchLabels:', '      app: web1',
      '  template:', '    metadata:', '      labels:', '        app: web1', '    spec:', '      containers:', '      #- name: nginx', '      #  image: nginx:latest',
      '      containers:', '      - image: docker.io/kennethreitz/httpbin', '        name: httpbin', '        ports:', '        - containerPort: 80', '---',
      'apiVersion: v1', 'kind: Service', 'metadata:', '  name: webserver1', 'spec:', '  selector:', '    app: web1', '  ports:', '  - name: http', '    port: 80',
      '  - name: https', '    port: 443', '  type: LoadBalancer', ''].join('\n');
    assert.deepStrictEqual(shown(text, workspaceOf({ 'webserver1.yaml': text }).findings('webserver1.yaml'), 'target-port-undeclared'), ['34: target-port-undeclared "443"']);
  });

  it('target-port-undeclared: a TCP probe on a port no container declares, where every container declares its ports, whatever the image', () => {
    // duck1123/k3s-fleetops' booklore: tcpSocket 5000 beside containerPort 6060 and BOOKLORE_PORT=6060.
    const pod = (probe: string, extra: string[] = [], second: string[] = []) => deployment({
      name: 'booklore', image: 'booklore/booklore:latest', ports: ['            - {name: http, containerPort: 6060}'],
      extra: ['          env: [{name: BOOKLORE_PORT, value: "6060"}]', ...extra, `          livenessProbe: ${probe}`], second });
    const findings = (text: string) => workspaceOf({ 'k8s/booklore.yaml': text }).findings('k8s/booklore.yaml').filter((f) => f.code === 'target-port-undeclared');
    const wrong = pod('{tcpSocket: {port: 5000}}');
    const found = findings(wrong);
    assert.deepStrictEqual(shown(wrong, found), ['16: target-port-undeclared "5000"']);
    assert.match(found[0].message, /livenessProbe of Deployment booklore, container app opens a TCP connection to port 5000, .*it declares 6060/);
    assert.deepStrictEqual(findings(pod('{tcpSocket: {port: 6060}}')), []);
    assert.deepStrictEqual(findings(pod('{httpGet: {path: /health, port: 5000}}')), [], 'an HTTP health check is often served on a port of its own');
    assert.deepStrictEqual(findings(pod('{tcpSocket: {port: 5000}}', ['          args: ["--admin-port=5000"]'])), [], 'named in its args');
    assert.deepStrictEqual(findings(pod('{tcpSocket: {port: 5000}}', [], ['        - name: sidecar', '          image: example/unknown-proxy'])), [], 'a container that declares nothing may listen there');
    assert.deepStrictEqual(findings(pod('{tcpSocket: {port: 5000}}', [], ['      hostNetwork: true'])), [], 'on the node\'s network');
    const hook = wrong.replace('          livenessProbe: {tcpSocket: {port: 5000}}', '          lifecycle: {postStart: {tcpSocket: {port: 5000}}}');
    assert.deepStrictEqual(findings(hook), [], 'a lifecycle hook\'s tcpSocket is not run');
    const patched = { 'k8s/booklore.yaml': wrong, 'k8s/kustomization.yaml': lines('resources: [booklore.yaml]', 'patches:', '  - target: {kind: Deployment}', '    patch: |-', '      - op: add') };
    assert.deepStrictEqual(workspaceOf(patched).findings('k8s/booklore.yaml').filter((f) => f.code === 'target-port-undeclared'), [], 'a JSON patch not read may add the port');
  });

  it('target-port-undeclared stays quiet when a container declares nothing and runs an unknown image', () => {
    const svc = service({ ports: ['    - port: 80', '      targetPort: 3000'] });
    const bare = deployment({ ports: [] }).replace('          ports:\n', '');
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': bare, 's.yaml': svc }).findings('s.yaml'), []);
    // A known image says where it listens.
    const nginx = deployment({ image: 'nginx:1.27', ports: [] }).replace('          ports:\n', '');
    assert.deepStrictEqual(shown(svc, workspaceOf({ 'd.yaml': nginx, 's.yaml': svc }).findings('s.yaml')), ['9: target-port-undeclared "3000"']);
  });

  it('target-port-undeclared stays quiet when the container declares only side ports (metrics, status): Istio\'s generated gateways', () => {
    const svc = service({ ports: ['    - name: http', '      port: 80'] });
    const side = deployment({ ports: ['            - name: metrics', '              containerPort: 15020', '            - name: status-port', '              containerPort: 15021'] });
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': side, 's.yaml': svc }).findings('s.yaml'), []);
    // One port declared for serving makes the declarations say where it serves: 80 is then undeclared.
    const serving = deployment({ ports: ['            - name: metrics', '              containerPort: 15020', '            - name: http', '              containerPort: 8080'] });
    assert.deepStrictEqual(shown(svc, workspaceOf({ 'd.yaml': serving, 's.yaml': svc }).findings('s.yaml')).filter((s) => s.includes('target-port-undeclared')), ['9: target-port-undeclared "80"']);
  });

  it('backend-port-missing: an Ingress or route backend port the Service does not have, by number or by name', () => {
    const svc = service({ ports: ['    - name: http', '      port: 80', '      targetPort: http'] });
    const ingress = lines(
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata: {name: web}',
      'spec:',
      '  rules:',
      '    - http:',
      '        paths:',
      '          - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 8080}}}}',
      '          - {path: /a, pathType: Prefix, backend: {service: {name: web, port: {name: https}}}}',
      '          - {path: /b, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}',
      '          - {path: /c, pathType: Prefix, backend: {service: {name: elsewhere, port: {number: 1}}}}',
      '---',
      'apiVersion: gateway.networking.k8s.io/v1',
      'kind: HTTPRoute',
      'metadata: {name: web}',
      'spec: {rules: [{backendRefs: [{name: web, port: 8080}, {name: web, port: 80}]}]}',
    );
    const workspace = workspaceOf({ 'd.yaml': deployment(), 's.yaml': svc, 'i.yaml': ingress });
    const found = workspace.findings('i.yaml');
    assert.deepStrictEqual(shown(ingress, found), ['8: backend-port-missing "8080"', '9: backend-port-missing "https"', '16: backend-port-missing "8080"']);
    assert.match(found[0].message, /Ingress web sends traffic to port 8080 of Service web, which is defined at s.yaml line 4 with only 80 \(http\)/);
    assert.deepStrictEqual(workspace.findings('s.yaml'), []);
  });

  it('backend-port-missing: quiet when the Service is defined in several files and none is applied with the route (separate examples)', () => {
    const svc = service({ ports: ['    - name: http', '      port: 8000'] });
    const route = lines('apiVersion: gateway.networking.k8s.io/v1', 'kind: HTTPRoute', 'metadata: {name: web}', 'spec: {rules: [{backendRefs: [{name: web, port: 80}]}]}');
    const twoFar = workspaceOf({ 'a/testdata/s.yaml': svc, 'b/testdata/s.yaml': svc, 'gateway/testdata/r.yaml': route });
    assert.deepStrictEqual(twoFar.findings('gateway/testdata/r.yaml'), []);
    // One definition, even in a sibling folder, is the Service the route meets; so is one applied with the route.
    const one = workspaceOf({ 'k8s/app/s.yaml': svc, 'k8s/ingress/r.yaml': route });
    assert.deepStrictEqual(shown(route, one.findings('k8s/ingress/r.yaml')), ['4: backend-port-missing "80"']);
    const nearOne = workspaceOf({ 'a/testdata/s.yaml': svc, 'gateway/s.yaml': svc, 'gateway/testdata/r.yaml': route });
    assert.deepStrictEqual(shown(route, nearOne.findings('gateway/testdata/r.yaml')), ['4: backend-port-missing "80"']);
  });

  it('backend-port-missing: quiet on ports a kustomize replacement rewrites (gruberdev/homelab\'s lb Component copies the Deployment\'s port name into its Service and Ingress)', () => {
    const svc = lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: example-internal', 'spec:', '  ports:',
      '  - name: example', '    protocol: TCP', '    port: 80', '    targetPort: 8080', '  type: LoadBalancer');
    const ingress = lines('apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata:', '  name: example', 'spec:', '  ingressClassName: nginx',
      '  rules:', '  - host: example.gruber.dev.br', '    http:', '      paths:', '      - path: /', '        pathType: Prefix', '        backend:',
      '          service:', '            name: example-internal', '            port:', '              name: example-port');
    const component = (fieldPath: string) => lines('apiVersion: kustomize.config.k8s.io/v1alpha1', 'kind: Component', 'metadata:', '  name: lb-ingress',
      'resources:', '  - svc.yaml', '  - ingress.yaml', 'replacements:', '  - source:', '      kind: Deployment',
      '      fieldPath: spec.template.spec.containers.0.ports.0.name', '    targets:', '      - select:', '          kind: Service', '        fieldPaths:',
      '          - spec.ports.0.name', '      - select:', '          kind: Ingress', '        fieldPaths:', `          - ${fieldPath}`);
    const files = (kustomization: string) => ({ 'lb/svc.yaml': svc, 'lb/ingress.yaml': ingress, 'lb/kustomization.yaml': kustomization });
    assert.deepStrictEqual(workspaceOf(files(component('spec.rules.0.http.paths.0.backend.service.port.name'))).findings('lb/ingress.yaml'), []);
    // A replacement of other fields (the host, the name) leaves the ports as written: the finding stays.
    assert.deepStrictEqual(shown(ingress, workspaceOf(files(component('spec.rules.0.host').replace('          - spec.ports.0.name', '          - metadata.name'))).findings('lb/ingress.yaml')),
      ['17: backend-port-missing "example-port"']);
  });

  it('backend-port-missing: the old Gateway API route form forwardTo (serviceName, port), as in gateway-api\'s upstream-tls example', () => {
    const svc = service({ ports: ['    - name: http', '      port: 80', '      targetPort: http'] });
    const route = lines(
      'apiVersion: networking.x-k8s.io/v1alpha1',
      'kind: HTTPRoute',
      'metadata: {name: web}',
      'spec:',
      '  rules:',
      '    - forwardTo:',
      '        - serviceName: web',
      '          port: 8443',
      '        - serviceName: web',
      '          port: 80',
      '        - backendRef: {group: example.io, kind: Custom, name: web}',
      '          port: 1',
    );
    const workspace = workspaceOf({ 'd.yaml': deployment(), 's.yaml': svc, 'r.yaml': route });
    assert.deepStrictEqual(shown(route, workspace.findings('r.yaml')), ['8: backend-port-missing "8443"']);
  });

  it('backend-port-missing: a Traefik IngressRoute\'s services reach a Service\'s ports as an Ingress does (by number or name, in the namespace they name)', () => {
    const svc = service({ namespace: 'media', ports: ['    - name: http', '      port: 80', '      targetPort: http'] });
    const route = (apiVersion: string, kind: string, services: string[]) => lines(
      `apiVersion: ${apiVersion}`,
      `kind: ${kind}`,
      'metadata: {name: web, namespace: networking}',
      'spec:',
      '  routes:',
      '    - match: Host(`web.example.com`)',
      '      services:',
      ...services,
    );
    const text = route('traefik.io/v1alpha1', 'IngressRoute', [
      '        - {name: web, namespace: media, port: 8080}',
      '        - {name: web, namespace: media, port: 80}',
      '        - {name: web, namespace: media, port: https}',
      '        - {name: web, namespace: media, port: http}',
      '        - {name: web, namespace: media, kind: TraefikService, port: 1}',
      '        - {name: web, port: 8080}',
    ]);
    const workspace = workspaceOf({ 'd.yaml': deployment({ namespace: 'media' }), 's.yaml': svc, 'r.yaml': text });
    assert.deepStrictEqual(shown(text, workspace.findings('r.yaml')), ['8: backend-port-missing "8080"', '10: backend-port-missing "https"']);
    // Traefik 2's API group and the TCP form read the same way.
    const tcp = route('traefik.containo.us/v1alpha1', 'IngressRouteTCP', ['        - name: web', '          namespace: media', '          port: 8443']);
    assert.deepStrictEqual(shown(tcp, workspaceOf({ 'd.yaml': deployment({ namespace: 'media' }), 's.yaml': svc, 'r.yaml': tcp }).findings('r.yaml')), ['10: backend-port-missing "8443"']);
    // Another group's IngressRoute kind is not Traefik's.
    const other = route('example.io/v1', 'IngressRoute', ['        - {name: web, namespace: media, port: 8080}']);
    assert.deepStrictEqual(workspaceOf({ 's.yaml': svc, 'r.yaml': other }).findings('r.yaml'), []);
  });

  it('backend-port-missing: a Service the app-template chart of a Flux HelmRelease makes, named and ported as its templates fix (rajsinghtech\'s sabnzbd)', () => {
    const release = (options: { chart?: string[]; values?: string[]; spec?: string[]; name?: string } = {}) => lines(
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      `metadata: {name: ${options.name ?? 'sabnzbd'}}`,
      'spec:',
      ...(options.chart ?? ['  chart: {spec: {chart: app-template, version: 3.7.3, sourceRef: {kind: HelmRepository, name: bjw-s}}}']),
      ...(options.spec ?? []),
      '  values:',
      '    controllers:',
      '      sabnzbd:',
      '        containers:',
      '          app:',
      '            env: {SABNZBD__PORT: &port 80}',
      ...(options.values ?? ['    service:', '      app:', '        controller: sabnzbd', '        ports:', '          http:', '            port: *port']),
    );
    const route = (port: string, name = 'sabnzbd') => lines(
      'apiVersion: gateway.networking.k8s.io/v1',
      'kind: HTTPRoute',
      'metadata: {name: sabnzbd}',
      'spec:',
      `  rules: [{backendRefs: [{name: ${name}, port: ${port}}]}]`,
    );
    const found = (files: Record<string, string>) => shown(files['r.yaml'], workspaceOf(files).findings('r.yaml'));
    const wrong = route('7878');
    assert.deepStrictEqual(found({ 'h.yaml': release(), 'r.yaml': wrong }), ['5: backend-port-missing "7878"']);
    const message = workspaceOf({ 'h.yaml': release(), 'r.yaml': wrong }).findings('r.yaml')[0].message;
    assert.match(message, /app-template chart of HelmRelease sabnzbd \(h\.yaml line 3\) makes with only 80 \(http\)/);
    // The chart's port, by number or by its name, is found; so is an OCIRepository chartRef's, and version 4's.
    assert.deepStrictEqual(found({ 'h.yaml': release(), 'r.yaml': route('80') }), []);
    assert.deepStrictEqual(found({ 'h.yaml': release(), 'r.yaml': route('http') }), []);
    assert.deepStrictEqual(found({ 'h.yaml': release({ chart: ['  chartRef: {kind: OCIRepository, name: app-template}'] }), 'r.yaml': wrong }), ['5: backend-port-missing "7878"']);
    assert.deepStrictEqual(found({ 'h.yaml': release({ chart: ['  chart: {spec: {chart: app-template, version: 4.1.1}}'] }), 'r.yaml': wrong }), ['5: backend-port-missing "7878"']);
    // Flux's release name: spec.releaseName, else targetNamespace-name, in the target namespace.
    assert.deepStrictEqual(found({ 'h.yaml': release({ spec: ['  releaseName: sab'] }), 'r.yaml': route('7878', 'sab') }), ['5: backend-port-missing "7878"']);
    assert.deepStrictEqual(found({ 'h.yaml': release({ spec: ['  releaseName: sab'] }), 'r.yaml': wrong }), []);
    const inDownloads = release({ spec: ['  targetNamespace: downloads'] });
    const routeThere = route('7878', 'downloads-sabnzbd').replace('metadata: {name: sabnzbd}', 'metadata: {name: sabnzbd, namespace: downloads}');
    assert.deepStrictEqual(found({ 'h.yaml': inDownloads, 'r.yaml': routeThere }), ['5: backend-port-missing "7878"']);
    // Where the templates would name it otherwise, or the values are not all here, the chart's Service is unknown.
    const quiet = [
      release({ chart: ['  chart: {spec: {chart: app-template, version: 2.6.0}}'] }),
      release({ chart: ['  chart: {spec: {chart: other-chart, version: 3.7.3}}'] }),
      release({ chart: ['  chartRef: {kind: OCIRepository, name: other-chart}'] }),
      release({ spec: ['  valuesFrom: [{kind: ConfigMap, name: sabnzbd-values}]'] }),
      release({ values: ['    global: {fullnameOverride: sab}', '    service: {app: {ports: {http: {port: 80}}}}'] }),
      release({ values: ['    service: {app: {forceRename: sab, ports: {http: {port: 80}}}}'] }),
      release({ values: ['    service: {app: {ports: {http: {port: 80}}}, metrics: {ports: {metrics: {port: 9090}}}}'] }),
      release({ values: ['    service: {app: {ports: {http: {port: "${PORT}"}}}}'] }),
    ];
    for (const text of quiet) assert.deepStrictEqual(found({ 'h.yaml': text, 'r.yaml': wrong }), [], text);
    // The chart's own templates in the values (rendered by the chart) do not hide the release; one where a port
    // stands is not a port.
    const claim = release({ values: ['    persistence: {config: {existingClaim: "{{ .Release.Name }}"}}', '    service: {app: {ports: {http: {port: 80}}}}'] });
    assert.deepStrictEqual(found({ 'h.yaml': claim, 'r.yaml': wrong }), ['5: backend-port-missing "7878"']);
    const templatedPort = release({ values: ['    service: {app: {ports: {http: {port: {{ .Values.port }}}}}}'] });
    assert.deepStrictEqual(found({ 'h.yaml': templatedPort, 'r.yaml': wrong }), []);
    // A second Service turned off leaves one.
    const one = release({ values: ['    service: {app: {ports: {http: {port: 80}}}, metrics: {enabled: false, ports: {metrics: {port: 9090}}}}'] });
    assert.deepStrictEqual(found({ 'h.yaml': one, 'r.yaml': wrong }), ['5: backend-port-missing "7878"']);
    // The release's own file gains no finding.
    assert.deepStrictEqual(workspaceOf({ 'h.yaml': release(), 'r.yaml': wrong }).findings('h.yaml'), []);
  });

  it('undefined-port-name: a NetworkPolicy ingress port named by no selected pod; egress ports and empty selectors are not judged', () => {
    const policy = lines(
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata: {name: web}',
      'spec:',
      '  podSelector: {matchLabels: {app: web}}',
      '  ingress: [{ports: [{port: http}, {port: https}]}]',
      '  egress: [{ports: [{port: dns}]}]',
      '---',
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata: {name: all}',
      'spec: {podSelector: {}, ingress: [{ports: [{port: https}]}]}',
    );
    const found = workspaceOf({ 'd.yaml': deployment(), 'p.yaml': policy }).findings('p.yaml');
    assert.deepStrictEqual(shown(policy, found), ['6: undefined-port-name "https"']);
  });

  it('target-port-undeclared: a NetworkPolicy allowing the Service\'s port, not the port the Service sends it to on the pods (apisix\'s webhook policy)', () => {
    const policy = (port: string, extra = '') => lines(
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata: {name: allow-webhook}',
      'spec:',
      '  podSelector: {matchLabels: {app: web}}',
      `  ingress: [{ports: [{port: ${port}${extra}}]}]`,
    );
    const webhook = service({ name: 'webhook', ports: ['    - port: 443', '      targetPort: 8080'] });
    const wrong = policy('443');
    const workspace = workspaceOf({ 'd.yaml': deployment(), 's.yaml': webhook, 'p.yaml': wrong });
    const found = workspace.findings('p.yaml');
    assert.deepStrictEqual(shown(wrong, found), ['6: target-port-undeclared "443"']);
    assert.match(found[0].message, /NetworkPolicy allow-webhook allows port 443, the port of Service webhook, .*Service webhook sends 443 to 8080 \(its targetPort at s.yaml line 9\)/);
    assert.strictEqual(found[0].severity, 'warning');
    // A named targetPort resolves to the pods' port of that name.
    const named = service({ name: 'webhook', ports: ['    - port: 443', '      targetPort: http'] });
    assert.deepStrictEqual(shown(wrong, workspaceOf({ 'd.yaml': deployment(), 's.yaml': named, 'p.yaml': wrong }).findings('p.yaml')), ['6: target-port-undeclared "443"']);
    const quiet = (files: Record<string, string>) => assert.deepStrictEqual(workspaceOf(files).findings('p.yaml'), [], JSON.stringify(Object.keys(files)));
    // The pods' own port; a port the pods declare too; a Service sending the port to itself; another protocol; no Service.
    quiet({ 'd.yaml': deployment(), 's.yaml': webhook, 'p.yaml': policy('8080') });
    quiet({ 'd.yaml': deployment({ ports: ['            - containerPort: 8080', '            - containerPort: 443'] }), 's.yaml': webhook, 'p.yaml': wrong });
    quiet({ 'd.yaml': deployment(), 's.yaml': service({ name: 'webhook', ports: ['    - port: 443'] }), 'p.yaml': wrong });
    quiet({ 'd.yaml': deployment(), 's.yaml': webhook, 'p.yaml': policy('443', ', protocol: UDP') });
    quiet({ 'd.yaml': deployment(), 'p.yaml': wrong });
    // A Service whose target the pods do not declare, or one selecting other pods, or one in another folder.
    quiet({ 'd.yaml': deployment(), 's.yaml': service({ name: 'webhook', ports: ['    - port: 443', '      targetPort: 9443'] }), 'p.yaml': wrong });
    quiet({ 'd.yaml': deployment(), 's.yaml': service({ name: 'webhook', selector: 'app: other', ports: ['    - port: 443', '      targetPort: 8080'] }), 'p.yaml': wrong });
    assert.deepStrictEqual(workspaceOf({ 'a/d.yaml': deployment(), 'b/s.yaml': webhook, 'a/p.yaml': wrong }).findings('a/p.yaml'), []);
    // The number named in the container's args (it may listen there), or pods on the node's network.
    quiet({ 'd.yaml': deployment({ extra: ['          args: ["--tls-port=443"]'] }), 's.yaml': webhook, 'p.yaml': wrong });
    quiet({ 'd.yaml': deployment({ extra: ['      hostNetwork: true'] }), 's.yaml': webhook, 'p.yaml': wrong });
  });

  it('node-port-conflict: two Services of one folder take one nodePort; a base and its patch, or other folders, do not', () => {
    const a = service({ name: 'a', extra: ['  type: NodePort'], ports: ['    - port: 80', '      nodePort: 30080'] });
    const b = service({ name: 'b', extra: ['  type: LoadBalancer'], ports: ['    - port: 81', '      nodePort: 30080'] });
    const workspace = workspaceOf({ 'k8s/a.yaml': a, 'k8s/b.yaml': b, 'other/b.yaml': b, 'k8s/patch/a.yaml': a });
    assert.deepStrictEqual(shown(a, workspace.findings('k8s/a.yaml')), ['10: node-port-conflict "30080"']);
    assert.match(workspace.findings('k8s/a.yaml')[0].message, /nodePort 30080 of Service a is also taken by Service b at k8s\/b.yaml line 10/);
    assert.deepStrictEqual(workspace.findings('other/b.yaml'), []);
    assert.deepStrictEqual(workspaceOf({ 'k8s/a.yaml': a, 'k8s/a-patch.yaml': a }).findings('k8s/a.yaml'), []);
  });

  it('node-port-conflict: a ClusterIP Service (type unwritten) is given no nodePort, so it takes none from a NodePort Service', () => {
    // kubernetes-sigs/kustomize kyaml/kio/filters/testdata/dataset1-expected/wordpress/wordpress-service.resource.yaml:
    // Service wordpress (type: NodePort) and wordpress-identity (no type) both write nodePort 30000. The API server
    // refuses a nodePort on a ClusterIP Service; it does not give wordpress-identity the port.
    const text = lines(
      'apiVersion: v1', 'kind: Service', 'metadata:', '  name: wordpress', '  labels:', '    app: wordpress', 'spec:', '  type: NodePort',
      '  selector:', '    app: wordpress', '    tier: frontend', '  ports:', '  - port: 80', '    nodePort: 30000', '---',
      'apiVersion: v1', 'kind: Service', 'metadata:', '  name: wordpress-identity', '  labels:', '    app: wordpress-identity', 'spec:',
      '  selector:', '    app: wordpress', '    tier: frontend', '  ports:', '  - port: 80', '    nodePort: 30000');
    assert.deepStrictEqual(workspaceOf({ 'wordpress-service.resource.yaml': text }).findings('wordpress-service.resource.yaml').filter((f) => f.code === 'node-port-conflict'), []);
    // Written as a ClusterIP, the same; as two NodePort Services, they conflict.
    const clusterIp = text.replace(/(name: wordpress-identity[\s\S]*?spec:)/, '$1\n  type: ClusterIP');
    assert.deepStrictEqual(workspaceOf({ 's.yaml': clusterIp }).findings('s.yaml').filter((f) => f.code === 'node-port-conflict'), []);
    const both = text.replace(/(name: wordpress-identity[\s\S]*?spec:)/, '$1\n  type: NodePort');
    assert.deepStrictEqual(shown(both, workspaceOf({ 's.yaml': both }).findings('s.yaml').filter((f) => f.code === 'node-port-conflict')),
      ['14: node-port-conflict "30000"', '29: node-port-conflict "30000"']);
  });

  it('node-port-conflict: a Service and one of the folder just above take one nodePort (sock shop: front-end in manifests/, weavescope.yaml above, a kind: List)', () => {
    const a = service({ name: 'front-end', extra: ['  type: NodePort'], ports: ['    - port: 80', '      nodePort: 30001'] });
    const list = lines(
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: Service',
      '    metadata: {name: weavescope-app}',
      '    spec:',
      '      type: NodePort',
      '      selector: {app: weavescope}',
      '      ports:',
      '        - port: 80',
      '          nodePort: 30001',
    );
    const workspace = workspaceOf({ 'deploy/manifests/front-end-svc.yaml': a, 'deploy/weavescope.yaml': list });
    assert.deepStrictEqual(shown(a, workspace.findings('deploy/manifests/front-end-svc.yaml')), ['10: node-port-conflict "30001"']);
    assert.match(workspace.findings('deploy/manifests/front-end-svc.yaml')[0].message,
      /nodePort 30001 of Service front-end is also taken by Service weavescope-app at deploy\/weavescope.yaml line 12, in the folder above/);
    assert.deepStrictEqual(shown(list, workspace.findings('deploy/weavescope.yaml')), ['12: node-port-conflict "30001"']);
    // An all-in-one copy above (same kind and name) is one Service written twice; two folders below are siblings,
    // not applied together; a folder two levels up is not the folder above; another nodePort does not conflict.
    assert.deepStrictEqual(workspaceOf({ 'deploy/manifests/front-end-svc.yaml': a, 'deploy/complete-demo.yaml': a }).findings('deploy/manifests/front-end-svc.yaml'), []);
    assert.deepStrictEqual(workspaceOf({ 'deploy/manifests/front-end-svc.yaml': a, 'deploy/other/weavescope.yaml': list }).findings('deploy/manifests/front-end-svc.yaml'), []);
    assert.deepStrictEqual(workspaceOf({ 'deploy/k8s/manifests/front-end-svc.yaml': a, 'deploy/weavescope.yaml': list }).findings('deploy/k8s/manifests/front-end-svc.yaml'), []);
    assert.deepStrictEqual(workspaceOf({ 'deploy/manifests/front-end-svc.yaml': a, 'deploy/weavescope.yaml': list.replace('30001', '30002') }).findings('deploy/manifests/front-end-svc.yaml'), []);
    // The Service above whose kind and name a Service below on that nodePort has is that one's copy.
    const both = `${a}---\n${service({ name: 'weavescope-app', extra: ['  type: NodePort'], ports: ['    - port: 81', '      nodePort: 30001'] })}`;
    assert.deepStrictEqual(workspaceOf({ 'deploy/manifests/svc.yaml': both, 'deploy/weavescope.yaml': list }).findings('deploy/weavescope.yaml').filter((f) => f.code === 'node-port-conflict').length, 0);
  });

  it('node-port-conflict: two DaemonSets of one folder take one hostPort on every node', () => {
    const daemon = (name: string) => deployment({ name, ports: ['            - containerPort: 9100', '              hostPort: 9100'] }).replace('kind: Deployment', 'kind: DaemonSet');
    const workspace = workspaceOf({ 'a.yaml': daemon('node-exporter'), 'b.yaml': daemon('other-exporter') });
    assert.deepStrictEqual(workspace.findings('a.yaml').map((f) => f.code), ['node-port-conflict']);
    const deployments = workspaceOf({ 'a.yaml': deployment({ ports: ['            - containerPort: 9100', '              hostPort: 9100'] }), 'b.yaml': deployment({ name: 'x', ports: ['            - containerPort: 9100', '              hostPort: 9100'] }) });
    assert.deepStrictEqual(deployments.findings('a.yaml'), [], 'the scheduler spreads other pods over nodes');
    // One DaemonSet written for two namespaces in one folder is an alternative setup, applied one at a time.
    const inLinkerd = daemon('node-exporter').replace('  name: node-exporter\n', '  name: node-exporter\n  namespace: linkerd\n');
    assert.deepStrictEqual(workspaceOf({ 'a.yaml': daemon('node-exporter'), 'b.yaml': inLinkerd }).findings('a.yaml'), []);
  });

  it('node-port-conflict: a workload on the node\'s network takes a port a DaemonSet takes on every node (efs-csi: controller and node plugin both on 9809)', () => {
    const onNode = (kind: string, name: string, nodes: string[], network = true) => deployment({ name, ports: ['            - name: healthz', '              containerPort: 9809'] })
      .replace('kind: Deployment', `kind: ${kind}`)
      .replace('    spec:\n      containers:', ['    spec:', ...(network ? ['      hostNetwork: true'] : []), ...nodes, '      containers:'].join('\n'));
    const linux = ['      nodeSelector:', '        kubernetes.io/os: linux'];
    const controller = onNode('Deployment', 'efs-csi-controller', linux);
    const node = onNode('DaemonSet', 'efs-csi-node', ['      nodeSelector:', '        beta.kubernetes.io/os: linux', '      affinity:', '        nodeAffinity:',
      '          requiredDuringSchedulingIgnoredDuringExecution:', '            nodeSelectorTerms:', '              - matchExpressions:',
      '                  - {key: eks.amazonaws.com/compute-type, operator: NotIn, values: [fargate]}']);
    const workspace = workspaceOf({ 'base/controller.yaml': controller, 'base/node.yaml': node });
    assert.deepStrictEqual(shown(controller, workspace.findings('base/controller.yaml')), ['18: node-port-conflict "9809"']);
    assert.match(workspace.findings('base/controller.yaml')[0].message,
      /^Deployment efs-csi-controller takes port 9809 of its node on the node's network \(hostNetwork: true\), as DaemonSet efs-csi-node at base\/node.yaml line \d+ does on the node's network \(hostNetwork: true\): DaemonSet efs-csi-node runs on every node, so the scheduler finds no node with the port free for the pods of Deployment efs-csi-controller\.$/);
    assert.deepStrictEqual(workspace.findings('base/node.yaml').map((f) => f.code), ['node-port-conflict']);
    const quiet = (files: Record<string, string>, message: string) => assert.deepStrictEqual(workspaceOf(files).findings('base/controller.yaml'), [], message);
    const windows = onNode('DaemonSet', 'efs-csi-node-windows', ['      nodeSelector:', '        kubernetes.io/os: windows']);
    quiet({ 'base/controller.yaml': controller, 'base/node.yaml': windows }, 'pods for another system never share a node');
    const byAffinity = onNode('DaemonSet', 'efs-csi-node-windows', ['      affinity:', '        nodeAffinity:', '          requiredDuringSchedulingIgnoredDuringExecution:',
      '            nodeSelectorTerms:', '              - matchExpressions:', '                  - {key: kubernetes.io/os, operator: In, values: [windows]}']);
    quiet({ 'base/controller.yaml': controller, 'base/node.yaml': byAffinity }, 'a system asked for by affinity');
    const pinned = onNode('Deployment', 'efs-csi-controller', ['      nodeSelector:', '        node-role.kubernetes.io/control-plane: ""']);
    quiet({ 'base/controller.yaml': pinned, 'base/node.yaml': node }, 'a controller kept to labelled nodes may keep away from the DaemonSet');
    quiet({ 'base/controller.yaml': onNode('Deployment', 'efs-csi-controller', linux, false), 'base/node.yaml': node }, 'a pod network port takes no node port');
    quiet({ 'base/controller.yaml': controller, 'base/other.yaml': onNode('Deployment', 'other', linux) }, 'two Deployments: the scheduler spreads them');
    quiet({ 'base/controller.yaml': controller, 'other/node.yaml': node }, 'other folders are not applied together');
  });

  it('a change in one manifest changes the findings of another', () => {
    const svc = service({ ports: ['    - port: 80', '      targetPort: web'] });
    const workspace = workspaceOf({ 'd.yaml': deployment(), 's.yaml': svc });
    assert.strictEqual(workspace.findings('s.yaml').length, 1);
    workspace.set('d.yaml', deployment({ ports: ['            - name: web', '              containerPort: 8080'] }));
    assert.deepStrictEqual(workspace.findings('s.yaml'), []);
    assert.ok(workspace.dependants('d.yaml').includes('s.yaml'));
    workspace.delete('d.yaml');
    assert.deepStrictEqual(workspace.findings('s.yaml'), [], 'no pods in the workspace: nothing to judge');
  });
});

describe('kubernetes: hover, Go to Definition and references of named ports', () => {
  const deploy = deployment({ extra: ['          readinessProbe: {httpGet: {port: http}}'] });
  const svc = service({ ports: ['    - port: 80', '      targetPort: http'] });

  it('a named targetPort is a mention of the port it resolves to, for the hover', () => {
    const workspace = workspaceOf({ 'd.yaml': deploy, 's.yaml': svc });
    const named = workspace.mentions('s.yaml').find((m) => svc.slice(m.start, m.end) === 'http');
    assert.strictEqual(named?.port, 8080);
    assert.strictEqual(named?.kubernetes?.named, 'http');
    const container = workspace.mentions('d.yaml').find((m) => m.role === 'container');
    assert.strictEqual(container?.image, 'example/shop-web:1.0');
  });

  it('Go to Definition from a named targetPort or probe port lands on the containerPort that defines it', () => {
    const workspace = workspaceOf({ 'd.yaml': deploy, 's.yaml': svc });
    const containerPort = deploy.indexOf('8080');
    assert.deepStrictEqual(workspace.definition('s.yaml', svc.indexOf('http') + 1), [{ path: 'd.yaml', start: containerPort, end: containerPort + 4 }]);
    assert.deepStrictEqual(workspace.definition('d.yaml', deploy.indexOf('port: http}') + 7), [{ path: 'd.yaml', start: containerPort, end: containerPort + 4 }]);
    assert.deepStrictEqual(workspace.definition('s.yaml', svc.indexOf('80')), [], 'the Service port itself is no reference');
  });

  it('Find All References from the containerPort lists the targetPort and the probe that name it', () => {
    const workspace = workspaceOf({ 'd.yaml': deploy, 's.yaml': svc });
    const found = workspace.references('d.yaml', deploy.indexOf('8080')).map((at) => `${at.path}: ${(at.path === 'd.yaml' ? deploy : svc).slice(at.start, at.end)}`).sort();
    assert.deepStrictEqual(found, ['d.yaml: 8080', 'd.yaml: http', 's.yaml: http']);
    const port = svc.indexOf('80');
    assert.deepStrictEqual(workspace.references('s.yaml', port), [{ path: 's.yaml', start: port, end: port + 2 }], 'a port nothing names: itself');
  });
});

describe('kubernetes: the port map', () => {
  it('lists nodePorts and hostPorts with their objects, for the Ports view', () => {
    const svc = service({ ports: ['    - port: 80', '      nodePort: 30080'] });
    const deploy = deployment({ ports: ['            - containerPort: 9100', '              hostPort: 9100'] });
    const map = workspaceOf({ 'k8s/s.yaml': svc, 'k8s/d.yaml': deploy }).portMap();
    assert.deepStrictEqual(map.map((entry) => `${entry.port} ${entry.service} ${entry.location.path} ${entry.containerPort ?? '-'}`),
      ['9100 Deployment web, container app k8s/d.yaml 9100', '30080 Service web k8s/s.yaml -']);
  });

  it('a targetPort of 0 is defaulted to the port by the API server (aquasecurity\'s aqua-tm-db): not an invalid port, and judged as the port', () => {
    const svc = (target: string, port = 5432) => lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: db', 'spec:', '  selector: {app: db}', '  ports:', `    - port: ${port}`, `      targetPort: ${target}`);
    const db = lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: db', 'spec:', '  template:', '    metadata:', '      labels: {app: db}', '    spec:', '      containers:', '      - name: db', '        image: example/db:1', '        ports:', '        - containerPort: 5432');
    const loud = (text: string) => workspaceOf({ 'k8s/svc.yaml': text, 'k8s/db.yaml': db }).findings('k8s/svc.yaml').filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepStrictEqual(loud(svc('0')), []);
    assert.deepStrictEqual(checkPorts(svc('0'), 'kubernetes').filter((f) => f.code === 'invalid-port'), []);
    // Defaulted to the port, it is judged as the port: 80 reaches nothing the pods declare.
    assert.deepStrictEqual(shown(svc('0', 80), loud(svc('0', 80))), ['8: target-port-undeclared "80"']);
    assert.deepStrictEqual(shown(svc('70000'), checkPorts(svc('70000'), 'kubernetes').filter((f) => f.code === 'invalid-port')), ['9: invalid-port "70000"']);
  });
});
