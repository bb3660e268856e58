// Generates the benchmark's inputs: realistic files of a stated size, the same bytes on every run (a small
// seeded generator, no Math.random), so that figures from different runs compare the same work.

/** Deterministic pseudo-random numbers (mulberry32): same seed, same files. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const images = [
  ['postgres:16', 5432, 'POSTGRES_PORT'], ['redis:7-alpine', 6379, 'REDIS_PORT'], ['mysql:8.4', 3306, 'MYSQL_TCP_PORT'],
  ['node:22-alpine', 3000, 'PORT'], ['nginx:1.27-alpine', 80, 'NGINX_PORT'], ['rabbitmq:3-management', 5672, 'RABBITMQ_NODE_PORT'],
  ['grafana/grafana:11.1.0', 3000, 'GF_SERVER_HTTP_PORT'], ['prom/prometheus:v2.53.0', 9090, 'WEB_PORT'],
  ['bitnami/kafka:3.7', 9092, 'KAFKA_PORT'], ['mongo:7', 27017, 'MONGO_PORT'], ['python:3.12-slim', 8000, 'APP_PORT'],
  ['elasticsearch:8.14.1', 9200, 'HTTP_PORT'],
];

/** A Compose file of `count` services, about ten lines each: ports in short and long syntax (some bound to
 *  127.0.0.1, some ranges, some interpolated), expose, environment in map and list form with port keys and
 *  URLs, healthchecks with URLs, Traefik labels, and a few of the mistakes the rules report. */
export function composeFile(count, seed = 1) {
  const random = seededRandom(seed);
  const lines = ['# Generated for the Port Lens benchmark', 'name: bench', '', 'services:'];
  for (let i = 0; i < count; i++) {
    const [image, port, portKey] = images[i % images.length];
    const name = `svc-${String(i).padStart(4, '0')}`;
    const host = 10000 + i;
    lines.push(`  ${name}:`, `    image: ${image}`);
    switch (i % 5) {
      case 0:
        // Every 100th service publishes 8080 too: the few conflicts and dynamic-range ports a real file has.
        lines.push('    ports:', `      - "${i % 100 === 0 ? 8080 : host}:${port}"`, `      - "127.0.0.1:${host + 20000}:${port + 1}/udp"`);
        if (i % 50 === 0) lines.push(`      - "${50000 + i}:${port}"`);
        break;
      case 1:
        lines.push('    ports:', '      - target: ' + port, `        published: "${host}"`, '        protocol: tcp', '        host_ip: 127.0.0.1');
        break;
      case 2:
        lines.push('    ports:', `      - "\${${portKey}:-${host}}:${port}"`, `      - ${13000 + (i - 2) * 2}-${13009 + (i - 2) * 2}:${port}`);
        break;
      case 3:
        lines.push('    expose:', `      - "${port}"`, `      - "${port + 1}/udp"`);
        break;
      default:
        lines.push('    ports:', `      - ${host}:${port}`, `      - "[::1]:${host + 25000}:${port}"`);
    }
    if (i % 2 === 0) {
      lines.push('    environment:', `      ${portKey}: ${port}`, `      DATABASE_URL: postgres://app:secret@db-${i % 50}:5432/app`);
    } else {
      lines.push('    environment:', `      - ${portKey}=${port}`, `      - REDIS_URL=redis://cache-${i % 20}:6379/${i % 16}`);
    }
    if (i % 3 === 0) {
      lines.push('    healthcheck:', `      test: ["CMD", "curl", "-f", "http://localhost:${port}/health"]`, '      interval: 10s');
    } else if (i % 3 === 1) {
      lines.push('    labels:', `      - traefik.http.services.${name}.loadbalancer.server.port=${port}`);
    } else {
      lines.push(`    restart: ${random() < 0.5 ? 'unless-stopped' : 'always'}`);
    }
  }
  lines.push('', 'volumes:', '  data:', '');
  return lines.join('\n');
}

/** An nginx config of about `lineCount` lines: upstreams and server blocks with every listen form,
 *  proxy_pass / fastcgi_pass / grpc_pass, resolvers, comments and ordinary directives in between. */
