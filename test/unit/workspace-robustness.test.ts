import * as assert from 'assert';
import fc from 'fast-check';
import { createWorkspace, type PortLocation, type PortWorkspace } from '../../src/core';

// The workspace model never throws and never points outside a file, whatever the files hold: token soups of
// the keys it reads across files (builds, names, mounts), binary garbage, and inputs of the wrong types.

const seed = 20261201;

const composeTokens = ['services:', 'web:', 'db:', 'build:', 'context:', 'dockerfile:', 'target:', 'image:', 'hostname:', 'container_name:',
  'networks:', 'aliases:', 'links:', 'volumes:', 'type: bind', 'source:', 'command:', 'entrypoint:', 'network_mode:', 'environment:',
  'ports:', 'expose:', 'PORT', 'PGPORT', 'DATABASE_URL', ': ', ':', '- ', '\n', '\n  ', '\n    ', '\n      ', '"', "'", '8080', '3000', '5432',
  'postgres', 'nginx', './web', '../', '/', '.', 'Dockerfile', 'default.conf', 'web:3000', 'postgres://db:', 'http://web', '${', '}', ':-',
  '[', ']', '{', '}', ',', '&a ', '*a', '<<: ', '---\n', '|\n', ' ', '~'];
const nginxTokens = ['server {', 'upstream web ', 'listen ', 'server ', 'proxy_pass ', 'http://', 'web', 'db', ':', '3000', '80', ';', '}', '{', '\n', ' ', '$host', '[::1]'];
const dockerTokens = ['FROM node AS a\n', 'FROM a\n', 'FROM postgres\n', 'FROM ', ' AS ', 'EXPOSE ', 'ENV PORT=', 'ARG PORT=', '3000', '8080', '$PORT', '\n', '\\\n', ' ', '/udp'];
const envTokens = ['URL=', 'http://web:', 'postgres://db:', 'PORT=', 'A_ADDR=', 'web:', '3000', '5432', '\n', '"', "'", '${', '}', ' ', '#'];

const soup = (tokens: string[]) => fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((parts) => parts.join(''));

const PATHS = ['compose.yaml', 'compose.override.yaml', '.env', 'web/Dockerfile', 'nginx/default.conf', 'app/compose.yaml', 'app/nginx.conf'];

function checkLocation(texts: Map<string, string>, at: PortLocation, what: string): void {
  const text = texts.get(at.path);
  assert.ok(text !== undefined, `${what}: ${at.path} is a workspace file`);
  assert.ok(Number.isInteger(at.start) && Number.isInteger(at.end) && at.start >= 0 && at.start <= at.end && at.end <= text.length, `${what}: ${JSON.stringify(at)} within ${text.length}`);
}

function checkWorkspace(workspace: PortWorkspace, texts: Map<string, string>): void {
  for (const [path, text] of texts) {
    for (const found of workspace.findings(path)) {
      assert.ok(found.start >= 0 && found.start <= found.end && found.end <= text.length, `${found.code} in ${path}`);
      for (const edit of found.fix?.edits ?? []) assert.ok(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length, `fix of ${found.code}`);
    }
    const offsets = text.length <= 400 ? [...Array(text.length + 1).keys()] : workspace.mentions(path).map((m) => m.start);
    for (const offset of offsets) {
      for (const at of workspace.references(path, offset)) checkLocation(texts, at, `references ${path}@${offset}`);
      for (const at of workspace.definition(path, offset)) checkLocation(texts, at, `definition ${path}@${offset}`);
      for (const entry of workspace.otherPublishers(path, offset)) checkLocation(texts, entry.location, 'otherPublishers');
      for (const note of workspace.hoverNotes(path, offset)) assert.strictEqual(typeof note, 'string');
      const info = workspace.target(path, offset);
      for (const entry of info?.listensOn ?? []) if (entry.location) checkLocation(texts, entry.location, 'target');
    }
    workspace.dependants(path);
  }
  for (const entry of workspace.portMap()) checkLocation(texts, entry.location, 'portMap');
  for (const service of workspace.services()) {
    for (const at of [...service.declarations, ...service.reachedBy.map((r) => r.location)]) checkLocation(texts, at, 'services');
  }
  const kubernetes = workspace.kubernetesPorts();
  for (const service of kubernetes.services) {
    checkLocation(texts, service.location, 'kubernetesPorts service');
    for (const pod of service.pods) checkLocation(texts, pod.location, 'kubernetesPorts pod');
    for (const port of service.ports) {
      for (const at of [port.location, port.targetLocation, port.nodePort?.location, ...port.reaches.map((end) => end.location)]) if (at) checkLocation(texts, at, 'kubernetesPorts port');
    }
  }
}

