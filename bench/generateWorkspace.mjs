// Generates a workspace for the benchmark and the command line's tests: compose projects, each with the
// Dockerfiles its services build, an nginx config mounted into its proxy, a `.env` and sometimes an override
// file, the same bytes on every run (seeded). A few deliberate mistakes are spread through it: an nginx
// proxy_pass to a port the built Dockerfile does not EXPOSE, a DATABASE_URL on the wrong port, and host
// ports that two projects both publish.
import { seededRandom } from './generateInputs.mjs';

const NODE_VERSIONS = ['20', '22', '20-alpine', '22-slim'];

/**
 * About `fileCount` files as `{ path, text }`, `/`-separated paths relative to the workspace root. Each project
 * has 6 or 7 files (compose.yaml, .env, nginx/default.conf, web/Dockerfile, api/Dockerfile, worker/Dockerfile,
 * and every third project a compose.override.yaml); projects sit two levels deep (`teams/tNN/stack-NNNN`).
 */
export function generateWorkspace(fileCount, seed = 11) {
  const random = seededRandom(seed);
  const files = [];
  for (let i = 0; files.length < fileCount; i++) {
    const folder = `teams/t${String(i % 40).padStart(2, '0')}/stack-${String(i).padStart(4, '0')}`;
    for (const file of projectFiles(i, random)) {
      if (files.length >= fileCount) break;
      files.push({ path: `${folder}/${file.path}`, text: file.text });
    }
  }
  return files;
}

function projectFiles(i, random) {
  const webPort = 3000 + (i % 7);
  const apiPort = 8000 + (i % 5);
  // Host ports: unique per project, except every 25th project, which publishes the same as the one before.
  const base = 20000 + (i % 25 === 0 && i > 0 ? i - 1 : i) * 4;
  // The mistakes: every 10th project's nginx asks for the wrong web port, every 15th's .env the wrong db port.
  const nginxWebPort = i % 10 === 3 ? webPort + 100 : webPort;
  const dbPort = i % 15 === 7 ? 5433 : 5432;
  const node = NODE_VERSIONS[i % NODE_VERSIONS.length];
  const files = [
    { path: 'compose.yaml', text: compose(i, { webPort, apiPort, base }) },
    { path: '.env', text: env(i, { dbPort, apiPort, base, random }) },
    { path: 'nginx/default.conf', text: nginx(i, { nginxWebPort, apiPort }) },
    { path: 'web/Dockerfile', text: dockerfile(node, webPort, 'npm', ['npm', 'ci'], ['node', 'server.js']) },
    { path: 'api/Dockerfile', text: dockerfile('3.12-slim', apiPort, 'python', ['pip', 'install', '-r', 'requirements.txt'], ['gunicorn', 'app:app']) },
    { path: 'worker/Dockerfile', text: dockerfile('3.12-slim', undefined, 'python', ['pip', 'install', '-r', 'requirements.txt'], ['python', 'worker.py']) },
  ];
  if (i % 3 === 0) files.splice(1, 0, { path: 'compose.override.yaml', text: override(i, { base, webPort, apiPort }) });
  return files;
}

function compose(i, { webPort, apiPort, base }) {
  return `# Stack ${i}, generated for the Port Lens benchmark
name: stack-${i}

x-logging: &logging
  driver: json-file
  options:
    max-size: 10m

services:
  web:
    build: ./web
    environment:
      NODE_ENV: production
      API_URL: http://api:${apiPort}/v1
    expose:
      - "${webPort}"
    logging: *logging
    depends_on: [api]

  api:
    build:
      context: ./api
      args:
        PIP_INDEX_URL: https://pypi.org/simple
    hostname: backend
    environment:
      - DATABASE_URL=postgres://app:\${DB_PASSWORD:-secret}@db:5432/app
      - REDIS_URL=redis://cache:6379/0
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:${apiPort}/health"]
      interval: 10s
    logging: *logging

  worker:
    build: ./worker
    command: python worker.py --concurrency 4
    environment:
      BROKER_URL: redis://cache:6379/1

  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD: \${DB_PASSWORD:-secret}
    ports:
      - "127.0.0.1:${base}:5432"
    volumes:
      - db-data:/var/lib/postgresql/data

  cache:
    image: redis:7-alpine
    networks:
      default:
        aliases: [redis-${i}]

  proxy:
    image: nginx:1.27-alpine
    ports:
      - "${base + 1}:80"
    volumes:
      - ./nginx/default.conf:/etc/nginx/conf.d/default.conf:ro
    depends_on: [web, api]

volumes:
  db-data:
`;
}

function override(i, { base, webPort, apiPort }) {
  return `# Local development overrides for stack ${i}
services:
  api:
    environment:
      DEBUG: "1"
    ports:
      - "127.0.0.1:${base + 2}:${apiPort}"
  web:
    ports:
      - "127.0.0.1:${base + 3}:${webPort}"
`;
}

function env(i, { dbPort, apiPort, base, random }) {
  return `# Stack ${i}
COMPOSE_PROJECT_NAME=stack-${i}
DB_PASSWORD=secret-${Math.floor(random() * 1e6)}
DATABASE_URL=postgres://app:secret@db:${dbPort}/app
API_BASE_URL=http://backend:${apiPort}
PUBLIC_URL=http://localhost:${base + 1}
`;
}

function nginx(i, { nginxWebPort, apiPort }) {
  return `# Reverse proxy of stack ${i}
upstream api_backend {
    server api:${apiPort} max_fails=3 fail_timeout=10s;
    keepalive 16;
}

server {
    listen 80;
    server_name stack-${i}.example.test;
    client_max_body_size 10m;

    location / {
        proxy_pass http://web:${nginxWebPort};
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location /api/ {
        proxy_pass http://api_backend/;
        proxy_set_header Host $host;
    }
}
`;
}

function dockerfile(tag, port, kind, install, command) {
  const image = kind === 'npm' ? `node:${tag}` : `python:${tag}`;
  const lines = [
    `FROM ${image} AS deps`,
    'WORKDIR /app',
    kind === 'npm' ? 'COPY package.json package-lock.json ./' : 'COPY requirements.txt ./',
    `RUN ${install.join(' ')}`,
    '',
    `FROM ${image}`,
    'WORKDIR /app',
    `COPY --from=deps /app /app`,
    'COPY . .',
  ];
  if (port !== undefined) lines.push(`ENV PORT=${port}`, `EXPOSE ${port}`);
  lines.push(`CMD ${JSON.stringify(command)}`, '');
  return lines.join('\n');
}
