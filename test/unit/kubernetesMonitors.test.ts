import assert from 'assert';
import { shown, workspaceOf } from './workspaceOf';

// Prometheus Operator monitors (a ServiceMonitor names Service ports, a PodMonitor container ports) and the
// folders a kustomization applies together, from held-out real fixes: sighupio's kubeadm ServiceMonitors named
// https-metrics while the Services (in a sibling folder of the same kustomization) named their port metrics; the
// thanos-compact ServiceMonitor named the container's port http instead of the Service's http-query.

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

function serviceMonitor(options: { port: string; namespace?: string; selector?: string; namespaces?: string[] }): string {
  return lines(
    'apiVersion: monitoring.coreos.com/v1',
    'kind: ServiceMonitor',
    'metadata:',
    '  name: scheduler',
    ...(options.namespace ? [`  namespace: ${options.namespace}`] : []),
    'spec:',
    '  endpoints:',
    '  - interval: 30s',
    `    port: ${options.port}`,
    ...(options.namespaces ? ['  namespaceSelector:', '    matchNames:', ...options.namespaces.map((name) => `    - ${name}`)] : []),
    '  selector:',
    '    matchLabels:',
    `      ${options.selector ?? 'app.kubernetes.io/name: kube-scheduler'}`,
  );
}

function labelledService(options: { portName?: string; namespace?: string; labels?: string } = {}): string {
  return lines(
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: kube-scheduler',
    ...(options.namespace ? [`  namespace: ${options.namespace}`] : []),
    '  labels:',
    `    ${options.labels ?? 'app.kubernetes.io/name: kube-scheduler'}`,
    'spec:',
    '  selector: {component: kube-scheduler}',
    '  ports:',
    ...(options.portName === undefined ? [] : [`  - name: ${options.portName}`]),
    `  ${options.portName === undefined ? '-' : ' '} port: 10259`,
  );
}

function podMonitor(port: string): string {
  return lines(
    'apiVersion: monitoring.coreos.com/v1',
    'kind: PodMonitor',
    'metadata:',
    '  name: nfd',
    'spec:',
    '  podMetricsEndpoints:',
    `    - port: ${port}`,
    '  selector:',
    '    matchLabels: {app: nfd-master}',
  );
}

const pods = lines(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: nfd-master',
  'spec:',
  '  template:',
  '    metadata:',
  '      labels: {app: nfd-master}',
  '    spec:',
  '      containers:',
  '        - name: master',
  '          image: example/nfd:1.0',
  '          ports:',
  '            - {name: grpc, containerPort: 8080}',
  '            - {name: http, containerPort: 8081}',
);