describe('workspace robustness', function () {
  this.timeout(120_000);

  it('token soups of every format, in a stack of files that refer to each other: 120 cases', () => {
    const files = fc.tuple(soup(composeTokens), soup(composeTokens), soup(envTokens), soup(dockerTokens), soup(nginxTokens), soup(composeTokens), soup(nginxTokens));
    fc.assert(fc.property(files, (contents) => {
      const workspace = createWorkspace();
      const texts = new Map<string, string>();
      PATHS.forEach((path, i) => {
        workspace.set(path, contents[i]);
        texts.set(path, contents[i]);
      });
      checkWorkspace(workspace, texts);
      // And after every file changed once more, so that cached readings are replaced.
      PATHS.forEach((path, i) => {
        const text = contents[(i + 1) % contents.length];
        workspace.set(path, text);
        texts.set(path, text);
      });
      checkWorkspace(workspace, texts);
    }), { seed, numRuns: 120, endOnFailure: false });
  });

  it('Kubernetes manifest soups (the Ports view\'s Kubernetes Services): 120 cases', () => {
    const k8sTokens = ['apiVersion: v1\n', 'apiVersion: apps/v1\n', 'kind: Service\n', 'kind: Deployment\n', 'kind: DaemonSet\n', 'metadata:', 'name: web', 'namespace: a',
      'spec:', 'selector:', 'matchLabels:', 'app: web', 'template:', 'labels:', 'hostNetwork: true', 'containers:', 'image: nginx', 'ports:', 'port: 80',
      'targetPort: http', 'targetPort: 8080', 'nodePort: 30080', 'containerPort: 8080', 'containerPort: 1.3.0', 'hostPort: 443', 'name: http', 'protocol: UDP',
      '  - port: 80\n', '    targetPort: http\n', '    nodePort: 30080\n', '  - name: c\n', '    image: nginx\n', '    ports:\n', '      - containerPort: 8080\n',
      '        name: http\n', '        hostPort: 443\n', '      - containerPort: 80\n', '- ', '\n', '\n  ', '\n    ', '\n      ', '\n        ', '---\n', '"', '{{ }}', '[', ']', '{', '}', ',', '&a ', '*a', ' '];
    const k8sPaths = ['k8s/web.yaml', 'k8s/svc.yaml', 'k8s/other/node.yaml'];
    // Each starts as a manifest whose list the soup continues, so that it is read as one whatever follows.
    const SERVICE_HEAD = 'kind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  selector:\n    app: web\n  ports:\n';
    const POD_HEAD = 'kind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  hostNetwork: true\n  containers:\n';
    fc.assert(fc.property(fc.tuple(soup(k8sTokens), soup(k8sTokens), soup(k8sTokens)), (contents) => {
      const workspace = createWorkspace();
      const texts = new Map<string, string>();
      k8sPaths.forEach((path, i) => {
        const text = `apiVersion: v1\n${i === 1 ? SERVICE_HEAD : POD_HEAD}${contents[i]}`;
        workspace.set(path, text);
        texts.set(path, text);
      });
      checkWorkspace(workspace, texts);
    }), { seed, numRuns: 120, endOnFailure: false });
  });

  it('compose keys with values of the wrong type', () => {
    const workspace = createWorkspace();
    const texts = new Map<string, string>([
      ['compose.yaml', 'services:\n  web:\n    build: [a, b]\n    image: {a: 1}\n    hostname: [x]\n    networks: [front, back]\n    links: {db: x}\n    volumes: "./x:/y"\n    environment: 5\n    command: {a: b}\n    network_mode: [host]\n  db: 7\n  "": {}\n  ~: null\n'],
      ['compose.override.yaml', 'services: [web, db]\n'],
      ['app/compose.yaml', 'services:\n  web:\n    build:\n      context: [x]\n      dockerfile: {a: b}\n      target: 8\n    volumes:\n      - type: bind\n      - {source: 5}\n      - [1, 2]\n      - ":"\n      - "::"\n'],
      ['.env', 'A=http://web:3000\nB=postgres://db:\n'],
      ['app/nginx.conf', 'server { location / { proxy_pass http://web:99999; proxy_pass http://:3000; } }'],
    ]);
    for (const [path, text] of texts) workspace.set(path, text);
    checkWorkspace(workspace, texts);
  });

  it('arguments of the wrong type and garbage paths answer empty, never throw', () => {
    const workspace = createWorkspace({ rules: null as never, ephemeralRange: 'x' as never });
    const anyWorkspace = workspace as unknown as Record<string, (...args: unknown[]) => unknown>;
    workspace.set('compose.yaml', 'services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n');
    for (const args of [[undefined], [null], [42], [{}], ['../../etc/passwd'], ['/'], [''], ['compose.yaml', -1], ['compose.yaml', 1e9], ['compose.yaml', NaN]]) {
      for (const method of ['findings', 'mentions', 'references', 'definition', 'target', 'otherPublishers', 'hoverNotes', 'dependants', 'has', 'delete']) {
        assert.doesNotThrow(() => anyWorkspace[method](...args), `${method}(${args.map(String).join(', ')})`);
      }
      assert.doesNotThrow(() => anyWorkspace.set(...args, ...args));
    }
    assert.doesNotThrow(() => workspace.suggestHostPort(NaN));
    assert.doesNotThrow(() => workspace.publishers(Number.POSITIVE_INFINITY, 'x' as never));
    assert.ok(Array.isArray(workspace.portMap()));
  });

  it('a cross-file check that throws loses only its own findings, not the file\'s others', () => {
    const workspace = createWorkspace();
    const manifest = 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  type: NodePort\n  ports:\n    - port: 80\n      nodePort: 80\n';
    workspace.set('k8s/web.yaml', manifest);
    assert.deepStrictEqual(workspace.findings('k8s/web.yaml').map((found) => found.code), ['node-port-range']);
    // Fault injection: the manifests' cross-file check breaks as a bug would.
    const manifests = (workspace as unknown as { manifests: { findings: () => never } }).manifests;
    manifests.findings = () => { throw new Error('a bug in a cross-file check'); };
    workspace.set('k8s/web.yaml', `${manifest}# edited\n`);
    assert.deepStrictEqual(workspace.findings('k8s/web.yaml').map((found) => found.code), ['node-port-range']);
  });

  it('binary garbage and a very large file', () => {
    const workspace = createWorkspace();
    let garbage = '';
    for (let i = 0; i < 5000; i++) garbage += String.fromCharCode((i * 7919) % 65536);
    const texts = new Map<string, string>([['compose.yaml', garbage], ['nginx/default.conf', garbage], ['.env', garbage], ['web/Dockerfile', garbage]]);
    for (const [path, text] of texts) workspace.set(path, text);
    checkWorkspace(workspace, texts);
  });
});
