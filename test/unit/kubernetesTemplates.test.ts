import assert from 'assert';
import { workspaceOf } from './workspaceOf';

// Issue 20, session 9: objects inside an OpenShift Template (objects:) or a v1 List (items:) are created as if
// written alone (`oc process | oc apply`, `kubectl apply`), so they are read and checked like any manifest.
// Cases: osbuild/image-builder-crc (set 8), app-sre/qontract-reconcile and RedHatInsights/tangerine-backend (set 9):
// a container port name longer than 15 characters in a Deployment or CronJob inside a Template.

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

function template(options: { apiVersion?: string; kind?: string; key?: string; portName?: string; containerPort?: string; replicas?: string; extra?: string[] } = {}): string {
  return lines(
    `apiVersion: ${options.apiVersion ?? 'template.openshift.io/v1'}`,
    `kind: ${options.kind ?? 'Template'}`,
    'metadata:',
    '  name: backend',
    `${options.key ?? 'objects'}:`,
    '  - apiVersion: apps/v1',
    '    kind: Deployment',
    '    metadata:',
    '      name: backend',
    '    spec:',
    `      replicas: ${options.replicas ?? '1'}`,
    '      template:',
    '        metadata:',
    '          labels: {app: backend}',
    '        spec:',
    '          containers:',
    '            - name: backend',
    '              image: ${IMAGE}:${IMAGE_TAG}',
    '              ports:',
    `                - name: ${options.portName ?? 'tangerine-backend'}`,
    `                  containerPort: ${options.containerPort ?? '8000'}`,
    ...(options.extra ?? []),
    'parameters:',
    '  - name: IMAGE',
    '  - name: IMAGE_TAG',
  );
}

const codesAt = (files: Record<string, string>, path: string, code: string) => {
  const text = files[path];
  return workspaceOf(files).findings(path).filter((f) => f.code === code).map((f) => text.slice(f.start, f.end));
};

describe('kubernetes: objects inside an OpenShift Template or a List', () => {
  it('a port name of 17 characters in a Template object is reported on its line', () => {
    assert.deepStrictEqual(codesAt({ 'openshift/backend.template.yaml': template() }, 'openshift/backend.template.yaml', 'invalid-port-name'), ['tangerine-backend']);
  });

  it('the older apiVersion v1 Template is read too', () => {
    assert.deepStrictEqual(codesAt({ 't.yaml': template({ apiVersion: 'v1' }) }, 't.yaml', 'invalid-port-name'), ['tangerine-backend']);
  });

  it('a whole-value parameter ${{REPLICAS}} does not make the object unreadable', () => {
    assert.deepStrictEqual(codesAt({ 't.yaml': template({ replicas: '${{REPLICAS}}' }) }, 't.yaml', 'invalid-port-name'), ['tangerine-backend']);
  });

  it('a v1 List\'s items are read', () => {
    assert.deepStrictEqual(codesAt({ 'list.yaml': template({ apiVersion: 'v1', kind: 'List', key: 'items' }) }, 'list.yaml', 'invalid-port-name'), ['tangerine-backend']);
  });

  it('a Service in the Template reaches the Deployment beside it (a named targetPort it does not define)', () => {
    const text = template({
      portName: 'backend',
      extra: [
        '  - apiVersion: v1',
        '    kind: Service',
        '    metadata:',
        '      name: backend',
        '    spec:',
        '      selector: {app: backend}',
        '      ports:',
        '        - port: 8000',
        '          targetPort: web',
      ],
    });
    assert.deepStrictEqual(codesAt({ 't.yaml': text }, 't.yaml', 'undefined-port-name'), ['web']);
  });

  it('quiet: a right port name, and parameters where ports stand', () => {
    assert.deepStrictEqual(workspaceOf({ 't.yaml': template({ portName: 'backend' }) }).findings('t.yaml'), []);
    assert.deepStrictEqual(workspaceOf({ 't.yaml': template({ portName: '${PORT_NAME}', containerPort: '${{PORT}}' }) }).findings('t.yaml'), []);
  });

  it('quiet: objects: under another kind, or items: of a List from another API group, are not read', () => {
    assert.deepStrictEqual(workspaceOf({ 'x.yaml': template({ apiVersion: 'example.com/v1', kind: 'Bundle' }) }).findings('x.yaml'), []);
    assert.deepStrictEqual(workspaceOf({ 'x.yaml': template({ apiVersion: 'example.com/v1', kind: 'List', key: 'items' }) }).findings('x.yaml'), []);
  });

  it('quiet: a Go template inside a Template object still skips that object', () => {
    assert.deepStrictEqual(workspaceOf({ 't.yaml': template({ portName: '{{ .Values.name }}-backend-service' }) }).findings('t.yaml'), []);
  });
});
