import assert from 'assert';
import { shown, workspaceOf } from './workspaceOf';
import { imageFolderNames } from '../../src/core/workspace/kubernetesBuiltImages';

// The other names a repository gives the images its Dockerfiles build (issue 20, held-out set 10), and the settings
// and mounts that do not move a container's port. Shapes from real fixes: mattermost-docker's Kubernetes example
// (mattermost/mattermost-prod-app built from app/Dockerfile, EXPOSE 8000; its Service targeted 80; DB_HOST and
// DB_PORT from a Secret; /etc/localtime mounted; its docker-compose.yml builds service app from app/), and
// cloud-ops-sandbox's loadgenerator (an image path .../sandbox/loadgenerator/gke built from
// src/loadgenerator/Dockerfile). The precision corpora's false lead: kubernetes-engine-samples' sax-admin-server
// image beside another sample's build/server/Dockerfile.

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

function deployment(image: string, extra: string[] = [], ports: string[] = []): string {
  return lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: mattermost-app',
    'spec:',
    '  template:',
    '    metadata:',
    '      labels: {app: mattermost}',
    '    spec:',
    '      containers:',
    '      - name: mattermost-app',
    `        image: "${image}"`,
    ...(ports.length ? ['        ports:', ...ports] : []),
    ...extra,
  );
}

const SERVICE = lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: mattermost', 'spec:', '  selector: {app: mattermost}', '  ports:', '  - port: 80', '    targetPort: 80');
const DOCKERFILE = lines('FROM alpine:3.10', 'RUN apk add ca-certificates', 'USER mattermost', 'ENTRYPOINT ["/entrypoint.sh"]', 'CMD ["mattermost"]', 'EXPOSE 8000');
const IMAGE = 'mattermost/mattermost-prod-app:5.13.0';
const fromSecret = (name: string, key: string) => [`        - name: ${name}`, '          valueFrom:', '            secretKeyRef: {name: mattermost.env, key: ' + key + '}'];
const DB_ENV = ['        env:', ...fromSecret('DB_HOST', 'db-host'), ...fromSecret('DB_PORT', 'db-port')];
const LOCALTIME = ['        volumeMounts:', '        - name: etclocaltime', '          mountPath: /etc/localtime', '          readOnly: true'];

const COMPOSE = lines('services:', '  db:', '    build: db', '  app:', '    build:', '      context: app', '    restart: unless-stopped');
const BUILT = { 'app/Dockerfile': DOCKERFILE, 'db/Dockerfile': lines('FROM postgres:11'), 'docker-compose.yml': COMPOSE };

function serviceFindings(manifest: string, files: Record<string, string> = BUILT): string[] {
  return shown(SERVICE, workspaceOf({ 'contrib/kubernetes/svc.yaml': SERVICE, 'contrib/kubernetes/deploy.yaml': manifest, ...files }).findings('contrib/kubernetes/svc.yaml'));
}

