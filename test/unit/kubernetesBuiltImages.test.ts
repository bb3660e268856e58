import assert from 'assert';
import { shown, workspaceOf } from './workspaceOf';
import { imageLastSegment } from '../../src/core/workspace/imageNames';

// Kubernetes containers whose image a Dockerfile of the workspace builds (issue 20): the link by folder name or
// compose build, what the Dockerfile exposes used for container-port-mismatch, probes and Services; the other end
// of a targetPort that reaches no declared port; crossed-target-port. Shapes from real fixes: aks-store-demo's
// store-admin (containerPort 8080, its Dockerfile EXPOSE 8081), kubernetes/examples' Flower (a probe on 80, its
// Dockerfile EXPOSE 5555), microservices-demo's emailservice (containerPort 5000, its Service targetPort 8080),
// ingress-nginx's Azure Service (https sent to the controller's http port).

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

function deployment(options: { name?: string; image: string; ports?: string[]; extra?: string[]; labels?: string }): string {
  return lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${options.name ?? 'store-admin'}`,
    'spec:',
    '  template:',
    '    metadata:',
    `      labels: {${options.labels ?? 'app: store-admin'}}`,
    '    spec:',
    '      containers:',
    `        - name: ${options.name ?? 'store-admin'}`,
    `          image: ${options.image}`,
    ...(options.ports ? ['          ports:', ...options.ports] : []),
    ...(options.extra ?? []),
  );
}

function service(ports: string[], options: { name?: string; selector?: string; annotations?: string[] } = {}): string {
  return lines(
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${options.name ?? 'store-admin'}`,
    ...(options.annotations ? ['  annotations:', ...options.annotations] : []),
    'spec:',
    `  selector: {${options.selector ?? 'app: store-admin'}}`,
    '  ports:',
    ...ports,
  );
}

const DOCKERFILE = lines('FROM node:18', 'WORKDIR /app', 'COPY . .', 'RUN npm install', 'EXPOSE 8081', 'CMD ["npm", "run", "serve"]');
const IMAGE = 'ghcr.io/azure-samples/aks-store-demo/store-admin:latest';