export function nginxFile(lineCount, seed = 2) {
  const random = seededRandom(seed);
  const lines = ['# Generated for the Port Lens benchmark', 'worker_processes auto;', 'events { worker_connections 1024; }', 'http {',
    '    include mime.types;', '    resolver 127.0.0.11:53 valid=30s;'];
  const listens = ['80', '443 ssl', '127.0.0.1:8080', '[::]:443 ssl http2', '*:8000 default_server', 'localhost:8001', 'unix:/run/app.sock', '8443 quic reuseport'];
  for (let i = 0; lines.length < lineCount - 1; i++) {
    const app = 3000 + (i % 2000);
    lines.push(
      `    # site ${i}`,
      `    upstream app_${i} {`,
      `        server app-${i}:${app} weight=${1 + (i % 3)};`,
      `        server 10.0.${i % 255}.${(i * 7) % 255}:${app} backup;`,
      '        keepalive 16;',
      '    }',
      '    server {',
      `        listen ${listens[i % listens.length]};`,
      `        server_name site${i}.example.com www.site${i}.example.com;`,
      '        client_max_body_size 20m;',
      '        location / {',
      `            proxy_pass http://app_${i};`,
      '            proxy_set_header Host $host;',
      '            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
      '        }',
      '        location /api/ {',
      `            proxy_pass http://127.0.0.1:${8000 + (i % 1000)}/;`,
      '        }',
      '        location ~ \\.php$ {',
      `            fastcgi_pass 127.0.0.1:${9000 + (i % 10)};`,
      '            include fastcgi_params;',
      '        }',
      random() < 0.5 ? `        location /grpc { grpc_pass grpc://backend-${i}:50051; }` : `        access_log syslog:server=10.0.0.1:514 combined;`,
      '    }',
    );
  }
  lines.push('}', '');
  return lines.join('\n');
}

/** A .env file of `lineCount` lines: port keys, URLs with ports, quotes, `export`, `KEY: value`, inline
 *  comments, blank lines and keys that hold no port at all. */
export function dotenvFile(lineCount, seed = 3) {
  const random = seededRandom(seed);
  const lines = ['# Generated for the Port Lens benchmark'];
  for (let i = 0; lines.length < lineCount; i++) {
    const port = 1024 + Math.floor(random() * 50000);
    switch (i % 10) {
      case 0: lines.push(`SERVICE_${i}_PORT=${port}`); break;
      case 1: lines.push(`export API_${i}_URL=http://localhost:${port}/v1`); break;
      case 2: lines.push(`DATABASE_${i}_URL="postgres://user:p%40ss@db-${i}:5432/app?sslmode=disable"`); break;
      case 3: lines.push(`REDIS_${i}_URL='redis://cache:6379/${i % 16}'`); break;
      case 4: lines.push(`WORKER_${i}_PORTS=${port},${port + 1}`); break;
      case 5: lines.push(`LOG_LEVEL_${i}=debug # verbose while we debug ticket ${i}`); break;
      case 6: lines.push(`GRPC_${i}_PORT: ${port}`); break;
      case 7: lines.push(''); break;
      case 8: lines.push(`# the ${i}th comment mentions port 8080 but is a comment`); break;
      default: lines.push(`SECRET_${i}=${Math.floor(random() * 1e9).toString(36)}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** A multi-stage Dockerfile of `count` instructions: FROM, ARG/ENV port variables, EXPOSE in every form
 *  (several ports, ranges, protocols, variables), HEALTHCHECK with URLs, RUN with line continuations. */
export function dockerfile(count, seed = 4) {
  const random = seededRandom(seed);
  const lines = ['# syntax=docker/dockerfile:1'];
  let instructions = 0;
  for (let stage = 0; instructions < count; stage++) {
    const port = 3000 + stage;
    const block = [
      [`FROM node:22-alpine AS stage${stage}`],
      [`ARG PORT=${port}`],
      [`ENV APP_PORT=${port} METRICS_PORT=${9100 + (stage % 100)}`],
      ['WORKDIR /app'],
      ['COPY package*.json ./'],
      ['RUN npm ci --omit=dev \\', '    && npm cache clean --force \\', '    && rm -rf /tmp/*'],
      [`EXPOSE $PORT ${9100 + (stage % 100)}/tcp ${5000 + (stage % 50)}/udp`],
      [`EXPOSE ${40000 + (stage % 100)}-${40010 + (stage % 100)}`],
      [`HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:${port}/health || exit 1`],
      [random() < 0.5 ? 'USER node' : `LABEL stage="${stage}"`],
      [`CMD ["node", "server.js", "--port", "${port}"]`],
    ];
    for (const instruction of block) {
      if (instructions >= count) break;
      lines.push(...instruction);
      instructions++;
    }
  }
  return lines.join('\n') + '\n';
}
