import assert from 'assert';
import { workspaceOf } from './workspaceOf';
import { mayOpenPort } from '../../src/core/workspace/kubernetesServiceImage';

// Issue 20, session 8: statements written to agree with a wrong one carry the mistake too.
// - A Service whose targetPort reaches a containerPort the image does not listen on (zimmertr's linuxserver/tautulli:
//   containerPort 8080 and a Service targeting 8080; Tautulli listens on 8181).
// - Probes on that containerPort (kube-thanos' bucket web: containerPort 8080 and both probes on 8080; Thanos serves
//   HTTP on 10902). They used to hide the containerPort's finding.
// - An Ingress written for one namespace and a Service of its folder without one are applied together
//   (cloudnativedaysjp/cnd-handson: Ingress in argo-cd to port 8080 of Service handson, which has only 80).

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

function workload(options: { image?: string; port?: number; name?: string; probes?: (number | string)[]; extra?: string[] } = {}): string {
  return lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: app',
    'spec:',
    '  template:',
    '    metadata:',
    '      labels: {app: app}',
    '    spec:',
    '      containers:',
    '        - name: app',
    `          image: ${options.image ?? 'linuxserver/tautulli'}`,
    ...(options.extra ?? []),
    ...(options.probes ?? []).flatMap((port, i) => [`          ${i === 0 ? 'livenessProbe' : 'readinessProbe'}:`, '            httpGet:', `              port: ${port}`]),
    '          ports:',
    `            - containerPort: ${options.port ?? 8080}`,
    ...(options.name ? [`              name: ${options.name}`] : []),
  );
}

function service(options: { targetPort?: number | string; port?: number; headless?: boolean; namespace?: string } = {}): string {
  return lines(
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: app',
    ...(options.namespace ? [`  namespace: ${options.namespace}`] : []),
    'spec:',
    ...(options.headless ? ['  clusterIP: None'] : []),
    '  selector: {app: app}',
    '  ports:',
    `    - port: ${options.port ?? 80}`,
    ...(options.targetPort !== undefined ? [`      targetPort: ${options.targetPort}`] : []),
  );
}

const codesAt = (files: Record<string, string>, path: string, code: string) => {
  const text = files[path];
  return workspaceOf(files).findings(path).filter((f) => f.code === code).map((f) => text.slice(f.start, f.end));
};

describe('kubernetes: a Service reaching a containerPort the image does not listen on', () => {
  it('a numeric targetPort to the misdeclared containerPort is marked, naming the container and the image', () => {
    const files = { 'app/deployment.yaml': workload(), 'app/service.yaml': service({ targetPort: 8080 }) };
    const found = workspaceOf(files).findings('app/service.yaml').filter((f) => f.code === 'container-port-mismatch');
    assert.deepStrictEqual(found.map((f) => files['app/service.yaml'].slice(f.start, f.end)), ['8080']);
    assert.match(found[0].message, /targetPort 8080 of Service app reaches containerPort 8080 of Deployment app, container app/);
    assert.match(found[0].message, /Tautulli .* listens on 8181/);
    assert.ok(!found[0].message.includes('`'));
    assert.deepStrictEqual(codesAt(files, 'app/deployment.yaml', 'container-port-mismatch'), ['8080']);
  });

  it('a named targetPort, and a port whose targetPort defaults to it, are marked too', () => {
    assert.deepStrictEqual(codesAt({ 'app/deployment.yaml': workload({ name: 'http' }), 'app/service.yaml': service({ targetPort: 'http' }) }, 'app/service.yaml', 'container-port-mismatch'), ['http']);
    const defaulted = { 'app/deployment.yaml': workload(), 'app/service.yaml': service({ port: 8080 }) };
    const [found] = workspaceOf(defaulted).findings('app/service.yaml').filter((f) => f.code === 'container-port-mismatch');
    assert.match(found.message, /Port 8080 of Service app \(its targetPort defaults to the same number\)/);
  });

  it('quiet when the containerPort is right, the image unknown, the port moved by a setting, or the Service headless', () => {
    assert.deepStrictEqual(codesAt({ 'app/deployment.yaml': workload({ port: 8181 }), 'app/service.yaml': service({ targetPort: 8181 }) }, 'app/service.yaml', 'container-port-mismatch'), []);
    assert.deepStrictEqual(codesAt({ 'app/deployment.yaml': workload({ image: 'example/unknown' }), 'app/service.yaml': service({ targetPort: 8080 }) }, 'app/service.yaml', 'container-port-mismatch'), []);
    const moved = workload({ extra: ['          env:', '            - name: PORT', '              value: "8080"'] });
    assert.deepStrictEqual(codesAt({ 'app/deployment.yaml': moved, 'app/service.yaml': service({ targetPort: 8080 }) }, 'app/service.yaml', 'container-port-mismatch'), []);
    assert.deepStrictEqual(codesAt({ 'app/deployment.yaml': workload(), 'app/service.yaml': service({ targetPort: 8080, headless: true }) }, 'app/service.yaml', 'container-port-mismatch'), []);
  });

  // The mongo row names --httpinterface among what moves its ports (it opened 28017 before 3.6), so the containerPort
  // is quiet too; the Service's own guard is any option, as an image row cannot list every flag that opens a port.
  it('quiet on the Service when an option in the command or args may open the port (mongod --httpinterface)', () => {
    const mongo = (args: string) => workload({ image: 'mongo:3.3', port: 28017, extra: [`          args: ${args}`] });
    for (const args of ['["--rest", "--httpinterface"]', '"mongod --httpinterface"']) {
      const files = { 'app/deployment.yaml': mongo(args), 'app/service.yaml': service({ port: 28017 }) };
      assert.deepStrictEqual(codesAt(files, 'app/service.yaml', 'container-port-mismatch'), [], args);
      assert.deepStrictEqual(codesAt(files, 'app/deployment.yaml', 'container-port-mismatch'), [], args);
    }
    const plain = { 'app/deployment.yaml': mongo('["mongod"]'), 'app/service.yaml': service({ port: 28017 }) };
    assert.deepStrictEqual(codesAt(plain, 'app/service.yaml', 'container-port-mismatch'), ['28017']);
  });

  it('quiet when another container of the pods declares the same port where its image listens', () => {
    const sidecar = workload({ extra: [] }).replace('          ports:\n            - containerPort: 8080\n',
      '          ports:\n            - containerPort: 8080\n        - name: web\n          image: tomcat\n          ports:\n            - containerPort: 8080\n');
    assert.deepStrictEqual(codesAt({ 'app/deployment.yaml': sidecar, 'app/service.yaml': service({ targetPort: 8080 }) }, 'app/service.yaml', 'container-port-mismatch'), []);
  });
});