describe('kubernetes: the Dockerfile that builds a container\'s image', () => {
  it('the image\'s last path segment, without tag or digest', () => {
    assert.strictEqual(imageLastSegment(IMAGE), 'store-admin');
    assert.strictEqual(imageLastSegment('emailservice'), 'emailservice');
    assert.strictEqual(imageLastSegment('registry:5000/team/api@sha256:abc'), 'api');
    assert.strictEqual(imageLastSegment('${REGISTRY}/{{ .Values.image }}'), undefined);
  });

  it('container-port-mismatch: a containerPort the Dockerfile in the folder of the image\'s name does not expose', () => {
    const manifest = deployment({ image: IMAGE, ports: ['            - containerPort: 8080', '              name: store-admin'] });
    const found = workspaceOf({ 'aks-store-all-in-one.yaml': manifest, 'src/store-admin/Dockerfile': DOCKERFILE }).findings('aks-store-all-in-one.yaml');
    assert.deepStrictEqual(shown(manifest, found), ['14: container-port-mismatch "8080"']);
    assert.match(found[0].message, /built by src\/store-admin\/Dockerfile, which says it listens on 8081 \(EXPOSE in src\/store-admin\/Dockerfile line 5\), not on containerPort 8080 of Deployment store-admin, container store-admin/);
    assert.ok(!found[0].message.includes('`'));
    assert.deepStrictEqual(found[0].related?.map((place) => [place.path, DOCKERFILE.slice(place.start, place.end)]), [['src/store-admin/Dockerfile', '8081']]);
    // Dockerfile.store-admin and store-admin.Dockerfile answer to the name as well.
    for (const path of ['docker/Dockerfile.store-admin', 'docker/store-admin.Dockerfile']) {
      assert.deepStrictEqual(shown(manifest, workspaceOf({ 'k8s.yaml': manifest, [path]: DOCKERFILE }).findings('k8s.yaml')), ['14: container-port-mismatch "8080"']);
    }
  });

  it('container-port-mismatch on the Service that agrees with a containerPort the Dockerfile does not expose (store-admin\'s Service on 8080)', () => {
    const manifest = deployment({ image: IMAGE, ports: ['            - containerPort: 8080', '              name: store-admin'] }) + '---\n'
      + service(['    - port: 8080']);
    const found = workspaceOf({ 'aks-store-all-in-one.yaml': manifest, 'src/store-admin/Dockerfile': DOCKERFILE }).findings('aks-store-all-in-one.yaml');
    assert.deepStrictEqual(shown(manifest, found), ['14: container-port-mismatch "8080"', '24: container-port-mismatch "8080"']);
    assert.match(found[1].message, /^Port 8080 of Service store-admin \(its targetPort defaults to the same number\) reaches containerPort 8080 of Deployment store-admin, container store-admin at line 14, but the image ghcr\.io\/azure-samples\/aks-store-demo\/store-admin:latest is built by src\/store-admin\/Dockerfile, which says it listens on 8081/);
    // A Service that reaches the port the Dockerfile exposes, or a container that declares it too, is quiet.
    const right = deployment({ image: IMAGE, ports: ['            - containerPort: 8080', '            - containerPort: 8081'] }) + '---\n' + service(['    - port: 8080']);
    assert.deepStrictEqual(workspaceOf({ 'k.yaml': right, 'src/store-admin/Dockerfile': DOCKERFILE }).findings('k.yaml'), []);
    const elsewhere = deployment({ image: IMAGE, ports: ['            - containerPort: 8080'] }) + '---\n' + service(['    - port: 8081']);
    assert.deepStrictEqual(shown(elsewhere, workspaceOf({ 'k.yaml': elsewhere, 'src/store-admin/Dockerfile': DOCKERFILE }).findings('k.yaml')), ['14: container-port-mismatch "8080"']);
  });

  it('a compose service that writes the image beside its build: links it too', () => {
    const manifest = deployment({ name: 'ratings', labels: 'app: ratings', image: 'robotshop/rs-ratings:latest', ports: ['            - containerPort: 3306'] });
    const compose = lines('services:', '  ratings:', '    build: ratings', '    image: ${REPO}/rs-ratings:${TAG}');
    const found = workspaceOf({ 'K8s/ratings.yaml': manifest, 'docker-compose.yaml': compose, 'ratings/Dockerfile': lines('FROM php:7.2-apache', 'EXPOSE 80') }).findings('K8s/ratings.yaml');
    assert.deepStrictEqual(shown(manifest, found), ['14: container-port-mismatch "3306"']);
  });

  it('a skaffold.yaml artifact links an image to its context folder, whatever the folder is called', () => {
    const manifest = deployment({ name: 'spark-worker', labels: 'app: spark-worker', image: 'gcr.io/google_containers/spark-worker:1.5.1_v1', ports: ['            - containerPort: 8888'] });
    const dockerfile = lines('FROM gcr.io/google_containers/spark-base:latest', 'EXPOSE 8081', 'ENTRYPOINT ["/start.sh"]');
    for (const skaffold of [
      lines('apiVersion: skaffold/v2beta29', 'kind: Config', 'build:', '  artifacts:', '    - image: gcr.io/google_containers/spark-worker', '      context: images/worker'),
      lines('apiVersion: skaffold/v1alpha2', 'kind: Config', 'build:', '  artifacts:', '  - imageName: spark-worker', '    workspace: ./images/worker'),
      lines('apiVersion: skaffold/v4beta6', 'kind: Config', 'build:', '  artifacts:', '    - image: spark-worker', '      context: images', '      docker:', '        dockerfile: worker/Dockerfile')]) {
      const found = workspaceOf({ 'spark/skaffold.yaml': skaffold, 'spark/worker.yaml': manifest, 'spark/images/worker/Dockerfile': dockerfile }).findings('spark/worker.yaml');
      assert.deepStrictEqual(shown(manifest, found), ['14: container-port-mismatch "8888"'], skaffold);
    }
    // Without it, the folder's name (worker) is not the image's (spark-worker): a word of the name counts only where a
    // compose service of that name builds the folder.
    assert.deepStrictEqual(workspaceOf({ 'spark/worker.yaml': manifest, 'spark/images/worker/Dockerfile': dockerfile }).findings('spark/worker.yaml'), []);
  });

  it('negatives: an exposed port, two Dockerfiles of one name, a known image, no EXPOSE, something that moves the port', () => {
    const ports = ['            - containerPort: 8080'];
    const check = (files: Record<string, string>, manifest = deployment({ image: IMAGE, ports })) => shown(manifest, workspaceOf({ 'k8s.yaml': manifest, ...files }).findings('k8s.yaml'));
    assert.deepStrictEqual(check({ 'src/store-admin/Dockerfile': DOCKERFILE.replace('EXPOSE 8081', 'EXPOSE 8080') }), []);
    assert.deepStrictEqual(check({ 'src/store-admin/Dockerfile': DOCKERFILE, 'legacy/store-admin/Dockerfile': DOCKERFILE }), []);
    assert.deepStrictEqual(check({ 'src/store-admin/Dockerfile': DOCKERFILE.replace('EXPOSE 8081\n', '') }), []);
    assert.deepStrictEqual(check({ 'src/other/Dockerfile': DOCKERFILE }), []);
    // A published image the table knows means itself, not a local folder of the same name.
    const nginx = deployment({ image: 'nginx:1.27', ports: ['            - containerPort: 80'] });
    assert.deepStrictEqual(check({ 'nginx/Dockerfile': lines('FROM node:18', 'EXPOSE 3000') }, nginx), []);
    // A PORT in env, args naming a number, a second declared port the Dockerfile exposes, a probe on the port.
    for (const extra of [['          env:', '            - name: PORT', '              value: "8080"'], ['          args: ["--listen", ":8080"]']]) {
      assert.deepStrictEqual(check({ 'src/store-admin/Dockerfile': DOCKERFILE }, deployment({ image: IMAGE, ports, extra })), []);
    }
    assert.deepStrictEqual(check({ 'src/store-admin/Dockerfile': DOCKERFILE }, deployment({ image: IMAGE, ports: [...ports, '            - containerPort: 8081'] })), []);
    const probed = deployment({ image: IMAGE, ports, extra: ['          readinessProbe:', '            httpGet: {path: /, port: 8080}'] });
    assert.deepStrictEqual(check({ 'src/store-admin/Dockerfile': DOCKERFILE }, probed), []);
  });

  it('a Dockerfile without EXPOSE that keeps its base image\'s server as it is: the base image\'s port (FROM nginx, COPY dist into the html folder)', () => {
    const manifest = deployment({ name: 'web', labels: 'app: web', image: 'registry.example.com/shop/web:1.4', ports: ['            - containerPort: 8080'] });
    const dockerfile = lines('FROM node:20 AS build', 'WORKDIR /app', 'COPY . .', 'RUN npm ci && npm run build', '', 'FROM nginx:1.25-alpine', 'COPY --from=build /app/dist /usr/share/nginx/html');
    const found = workspaceOf({ 'k8s/web.yaml': manifest, 'web/Dockerfile': dockerfile }).findings('k8s/web.yaml');
    assert.deepStrictEqual(shown(manifest, found), ['14: container-port-mismatch "8080"']);
    assert.match(found[0].message, /built by web\/Dockerfile, which says it listens on 80 \(its base image nginx\), not on containerPort 8080/);
    assert.deepStrictEqual(found[0].related?.map((place) => [place.path, dockerfile.slice(place.start, place.end)]), [['web/Dockerfile', 'nginx:1.25-alpine']]);
    // With an EXPOSE of its own, the Dockerfile says where it listens, as before.
    const exposing = lines('FROM nginx:1.25-alpine', 'COPY dist /usr/share/nginx/html', 'EXPOSE 8081');
    const said = workspaceOf({ 'k8s/web.yaml': manifest, 'web/Dockerfile': exposing }).findings('k8s/web.yaml');
    assert.match(said[0].message, /which says it listens on 8081 \(EXPOSE in web\/Dockerfile line 3\), not on/);
    // The pods become known: a Service to a port the base image's server does not listen on is judged, one to 80 is not.
    const bare = deployment({ name: 'web', labels: 'app: web', image: 'registry.example.com/shop/web:1.4' });
    const svc = (target: number) => service(['  - port: 80', `    targetPort: ${target}`], { name: 'web', selector: 'app: web' });
    assert.deepStrictEqual(shown(svc(3000), workspaceOf({ 'k8s/web.yaml': bare, 'k8s/svc.yaml': svc(3000), 'web/Dockerfile': dockerfile }).findings('k8s/svc.yaml')), ['9: target-port-undeclared "3000"']);
    assert.deepStrictEqual(workspaceOf({ 'k8s/web.yaml': bare, 'k8s/svc.yaml': svc(80), 'web/Dockerfile': dockerfile }).findings('k8s/svc.yaml'), []);
  });

  it('negatives: a Dockerfile without EXPOSE that may move or replace its base image\'s server, or whose base image is not known', () => {
    const manifest = deployment({ name: 'web', labels: 'app: web', image: 'registry.example.com/shop/web:1.4', ports: ['            - containerPort: 8080'] });
    const base = lines('FROM nginx:1.25-alpine', 'COPY dist /usr/share/nginx/html');
    const check = (dockerfile: string) => workspaceOf({ 'k8s/web.yaml': manifest, 'web/Dockerfile': dockerfile }).findings('k8s/web.yaml');
    assert.strictEqual(check(base).length, 1);
    for (const extra of [
      'COPY nginx.conf /etc/nginx/conf.d/default.conf', // a config over the default server (robot-shop's ratings copies one into /etc/apache2)
      'COPY default.conf.template /templates/',
      'ADD settings.yaml /srv/',
      'RUN apk add --no-cache curl \\\n  && sed -i s/80/8080/ /etc/nginx/conf.d/default.conf',
      'RUN sed -i "s/listen 80/listen 8080/" /etc/nginx/conf.d/default.conf',
      'RUN echo "Listen 8080" >> /etc/apache2/ports.conf \\\n  && true',
      'CMD ["node", "server.js"]',
      'ENTRYPOINT ["/docker-entrypoint.sh"]',
      'ENV NGINX_PORT=8080',
      'USER 101',
    ]) {
      assert.deepStrictEqual(check(`${base}${extra}\n`), [], extra);
    }
    // A base image the table does not know, or one that listens on nothing, says nothing.
    assert.deepStrictEqual(check(lines('FROM example/unknown-server:1', 'COPY dist /srv')), []);
    assert.deepStrictEqual(check(lines('FROM node:20-alpine', 'COPY . /app')), []);
  });

  it('target-port-undeclared: a probe on a port the built image does not expose; a Service reaching what it exposes is fine', () => {
    const flower = deployment({ name: 'flower', labels: 'app: flower', image: 'endocode/flower', extra: ['          livenessProbe:', '            httpGet:', '              path: /', '              port: 80'] });
    const dockerfile = lines('FROM ubuntu:trusty', '# Make sure we expose port 5555 so that we can connect to it', 'EXPOSE 5555', 'ENTRYPOINT ["/usr/local/bin/run_flower.sh"]');
    const found = workspaceOf({ 'celery/flower-controller.yaml': flower, 'celery/flower/Dockerfile': dockerfile }).findings('celery/flower-controller.yaml');
    assert.deepStrictEqual(shown(flower, found), ['16: target-port-undeclared "80"']);
    assert.match(found[0].message, /checks port 80, which no container of Deployment flower declares and celery\/flower\/Dockerfile \(which builds its image\) does not expose/);
    assert.strictEqual(found[0].related?.[0].path, 'celery/flower/Dockerfile');
    assert.deepStrictEqual(workspaceOf({ 'f.yaml': flower.replace('port: 80', 'port: 5555'), 'celery/flower/Dockerfile': dockerfile }).findings('f.yaml'), []);
    // Without the Dockerfile the image is unknown: quiet, as before.
    assert.deepStrictEqual(workspaceOf({ 'f.yaml': flower }).findings('f.yaml'), []);
    // A Service: the built image's EXPOSE counts as declared, and says where the container listens when it declares nothing.
    const bare = deployment({ image: IMAGE });
    const to8081 = service(['    - port: 80', '      targetPort: 8081']);
    const to8080 = service(['    - port: 80', '      targetPort: 8080']);
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': bare, 's.yaml': to8081, 'src/store-admin/Dockerfile': DOCKERFILE }).findings('s.yaml'), []);
    assert.deepStrictEqual(shown(to8080, workspaceOf({ 'd.yaml': bare, 's.yaml': to8080, 'src/store-admin/Dockerfile': DOCKERFILE }).findings('s.yaml')), ['9: target-port-undeclared "8080"']);
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': bare, 's.yaml': to8080 }).findings('s.yaml'), []);
  });

  it('a Dockerfile that changes changes the manifests\' findings, and names them as dependants', () => {
    const manifest = deployment({ image: IMAGE, ports: ['            - containerPort: 8080'] });
    const workspace = workspaceOf({ 'k8s.yaml': manifest, 'src/store-admin/Dockerfile': DOCKERFILE });
    assert.strictEqual(workspace.findings('k8s.yaml').length, 1);
    assert.deepStrictEqual(workspace.dependants('src/store-admin/Dockerfile'), ['k8s.yaml']);
    workspace.set('src/store-admin/Dockerfile', DOCKERFILE.replace('8081', '8080'));
    assert.deepStrictEqual(workspace.findings('k8s.yaml'), []);
    workspace.delete('src/store-admin/Dockerfile');
    assert.deepStrictEqual(workspace.findings('k8s.yaml'), []);
    workspace.set('src/store-admin/Dockerfile', DOCKERFILE);
    assert.strictEqual(workspace.findings('k8s.yaml').length, 1);
  });
});

