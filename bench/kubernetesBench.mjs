// The Kubernetes row of the benchmark (issue 20): a generated workspace of 2,000 manifests (Deployments with
// their Services, Ingresses now and then, over 20 namespaces and 100 folders) indexed whole (every file's
// findings, the links between manifests included, and the port map) against each manifest analysed alone.
// Target: the same ratio as Compose's row, ≤ 1.3×. Called by scripts/bench.mjs on the bundled core:
//   benchKubernetes({ core, record, median, timeOnce, ms })
// and runnable on the sources for a quick look: npx tsx bench/kubernetesBench.mjs

/** `count` manifests: deployment i and its Service in one file, an Ingress to it in every fifth. */
export function generateManifests(count) {
  const files = [];
  for (let i = 0; i < count; i++) {
    const namespace = `team-${i % 20}`;
    const app = `app-${i}`;
    const port = 3000 + (i % 500);
    const docs = [
      ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${app}`, `  namespace: ${namespace}`, 'spec:',
        '  replicas: 2', '  selector:', `    matchLabels: {app: ${app}}`, '  template:', '    metadata:', `      labels: {app: ${app}, tier: web}`,
        '    spec:', '      containers:', '        - name: main', `          image: example/${app}:1.0`, '          ports:',
        '            - name: http', `              containerPort: ${port}`, '            - name: metrics', '              containerPort: 9090',
        '          env:', '            - name: PORT', `              value: "${port}"`, '          readinessProbe:', '            httpGet: {path: /ready, port: http}',
        '          livenessProbe:', `            tcpSocket: {port: ${port}}`].join('\n'),
      ['apiVersion: v1', 'kind: Service', 'metadata:', `  name: ${app}`, `  namespace: ${namespace}`, 'spec:', `  selector: {app: ${app}}`,
        '  ports:', '    - name: http', '      port: 80', '      targetPort: http', '    - name: metrics', '      port: 9090'].join('\n'),
    ];
    if (i % 5 === 0) {
      docs.push(['apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata:', `  name: ${app}`, `  namespace: ${namespace}`, 'spec:', '  rules:',
        `    - host: ${app}.example.com`, '      http:', '        paths:', '          - path: /', '            pathType: Prefix',
        `            backend: {service: {name: ${app}, port: {name: http}}}`].join('\n'));
    }
    files.push({ path: `deploy/group-${i % 100}/${app}.yaml`, text: `${docs.join('\n---\n')}\n` });
  }
  return files;
}

export function benchKubernetes({ core, record, median, timeOnce, ms }, { fileCount = 2000, samples = 9 } = {}) {
  const files = generateManifests(fileCount);
  const alone = () => {
    for (const file of files) core.analyzePorts(file.text, 'kubernetes');
  };
  const index = () => {
    const workspace = core.createWorkspace();
    for (const file of files) workspace.set(file.path, file.text);
    for (const file of files) workspace.findings(file.path);
    workspace.portMap();
    return workspace;
  };
  for (let i = 0; i < 2; i++) {
    alone();
    index();
  }
  const times = { alone: [], index: [] };
  for (let i = 0; i < samples; i++) {
    times.alone.push(timeOnce(alone));
    times.index.push(timeOnce(index));
  }
  const aloneNs = median(times.alone);
  const indexNs = median(times.index);
  const workspace = index();
  const findings = files.reduce((sum, file) => sum + workspace.findings(file.path).length, 0);
  record({ name: `Kubernetes index, ${files.length} manifests (every file's findings, links between manifests, port map)`, measured: ms(indexNs),
    baseline: `${ms(aloneNs)} each manifest analysed alone`, figure: indexNs / aloneNs, figureText: `${(indexNs / aloneNs).toFixed(2)}×`,
    target: '≤ 1.3×', pass: indexNs / aloneNs <= 1.3, note: `${findings} findings (the generated manifests are consistent)` });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const core = await import('../src/core/index.ts');
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const timeOnce = (fn) => {
    const start = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - start);
  };
  const ms = (ns) => `${(ns / 1e6).toFixed(1)} ms`;
  benchKubernetes({ core, record: (row) => console.log(JSON.stringify(row)), median, timeOnce, ms });
}