describe('kubernetes: the folder an image is named after, and settings that do not move its port', () => {
  it('the names tried after the last segment: its last word, then the path between owner and last, nearest first', () => {
    assert.deepStrictEqual(imageFolderNames(IMAGE), ['app']);
    assert.deepStrictEqual(imageFolderNames('robotshop/rs-ratings'), ['ratings']);
    assert.deepStrictEqual(imageFolderNames('dockersamples/examplevotingapp_vote:before'), ['vote']);
    assert.deepStrictEqual(imageFolderNames('gcr.io/stackdriver-sandbox-230822/sandbox/loadgenerator/gke:latest'), ['loadgenerator', 'sandbox']);
    // Neither the registry nor the owner; no word of one or two letters; nothing for a plain name.
    assert.deepStrictEqual(imageFolderNames('registry:5000/team/api'), []);
    assert.deepStrictEqual(imageFolderNames('example/web-ui'), []);
    assert.deepStrictEqual(imageFolderNames('emailservice'), []);
    assert.deepStrictEqual(imageFolderNames('${REGISTRY}/app'), []);
  });

  it('target-port-undeclared: a Service port that the image built from the folder of its name\'s last word does not expose', () => {
    assert.deepStrictEqual(serviceFindings(deployment(IMAGE, [...DB_ENV, ...LOCALTIME])), ['9: target-port-undeclared "80"']);
    assert.deepStrictEqual(serviceFindings(deployment(IMAGE)), ['9: target-port-undeclared "80"']);
    // Right: the Service targets 8000.
    assert.deepStrictEqual(serviceFindings(deployment(IMAGE, [...DB_ENV, ...LOCALTIME])).length, 1);
    const right = SERVICE.replace('targetPort: 80', 'targetPort: 8000');
    assert.deepStrictEqual(shown(right, workspaceOf({ 's.yaml': right, 'd.yaml': deployment(IMAGE), ...BUILT }).findings('s.yaml')), []);
  });

  it('a path segment between the owner and the last names the folder when nothing answers to the last', () => {
    const image = 'gcr.io/stackdriver-sandbox-230822/sandbox/loadgenerator/gke:latest';
    const manifest = deployment(image, [], ['        - containerPort: 8091']);
    const found = workspaceOf({ 'k8s/lg.yaml': manifest, 'src/loadgenerator/Dockerfile': lines('FROM python:3.9', 'EXPOSE 8090') }).findings('k8s/lg.yaml');
    assert.deepStrictEqual(shown(manifest, found), ['14: container-port-mismatch "8091"']);
    assert.match(found[0].message, /built by src\/loadgenerator\/Dockerfile/);
  });

  it('negatives: no compose service of the word builds the folder, two folders of that name, the whole name answering first, the owner', () => {
    const manifest = deployment(IMAGE);
    // The word alone (a repository of many samples: sax-admin-server beside another sample's build/server/Dockerfile).
    assert.deepStrictEqual(serviceFindings(manifest, { 'app/Dockerfile': DOCKERFILE }), []);
    assert.deepStrictEqual(serviceFindings(manifest, { 'app/Dockerfile': DOCKERFILE, 'docker-compose.yml': COMPOSE.replace('  app:', '  web:') }), []);
    assert.deepStrictEqual(serviceFindings(manifest, { ...BUILT, 'legacy/app/Dockerfile': DOCKERFILE }), []);
    // A Dockerfile answering to the whole last segment is the one, even where app/ exists.
    assert.deepStrictEqual(serviceFindings(manifest, { ...BUILT, 'mattermost-prod-app/Dockerfile': lines('FROM alpine', 'EXPOSE 80') }), []);
    // The owner names who publishes: mattermost/Dockerfile builds something else.
    assert.deepStrictEqual(serviceFindings(deployment('mattermost/server:1'), { 'mattermost/Dockerfile': DOCKERFILE }), []);
    // A word of the name is not a folder of another name.
    assert.deepStrictEqual(serviceFindings(manifest, { 'web/Dockerfile': DOCKERFILE, 'docker-compose.yml': COMPOSE.replace('context: app', 'context: web').replace('  app:', '  web:') }), []);
  });

  it('a client port setting from a Secret beside its host, and a mounted clock, leave the container judged', () => {
    // DB_PORT with no DB_HOST, or a port setting of the server itself beside its host, may move it: quiet.
    assert.deepStrictEqual(serviceFindings(deployment(IMAGE, ['        env:', ...fromSecret('DB_PORT', 'db-port')])), []);
    assert.deepStrictEqual(serviceFindings(deployment(IMAGE, ['        env:', ...fromSecret('SERVER_HOST', 'h'), ...fromSecret('SERVER_PORT', 'p')])), []);
    assert.deepStrictEqual(serviceFindings(deployment(IMAGE, ['        env:', ...fromSecret('REDIS_HOST', 'h'), ...fromSecret('REDIS_PORT', 'p')])), ['9: target-port-undeclared "80"']);
    // A mounted configuration folder may move it; the clock, the timezone data, CA certificates do not.
    for (const path of ['/etc/localtime', '/usr/share/zoneinfo', '/etc/ssl/certs']) {
      assert.deepStrictEqual(serviceFindings(deployment(IMAGE, ['        volumeMounts:', '        - name: v', `          mountPath: ${path}`])), ['9: target-port-undeclared "80"'], path);
    }
    for (const path of ['/etc/mattermost', '/mattermost/config', '/etc']) {
      assert.deepStrictEqual(serviceFindings(deployment(IMAGE, ['        volumeMounts:', '        - name: v', `          mountPath: ${path}`])), [], path);
    }
  });

  it('the issue\'s negatives keep it quiet: another container of the pod declares the port, no selector, headless, another namespace; targetPort defaulting to port is judged', () => {
    const sidecar = deployment(IMAGE, ['      - name: proxy', '        image: example/proxy', '        ports:', '        - containerPort: 80']);
    assert.deepStrictEqual(serviceFindings(sidecar), []);
    const check = (svc: string) => shown(svc, workspaceOf({ 's.yaml': svc, 'd.yaml': deployment(IMAGE), ...BUILT }).findings('s.yaml'));
    assert.deepStrictEqual(check(SERVICE.replace('  selector: {app: mattermost}\n', '')), []);
    assert.deepStrictEqual(check(SERVICE.replace('spec:\n', 'spec:\n  clusterIP: None\n')), []);
    assert.deepStrictEqual(check(SERVICE.replace('  name: mattermost\n', '  name: mattermost\n  namespace: chat\n')), []);
    assert.deepStrictEqual(check(SERVICE.replace('    targetPort: 80\n', '')), ['8: target-port-undeclared "80"']);
  });
});