describe('kubernetes: both ends of a targetPort that reaches no declared port', () => {
  const emailDeployment = lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: emailservice',
    'spec:',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: emailservice',
    '    spec:',
    '      containers:',
    '      - name: server',
    '        image: emailservice',
    '        ports:',
    '        - containerPort: 5000',
  );
  const emailService = service(['  - port: 5000', '    targetPort: 8080'], { name: 'emailservice', selector: 'app: emailservice' });

  it('the one unreached containerPort is shown too, each end naming the other', () => {
    const workspace = workspaceOf({ 'k8s/emailservice.yaml': `${emailDeployment}---\n${emailService}` });
    const text = `${emailDeployment}---\n${emailService}`;
    const found = workspace.findings('k8s/emailservice.yaml');
    assert.deepStrictEqual(shown(text, found), ['15: target-port-undeclared "5000"', '25: target-port-undeclared "8080"']);
    const [atContainer, atService] = found;
    assert.match(atContainer.message, /containerPort 5000 of Deployment emailservice, container server is not where Service emailservice sends its port 5000: its targetPort 8080 at line 25 reaches no declared port, so one of the two is wrong\./);
    assert.strictEqual(text.slice(atContainer.related![0].start, atContainer.related![0].end), '8080');
    assert.strictEqual(text.slice(atService.related![0].start, atService.related![0].end), '5000');
  });

  it('pairs by name when several miss (haproxy-ingress: http and https moved to 8080 and 8443)', () => {
    const controller = deployment({ name: 'haproxy', labels: 'run: haproxy', image: 'example/ingress-controller', ports: [
      '            - name: http', '              containerPort: 80', '            - name: https', '              containerPort: 443', '            - name: stat', '              containerPort: 1024'] });
    const svc = service(['  - name: http', '    port: 80', '    targetPort: 8080', '  - name: https', '    port: 443', '    targetPort: 8443', '  - name: stat', '    port: 1024', '    targetPort: 1024'], { name: 'haproxy', selector: 'run: haproxy' });
    const workspace = workspaceOf({ 'd.yaml': controller, 's.yaml': svc });
    assert.deepStrictEqual(shown(controller, workspace.findings('d.yaml')), ['15: target-port-undeclared "80"', '17: target-port-undeclared "443"']);
    assert.deepStrictEqual(shown(svc, workspace.findings('s.yaml')), ['10: target-port-undeclared "8080"', '13: target-port-undeclared "8443"']);
  });

  it('a probe on an undeclared health port does not hide a pair named alike (haproxytech: http → 8080, containerPort http 80, liveness on 1042)', () => {
    const probe = ['          livenessProbe:', '            httpGet: {path: /healthz, port: 1042}'];
    const ports = ['            - name: http', '              containerPort: 80', '            - name: https', '              containerPort: 443', '            - name: stat', '              containerPort: 1024'];
    const controller = deployment({ name: 'haproxy', labels: 'run: haproxy', image: 'example/ingress-controller', ports, extra: probe });
    // The same pods written again as a DaemonSet in the folder (applied instead of the Deployment): each file is an end.
    const daemonset = controller.replace('kind: Deployment', 'kind: DaemonSet').replace('name: haproxy\n', 'name: haproxy-ds\n');
    const svc = service(['  - name: http', '    port: 80', '    targetPort: 8080', '  - name: https', '    port: 443', '    targetPort: 8443', '  - name: stat', '    port: 1024', '    targetPort: 1024'], { name: 'haproxy', selector: 'run: haproxy' });
    const workspace = workspaceOf({ 'deploy/d.yaml': controller, 'deploy/ds.yaml': daemonset, 'deploy/s.yaml': svc });
    assert.deepStrictEqual(shown(svc, workspace.findings('deploy/s.yaml')), ['10: target-port-undeclared "8080"', '13: target-port-undeclared "8443"']);
    assert.deepStrictEqual(shown(controller, workspace.findings('deploy/d.yaml')), ['15: target-port-undeclared "80"', '17: target-port-undeclared "443"']);
    assert.deepStrictEqual(shown(daemonset, workspace.findings('deploy/ds.yaml')), ['15: target-port-undeclared "80"', '17: target-port-undeclared "443"']);
    assert.strictEqual(workspace.findings('deploy/s.yaml')[0].related!.length, 2);
    // A second Service of the folder for the same pods (each alternative file has its own): still one warning per port.
    const again = workspaceOf({ 'deploy/d.yaml': controller, 'deploy/s.yaml': svc, 'deploy/tests/s.yaml': svc.replace('name: haproxy\n', 'name: haproxy-test\n') });
    assert.deepStrictEqual(shown(controller, again.findings('deploy/d.yaml')), ['15: target-port-undeclared "80"', '17: target-port-undeclared "443"']);
    assert.strictEqual(again.findings('deploy/tests/s.yaml').length, 2);
  });

  it('negatives with a probe on an undeclared port: no container port of the Service port\'s name, two numbers under that name, the named port reached otherwise', () => {
    const probe = ['          livenessProbe:', '            httpGet: {path: /healthz, port: 1042}'];
    const svc = service(['  - name: http', '    port: 80', '    targetPort: 8080'], { name: 'app', selector: 'app: app' });
    const web = deployment({ name: 'app', labels: 'app: app', image: 'example/app', ports: ['            - name: web', '              containerPort: 80'], extra: probe });
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': web, 's.yaml': svc }).findings('s.yaml'), []);
    const http = web.replace('name: web', 'name: http');
    assert.strictEqual(workspaceOf({ 'd.yaml': http, 's.yaml': svc }).findings('s.yaml').length, 1);
    const unnamed = service(['  - port: 80', '    targetPort: 8080'], { name: 'app', selector: 'app: app' });
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': http, 's.yaml': unnamed }).findings('s.yaml'), []);
    const canary = http.replace('name: app\n', 'name: app-canary\n').replace('containerPort: 80', 'containerPort: 81');
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': http, 'e.yaml': canary, 's.yaml': svc }).findings('s.yaml'), []);
    const reached = service(['  - name: http', '    port: 80', '    targetPort: 8080', '  - name: plain', '    port: 81', '    targetPort: 80'], { name: 'app', selector: 'app: app' });
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': http, 's.yaml': reached }).findings('s.yaml'), []);
    // A container whose port may move (a shell in its command) is no plain end either.
    const shell = http.replace('          livenessProbe:', '          command: ["sh", "-c", "serve"]\n          livenessProbe:');
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': shell, 's.yaml': svc }).findings('s.yaml'), []);
  });

  it('negatives: the image listens on the containerPort, two unnamed candidates (in one workload or two)', () => {
    // ghost listens on 2368: the Service's targetPort 80 is the wrong end, and its warning says enough.
    const ghost = deployment({ name: 'blog', labels: 'app: blog', image: 'ghost:5', ports: ['            - containerPort: 2368'] });
    const to80 = service(['  - port: 80', '    targetPort: 80'], { name: 'blog', selector: 'app: blog' });
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': ghost, 's.yaml': to80 }).findings('d.yaml'), []);
    assert.strictEqual(workspaceOf({ 'd.yaml': ghost, 's.yaml': to80 }).findings('s.yaml').length, 1);
    const two = deployment({ image: 'example/app', ports: ['            - containerPort: 5000', '            - containerPort: 9090'] });
    const svc = service(['  - port: 80', '    targetPort: 8080']);
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': two, 's.yaml': svc }).findings('d.yaml'), []);
    const one = deployment({ image: 'example/app', ports: ['            - containerPort: 5000'] });
    const other = deployment({ name: 'canary', image: 'example/app', ports: ['            - containerPort: 5001'] }).replace('name: canary\n', 'name: canary\n');
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': one, 'e.yaml': other, 's.yaml': svc }).findings('d.yaml'), []);
    assert.strictEqual(workspaceOf({ 'd.yaml': one, 's.yaml': svc }).findings('d.yaml').length, 1);
    // A shell or a mounted config may make it listen elsewhere; a probe on a third port says its declarations are incomplete.
    const shell = deployment({ image: 'golang:1.21', ports: ['            - containerPort: 8000'], extra: ['          command: ["sh", "-c", "go run ."]'] });
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': shell, 's.yaml': svc }).findings('d.yaml'), []);
    const probed = deployment({ image: 'example/app', ports: ['            - containerPort: 8000'], extra: ['          readinessProbe:', '            httpGet: {path: /healthz, port: 8081}'] });
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': probed, 's.yaml': svc }).findings('d.yaml'), []);
    // ... and neither end is judged: the Service may reach a port the process serves without declaring it.
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': probed, 's.yaml': svc }).findings('s.yaml'), []);
    const probedDeclared = probed.replace('port: 8081', 'port: 8000');
    assert.strictEqual(workspaceOf({ 'd.yaml': probedDeclared, 's.yaml': svc }).findings('s.yaml').length, 1);
    // Selection stays within the Service's folder and those above and below it: a sibling example's pods are not its own.
    assert.deepStrictEqual(workspaceOf({ 'examples/a/d.yaml': one, 'testdata/s.yaml': svc }).findings('testdata/s.yaml'), []);
    assert.strictEqual(workspaceOf({ 'deploy/d.yaml': one, 'deploy/provider/s.yaml': svc }).findings('deploy/provider/s.yaml').length, 1);
  });
});