describe('kubernetes: probes agreeing with a containerPort the image does not listen on', () => {
  const thanos = (options: { port?: number; probes?: (number | string)[]; name?: string; args?: string[] }) => workload({
    image: 'quay.io/thanos/thanos:v0.10.1', port: options.port ?? 8080, probes: options.probes, name: options.name,
    extra: ['          args:', ...(options.args ?? ['bucket', 'web']).map((arg) => `            - ${arg}`)],
  });

  it('the containerPort is marked although probes check it, and so are the probes, by number or by name', () => {
    const text = thanos({ probes: [8080, 'http'], name: 'http' });
    const found = workspaceOf({ 'k8s/bucket.yaml': text }).findings('k8s/bucket.yaml').filter((f) => f.code === 'container-port-mismatch');
    // Two probes (liveness on 8080, readiness on the port's name), then the containerPort.
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['8080', 'http', '8080']);
    assert.match(found[0].message, /The livenessProbe of Deployment app, container app checks port 8080, declared at containerPort 8080, but Thanos .* listens on 10902/);
  });

  it('quiet when the containerPort is one the image listens on, or an argument moves the port', () => {
    const right = thanos({ port: 10902, probes: [10902] });
    assert.deepStrictEqual(workspaceOf({ 'k8s/bucket.yaml': right }).findings('k8s/bucket.yaml').filter((f) => f.code === 'container-port-mismatch'), []);
    const moved = thanos({ probes: [8080], args: ['bucket', 'web', '--http-address=0.0.0.0:8080'] });
    assert.deepStrictEqual(workspaceOf({ 'k8s/bucket.yaml': moved }).findings('k8s/bucket.yaml').filter((f) => f.code === 'container-port-mismatch'), []);
  });

  it('a probe on another port of the container is not marked', () => {
    const text = thanos({ probes: [9999] });
    const found = workspaceOf({ 'k8s/bucket.yaml': text }).findings('k8s/bucket.yaml').filter((f) => f.code === 'container-port-mismatch');
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['8080']);
  });
});