describe('kubernetes: ServiceMonitor and PodMonitor port names', () => {
  it('a ServiceMonitor endpoint names a port no Service it selects defines: undefined-port-name on its line, naming the ports there are', () => {
    const monitor = serviceMonitor({ port: 'https-metrics' });
    const found = workspaceOf({ 'sm.yaml': monitor, 'svc.yaml': labelledService({ portName: 'metrics' }) }).findings('sm.yaml');
    assert.deepStrictEqual(shown(monitor, found), ['8: undefined-port-name "https-metrics"']);
    assert.match(found[0].message, /ServiceMonitor scheduler scrapes the Service port named https-metrics, which no Service it selects defines \(Service kube-scheduler at svc.yaml line 4 names metrics\)/);
    assert.strictEqual(found[0].severity, 'error');
  });

  it('the name defined: quiet, and Go to Definition leads to the Service port name', () => {
    const monitor = serviceMonitor({ port: 'metrics' });
    const svc = labelledService({ portName: 'metrics' });
    const workspace = workspaceOf({ 'sm.yaml': monitor, 'svc.yaml': svc });
    assert.deepStrictEqual(workspace.findings('sm.yaml'), []);
    const [definition] = workspace.definition('sm.yaml', monitor.indexOf('metrics') + 1);
    assert.strictEqual(definition.path, 'svc.yaml');
    assert.strictEqual(svc.slice(definition.start, definition.end), 'metrics');
  });

  it('negatives: no Service selected (labels, a watched namespace elsewhere, a sibling example folder), a Service without port names written, a selector by expressions', () => {
    const quiet = (files: Record<string, string>, path: string) => assert.deepStrictEqual(workspaceOf(files).findings(path), [], JSON.stringify(Object.keys(files)));
    const wrong = serviceMonitor({ port: 'https-metrics' });
    quiet({ 'sm.yaml': wrong, 'svc.yaml': labelledService({ portName: 'metrics', labels: 'app.kubernetes.io/name: other' }) }, 'sm.yaml');
    quiet({ 'sm.yaml': serviceMonitor({ port: 'https-metrics', namespaces: ['monitoring'] }), 'svc.yaml': labelledService({ portName: 'metrics', namespace: 'kube-system' }) }, 'sm.yaml');
    quiet({ 'a/sm.yaml': wrong, 'b/svc.yaml': labelledService({ portName: 'metrics' }) }, 'a/sm.yaml');
    quiet({ 'sm.yaml': wrong, 'svc.yaml': labelledService({ portName: '${PORT_NAME}' }) }, 'sm.yaml');
    quiet({ 'sm.yaml': wrong.replace('    matchLabels:\n', '    matchExpressions: [{key: a, operator: Exists}]\n    matchLabels:\n'), 'svc.yaml': labelledService({ portName: 'metrics' }) }, 'sm.yaml');
    quiet({ 'sm.yaml': wrong }, 'sm.yaml');
  });

  it('the Services selected lie only in a folder above and no Service of the workspace names the port: quiet (rook: the operator makes the scraped Service)', () => {
    const monitor = serviceMonitor({ port: 'http-metrics' });
    const dashboard = labelledService({ portName: 'dashboard' });
    assert.deepStrictEqual(workspaceOf({ 'examples/monitoring/sm.yaml': monitor, 'examples/dashboard.yaml': dashboard }).findings('examples/monitoring/sm.yaml'), []);
    assert.deepStrictEqual(workspaceOf({ 'examples/sm.yaml': monitor, 'examples/more/dashboard.yaml': dashboard }).findings('examples/sm.yaml'), []);
    // A Service near the monitor names it, though the monitor does not select that one: the selection is judged.
    const named = labelledService({ portName: 'http-metrics', labels: 'app.kubernetes.io/name: other' });
    const files = { 'examples/monitoring/sm.yaml': monitor, 'examples/dashboard.yaml': dashboard, 'examples/other.yaml': named };
    assert.deepStrictEqual(shown(monitor, workspaceOf(files).findings('examples/monitoring/sm.yaml')), ['8: undefined-port-name "http-metrics"']);
    // One of another project of the repository does not (takara9/k8s-manifests: ceph-csi/deploy's http-metrics
    // Services beside rook-ceph/ceph/monitoring's ServiceMonitor).
    const elsewhere = { 'examples/monitoring/sm.yaml': monitor, 'examples/dashboard.yaml': dashboard, 'other/svc.yaml': named };
    assert.deepStrictEqual(workspaceOf(elsewhere).findings('examples/monitoring/sm.yaml'), []);
    // In the monitor's own folder the Service is applied with it.
    assert.deepStrictEqual(shown(monitor, workspaceOf({ 'examples/sm.yaml': monitor, 'examples/dashboard.yaml': dashboard }).findings('examples/sm.yaml')), ['8: undefined-port-name "http-metrics"']);
  });

  it('a Service in the monitor\'s own file is selected too (metallb: each bundle defines the Service beside its ServiceMonitor)', () => {
    const monitor = serviceMonitor({ port: 'frr-metrics' });
    const bundle = `${labelledService({ portName: 'frr-metrics' })}---\n${monitor}`;
    const other = labelledService({ portName: 'metrics' });
    assert.deepStrictEqual(workspaceOf({ 'manifests/frr.yaml': bundle, 'manifests/native.yaml': other }).findings('manifests/frr.yaml'), []);
    const wrong = `${labelledService({ portName: 'metrics' })}---\n${monitor}`;
    const found = workspaceOf({ 'manifests/frr.yaml': wrong }).findings('manifests/frr.yaml');
    assert.deepStrictEqual(found.map((f) => f.code), ['undefined-port-name']);
    assert.strictEqual(wrong.slice(found[0].start, found[0].end), 'frr-metrics');
  });

  it('namespaces: the watched namespace holds the Service, or the Service leaves its namespace to the one applied with', () => {
    const watched = serviceMonitor({ port: 'https-metrics', namespace: 'monitoring', namespaces: ['kube-system'] });
    const inKubeSystem = workspaceOf({ 'sm.yaml': watched, 'svc.yaml': labelledService({ portName: 'metrics', namespace: 'kube-system' }) });
    assert.deepStrictEqual(shown(watched, inKubeSystem.findings('sm.yaml')), ['9: undefined-port-name "https-metrics"']);
    const unwritten = workspaceOf({ 'sm.yaml': watched, 'svc.yaml': labelledService({ portName: 'metrics' }) });
    assert.deepStrictEqual(shown(watched, unwritten.findings('sm.yaml')), ['9: undefined-port-name "https-metrics"']);
    // Without a namespaceSelector the monitor's own namespace is watched.
    const own = serviceMonitor({ port: 'https-metrics', namespace: 'monitoring' });
    assert.deepStrictEqual(workspaceOf({ 'sm.yaml': own, 'svc.yaml': labelledService({ portName: 'metrics', namespace: 'kube-system' }) }).findings('sm.yaml'), []);
  });

  it('a PodMonitor names a container port of the pods it selects', () => {
    const wrong = podMonitor('metrics');
    const found = workspaceOf({ 'pm.yaml': wrong, 'deploy.yaml': pods }).findings('pm.yaml');
    assert.deepStrictEqual(shown(wrong, found), ['7: undefined-port-name "metrics"']);
    assert.match(found[0].message, /PodMonitor nfd scrapes the container port named metrics, which no container of the pods it selects \(Deployment nfd-master at deploy.yaml line 4\) defines/);
    assert.deepStrictEqual(workspaceOf({ 'pm.yaml': podMonitor('http'), 'deploy.yaml': pods }).findings('pm.yaml'), []);
    assert.deepStrictEqual(workspaceOf({ 'pm.yaml': wrong }).findings('pm.yaml'), []);
  });

  it('a monitor port no port can be named (mischavandenburg/homelab: a PodMonitor scraped port "2000"): invalid-port-name, with or without the pods in the workspace', () => {
    const numeric = podMonitor('"2000"');
    const found = workspaceOf({ 'pm.yaml': numeric }).findings('pm.yaml');
    assert.deepStrictEqual(shown(numeric, found), ['7: invalid-port-name "2000"']);
    assert.match(found[0].message, /Port name 2000 of the podMetricsEndpoints of PodMonitor nfd must contain at least one letter .*so no container port can have it and Prometheus finds no target there/);
    assert.strictEqual(found[0].severity, 'error');
    // Reported once when the pods are there too (undefined-port-name leaves such a name to invalid-port-name).
    assert.deepStrictEqual(shown(numeric, workspaceOf({ 'pm.yaml': numeric, 'deploy.yaml': pods }).findings('pm.yaml')), ['7: invalid-port-name "2000"']);
    // A ServiceMonitor names Service ports, which are DNS labels: "8080" may be one (kompose names ports so), "Web" not.
    assert.deepStrictEqual(workspaceOf({ 'sm.yaml': serviceMonitor({ port: '"8080"' }) }).findings('sm.yaml'), []);
    const upper = serviceMonitor({ port: 'Web' });
    assert.deepStrictEqual(shown(upper, workspaceOf({ 'sm.yaml': upper }).findings('sm.yaml')), ['8: invalid-port-name "Web"']);
    // Names that may be ports stay quiet here.
    assert.deepStrictEqual(workspaceOf({ 'pm.yaml': podMonitor('http-metrics') }).findings('pm.yaml'), []);
  });
});