describe('kubernetes: a named targetPort one letter from the pods\' port name', () => {
  const grafana = (name: string, more: string[] = []) => deployment({ name: 'grafana', labels: 'app: grafana', image: 'example/grafana-dashboards:0.1.1',
    ports: ['            - containerPort: 3000', `              name: ${name}`, ...more] });
  const svc = (target: string, more: string[] = []) => service(['  - name: web', '    port: 3000', `    targetPort: ${target}`, ...more], { name: 'grafana', selector: 'app: grafana' });

  it('undefined-port-name at both names: targetPort web, the container\'s port named wep (nats\' Grafana)', () => {
    const text = `${svc('web')}---\n${grafana('wep')}`;
    const found = workspaceOf({ 'g.yml': text }).findings('g.yml');
    assert.deepStrictEqual(shown(text, found), ['10: undefined-port-name "web"', '26: undefined-port-name "wep"']);
    assert.match(found[1].message, /Port name wep of Deployment grafana, container grafana is one letter from targetPort web of Service grafana at line 10, which no container defines, so one of the two names is misspelt\./);
    assert.strictEqual(text.slice(found[1].related![0].start, found[1].related![0].end), 'web');
    for (const [wrong, right] of [['htpp', 'http'], ['metircs', 'metrics'], ['grcp', 'grpc'], ['admn', 'admin']]) {
      const other = `${svc(right)}---\n${grafana(wrong)}`;
      assert.deepStrictEqual(shown(other, workspaceOf({ 'g.yml': other }).findings('g.yml')).length, 2, wrong);
    }
  });

  it('negatives: http and https, names with digits, two near names, a name another Service port uses, two workloads, short names', () => {
    const quietAtContainer = (target: string, name: string, more: string[] = [], svcMore: string[] = [], extra: Record<string, string> = {}) => {
      const workspace = workspaceOf({ 'd.yaml': grafana(name, more), 's.yaml': svc(target, svcMore), ...extra });
      assert.deepStrictEqual(workspace.findings('d.yaml'), [], `${target} ${name}`);
    };
    quietAtContainer('https', 'http');
    quietAtContainer('http', 'https');
    quietAtContainer('metrics1', 'metrics2');
    quietAtContainer('web', 'wep', ['            - containerPort: 3001', '              name: wev']);
    quietAtContainer('web', 'wep', [], ['  - name: other', '    port: 3001', '    targetPort: wep']);
    quietAtContainer('web', 'wep', [], [], { 'e.yaml': grafana('wep').replace('name: grafana\n', 'name: grafana-canary\n') });
    quietAtContainer('ws', 'wsa');
    quietAtContainer('wsa', 'ws');
    quietAtContainer('web', 'api');
  });
});