describe('kubernetes: an Ingress and a Service of one folder, one without a namespace', () => {
  const ingress = (namespace: string | undefined, port: number) => lines(
    'apiVersion: networking.k8s.io/v1',
    'kind: Ingress',
    'metadata:',
    '  name: web',
    ...(namespace ? [`  namespace: ${namespace}`] : []),
    'spec:',
    '  rules:',
    '    - http:',
    '        paths:',
    '          - path: /',
    '            pathType: Prefix',
    '            backend:',
    '              service:',
    '                name: app',
    '                port:',
    `                  number: ${port}`,
  );

  it('an Ingress written for namespace argo-cd meets Service app of its folder, written without one', () => {
    const files = { 'default/ingress.yaml': ingress('argo-cd', 8080), 'default/service.yaml': service({ targetPort: 8080 }) };
    const found = workspaceOf(files).findings('default/ingress.yaml').filter((f) => f.code === 'backend-port-missing');
    assert.deepStrictEqual(found.map((f) => files['default/ingress.yaml'].slice(f.start, f.end)), ['8080']);
    assert.deepStrictEqual(codesAt({ 'default/ingress.yaml': ingress(undefined, 8080), 'default/service.yaml': service({ targetPort: 8080, namespace: 'web' }) }, 'default/ingress.yaml', 'backend-port-missing'), ['8080']);
  });

  it('quiet when both namespaces are written and differ, the Service is far, or the port is there', () => {
    assert.deepStrictEqual(codesAt({ 'default/ingress.yaml': ingress('argo-cd', 8080), 'default/service.yaml': service({ targetPort: 8080, namespace: 'web' }) }, 'default/ingress.yaml', 'backend-port-missing'), []);
    assert.deepStrictEqual(codesAt({ 'one/ingress.yaml': ingress('argo-cd', 8080), 'two/service.yaml': service({ targetPort: 8080 }) }, 'one/ingress.yaml', 'backend-port-missing'), []);
    assert.deepStrictEqual(codesAt({ 'default/ingress.yaml': ingress('argo-cd', 80), 'default/service.yaml': service({ targetPort: 8080 }) }, 'default/ingress.yaml', 'backend-port-missing'), []);
  });

  it('quiet when Services of that name without a namespace lie in two namespaces', () => {
    const files = {
      'default/ingress.yaml': ingress(undefined, 8080),
      'default/service.yaml': service({ targetPort: 8080, namespace: 'one' }),
      'default/other.yaml': service({ targetPort: 8080, namespace: 'two' }),
    };
    assert.deepStrictEqual(codesAt(files, 'default/ingress.yaml', 'backend-port-missing'), []);
  });
});

