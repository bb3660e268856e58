import assert from 'assert';
import { shown, workspaceOf } from './workspaceOf';

// Held-out round 5 of issue 20's real fixes: kubernetes-sigs/cluster-api's bootstrap/kubeadm/config. The webhook
// Service (config/webhook) targets port webhook-service; the manager Deployment (config/manager) gets its pod labels
// from config/default/manager_label_patch.yaml and its port webhook-server from manager_webhook_patch.yaml, two
// strategic-merge patches of its kustomization. Merged, the Service selects the pod and the name is wrong.

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

const manager = lines(
  'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: controller-manager', '  namespace: system',
  'spec:', '  selector:', '    matchLabels:', '      control-plane: controller-manager',
  '  template:', '    metadata:', '      labels:', '        control-plane: controller-manager',
  '    spec:', '      containers:', '      - name: manager', '        image: controller:latest', '        command: [/manager]',
);
const labelPatch = lines(
  'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: controller-manager', '  namespace: system',
  'spec:', '  selector:', '    matchLabels:', '      control-plane: capi-kubeadm-bootstrap', '  template:', '    metadata:', '      labels:', '        control-plane: capi-kubeadm-bootstrap',
);
const webhookPatch = lines(
  'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: controller-manager', '  namespace: system',
  'spec:', '  template:', '    spec:', '      containers:', '      - name: manager', '        ports:', '        - containerPort: 9443', '          name: webhook-server', '          protocol: TCP',
);
const service = (targetPort: string, selector = 'capi-kubeadm-bootstrap') => lines(
  'apiVersion: v1', 'kind: Service', 'metadata:', '  name: webhook-service', '  namespace: system',
  'spec:', '  ports:', '    - port: 443', `      targetPort: ${targetPort}`, '  selector:', `    control-plane: ${selector}`,
);
const kustomization = (patches: string[]) => lines(
  'namespace: capi-kubeadm-bootstrap-system', 'bases:', '- ../manager', '- ../webhook', 'patchesStrategicMerge:', ...patches.map((patch) => `- ${patch}`),
);

function files(targetPort: string, patches = ['manager_label_patch.yaml', 'manager_webhook_patch.yaml'], selector?: string): Record<string, string> {
  return {
    'config/default/kustomization.yaml': kustomization(patches),
    'config/default/manager_label_patch.yaml': labelPatch,
    'config/default/manager_webhook_patch.yaml': webhookPatch,
    'config/manager/manager.yaml': manager,
    'config/webhook/service.yaml': service(targetPort, selector),
  };
}

const namesFound = (all: Record<string, string>) => workspaceOf(all).findings('config/webhook/service.yaml').filter((f) => f.code === 'undefined-port-name');