describe('kubernetes: crossed-target-port', () => {
  const controller = deployment({ name: 'nginx-ingress-controller', labels: 'app: ingress-nginx', image: 'example/ingress-controller:0.9', ports: [
    '            - name: http', '              containerPort: 80', '            - name: https', '              containerPort: 443'] });
  const crossed = ['  - name: http', '    port: 80', '    targetPort: http', '  - name: https', '    port: 443', '    targetPort: http'];

  it('an https Service port sent to the pods\' http port while they define https', () => {
    const svc = service(crossed, { name: 'ingress-nginx', selector: 'app: ingress-nginx' });
    const found = workspaceOf({ 'deploy/with-rbac.yaml': controller, 'deploy/provider/azure/service.yaml': svc }).findings('deploy/provider/azure/service.yaml');
    assert.deepStrictEqual(shown(svc, found), ['13: crossed-target-port "http"']);
    assert.strictEqual(found[0].severity, 'warning');
    assert.strictEqual(found[0].message, 'Port https (443) of Service ingress-nginx sends its traffic to the container port named http, as another of its ports does, while the pods it selects define a port named https at deploy/with-rbac.yaml line 17 that no port of the Service reaches.');
    assert.strictEqual(found[0].related?.[0].path, 'deploy/with-rbac.yaml');
  });

  it('negatives: TLS terminated by the load balancer, no https port on the pods, https reached by another port, one port alone', () => {
    const check = (svc: string, pods = controller) => workspaceOf({ 'd.yaml': pods, 's.yaml': svc }).findings('s.yaml');
    const selector = 'app: ingress-nginx';
    assert.deepStrictEqual(check(service(crossed, { selector, annotations: ['    service.beta.kubernetes.io/aws-load-balancer-ssl-cert: "arn:aws:acm:us-west-2:1:certificate/x"', '    service.beta.kubernetes.io/aws-load-balancer-backend-protocol: "http"'] })), []);
    const httpOnly = deployment({ name: 'web', labels: selector, image: 'example/web', ports: ['            - name: http', '              containerPort: 80'] });
    assert.deepStrictEqual(check(service(crossed, { selector }), httpOnly), []);
    assert.deepStrictEqual(check(service([...crossed, '  - name: tls', '    port: 8443', '    targetPort: https'], { selector })), []);
    assert.deepStrictEqual(check(service(['  - name: https', '    port: 443', '    targetPort: http'], { selector })), []);
    assert.deepStrictEqual(check(service(['  - name: http', '    port: 80', '    targetPort: http', '  - name: https', '    port: 443', '    targetPort: https'], { selector })), []);
  });
});

