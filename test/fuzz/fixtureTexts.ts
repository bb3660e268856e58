// The texts the fuzzers start from: every fixture file under test/fixtures (whatever the other suites put
// there) plus a few seeds per format that hold every port syntax of port-syntax.md, so that mutations start
// next to the interesting code paths even when a format has few fixtures yet.
import * as fs from 'fs';
import * as path from 'path';
import type { ConfigFormat } from '../../src/core/types';

export interface SeedText {
  name: string;
  text: string;
}

const fixturesDir = path.resolve(__dirname, '../fixtures');

/** The format of a fixture, from its file name alone (so that a bug in format detection cannot hide one). */
export function fixtureFormat(file: string): ConfigFormat | undefined {
  const base = path.basename(file);
  if (/\.(json|md|txt|ts|js)$/i.test(base)) return undefined;
  if (/\.ya?ml$/i.test(base) && file.split(path.sep).includes('kubernetes')) return 'kubernetes';
  if (/^(docker-)?compose([.-].*)?\.ya?ml$/i.test(base) || (/\.ya?ml$/i.test(base) && file.split(path.sep).includes('compose'))) return 'compose';
  if (/(^|\.)(Dockerfile|Containerfile)(\.|$)/i.test(base)) return 'dockerfile';
  if (/(^\.env(\..*)?$)|(\.env$)/i.test(base)) return 'dotenv';
  if (/\.(conf|nginx)(\.template)?$/i.test(base) || base === 'nginx.conf') return 'nginx';
  return undefined;
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const builtInSeeds: Record<ConfigFormat, string[]> = {
  compose: [
    [
      'x-ports: &web-ports',
      '  - "8080:80"',
      'services:',
      '  web:',
      '    image: nginx',
      '    ports: *web-ports',
      '  api:',
      '    ports:',
      '      - "3000"',
      '      - "3000-3005"',
      '      - 8080:80',
      '      - 22:22',
      '      - "127.0.0.1:8081:80/udp"',
      "      - '[::1]:6000:6000'",
      '      - "::1:6001:6001"',
      '      - "127.0.0.1::80"',
      '      - "8000-9000:80"',
      '      - "${WEB_PORT:-8080}:80"',
      '      - "$${X}:81"',
      '      - 80/TCP',
      '      - target: 80',
      '        published: "8082"',
      '        host_ip: 0.0.0.0',
      '        protocol: udp',
      '      - { target: 443, published: 8443-8444, mode: host }',
      '    expose: ["9000", "9001/udp", "8080:80"]',
      '    environment:',
      '      PORT: 3000',
      '      DB_PORT: "5432"',
      '      DATABASE_URL: postgres://u:p@db:5432/app',
      '    healthcheck:',
      '      test: ["CMD", "curl", "-f", "http://localhost:3000/health"]',
      '    labels:',
      '      - traefik.http.services.api.loadbalancer.server.port=3000',
      '  host:',
      '    network_mode: host',
      '    ports: ["5432:5432"]',
      '    environment:',
      '      - REDIS_URL=redis://cache:6379/0',
      '      - API_PORT=70000',
      '  grafana:',
      '    image: docker.io/grafana/grafana:${TAG:-10}',
      '    ports: ["8080:8080", "3000"]',
      '    environment: [GF_SERVER_HTTP_PORT=:8080, DRONE_SERVER_PORT=:80, BIND=[::]:9000]',
      '    volumes: ["./grafana.ini:/etc/grafana/grafana.ini", "data:/var/lib/grafana"]',
      '  backup:',
      '    image: lscr.io/linuxserver/duplicati',
      '    ports: ["8200:8200"]',
      '  s3:',
      '    image: ${S3_IMAGE:-minio/minio}',
      '    command: server /data --console-address ":9001"',
      '    ports: ["9000:9000", "9001:9001"]',
      '---',
      'services:',
      '  second: { ports: [ "9090:9090" ] }',
      '',
    ].join('\n'),
  ],
  dockerfile: [
    [
      'ARG BASE=node:20-alpine',
      'FROM --platform=$BUILDPLATFORM ${BASE} AS build',
      'ENV PORT=:3000 LISTEN=0.0.0.0:8080 ADMIN_PORT=[::]:9000',
      'FROM build AS test',
      'EXPOSE 9229',
      'FROM grafana/grafana:10.4.2',
      'EXPOSE 8080 3000',
      'FROM ${MISSING}',
      'EXPOSE 80',
      '',
    ].join('\n'),
    [
      '# escape=`',
      'FROM alpine',
      'EXPOSE 80 `',
      '  443/udp',
    ].join('\n'),
    [
      '# syntax=docker/dockerfile:1',
      'ARG PORT=3000',
      'ARG OTHER',
      'FROM node:22 AS build',
      'ENV APP_PORT=8080 METRICS_PORT 9100',
      'EXPOSE 80 443/udp 8000-8010 9000/TCP 99999 80/xyz 127.0.0.1:8080:80 $PORT ${APP_PORT} ${OTHER:-5000} ${MISSING}',
      'EXPOSE 5000 \\',
      '    5001/udp',
      'HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/ || exit 1',
      'RUN <<EOF',
      'echo EXPOSE 1234',
      'EOF',
      'CMD ["node", "server.js"]',
      '',
    ].join('\n'),
  ],
  nginx: [
    [
      'worker_processes auto;',
      'events { worker_connections 1024; }',
      'stream { server { listen 53 udp; proxy_pass 10.0.0.53:53; } }',
      'http {',
      '  resolver 127.0.0.11:53 [::1]:5353 valid=30s;',
      '  upstream app { server app:8080 weight=2; server 10.0.0.2; server unix:/run/app.sock; }',
      '  server {',
      '    listen 80;',
      '    listen 127.0.0.1:8080 default_server;',
      '    listen [::]:443 ssl http2;',
      '    listen *:8000;',
      '    listen localhost:8001;',
      '    listen 8002-8010;',
      '    listen unix:/run/nginx.sock;',
      '    listen ::1:80;',
      '    listen 0;',
      '    listen ${NGINX_PORT};',
      '    listen "127.0.0.2";',
      '    server_name example.com; # listen 9999;',
      '    location / { proxy_pass http://app; }',
      '    location /a { proxy_pass https://api.example.com; }',
      '    location /b { proxy_pass http://127.0.0.1:3000/b/; }',
      '    location ~ \\.php$ { fastcgi_pass 127.0.0.1:9000; }',
      "    location /c { uwsgi_pass 'uwsgi://localhost:3031'; grpc_pass grpcs://backend:50051; }",
      '    access_log syslog:server=10.0.0.1:514 combined;',
      '  }',
      '}',
      '',
    ].join('\n'),
  ],
  dotenv: [
    [
      '# comment PORT=1',
      'PORT=3000',
      'export API_PORT=8080',
      'DB_PORT: 5432',
      'REDIS_PORT="6379"',
      "ADMIN_PORT='9000' # quoted",
      'WEB_PORT=8081 # inline comment',
      'DATABASE_URL=postgres://u:p@db:5432/app',
      'REDIS_URL=redis://cache:6379/0',
      'API_URL=http://localhost:8080',
      'WORKER_PORTS=7000,7001',
      'BAD_PORT=abc',
      'HUGE_PORT=70000',
      'EMPTY_PORT=',
      'MULTI="line',
      'PORT=1"',
      '',
    ].join('\n'),
  ],
  kubernetes: [
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web, namespace: shop}',
      'spec:',
      '  template:',
      '    metadata:',
      '      labels: {app: web}',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: nginx:1.27',
      '          ports:',
      '            - {name: http, containerPort: 80}',
      '            - name: "metrics"',
      '              containerPort: 9113',
      '              hostPort: 9113',
      '              protocol: UDP',
      '          env: [{name: PORT, value: "8080"}]',
      '          readinessProbe: {httpGet: {port: http}}',
      '          livenessProbe:',
      '            tcpSocket: {port: 80}',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: web, namespace: shop}',
      'spec:',
      '  type: NodePort',
      '  selector: {app: web}',
      '  ports:',
      '    - {name: http, port: 80, targetPort: http, nodePort: 30080}',
      '    - port: 8080',
      '      targetPort: 99999',
      '      nodePort: 80',
      '---',
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata: {name: web, namespace: shop}',
      'spec:',
      '  rules:',
      '    - http: {paths: [{path: /, backend: {service: {name: web, port: {number: 80}}}}]}',
      '---',
      'apiVersion: gateway.networking.k8s.io/v1',
      'kind: HTTPRoute',
      'metadata: {name: web}',
      'spec: {rules: [{backendRefs: [{name: web, port: 8080}]}]}',
      '---',
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata: {name: web}',
      'spec: {podSelector: {matchLabels: {app: web}}, ingress: [{ports: [{port: http}, {port: 32000, endPort: 32768}]}]}',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: {{ .Values.name }}',
      '',
    ].join('\n'),
  ],
};

let cached: Record<ConfigFormat, SeedText[]> | undefined;

/** Fixture files by format, then the built-in seeds. */
export function seedTexts(): Record<ConfigFormat, SeedText[]> {
  if (cached) return cached;
  const byFormat: Record<ConfigFormat, SeedText[]> = { compose: [], dockerfile: [], nginx: [], dotenv: [], kubernetes: [] };
  for (const file of filesUnder(fixturesDir).sort()) {
    const format = fixtureFormat(path.relative(fixturesDir, file));
    if (format) byFormat[format].push({ name: path.relative(fixturesDir, file), text: fs.readFileSync(file, 'utf8') });
  }
  for (const format of Object.keys(builtInSeeds) as ConfigFormat[]) {
    builtInSeeds[format].forEach((text, i) => byFormat[format].push({ name: `built-in ${format} seed ${i + 1}`, text }));
  }
  cached = byFormat;
  return byFormat;
}