describe('kubernetes: kustomize strategic-merge patches of a workload', () => {
  it('a Service selecting the labels a patch gives the pods, by a port name another patch defines: a wrong name is an error', () => {
    const text = service('webhook-service');
    const found = namesFound(files('webhook-service'));
    assert.deepStrictEqual(shown(text, found), ['9: undefined-port-name "webhook-service"']);
  });

  it('the right name resolves to the patch\'s port, and Go to Definition leads to the patch file', () => {
    const workspace = workspaceOf(files('webhook-server'));
    assert.deepStrictEqual(workspace.findings('config/webhook/service.yaml').filter((f) => f.code === 'undefined-port-name'), []);
    const text = service('webhook-server');
    const [definition] = workspace.definition('config/webhook/service.yaml', text.indexOf('webhook-server') + 1);
    assert.strictEqual(definition?.path, 'config/default/manager_webhook_patch.yaml');
    assert.strictEqual(webhookPatch.slice(definition.start, definition.end), '9443');
  });

  it('negatives: a patch no kustomization names, a base of another name, a selector the merged labels do not match', () => {
    assert.deepStrictEqual(namesFound(files('webhook-service', ['manager_webhook_patch.yaml'])), [], 'the label patch not applied: nothing selected');
    assert.deepStrictEqual(namesFound(files('webhook-service', [], 'capi-kubeadm-bootstrap')), [], 'no patch applied');
    assert.deepStrictEqual(namesFound(files('webhook-service', ['manager_label_patch.yaml', 'manager_webhook_patch.yaml'], 'other')), [], 'another selector');
    const renamed = files('webhook-service');
    renamed['config/manager/manager.yaml'] = manager.replace('name: controller-manager', 'name: other-manager');
    assert.deepStrictEqual(namesFound(renamed), [], 'the patches match no base');
    const twice = files('webhook-service');
    twice['config/manager/manager-copy.yaml'] = manager;
    assert.deepStrictEqual(namesFound(twice), [], 'two bases of that name: which one is patched is not known');
    const far = files('webhook-service');
    delete far['config/manager/manager.yaml'];
    far['elsewhere/app/manager.yaml'] = manager;
    assert.deepStrictEqual(namesFound(far), [], 'the only base of that name is not applied with the kustomization');
  });

  it('a patch left beside the kustomization but not named by it (kubebuilder\'s commented-out manager_auth_proxy_patch.yaml) still counts for a port name: no false error', () => {
    const proxyPatch = lines(
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: controller-manager', '  namespace: system',
      'spec:', '  template:', '    spec:', '      containers:', '      - name: kube-rbac-proxy', '        image: gcr.io/kubebuilder/kube-rbac-proxy:v0.8.0', '        ports:', '        - containerPort: 8443', '          name: https',
    );
    const all = files('webhook-server', ['manager_webhook_patch.yaml'], 'controller-manager');
    all['config/default/manager_auth_proxy_patch.yaml'] = proxyPatch;
    all['config/webhook/metrics.yaml'] = service('https', 'controller-manager').replace('name: webhook-service', 'name: metrics-service');
    const workspace = workspaceOf(all);
    assert.deepStrictEqual(workspace.findings('config/webhook/metrics.yaml').filter((f) => f.code === 'undefined-port-name'), []);
    assert.deepStrictEqual(workspace.findings('config/webhook/service.yaml').filter((f) => f.code === 'undefined-port-name'), []);
    // And a name no part defines is still an error.
    all['config/webhook/metrics.yaml'] = service('httpz', 'controller-manager').replace('name: webhook-service', 'name: metrics-service');
    assert.strictEqual(workspaceOf(all).findings('config/webhook/metrics.yaml').filter((f) => f.code === 'undefined-port-name').length, 1);
  });

  it('a kustomization with JSON patches (kubebuilder v4: patches with a target) may add ports: its pods are not judged, their references still resolve', () => {
    const v4 = lines('namespace: project-system', 'resources:', '- ../manager', '- ../webhook', 'patches:', '- path: manager_webhook_patch.yaml', '  target:', '    kind: Deployment');
    const jsonPatch = lines('- op: add', '  path: /spec/template/spec/containers/0/ports/-', '  value:', '    containerPort: 9443', '    name: webhook-server');
    const base = manager.replace('name: controller-manager\n  namespace', 'name: controller-manager\n  namespace').replace('command: [/manager]', 'command: [/manager]\n        ports:\n        - containerPort: 8081\n          name: health\n        - containerPort: 8080\n          name: http');
    const all = { 'config/default/kustomization.yaml': v4, 'config/default/manager_webhook_patch.yaml': jsonPatch, 'config/manager/manager.yaml': base,
      'config/webhook/service.yaml': service('9443', 'controller-manager'), 'config/webhook/health.yaml': service('health', 'controller-manager').replace('name: webhook-service', 'name: health') };
    const workspace = workspaceOf(all);
    assert.deepStrictEqual(workspace.findings('config/webhook/service.yaml').filter((f) => f.severity === 'warning' || f.severity === 'error'), []);
    const [definition] = workspace.definition('config/webhook/health.yaml', all['config/webhook/health.yaml'].indexOf('targetPort: health') + 13);
    assert.strictEqual(definition?.path, 'config/manager/manager.yaml');
    // Without the JSON patch (a kustomization that patches nothing), the same Service is judged.
    const plain = { ...all, 'config/default/kustomization.yaml': lines('resources:', '- ../manager', '- ../webhook') };
    assert.strictEqual(workspaceOf(plain).findings('config/webhook/service.yaml').filter((f) => f.code === 'target-port-undeclared').length, 1);
  });
});