describe('kubernetes: folders a kustomization applies together', () => {
  const kustomization = (...resources: string[]) => lines('apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'namespace: kube-system', 'resources:', ...resources.map((r) => `  - ${r}`));

  it('a ServiceMonitor and the Service it selects in sibling folders of one kustomization are linked', () => {
    const monitor = serviceMonitor({ port: 'https-metrics' });
    const files = { 'kubeadm/service-monitors/scheduler.yml': monitor, 'kubeadm/services/scheduler.yml': labelledService({ portName: 'metrics' }) };
    assert.deepStrictEqual(workspaceOf(files).findings('kubeadm/service-monitors/scheduler.yml'), [], 'siblings alone are separate examples');
    const together = workspaceOf({ ...files, 'kubeadm/kustomization.yaml': kustomization('service-monitors/scheduler.yml', 'services/scheduler.yml') });
    assert.deepStrictEqual(shown(monitor, together.findings('kubeadm/service-monitors/scheduler.yml')), ['8: undefined-port-name "https-metrics"']);
  });

  it('a folder named as a resource brings what its own kustomization names; a remote or unrelated folder does not', () => {
    const monitor = serviceMonitor({ port: 'https-metrics' });
    const files = {
      'config/monitor/sm.yaml': monitor,
      'config/base/svc.yaml': labelledService({ portName: 'metrics' }),
      'config/base/kustomization.yaml': kustomization('svc.yaml'),
    };
    const viaFolder = workspaceOf({ ...files, 'config/default/kustomization.yaml': kustomization('../base', '../monitor') });
    assert.deepStrictEqual(shown(monitor, viaFolder.findings('config/monitor/sm.yaml')), ['8: undefined-port-name "https-metrics"']);
    const remote = workspaceOf({ ...files, 'config/default/kustomization.yaml': kustomization('https://github.com/example/base', '../monitor') });
    assert.deepStrictEqual(remote.findings('config/monitor/sm.yaml'), []);
  });

  it('an umbrella kustomization that gathers components from far folders does not link them (kubeflow: Istio beside Knative)', () => {
    const monitor = serviceMonitor({ port: 'https-metrics' });
    const files = { 'common/istio/base/sm.yaml': monitor, 'common/knative/base/svc.yaml': labelledService({ portName: 'metrics' }) };
    const umbrella = workspaceOf({ ...files, 'example/kustomization.yaml': kustomization('../common/istio/base', '../common/knative/base') });
    assert.deepStrictEqual(umbrella.findings('common/istio/base/sm.yaml'), []);
    const near = workspaceOf({ 'common/istio/sm.yaml': monitor, 'common/knative/svc.yaml': labelledService({ portName: 'metrics' }), 'common/example/kustomization.yaml': kustomization('../istio', '../knative') });
    assert.deepStrictEqual(shown(monitor, near.findings('common/istio/sm.yaml')), ['8: undefined-port-name "https-metrics"']);
  });

  it('a Service and the pods it selects in sibling folders of one kustomization: the Service is judged', () => {
    const svc = lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: nfd', 'spec:', '  selector: {app: nfd-master}', '  ports:', '    - port: 80', '      targetPort: web');
    const files = { 'deploy/manager/deploy.yaml': pods, 'deploy/webhook/svc.yaml': svc };
    assert.deepStrictEqual(workspaceOf(files).findings('deploy/webhook/svc.yaml'), []);
    const together = workspaceOf({ ...files, 'deploy/default/kustomization.yaml': kustomization('../manager', '../webhook') });
    assert.deepStrictEqual(shown(svc, together.findings('deploy/webhook/svc.yaml')), ['9: undefined-port-name "web"']);
  });
});
