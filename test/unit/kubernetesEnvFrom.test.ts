import assert from 'assert';
import { checkPorts, formatOf } from '../../src/core';
import { shown, workspaceOf } from './workspaceOf';

// Held-out round 7 of issue 20's real fixes: zimmertr/Kubernetes-Manifests' Tautulli (linuxserver/tautulli, which
// listens on 8181) declared containerPort 8080 beside envFrom of a ConfigMap that its kustomization generates from
// one literal, TZ. envFrom alone leaves a container unjudged (it may set the port); a ConfigMap of the workspace
// whose keys are all known and none a port setting moves nothing.

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

function statefulSet(options: { envFrom?: string[]; port?: number; namespace?: string } = {}): string {
  return lines(
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata:',
    '  name: tautulli',
    ...(options.namespace ? [`  namespace: ${options.namespace}`] : []),
    'spec:',
    '  template:',
    '    metadata:',
    '      labels: {app: tautulli}',
    '    spec:',
    '      containers:',
    '        - name: tautulli',
    '          image: linuxserver/tautulli',
    '          envFrom:',
    ...(options.envFrom ?? ['            - configMapRef:', '                name: tautulli-env-vars']),
    '          ports:',
    '            - name: http',
    `              containerPort: ${options.port ?? 8080}`,
  );
}

const kustomization = (literals: string[], extra: string[] = []) => lines(
  'namespace: tautulli-system',
  'resources:',
  '  - resources/statefulset.yml',
  'configMapGenerator:',
  '  - name: tautulli-env-vars',
  '    literals:',
  ...literals.map((literal) => `      - ${literal}`),
  ...extra,
);

const configMap = (data: [string, string][], namespace?: string) => lines(
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: tautulli-env-vars',
  ...(namespace ? [`  namespace: ${namespace}`] : []),
  'data:',
  ...data.map(([key, value]) => `  ${key}: "${value}"`),
);

const mismatches = (files: Record<string, string>, path = 'media/tautulli/resources/statefulset.yml') =>
  workspaceOf(files).findings(path).filter((f) => f.code === 'container-port-mismatch');

describe('kubernetes: envFrom of ConfigMaps the workspace defines', () => {
  it('a kustomize configMapGenerator of TZ only: the containerPort 8080 Tautulli does not listen on is marked, naming the ConfigMap', () => {
    const sts = statefulSet();
    const found = mismatches({ 'media/tautulli/kustomization.yml': kustomization(['TZ="America/Los_Angeles"']), 'media/tautulli/resources/statefulset.yml': sts });
    assert.deepStrictEqual(shown(sts, found), ['18: container-port-mismatch "8080"']);
    assert.match(found[0].message, /listens on 8181.*not on containerPort 8080 of StatefulSet tautulli, container tautulli, and the ConfigMap tautulli-env-vars, which its envFrom reads, sets no port/);
    assert.ok(!found[0].message.includes('`'));
    assert.strictEqual(found[0].related?.[0].path, 'media/tautulli/kustomization.yml');
    // The one-file check alone still leaves it unjudged.
    assert.deepStrictEqual(checkPorts(sts, 'kubernetes').filter((f) => f.code === 'container-port-mismatch'), []);
  });

  it('a ConfigMap object beside it, in the same namespace, counts the same', () => {
    const sts = statefulSet({ namespace: 'media' });
    assert.strictEqual(mismatches({ 'k8s/cm.yaml': configMap([['TZ', 'UTC'], ['PUID', '1000']], 'media'), 'k8s/sts.yaml': sts }, 'k8s/sts.yaml').length, 1);
  });

  it('negatives: a port key, one of the image\'s settings, a Secret, an unread source, a missing or far ConfigMap, another namespace, the right port', () => {
    const sts = statefulSet();
    const path = 'media/tautulli/resources/statefulset.yml';
    const with_ = (kust: string, text = sts) => mismatches({ 'media/tautulli/kustomization.yml': kust, [path]: text });
    assert.deepStrictEqual(with_(kustomization(['TZ=UTC', 'WEBUI_PORT=8080'])), [], 'a port key');
    assert.deepStrictEqual(with_(kustomization(['TZ=UTC'], ['    envs:', '      - extra.env'])), [], 'keys read from a file');
    assert.deepStrictEqual(with_(kustomization(['TZ=UTC'], ['    behavior: merge'])), [], 'merged into another');
    assert.deepStrictEqual(with_(kustomization(['TZ=UTC']), statefulSet({ envFrom: ['            - secretRef:', '                name: tautulli-env-vars'] })), [], 'a Secret');
    assert.deepStrictEqual(with_(kustomization(['TZ=UTC']), statefulSet({ envFrom: ['            - configMapRef:', '                name: tautulli-env-vars', '            - configMapRef:', '                name: other'] })), [], 'a second source nowhere defined');
    assert.deepStrictEqual(with_(kustomization(['TZ=UTC']), statefulSet({ envFrom: ['            - prefix: APP_', '              configMapRef:', '                name: tautulli-env-vars'] })), [], 'a prefix');
    assert.deepStrictEqual(with_(kustomization(['TZ=UTC']), statefulSet({ port: 8181 })), [], 'the port it listens on');
    assert.deepStrictEqual(mismatches({ 'elsewhere/apps/kustomization.yml': kustomization(['TZ=UTC']), [path]: sts }), [], 'a ConfigMap of an unrelated folder');
    assert.deepStrictEqual(mismatches({ 'k8s/cm.yaml': configMap([['TZ', 'UTC']], 'other'), 'k8s/sts.yaml': statefulSet({ namespace: 'media' }) }, 'k8s/sts.yaml'), [], 'another namespace');
    assert.deepStrictEqual(mismatches({ [path]: sts }), [], 'no ConfigMap at all');
    // The links of the workspace still run (a Service's wrong targetPort beside it is still found).
    const service = lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: tautulli', 'spec:', '  selector: {app: tautulli}', '  ports:', '  - port: 80', '    targetPort: 9999');
    const other = statefulSet({ envFrom: ['            - configMapRef:', '                name: tautulli-env-vars', '            - configMapRef:', '                name: other'] });
    const all = workspaceOf({ 'media/tautulli/kustomization.yml': kustomization(['TZ=UTC']), [path]: other, 'media/tautulli/resources/service.yml': service });
    assert.deepStrictEqual(all.findings(path).filter((f) => f.code === 'container-port-mismatch'), []);
    assert.strictEqual(all.findings('media/tautulli/resources/service.yml').filter((f) => f.code === 'target-port-undeclared').length, 1);
  });

  it('a kustomization.yaml without apiVersion and kind is read as one; other names and texts are not', () => {
    const text = kustomization(['TZ=UTC']);
    assert.strictEqual(formatOf('media/tautulli/kustomization.yml', undefined, text), 'kubernetes');
    assert.strictEqual(formatOf('kustomization.yaml', undefined, 'resources:\n  - a.yaml\n'), 'kubernetes');
    assert.strictEqual(formatOf('media/tautulli/values.yml', undefined, text), undefined);
    assert.strictEqual(formatOf('kustomization.yaml', undefined, 'images:\n  - name: a\n'), undefined);
  });
});
