// unreachable-port for a connection from another container to a compose service on the host side of that
// service's own mapping. Positive shaped after Notifiarr/dockwatch 7a377e3 (held-out 10): the outer proxy's
// nginx.conf, mounted into an nginx service, routes /ws to dockwatch:10000 while the compose file publishes the
// dockwatch service as 10000:80. Negatives from the precision corpora: a public URL setting that rightly carries
// the host port (TaskingAI's HOST_URL: http://nginx:3080 beside "3080:80"), and every statement that the
// container may listen on the host port too.
import assert from 'assert';
import type { Finding } from '../../src/core/types';
import { createWorkspace } from '../../src/core/workspace/workspace';
import { applyEdits } from './applyEdits';

function found(path: string, files: Record<string, string>): Finding[] {
  const workspace = createWorkspace();
  for (const [name, text] of Object.entries(files)) workspace.set(name, text);
  return workspace.findings(path).filter((f) => f.code === 'unreachable-port');
}
const at = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end));

const dockwatchCompose = (more = '') => `services:
  dockwatch:
    image: ghcr.io/notifiarr/dockwatch:local
    ports:
      - 10000:80/tcp
${more}  nginx:
    image: lscr.io/linuxserver/nginx:1.28.0
    ports:
      - 10001:80/tcp
    volumes:
      - ./nginx.conf:/config/nginx/site-confs/default.conf:ro
`;
const outerProxy = (port: string) => `server {
    listen 80 default_server;
    location ^~ /dockwatch {
        set $upstream_app dockwatch;
        set $upstream_port 80;
        set $upstream_proto http;
        proxy_pass $upstream_proto://$upstream_app:$upstream_port;
    }
    location ^~ /dockwatch/ws {
        set $upstream_app dockwatch;
        set $upstream_port ${port};
        set $upstream_proto http;
        proxy_pass $upstream_proto://$upstream_app:$upstream_port;
    }
}
`;

describe('unreachable-port: a connection to the host side of a service\'s mapping', () => {
  it('dockwatch: the outer proxy routes to dockwatch:10000, the host side of "10000:80"', () => {
    const conf = outerProxy('10000');
    const findings = found('docker/nginx.conf', { 'docker/compose.yml': dockwatchCompose(), 'docker/nginx.conf': conf });
    assert.deepStrictEqual(at(conf, findings), ['10000']);
    assert.strictEqual(findings[0].message, 'dockwatch:10000 uses the host side of the mapping of service dockwatch (ports: in docker/compose.yml line 5): '
      + 'other containers reach dockwatch on its container port 80, so use 80.');
    assert.ok(!findings[0].message.includes('`'));
    assert.deepStrictEqual(findings[0].related?.map((place) => [place.path, place.message]), [['docker/compose.yml', 'dockwatch publishes host port 10000 for container port 80.']]);
    const fixed = applyEdits(conf, findings[0].fix!.edits);
    assert.strictEqual(fixed, outerProxy('80'));
    assert.deepStrictEqual(found('docker/nginx.conf', { 'docker/compose.yml': dockwatchCompose(), 'docker/nginx.conf': fixed }), []);
  });

  it('a database URL and a HOST/PORT pair in another service\'s environment', () => {
    const compose = `services:
  app:
    image: example.org/app:1
    environment:
      DATABASE_URL: postgres://app:secret@store:5433/app
      CACHE_HOST: cache
      CACHE_PORT: 6380
  store:
    image: example.org/store:2
    ports:
      - "5433:5432"
  cache:
    image: example.org/cache:3
    ports:
      - "6380:6379"
`;
    const findings = found('compose.yaml', { 'compose.yaml': compose });
    assert.deepStrictEqual(at(compose, findings), ['5433', '6380']);
    assert.match(findings[0].message, /^store:5433 uses the host side of the mapping of service store \(ports: in compose.yaml line 11\): other containers reach store on its container port 5432, so use 5432\.$/);
  });

  it('is silent on a public URL setting, which rightly names the host port (TaskingAI\'s HOST_URL)', () => {
    const compose = `services:
  backend-api:
    image: example.org/taskingai/backend-api:v1
    environment:
      HOST_URL: http://nginx:3080
      ICON_URL_PREFIX: https://nginx:3080
  nginx:
    image: example.org/taskingai/nginx:1
    ports:
      - "3080:80"
`;
    assert.deepStrictEqual(found('compose.yaml', { 'compose.yaml': compose }), []);
  });

  it('is silent whenever the container may listen on the host port too', () => {
    for (const more of [
      // expose: or another mapping names it as a container port
      '    expose:\n      - "10000"\n',
      // a setting names it
      '    environment:\n      WS_PORT: "10000"\n',
      // something may move the port
      '    command: ["serve", "--port", "${PORT}"]\n',
      '    network_mode: host\n',
    ]) {
      const compose = dockwatchCompose(more);
      assert.deepStrictEqual(found('docker/nginx.conf', { 'docker/compose.yml': compose, 'docker/nginx.conf': outerProxy('10000') }), [], more);
    }
    // The same port on both sides; a port that is not published at all; a UDP-only mapping.
    for (const ports of ['      - 10000:10000\n', '      - 9999:80\n', '      - 10000:80/udp\n']) {
      const compose = dockwatchCompose().replace('      - 10000:80/tcp\n', ports);
      assert.deepStrictEqual(found('docker/nginx.conf', { 'docker/compose.yml': compose, 'docker/nginx.conf': outerProxy('10000') }), [], ports);
    }
  });
});
