// The data of the Ports view's Kubernetes groups (issue 20): each Service with port → targetPort resolved to the
// container ports it reaches (name, number, container, image), and its nodePort.
import assert from 'assert';
import type { KubernetesServiceView } from '../../src/core';
import { workspaceOf } from './workspaceOf';

const deployment = (name: string, namespace = 'default') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
            - name: metrics
              containerPort: 9113
`;

/** An init container runs to completion before the others: a port it declares serves nothing. */
const withInit = (text: string) => text.replace('      containers:\n', `      initContainers:
        - name: wait
          image: busybox
          ports:
            - name: http
              containerPort: 9999
      containers:
`);

const service = `apiVersion: v1
kind: Service
metadata:
  name: shop
spec:
  type: NodePort
  selector:
    app: shop
  ports:
    - name: web
      port: 80
      targetPort: http
      nodePort: 30080
    - port: 9113
    - port: 81
      targetPort: 80
    - port: 82
      targetPort: 7000
`;

function only(services: KubernetesServiceView[], name: string): KubernetesServiceView {
  const found = services.filter((s) => s.name === name);
  assert.strictEqual(found.length, 1, `one Service ${name}: ${JSON.stringify(services.map((s) => s.name))}`);
  return found[0];
}

describe('kubernetesPorts (the Ports view data)', () => {
  it('lists a Service with port → targetPort resolved to the container port, its name, container and image', () => {
    const files = { 'k8s/web.yaml': withInit(deployment('shop')), 'k8s/service.yaml': service };
    const ws = workspaceOf(files);
    const shop = only(ws.kubernetesPorts().services, 'shop');
    assert.strictEqual(shop.namespace, 'default');
    assert.strictEqual(shop.type, 'NodePort');
    assert.strictEqual(shop.selects, true);
    assert.deepStrictEqual(shop.pods.map((pod) => `${pod.label} ${pod.location.path}`), ['Deployment shop k8s/web.yaml']);
    assert.strictEqual(files['k8s/service.yaml'].slice(shop.location.start, shop.location.end), 'shop');
    const [named, defaulted, byImage, nothing] = shop.ports;
    // A named targetPort: the name, its number in the pods, and the containerPort that defines it.
    assert.strictEqual(named.port, 80);
    assert.strictEqual(named.name, 'web');
    assert.strictEqual(named.target, 'http');
    assert.strictEqual(named.targetResolved, 8080);
    assert.strictEqual(named.targetDefaulted, false);
    assert.deepStrictEqual(named.reaches.map((end) => ({ ...end, location: files[end.location.path as keyof typeof files].slice(end.location.start, end.location.end) })),
      [{ container: 'Deployment shop, container web', image: 'nginx:1.27', port: 8080, name: 'http', declared: true, location: '8080' }]);
    assert.strictEqual(named.nodePort?.port, 30080);
    assert.strictEqual(files['k8s/service.yaml'].slice(named.nodePort!.location.start, named.nodePort!.location.end), '30080');
    // No targetPort: it defaults to the port, which the pods declare.
    assert.strictEqual(defaulted.target, 9113);
    assert.strictEqual(defaulted.targetDefaulted, true);
    assert.deepStrictEqual(defaulted.reaches.map((end) => `${end.port} ${end.name}`), ['9113 metrics']);
    // A number no container declares, but the image (nginx) listens on: reached through the image, not declared.
    assert.deepStrictEqual(byImage.reaches.map((end) => `${end.port} ${end.declared} ${files['k8s/web.yaml'].slice(end.location.start, end.location.end)}`), ['80 false nginx:1.27']);
    // A number nothing declares or listens on reaches nothing.
    assert.deepStrictEqual(nothing.reaches, []);
  });

  it('lists under each Service port the Ingress backends and routes that reach it, by number or by name, in its namespace', () => {
    const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: shop
                port:
                  name: web
          - path: /metrics
            pathType: Prefix
            backend:
              service:
                name: shop
                port:
                  number: 9113
`;
    const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: store
  namespace: other
spec:
  rules:
    - backendRefs:
        - name: shop
          port: 80
`;
    const files = { 'k8s/web.yaml': deployment('shop'), 'k8s/service.yaml': service, 'k8s/ingress.yaml': ingress, 'k8s/route.yaml': route };
    const shop = only(workspaceOf(files).kubernetesPorts().services, 'shop');
    const shown = (port: number) => shop.ports.find((p) => p.port === port)!.reachedBy
      .map((source) => `${source.label} ${source.port} ${files[source.location.path as keyof typeof files].slice(source.location.start, source.location.end)}`);
    assert.deepStrictEqual(shown(80), ['Ingress shop web web'], 'by name; the route of another namespace reaches another Service');
    assert.deepStrictEqual(shown(9113), ['Ingress shop 9113 9113']);
    assert.deepStrictEqual(shown(81), []);
  });

  it('selects as the rules do: not across namespaces, not in a sibling folder; a Service without selector selects nothing', () => {
    const other = `apiVersion: v1
kind: Service
metadata:
  name: shop
  namespace: prod
spec:
  selector:
    app: shop
  ports:
    - port: 80
      targetPort: http
---
apiVersion: v1
kind: Service
metadata:
  name: external
spec:
  ports:
    - port: 5432
`;
    const ws = workspaceOf({ 'a/web.yaml': deployment('shop'), 'b/service.yaml': service, 'k8s/other.yaml': other, 'prod/web.yaml': deployment('shop', 'staging') });
    const { services } = ws.kubernetesPorts();
    assert.deepStrictEqual(services.map((s) => `${s.namespace}/${s.name}`), ['default/external', 'default/shop', 'prod/shop']);
    const sibling = services.find((s) => s.name === 'shop' && s.namespace === 'default')!;
    assert.deepStrictEqual(sibling.pods, [], 'the Deployment of a sibling folder is not applied with it');
    assert.deepStrictEqual(sibling.ports[0].reaches, []);
    assert.strictEqual(sibling.ports[0].targetResolved, undefined);
    const prod = services.find((s) => s.namespace === 'prod')!;
    assert.deepStrictEqual(prod.pods, [], 'the staging Deployment is in another namespace');
    const external = services.find((s) => s.name === 'external')!;
    assert.strictEqual(external.selects, false);
    assert.strictEqual(external.ports[0].target, 5432);
  });

  it('follows edits and deletions, and skips Helm templates and files that are not manifests', () => {
    const ws = workspaceOf({ 'k8s/web.yaml': deployment('shop'), 'k8s/service.yaml': service });
    assert.strictEqual(ws.kubernetesPorts().services[0].ports[0].targetResolved, 8080);
    ws.set('k8s/web.yaml', deployment('shop').replace('containerPort: 8080', 'containerPort: 8081'));
    assert.strictEqual(ws.kubernetesPorts().services[0].ports[0].targetResolved, 8081);
    ws.delete('k8s/web.yaml');
    assert.deepStrictEqual(ws.kubernetesPorts().services[0].pods, []);
    ws.set('chart/templates/svc.yaml', service.replace('name: shop', 'name: {{ .Release.Name }}'));
    ws.set('values.yaml', 'service:\n  port: 8080\n');
    assert.deepStrictEqual(ws.kubernetesPorts().services.map((s) => s.name), ['shop']);
    ws.delete('k8s/service.yaml');
    assert.deepStrictEqual(ws.kubernetesPorts(), { services: [] });
  });
});