describe('kubernetes: a containerPort beside the port its args name', () => {
  const netcat = (args: string, ports = ['            - containerPort: 4444']) => deployment({ name: 'netcat-srv', labels: 'app: netcat-srv', image: 'subfuzion/netcat', ports, extra: ['          args:', '            - "-vl"', `            - "${args}"`] });
  const svc = service(['  - port: 44444', '    name: netcat'], { name: 'netcat-srv', selector: 'app: netcat-srv' });

  it('container-port-mismatch: the one declared port is not the number the args and the Service agree on', () => {
    const pod = netcat('44444');
    const found = workspaceOf({ 'd.yaml': pod, 's.yaml': svc }).findings('d.yaml');
    assert.deepStrictEqual(shown(pod, found), ['14: container-port-mismatch "4444"']);
    assert.strictEqual(found[0].message, 'containerPort 4444 of Deployment netcat-srv, container netcat-srv is not the port its command, args or env name (44444), where Service netcat-srv sends its traffic (port 44444 at s.yaml line 8), so nothing may answer on 4444.');
    assert.strictEqual(found[0].related?.[0].path, 's.yaml');
  });

  it('negatives: the args name the declared port too, two declared ports, a port named otherwise, another container declares the target', () => {
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': netcat('44444 4444'), 's.yaml': svc }).findings('d.yaml'), []);
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': netcat('44444', ['            - containerPort: 4444', '            - containerPort: 9090']), 's.yaml': svc }).findings('d.yaml'), []);
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': netcat('44444', ['            - name: metrics', '              containerPort: 4444']), 's.yaml': svc }).findings('d.yaml'), []);
    const sidecar = netcat('44444').replace('          args:', '          args:\n').replace('\n\n', '\n') + lines('        - name: proxy', '          image: example/proxy', '          ports:', '            - containerPort: 44444');
    assert.deepStrictEqual(workspaceOf({ 'd.yaml': sidecar, 's.yaml': svc }).findings('d.yaml'), []);
  });
});

