// Which image each port belongs to (compose `image:`, a Dockerfile stage's FROM), what in a compose service may
// move the image's ports, and listen addresses (`:80`, `0.0.0.0:8080`) read as ports.
import * as assert from 'assert';
import { checkPorts, dotenvVariables, scanPorts, type ConfigFormat, type PortMention } from '../../src/core';

/** Each mention as `written@role=image`, in text order. */
function images(text: string, format: ConfigFormat, variables?: ReadonlyMap<string, string>): string[] {
  return scanPorts(text, format, variables).map((m: PortMention) => `${text.slice(m.start, m.end)}@${m.role}=${m.image ?? '-'}`);
}

function changedBy(text: string, service: string): string | undefined {
  const mention = scanPorts(text, 'compose').find((m) => m.service === service);
  assert.ok(mention, `a mention in ${service}`);
  return mention.portsChangedBy;
}

describe('scanners: the image a port belongs to', () => {
  it('compose: every mention of a service carries its image, interpolated, with unread variables as written', () => {
    const text = [
      'services:',
      '  db:',
      '    image: ${PG_IMAGE:-postgres}:${PG_VERSION}',
      '    ports: ["5432:5432"]',
      '    environment:',
      '      - DATABASE_URL=postgres://db:5432/app',
      '  grafana:',
      '    image: "grafana/grafana:${TAG:-10.2}"',
      '    expose: ["3000"]',
      '',
    ].join('\n');
    assert.deepStrictEqual(images(text, 'compose'), [
      '5432@host=postgres:${PG_VERSION}', '5432@container=postgres:${PG_VERSION}', '5432@setting=postgres:${PG_VERSION}',
      '3000@expose=grafana/grafana:10.2',
    ]);
    assert.deepStrictEqual(images(text, 'compose', dotenvVariables('PG_IMAGE=bitnami/postgresql\nPG_VERSION=16\n')).slice(0, 1),
      ['5432@host=bitnami/postgresql:16']);
  });

  it('compose: a service that builds its own image, or names none, has no image', () => {
    const text = 'services:\n  app:\n    build: .\n    image: grafana/grafana\n    ports: ["8080:8080"]\n  x:\n    ports: ["81:80"]\n';
    assert.deepStrictEqual(images(text, 'compose'), ['8080@host=-', '8080@container=-', '81@host=-', '80@container=-']);
  });

  it('compose: a service reached through an anchor gets its own image', () => {
    const text = 'x-ports: &web\n  ports: ["8080:80"]\nservices:\n  a:\n    <<: *web\n    image: nginx\n  b:\n    <<: *web\n    image: httpd\n';
    const found = scanPorts(text, 'compose').filter((m) => m.role === 'container');
    assert.deepStrictEqual(found.map((m) => `${m.service}=${m.image}`), ['a=nginx', 'b=httpd']);
  });

  it('Dockerfile: each stage\'s FROM image, through stage names, global ARG defaults and --platform', () => {
    const text = [
      'ARG BASE=node:20-alpine',
      'ARG RUNTIME',
      'FROM --platform=$BUILDPLATFORM $BASE AS build',
      'ENV PORT=3000',
      'FROM build AS test',
      'EXPOSE 9229',
      'FROM nginx:1.27 AS web',
      'EXPOSE 80',
      'FROM scratch',
      'EXPOSE 8080',
      'FROM ${RUNTIME}',
      'EXPOSE 8081',
      'FROM Build',
      'EXPOSE 3001',
      '',
    ].join('\n');
    assert.deepStrictEqual(images(text, 'dockerfile'), [
      '3000@setting=node:20-alpine', '9229@expose=node:20-alpine', '80@expose=nginx:1.27', '8080@expose=-',
      '8081@expose=${RUNTIME}', '3001@expose=node:20-alpine',
    ]);
  });

  it('Dockerfile: a later FROM reads the global ARGs even when the stage before declared others', () => {
    const text = 'ARG V=20\nFROM node:${V}-alpine AS a\nARG V=99\nFROM node:${V}\nEXPOSE 3000\n';
    assert.deepStrictEqual(images(text, 'dockerfile'), ['3000@expose=node:20']);
  });
});