// Session 9: the Service's option guard is narrowed to options that may move a port (a port-like word or number).
// amitsaha's jxlwqq/http-echo run with --text hello-world declares 5678 and serves 8080: the Service on 5678 was
// left quiet by any option at all.
describe('kubernetes: the Service side of container-port-mismatch and options in the command', () => {
  const echo = (args: string) => lines(
    'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: echo', 'spec:', '  template:', '    metadata:', '      labels: {app: echo}',
    '    spec:', '      containers:', '        - name: echo', '          image: jxlwqq/http-echo', `          args: ${args}`, '          ports:', '            - containerPort: 5678',
  );
  const echoService = lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: echo', 'spec:', '  selector: {app: echo}', '  ports:', '    - port: 5678', '      targetPort: 5678');

  it('an option that cannot move a port (--text, --verbose) leaves the Service reported with the containerPort', () => {
    for (const args of ['["--text", "hello-world"]', '"--text hello"', '["--verbose"]']) {
      const files = { 'k/deployment.yaml': echo(args), 'k/service.yaml': echoService };
      assert.deepStrictEqual(codesAt(files, 'k/service.yaml', 'container-port-mismatch'), ['5678'], args);
      assert.deepStrictEqual(codesAt(files, 'k/deployment.yaml', 'container-port-mismatch'), ['5678'], args);
    }
  });

  // amitsaha/kubernetes-static-checkers-demo's test-data: three files of one folder each define Deployment echo; the
  // one beside the Service runs jxlwqq/http-echo, another runs an image nobody knows. Applying one replaces the other.
  it('other versions of the workload in other files of the folder, or the folders above and below, do not hide the one in the Service\'s own file', () => {
    const own = `${echo('["--text", "hello-world"]')}---\n${echoService}`;
    const other = echo('["--text", "hello-world"]').replace('jxlwqq/http-echo', 'my-company.com/http-echo:1.0');
    assert.deepStrictEqual(codesAt({ 'test-data/base-valid.yaml': own, 'test-data/image-valid.yaml': `${other}---\n${echoService}` }, 'test-data/base-valid.yaml', 'container-port-mismatch'), ['5678', '5678']);
    // A version in a folder above or below is another version too (k8s-stackdriver: deploy/production/adapter.yaml
    // and the older adapter-beta.yaml above it).
    assert.deepStrictEqual(codesAt({ 'test-data/base-valid.yaml': own, 'test-data/more/image-valid.yaml': other }, 'test-data/base-valid.yaml', 'container-port-mismatch'), ['5678', '5678']);
    assert.deepStrictEqual(codesAt({ 'test-data/base-valid.yaml': own, 'image-valid.yaml': other }, 'test-data/base-valid.yaml', 'container-port-mismatch'), ['5678', '5678']);
    // Another workload of the same labels is not another version; nor is one in a folder a kustomization builds
    // (a patch there names the workload it patches).
    const canary = other.replace('name: echo\n', 'name: echo-canary\n');
    assert.deepStrictEqual(codesAt({ 'test-data/base-valid.yaml': own, 'test-data/canary.yaml': canary }, 'test-data/base-valid.yaml', 'container-port-mismatch'), ['5678']);
    const patchFolder = lines('apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'resources:', '  - ../../base-valid.yaml', 'patches:', '  - path: image-valid.yaml');
    assert.deepStrictEqual(codesAt({ 'test-data/base-valid.yaml': own, 'test-data/more/image-valid.yaml': other, 'test-data/more/kustomization.yaml': patchFolder }, 'test-data/base-valid.yaml', 'container-port-mismatch'), ['5678']);
    const kustomization = lines('apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'resources:', '  - base-valid.yaml', 'patches:', '  - path: image-valid.yaml');
    assert.deepStrictEqual(codesAt({ 'test-data/base-valid.yaml': own, 'test-data/image-valid.yaml': other, 'test-data/kustomization.yaml': kustomization }, 'test-data/base-valid.yaml', 'container-port-mismatch'), ['5678']);
  });

  it('quiet on the Service when an option names a port, an address or a listener, or a word carries a port-like number', () => {
    for (const args of ['["--web.listen-address=x"]', '["-listen", "x"]', '["--bind", "x"]', '["--text", "served on 9000"]']) {
      const files = { 'k/deployment.yaml': echo(args), 'k/service.yaml': echoService };
      assert.deepStrictEqual(codesAt(files, 'k/service.yaml', 'container-port-mismatch'), [], args);
    }
  });

  it('mayOpenPort: which words may move a port', () => {
    assert.strictEqual(mayOpenPort(['--text', 'hello-world']), false);
    assert.strictEqual(mayOpenPort(['--config', '/etc/app.yml', '-v']), false);
    assert.strictEqual(mayOpenPort(['serve']), false, 'a subcommand alone is no option');
    for (const words of [['--port', 'x'], ['--rest', '--httpinterface'], ['-p', '9000'], ['app :8080'], ['--addr=$(ADDR)'], ['--host', 'x']]) assert.strictEqual(mayOpenPort(words), true, words.join(' '));
  });
});

// kubernetes/dashboard's recommended manifest (a832386b): the dashboard serves HTTPS on 8443, where its Service sends
// traffic and its liveness probe looks, and still declared its old plain-HTTP containerPort 9090.
describe('kubernetes: a containerPort beside the port the Service and the container\'s own probes use', () => {
  const dashboard = (options: { ports?: string[]; probe?: number | string; extra?: string[] } = {}) => lines(
    'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: dashboard', 'spec:', '  template:', '    metadata:', '      labels: {app: dashboard}',
    '    spec:', '      containers:', '        - name: dashboard', '          image: example/dashboard:v1.7.1',
    '          ports:', ...(options.ports ?? ['            - containerPort: 9090']),
    '          args: ["--tls-cert-file=/certs/dashboard.crt"]',
    '          livenessProbe:', '            httpGet:', '              scheme: HTTPS', `              port: ${options.probe ?? 8443}`,
    ...(options.extra ?? []),
  );
  const toTls = lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: dashboard', 'spec:', '  selector: {app: dashboard}', '  ports:', '    - port: 443', '      targetPort: 8443');

  it('the declared port is marked, naming the Service\'s target and the probe', () => {
    const manifest = `${dashboard()}---\n${toTls}`;
    const found = workspaceOf({ 'k/dashboard.yaml': manifest }).findings('k/dashboard.yaml');
    assert.deepStrictEqual(found.map((f) => `${manifest.slice(0, f.start).split('\n').length}: ${f.code} ${manifest.slice(f.start, f.end)}`), ['14: target-port-undeclared 9090']);
    assert.match(found[0].message, /^containerPort 9090 of Deployment dashboard, container dashboard is not where Service dashboard sends its traffic \(targetPort 8443 at line 29\) nor where its livenessProbe checks \(8443\)/);
    assert.deepStrictEqual(found[0].related?.map((place) => manifest.slice(place.start, place.end)), ['8443']);
  });

  it('quiet when the container declares the target too, declares two ports, or a probe, a Service or a setting reaches the declared port', () => {
    const quiet = (deployment: string, service = toTls) => assert.deepStrictEqual(workspaceOf({ 'k/d.yaml': deployment, 'k/s.yaml': service }).findings('k/d.yaml'), []);
    quiet(dashboard({ ports: ['            - containerPort: 9090', '            - containerPort: 8443'] }));
    quiet(dashboard({ ports: ['            - containerPort: 9090', '            - containerPort: 9091'] }));
    quiet(dashboard({ extra: ['          readinessProbe:', '            tcpSocket: {port: 9090}'] }));
    quiet(dashboard({ probe: 8080 }));
    // A port named for metrics is scraped past the Service (a prometheus.io/port annotation, a PodMonitor).
    quiet(dashboard({ ports: ['            - containerPort: 9090', '              name: metrics'] }));
    quiet(dashboard(), `${toTls}    - port: 80\n      targetPort: 9090\n`);
    quiet(dashboard({ extra: ['          env:', '            - name: INSECURE_PORT', '              value: "9090"'] }));
    // A Service that sends its traffic to a port the container declares leaves nothing to judge.
    quiet(dashboard({ probe: 9090 }), toTls.replace('8443', '9090'));
  });
});

// karmada's etcd (6f3fb6bf): the StatefulSet declared client 2369 and server 2370, while its command listens on 2379
// and 2380 and its headless Service sends client to 2379 and server to 2380.
describe('kubernetes: a containerPort named like a Service port whose target the container\'s settings name', () => {
  const etcd = (options: { client?: number; command?: string[]; probe?: string[] } = {}) => lines(
    'apiVersion: apps/v1', 'kind: StatefulSet', 'metadata:', '  name: etcd', 'spec:', '  template:', '    metadata:', '      labels: {app: etcd}',
    '    spec:', '      containers:', '        - name: etcd', '          image: example/etcd:3.4',
    '          ports:', `            - {containerPort: ${options.client ?? 2369}, name: client}`, '            - {containerPort: 2370, name: server}',
    ...(options.probe ?? []),
    '          command:', ...(options.command ?? ['            - etcd', '            - --listen-peer-urls', '            - http://0.0.0.0:2380', '            - --listen-client-urls', '            - https://0.0.0.0:2379']),
  );
  const headless = lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: etcd', 'spec:', '  clusterIP: None', '  selector: {app: etcd}', '  ports:',
    '    - {name: client, port: 2379, targetPort: 2379}', '    - {name: server, port: 2380, targetPort: 2380}');

  it('both declarations are marked, naming the Service port and the setting', () => {
    const files = { 'deploy/etcd.yaml': `${etcd()}---\n${headless}` };
    assert.deepStrictEqual(codesAt(files, 'deploy/etcd.yaml', 'target-port-undeclared'), ['2369', '2370']);
    const [first] = workspaceOf(files).findings('deploy/etcd.yaml').filter((f) => f.code === 'target-port-undeclared');
    assert.match(first.message, /^containerPort 2369 \(client\) of StatefulSet etcd, container etcd is not where it listens: its own settings name 2379, where port client of Service etcd at line \d+ sends its traffic, and nothing reaches 2369\.$/);
  });

  it('quiet when the settings do not name the target, a probe or a Service uses the declared port, or the declaration agrees', () => {
    const quiet = (files: Record<string, string>, message: string) => assert.deepStrictEqual(codesAt(files, 'deploy/etcd.yaml', 'target-port-undeclared').filter((at) => at === '2369'), [], message);
    quiet({ 'deploy/etcd.yaml': `${etcd({ command: ['            - etcd'] })}---\n${headless}` }, 'no setting names 2379');
    quiet({ 'deploy/etcd.yaml': `${etcd({ probe: ['          readinessProbe: {tcpSocket: {port: client}}'] })}---\n${headless}` }, 'a probe uses it');
    const client = lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: etcd-legacy', 'spec:', '  selector: {app: etcd}', '  ports:', '    - {port: 2369}');
    quiet({ 'deploy/etcd.yaml': `${etcd()}---\n${headless}`, 'deploy/legacy.yaml': client }, 'another Service reaches it');
    quiet({ 'deploy/etcd.yaml': `${etcd({ client: 2379 })}---\n${headless}` }, 'it agrees');
  });
});