describe('kubernetes: a value naming a Service with a port it does not have', () => {
  const gateway = service(['    - port: 808', '      protocol: TCP', '      targetPort: 8080', '      nodePort: 31112'], { name: 'gateway', selector: 'app: gateway' })
    .replace('  name: gateway\n', '  name: gateway\n  namespace: openfaas\n');
  const config = lines('kind: ConfigMap', 'apiVersion: v1', 'metadata:', '  name: alertmanager-config', '  namespace: openfaas', 'data:', '  alertmanager.yml: |',
    '    receivers:', '    - name: scale-up', '      webhook_configs:', '        - url: http://gateway.openfaas:8080/system/alert');

  it('unreachable-port at the value, and at the Service\'s one port when its targetPort is the number the clients use', () => {
    const workspace = workspaceOf({ 'yaml/gateway-svc.yml': gateway, 'yaml/alertmanager-cfg.yml': config });
    const atValue = workspace.findings('yaml/alertmanager-cfg.yml');
    assert.deepStrictEqual(shown(config, atValue), ['11: unreachable-port "8080"']);
    assert.strictEqual(atValue[0].message, 'Nothing answers on gateway.openfaas:8080: Service gateway at yaml/gateway-svc.yml line 9 has only port 808 (to targetPort 8080), and a Service\'s clients reach only its ports.');
    assert.strictEqual(atValue[0].severity, 'warning');
    const atService = workspace.findings('yaml/gateway-svc.yml');
    assert.deepStrictEqual(shown(gateway, atService), ['9: unreachable-port "808"']);
    assert.match(atService[0].message, /Port 808 of Service gateway is not the port its clients use: gateway\.openfaas:8080 at yaml\/alertmanager-cfg\.yml line 11 names 8080/);
  });

  it('env values, args and every DNS form of the name; the bare name resolves in the object\'s own namespace', () => {
    const web = service(['    - port: 80', '      targetPort: 8080'], { name: 'web', selector: 'app: web' });
    const client = (value: string, namespace = 'default') => deployment({ name: 'client', labels: 'app: client', image: 'example/client', extra: ['          env:', '            - name: UPSTREAM', `              value: "${value}"`] })
      .replace('  name: client\n', `  name: client\n  namespace: ${namespace}\n`);
    for (const value of ['http://web:8080/api', 'web.default:8080', 'web.default.svc:8080', 'http://web.default.svc.cluster.local:8080']) {
      assert.strictEqual(workspaceOf({ 's.yaml': web, 'c.yaml': client(value) }).findings('c.yaml').length, 1, value);
    }
    for (const value of ['http://web:80/api', 'http://web:8080', 'web.default:80']) {
      const found = workspaceOf({ 's.yaml': web, 'c.yaml': client(value, value === 'http://web:8080' ? 'other' : 'default') }).findings('c.yaml');
      assert.deepStrictEqual(found, [], value);
    }
    // Not a Service's name: a longer host, an address, a user, another namespace's name written out.
    for (const value of ['http://web.example.com:8080', 'http://10.0.0.1:8080', 'postgres://user@web:8080', 'web.other:8080']) {
      assert.deepStrictEqual(workspaceOf({ 's.yaml': web, 'c.yaml': client(value) }).findings('c.yaml'), [], value);
    }
    // The Service's own port is shown too only when its targetPort is the number the clients use.
    const workspace = workspaceOf({ 's.yaml': web, 'c.yaml': client('http://web:9000') });
    assert.strictEqual(workspace.findings('c.yaml').length, 1);
    assert.deepStrictEqual(workspace.findings('s.yaml'), []);
    assert.strictEqual(workspaceOf({ 's.yaml': web, 'c.yaml': client('http://web:8080') }).findings('s.yaml').length, 1);
    // A Service of a sibling folder is another example's.
    assert.deepStrictEqual(workspaceOf({ 'cd/s.yaml': web, 'setup/c.yaml': client('http://web:9000') }).findings('setup/c.yaml'), []);
    assert.strictEqual(workspaceOf({ 'k8s/s.yaml': web, 'k8s/apps/c.yaml': client('http://web:9000') }).findings('k8s/apps/c.yaml').length, 1);
    const twoPorts = service(['    - name: http', '      port: 80', '      targetPort: 8080', '    - name: agent', '      port: 50000'], { name: 'web', selector: 'app: web' });
    assert.match(workspaceOf({ 's.yaml': twoPorts, 'c.yaml': client('http://web:9000') }).findings('c.yaml')[0].message, /has only ports 80 \(to targetPort 8080\) and 50000, and/);
    const args = deployment({ name: 'proxy', labels: 'app: proxy', image: 'example/oauth2-proxy', extra: ['          args: ["--upstream=http://web:8080/"]'] });
    assert.strictEqual(workspaceOf({ 's.yaml': web, 'p.yaml': args }).findings('p.yaml')[0]?.code, 'unreachable-port');
  });

  it('negatives: a headless or ExternalName Service, a Service whose port is the one named', () => {
    const client = deployment({ name: 'client', labels: 'app: client', image: 'example/client', extra: ['          env:', '            - name: DB', '              value: "db:5432"'] });
    const headless = service(['    - port: 5433'], { name: 'db', selector: 'app: db' }).replace('spec:\n', 'spec:\n  clusterIP: None\n');
    const external = service(['    - port: 5433'], { name: 'db', selector: 'app: db' }).replace('spec:\n', 'spec:\n  type: ExternalName\n  externalName: db.example.com\n');
    const right = service(['    - port: 5432', '      targetPort: 5433'], { name: 'db', selector: 'app: db' });
    for (const svc of [headless, external, right]) assert.deepStrictEqual(workspaceOf({ 's.yaml': svc, 'c.yaml': client }).findings('c.yaml'), []);
  });
});
