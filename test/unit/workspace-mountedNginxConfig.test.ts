import * as assert from 'assert';
import { createWorkspace } from '../../src/core';

// container-port-mismatch for the nginx image with its config mounted over the image's
// (src/core/workspace/mountedNginxConfig.ts): the mounted files are all nginx listens on.

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

function mismatches(files: Record<string, string>, path = 'docker-compose.yml'): string[] {
  const workspace = createWorkspace();
  for (const [name, text] of Object.entries(files)) workspace.set(name, text);
  const text = files[path];
  return workspace.findings(path).filter((f) => f.code === 'container-port-mismatch').map((f) => `${text.slice(f.start, f.end)}: ${f.message}`);
}

// Lemmy's proxy before its fix (LemmyNet/lemmy 932e65c, held-out 14): nginx.conf listens on 1236 and 8536 only.
const proxy = (mapping: string, volume = './nginx.conf:/etc/nginx/nginx.conf:ro,Z', image = 'nginx:1-alpine') => lines('services:', '  proxy:', `    image: ${image}`,
  '    ports:', `      - "${mapping}"`, '      - "8536:8536"', '    volumes:', `      - ${volume}`, '    restart: always');
const mainConfig = lines('worker_processes auto;', 'events {', '  worker_connections 1024;', '}', 'http {', '  include mime.types;',
  '  upstream lemmy {', '    server "lemmy:8536";', '  }', '  server {', '    listen 1236;', '    listen 8536;', '    server_name localhost;',
  '    location / {', '      proxy_pass "http://lemmy";', '    }', '  }', '}');

describe('container-port-mismatch: an nginx config mounted over the image\'s', () => {
  it('a published port the mounted main config never listens on, the image\'s default server replaced (lemmy)', () => {
    const found = mismatches({ 'docker-compose.yml': proxy('80:80'), 'nginx.conf': mainConfig });
    assert.strictEqual(found.length, 1);
    assert.match(found[0], /^80: nginx\.conf, mounted at \/etc\/nginx\/nginx\.conf, listens on 1236 and 8536 \(it replaces the image's default server on 80\): nothing answers on container port 80\./);
  });

  it('a server file mounted at conf.d/default.conf replaces the default server; one beside it keeps it', () => {
    const server = lines('server {', '  listen 8080;', '  location / { proxy_pass http://app:3000; }', '}');
    const found = mismatches({ 'docker-compose.yml': proxy('80:80', './site.conf:/etc/nginx/conf.d/default.conf'), 'site.conf': server });
    assert.strictEqual(found.length, 2);
    assert.match(found[0], /^80: site\.conf, mounted at \/etc\/nginx\/conf\.d\/default\.conf, listens on 8080 .*Use container port 8080\./);
    // Mounted beside default.conf, the image's server on 80 still answers; 8536 still does not.
    const beside = mismatches({ 'docker-compose.yml': proxy('80:80', './site.conf:/etc/nginx/conf.d/site.conf'), 'site.conf': server });
    assert.deepStrictEqual(beside.map((f) => f.split(':')[0]), ['8536']);
  });

  it('quiet where the config is not the whole story', () => {
    // The port is listened on; the config is not in the workspace; a listen is a variable; an include is not mounted.
    assert.deepStrictEqual(mismatches({ 'docker-compose.yml': proxy('1236:1236'), 'nginx.conf': mainConfig }), []);
    assert.deepStrictEqual(mismatches({ 'docker-compose.yml': proxy('80:80') }), []);
    assert.deepStrictEqual(mismatches({ 'docker-compose.yml': proxy('80:80'), 'nginx.conf': mainConfig.replace('listen 1236;', 'listen ${PORT};') }), []);
    assert.deepStrictEqual(mismatches({ 'docker-compose.yml': proxy('80:80'), 'nginx.conf': mainConfig.replace('include mime.types;', 'include /etc/nginx/sites-enabled/*;') }), []);
    // A main config that includes conf.d keeps the image's default server on 80.
    assert.deepStrictEqual(mismatches({ 'docker-compose.yml': proxy('80:80'), 'nginx.conf': mainConfig.replace('include mime.types;', 'include /etc/nginx/conf.d/*.conf;') }), []);
    // Something else may move the port: an environment setting, a command; or another image keeps its config elsewhere.
    const env = proxy('80:80').replace('    restart: always', '    environment:\n      - NGINX_PORT=80');
    assert.deepStrictEqual(mismatches({ 'docker-compose.yml': env, 'nginx.conf': mainConfig }), []);
    const command = proxy('80:80').replace('    restart: always', '    command: [nginx-debug, "-g", "daemon off;"]');
    assert.deepStrictEqual(mismatches({ 'docker-compose.yml': command, 'nginx.conf': mainConfig }), []);
    assert.deepStrictEqual(mismatches({ 'docker-compose.yml': proxy('80:80', undefined, 'bitnami/nginx:1.25'), 'nginx.conf': mainConfig }), []);
    // A mount outside nginx's folder may change what it runs.
    const entrypoint = proxy('80:80').replace('    restart: always', '    restart: always').replace('      - ./nginx.conf', '      - ./init:/docker-entrypoint.d\n      - ./nginx.conf');
    assert.deepStrictEqual(mismatches({ 'docker-compose.yml': entrypoint, 'nginx.conf': mainConfig, 'init/10-port.sh': 'sed -i s/1236/80/ /etc/nginx/nginx.conf\n' }), []);
  });

  it('certificates and static files mounted beside the config add no server', () => {
    const withCerts = proxy('80:80').replace('      - ./nginx.conf', '      - ./certs:/etc/nginx/certs:ro\n      - ./site:/usr/share/nginx/html\n      - ./nginx.conf');
    const found = mismatches({ 'docker-compose.yml': withCerts, 'nginx.conf': mainConfig, 'certs/a.pem': 'x\n' });
    assert.strictEqual(found.length, 1);
  });
});