describe('compose: what may move an image\'s ports', () => {
  const service = (lines: string) => `services:\n  g:\n    image: grafana/grafana\n    ports: ["8080:8080"]\n${lines}`;

  it('is nothing for a plain service with a data volume', () => {
    assert.strictEqual(changedBy(service('    volumes: ["grafana:/var/lib/grafana"]\n    environment: [GF_SECURITY_ADMIN_USER=admin]\n'), 'g'), undefined);
  });

  it('is the image\'s own port setting, or any port-named variable, even without a value', () => {
    assert.strictEqual(changedBy(service('    environment:\n      GF_SERVER_HTTP_PORT: 8080\n'), 'g'), 'environment GF_SERVER_HTTP_PORT');
    assert.strictEqual(changedBy(service('    environment:\n      - GF_SERVER_HTTP_PORT\n'), 'g'), 'environment GF_SERVER_HTTP_PORT');
    assert.strictEqual(changedBy(service('    environment: [APP_PORT=1]\n'), 'g'), 'environment APP_PORT');
  });

  it('is env_file, configs, network_mode, a config file mounted, and a command that names a port', () => {
    assert.strictEqual(changedBy(service('    env_file: .env.grafana\n'), 'g'), 'env_file:');
    assert.strictEqual(changedBy(service('    configs: [grafana_ini]\n'), 'g'), 'configs:');
    assert.strictEqual(changedBy(service('    network_mode: host\n'), 'g'), 'network_mode:');
    assert.strictEqual(changedBy(service('    volumes: ["./grafana.ini:/etc/grafana/grafana.ini:ro"]\n'), 'g'), 'a file mounted at /etc/grafana/grafana.ini');
    assert.strictEqual(changedBy(service('    volumes:\n      - type: bind\n        source: ./nginx\n        target: /etc/nginx/conf.d\n'), 'g'), 'a file mounted at /etc/nginx/conf.d');
    assert.strictEqual(changedBy(service('    command: ["--http-port", "8080"]\n'), 'g'), 'command:');
    assert.strictEqual(changedBy(service('    entrypoint: /run.sh --port=$PORT\n'), 'g'), 'entrypoint:');
  });

  it('is a host folder mounted anywhere but a data folder, and a shell command line', () => {
    assert.strictEqual(changedBy(service('    volumes: ["./pipeline:/usr/share/logstash/pipeline:ro"]\n'), 'g'), 'a file mounted at /usr/share/logstash/pipeline');
    assert.strictEqual(changedBy(service('    volumes: ["${APP_DIR}:/srv/app"]\n'), 'g'), 'a file mounted at /srv/app');
    assert.strictEqual(changedBy(service('    volumes: ["./grafana-data:/var/lib/grafana", "/var/run/docker.sock:/var/run/docker.sock:ro", "./media:/media"]\n'), 'g'), undefined);
    assert.strictEqual(changedBy(service('    volumes: ["grafana:/usr/share/grafana/x"]\n'), 'g'), undefined, 'a named volume');
    assert.strictEqual(changedBy(service('    command: ["bash", "-c", "echo ok; /run.sh"]\n'), 'g'), 'command:');
    assert.strictEqual(changedBy(service('    entrypoint: /bin/sh\n'), 'g'), 'entrypoint:');
  });

  it('is not a command that names no port', () => {
    assert.strictEqual(changedBy('services:\n  s3:\n    image: minio/minio\n    command: server /data\n    ports: ["9000:9000"]\n', 's3'), undefined);
    assert.strictEqual(changedBy('services:\n  s3:\n    image: minio/minio\n    command: server /data --console-address :9001\n    ports: ["9000:9000"]\n', 's3'), 'command:');
  });
});

describe('listen addresses in port settings', () => {
  for (const [format, text] of [
    ['dotenv', 'DRONE_SERVER_PORT=:80\nHTTP_PORT=0.0.0.0:8080\nGRPC_PORT="[::]:9090"\nADMIN_PORT=127.0.0.1:9000\nLISTEN_ADDR=:3000\n'],
    ['dockerfile', 'FROM alpine\nENV DRONE_SERVER_PORT=:80 HTTP_PORT=0.0.0.0:8080\nARG GRPC_PORT=[::]:9090\nENV ADMIN_PORT=127.0.0.1:9000 LISTEN_ADDR=:3000\n'],
    ['compose', 'services:\n  ci:\n    image: drone/drone\n    environment:\n      - DRONE_SERVER_PORT=:80\n      - HTTP_PORT=0.0.0.0:8080\n      - "GRPC_PORT=[::]:9090"\n      - ADMIN_PORT=127.0.0.1:9000\n      - LISTEN_ADDR=:3000\n'],
  ] as [ConfigFormat, string][]) {
    it(`${format}: :80, 0.0.0.0:8080, [::]:9090, 127.0.0.1:9000 are ports, never invalid-port`, () => {
      const found = scanPorts(text, format).filter((m) => m.role === 'setting');
      assert.deepStrictEqual(found.map((m) => [m.port, text.slice(m.start, m.end)]), [[80, '80'], [8080, '8080'], [9090, '9090'], [9000, '9000'], [3000, '3000']]);
      assert.deepStrictEqual(checkPorts(text, format).filter((f) => f.code === 'invalid-port'), []);
    });
  }

  it('reads -1, which programs take as "off", as no port and no mistake', () => {
    assert.deepStrictEqual(checkPorts('DERP_HTTP_PORT="-1"\nSTUN_PORT=-1\n', 'dotenv'), []);
    assert.deepStrictEqual(scanPorts('DERP_HTTP_PORT=-1\n', 'dotenv'), []);
    assert.strictEqual(checkPorts('A_PORT=-2\n', 'dotenv').length, 1);
  });

  it('still reports what is no port: an address with a port out of range, an IP that is none', () => {
    const text = 'A_PORT=:70000\nB_PORT=db:5432\nC_PORT=300.1.1.1:80\nD_PORT=:\n';
    assert.deepStrictEqual(checkPorts(text, 'dotenv').map((f) => `${f.code} ${text.slice(f.start, f.end)}`),
      ['invalid-port :70000', 'invalid-port 300.1.1.1:80', 'invalid-port :']);
  });

  it('a port key holding host:port is a socket, not a bad port (APPEND_PORT=postgres:5432)', () => {
    const text = 'APPEND_PORT=postgres:5432\nUPSTREAM_PORTS=db1:5432, db2:5433\n';
    assert.deepStrictEqual(checkPorts(text, 'dotenv'), []);
    assert.deepStrictEqual(scanPorts(text, 'dotenv').map((m) => `${m.port} ${text.slice(m.start, m.end)}`), ['5432 5432', '5432 5432', '5433 5433']);
  });
});
