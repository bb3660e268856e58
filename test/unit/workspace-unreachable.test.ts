import * as assert from 'assert';
import { createWorkspace, type Finding, type PortWorkspace } from '../../src/core';
import { applyEdits } from './applyEdits';

// unreachable-port: the 502 Bad Gateway that lives between files. Warned only when what the service listens on
// is known; every way the port can move out of sight keeps the rule silent.

function unreachable(workspace: PortWorkspace, path: string): Finding[] {
  return workspace.findings(path).filter((f) => f.code === 'unreachable-port');
}

const nginx = 'server {\n  listen 80;\n  location / {\n    proxy_pass http://web:8080;\n  }\n}\n';

function stack(webService: string, files: Record<string, string> = {}): PortWorkspace {
  const workspace = createWorkspace();
  workspace.set('compose.yaml', `services:\n${webService}  proxy:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n    volumes:\n      - ./nginx/default.conf:/etc/nginx/conf.d/default.conf:ro\n`);
  workspace.set('nginx/default.conf', nginx);
  for (const [path, text] of Object.entries(files)) workspace.set(path, text);
  return workspace;
}

describe('rule unreachable-port', () => {
  it('nginx proxy_pass to a port the built Dockerfile does not EXPOSE: names the port and where it is written, fixes it', () => {
    const workspace = stack('  web:\n    build: ./web\n', { 'web/Dockerfile': 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\nEXPOSE 3000\nCMD ["npm", "start"]\n' });
    const [found, ...rest] = unreachable(workspace, 'nginx/default.conf');
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(found.severity, 'warning');
    assert.strictEqual(nginx.slice(found.start, found.end), '8080');
    assert.strictEqual(found.message, 'Nothing listens on web:8080: service web listens on 3000.');
    assert.deepStrictEqual(found.related?.map(({ path, message }) => ({ path, message })),
      [{ path: 'web/Dockerfile', message: 'web listens on 3000: EXPOSE in the Dockerfile it is built from.' }]);
    const dockerfile = 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\nEXPOSE 3000\nCMD ["npm", "start"]\n';
    assert.strictEqual(dockerfile.slice(found.related![0].start, found.related![0].end), '3000');
    assert.strictEqual(found.fix?.title, 'Use port 3000');
    assert.strictEqual(found.fix?.preferred, undefined, 'the only candidate is the likely one');
    assert.strictEqual(found.otherFixes, undefined);
    assert.strictEqual(applyEdits(nginx, found.fix!.edits), nginx.replace('web:8080', 'web:3000'));
  });

  it('DATABASE_URL in .env on 5433 while the db service is PostgreSQL on 5432', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  db:\n    image: postgres:16\n  app:\n    build: .\n    env_file: .env\n');
    const env = 'DATABASE_URL=postgres://app:secret@db:5433/app\n';
    workspace.set('.env', env);
    const [found] = unreachable(workspace, '.env');
    assert.strictEqual(env.slice(found.start, found.end), '5433');
    assert.strictEqual(found.message, 'Nothing listens on db:5433: service db listens on 5432 (the postgres image (PostgreSQL)).');
    assert.strictEqual(found.related, undefined, 'an image default is written nowhere in the workspace');
    assert.strictEqual(applyEdits(env, found.fix!.edits), env.replace('5433', '5432'));
  });

  it('an image\'s default port is no evidence once the service mounts a config that may move it; a data volume is', () => {
    const env = 'DATABASE_URL=postgres://app:secret@db:5433/app\n';
    const withVolume = (volume: string) => {
      const workspace = createWorkspace();
      workspace.set('compose.yaml', `services:\n  db:\n    image: postgres:16\n    volumes:\n      - ${volume}\n`);
      workspace.set('.env', env);
      return unreachable(workspace, '.env');
    };
    assert.strictEqual(withVolume('db-data:/var/lib/postgresql/data').length, 1);
    assert.deepStrictEqual(withVolume('./postgres.conf:/etc/postgresql/postgresql.conf:ro'), []);
  });

  it('a default port (proxy_pass http://web;) that the service does not listen on: the fix writes the port', () => {
    const text = 'server {\n  location / { proxy_pass http://web; }\n}\n';
    const workspace = stack('  web:\n    image: example/web\n    expose: ["3000"]\n', { 'nginx/default.conf': text });
    const [found] = unreachable(workspace, 'nginx/default.conf');
    assert.strictEqual(text.slice(found.start, found.end), 'web');
    assert.match(found.message, /^Nothing listens on web \(port 80 by default\): service web listens on 3000\.$/);
    assert.strictEqual(applyEdits(text, found.fix!.edits), text.replace('http://web;', 'http://web:3000;'));
  });

  it('a pass to an upstream block written in another nginx file names that block, not a host on port 80', () => {
    // apitable/apitable's gateway: conf.d/upstream/ups-web-server.conf holds "upstream web-server", which the server
    // blocks in conf.d/server/*.conf pass to.
    const text = 'server {\n  location / { proxy_pass http://web; }\n}\n';
    const upstream = 'upstream web {\n   server web:3000;\n}\n';
    const workspace = stack('  web:\n    image: example/web\n    expose: ["3000"]\n', { 'nginx/default.conf': text, 'nginx/upstream/web.conf': upstream });
    assert.deepStrictEqual(unreachable(workspace, 'nginx/default.conf'), []);
    // The block is checked where it is written, and a commented-out block names nothing.
    workspace.set('nginx/upstream/web.conf', upstream.replace('3000', '8080'));
    assert.strictEqual(unreachable(workspace, 'nginx/upstream/web.conf').length, 1);
    assert.ok(workspace.dependants('nginx/upstream/web.conf').includes('nginx/default.conf'));
    workspace.set('nginx/upstream/web.conf', '# upstream web {\n#   server web:3000;\n# }\n');
    assert.strictEqual(unreachable(workspace, 'nginx/default.conf').length, 1);
  });

  it('lists every port when the service listens on several, and offers a fix per port, none preferred when as likely', () => {
    const workspace = stack('  web:\n    image: example/web\n    expose: ["3000", "9090"]\n');
    const [found] = unreachable(workspace, 'nginx/default.conf');
    assert.match(found.message, /listens on 3000 and 9090\.$/);
    assert.deepStrictEqual([found.fix, ...found.otherFixes ?? []].map((fix) => [fix?.title, fix?.preferred]),
      [['Use port 3000', false], ['Use port 9090', false]]);
    assert.deepStrictEqual(found.related?.map((place) => place.message),
      ['web listens on 3000: its expose:.', 'web listens on 9090: its expose:.']);
  });

  it('the sample\'s mistake: a service on 3000 and the Node debugger\'s 9229 gets a fix per port, 3000 preferred', () => {
    const workspace = stack('  web:\n    build: ./web\n', { 'web/Dockerfile': 'FROM node:20\nEXPOSE 9229\nEXPOSE 3000\n' });
    const [found] = unreachable(workspace, 'nginx/default.conf');
    assert.strictEqual(found.message, 'Nothing listens on web:8080: service web listens on 9229 and 3000.');
    assert.deepStrictEqual([found.fix, ...found.otherFixes ?? []].map((fix) => [fix?.title, fix?.preferred]),
      [['Use port 3000', undefined], ['Use port 9229', false]]);
    assert.strictEqual(applyEdits(nginx, found.fix!.edits), nginx.replace('web:8080', 'web:3000'));
    assert.strictEqual(applyEdits(nginx, found.otherFixes![0].edits), nginx.replace('web:8080', 'web:9229'));
  });

  it('is silent for a port the service listens on by any source, a range included', () => {
    for (const web of [
      '  web:\n    image: example/web\n    expose: ["8080"]\n',
      '  web:\n    image: example/web\n    ports: ["9000:8080"]\n',
      '  web:\n    image: example/web\n    expose: ["3000"]\n    environment:\n      PORT: 8080\n',
      '  web:\n    image: example/web\n    expose: ["8000-8100"]\n',
    ]) {
      assert.deepStrictEqual(unreachable(stack(web), 'nginx/default.conf'), [], web);
    }
  });

  it('is silent for a port the target\'s own environment names: cp-kafka derives its listeners from the advertised ones', () => {
    // confluentinc/cp-docker-images' kafka-single-node (and dapr/samples' copy): clients inside reach kafka:29092.
    const kafka = (env: string) => `services:\n  kafka:\n    image: confluentinc/cp-kafka:7.5.1\n    ports:\n      - "9092:9092"\n    environment:\n${env}`
      + '  app:\n    image: example/app\n    environment:\n      BOOTSTRAP_SERVERS: kafka:29092\n';
    const workspace = createWorkspace();
    workspace.set('compose.yaml', kafka('      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://kafka:29092,PLAINTEXT_HOST://localhost:9092\n'));
    assert.deepStrictEqual(unreachable(workspace, 'compose.yaml'), []);
    workspace.set('compose.yaml', kafka('      KAFKA_BROKER_ID: 1\n'));
    assert.strictEqual(unreachable(workspace, 'compose.yaml').length, 1);
  });

  it('is silent when the target host is not a service of the project (unknown service)', () => {
    const workspace = stack('  api:\n    image: example/api\n    expose: ["3000"]\n');
    assert.deepStrictEqual(unreachable(workspace, 'nginx/default.conf'), []);
  });

  it('is silent when what the service listens on is unknown: an unknown image, a runtime image, a Dockerfile not in the workspace', () => {
    for (const web of [
      '  web:\n    image: example/unknown-thing:2\n',
      '  web:\n    image: node:20\n',
      '  web:\n    build: ./missing\n',
      '  web:\n    build: ./missing\n    image: postgres\n',
    ]) {
      assert.deepStrictEqual(unreachable(stack(web), 'nginx/default.conf'), [], web);
    }
  });

  it('is silent when the service sets its port by environment from the shell, or passes it through', () => {
    for (const web of [
      '  web:\n    build: ./web\n    environment:\n      PORT: ${WEB_PORT}\n',
      '  web:\n    build: ./web\n    environment:\n      - PORT\n',
      '  db:\n    image: postgres\n  web:\n    image: postgres\n    environment:\n      PGPORT: ${PGPORT}\n',
    ]) {
      const workspace = stack(web, { 'web/Dockerfile': 'FROM node:20\nEXPOSE 3000\n' });
      assert.deepStrictEqual(unreachable(workspace, 'nginx/default.conf'), [], web);
    }
  });

  it('warns when the port set by environment is read from the .env beside the compose file', () => {
    const workspace = stack('  web:\n    image: example/web\n    environment:\n      PORT: ${WEB_PORT}\n', { '.env': 'WEB_PORT=3000\n' });
    const [found] = unreachable(workspace, 'nginx/default.conf');
    assert.match(found.message, /listens on 3000\.$/);
    assert.deepStrictEqual(found.related?.map((place) => place.message), ['web listens on 3000: its PORT setting.']);
  });

  it('reads the port a service\'s env_file sets, and follows edits of that file', () => {
    const workspace = stack('  web:\n    build: ./web\n    env_file: ./web/web.env\n', {
      'web/Dockerfile': 'FROM node:20\nEXPOSE 3000\n',
      'web/web.env': 'NODE_ENV=production\nPORT=8080\n',
    });
    assert.deepStrictEqual(unreachable(workspace, 'nginx/default.conf'), []);
    assert.deepStrictEqual(workspace.dependants('web/web.env'), ['compose.yaml', 'nginx/default.conf']);
    workspace.set('web/web.env', 'NODE_ENV=production\nPORT=4000\n');
    const [found] = unreachable(workspace, 'nginx/default.conf');
    assert.match(found.message, /listens on 3000 and 4000\.$/);
  });

  it('is silent when an env_file is not in the workspace or sets the port to what cannot be read', () => {
    for (const [web, files] of [
      ['  web:\n    build: ./web\n    env_file: [./web/missing.env]\n', {}],
      ['  web:\n    build: ./web\n    env_file:\n      - path: ./web/web.env\n', { 'web/web.env': 'PORT=${APP_PORT}\n' }],
    ] as [string, Record<string, string>][]) {
      const workspace = stack(web, { 'web/Dockerfile': 'FROM node:20\nEXPOSE 3000\n', ...files });
      assert.deepStrictEqual(unreachable(workspace, 'nginx/default.conf'), [], web);
    }
    // An optional env_file that is missing sets nothing.
    const optional = stack('  web:\n    build: ./web\n    env_file:\n      - path: ./web/local.env\n        required: false\n', { 'web/Dockerfile': 'FROM node:20\nEXPOSE 3000\n' });
    assert.strictEqual(unreachable(optional, 'nginx/default.conf').length, 1);
  });

  it('is silent when a command or entrypoint may move the port, or network_mode takes the service off the network', () => {
    for (const web of [
      '  web:\n    build: ./web\n    command: ["npm", "run", "dev", "--", "--port", "5173"]\n',
      '  web:\n    build: ./web\n    command: npm run dev\n',
      '  web:\n    build: ./web\n    entrypoint: /entrypoint.sh\n',
      '  web:\n    build: ./web\n    network_mode: host\n',
    ]) {
      const workspace = stack(web, { 'web/Dockerfile': 'FROM node:20\nEXPOSE 3000\n' });
      assert.deepStrictEqual(unreachable(workspace, 'nginx/default.conf'), [], web);
    }
  });

  it('keeps what compose itself says when a command replaces the Dockerfile\'s', () => {
    const workspace = stack('  web:\n    build: ./web\n    command: npm run serve\n    expose: ["4000"]\n', { 'web/Dockerfile': 'FROM node:20\nEXPOSE 8080\n' });
    const [found] = unreachable(workspace, 'nginx/default.conf');
    assert.match(found.message, /listens on 4000\.$/);
    assert.deepStrictEqual(found.related?.map((place) => [place.path, place.message]), [['compose.yaml', 'web listens on 4000: its expose:.']]);
  });

  it('follows its settings: off, or another severity', () => {
    const workspace = stack('  web:\n    image: example/web\n    expose: ["3000"]\n');
    workspace.configure({ rules: { 'unreachable-port': 'error' } });
    assert.deepStrictEqual(unreachable(workspace, 'nginx/default.conf').map((f) => f.severity), ['error']);
    workspace.configure({ rules: { 'unreachable-port': 'off' } });
    assert.deepStrictEqual(unreachable(workspace, 'nginx/default.conf'), []);
  });

  it('appears and disappears as the other file changes', () => {
    const workspace = stack('  web:\n    build: ./web\n', { 'web/Dockerfile': 'FROM node:20\nEXPOSE 8080\n' });
    assert.deepStrictEqual(unreachable(workspace, 'nginx/default.conf'), []);
    workspace.set('web/Dockerfile', 'FROM node:20\nEXPOSE 3000\n');
    assert.strictEqual(unreachable(workspace, 'nginx/default.conf').length, 1);
    workspace.delete('web/Dockerfile');
    assert.deepStrictEqual(unreachable(workspace, 'nginx/default.conf'), []);
  });

  it('an nginx config mounted into two projects is warned only when both agree', () => {
    const workspace = createWorkspace();
    const mount = '    volumes:\n      - ../nginx/default.conf:/etc/nginx/conf.d/default.conf\n';
    workspace.set('a/compose.yaml', `services:\n  web:\n    image: example/web\n    expose: ["3000"]\n  proxy:\n    image: nginx\n${mount}`);
    workspace.set('b/compose.yaml', `services:\n  web:\n    image: example/web\n    expose: ["8080"]\n  proxy:\n    image: nginx\n${mount}`);
    workspace.set('nginx/default.conf', nginx);
    assert.deepStrictEqual(unreachable(workspace, 'nginx/default.conf'), []);
    workspace.set('b/compose.yaml', `services:\n  web:\n    image: example/web\n    expose: ["3001"]\n  proxy:\n    image: nginx\n${mount}`);
    assert.strictEqual(unreachable(workspace, 'nginx/default.conf').length, 1);
  });
});

describe('rule unreachable-port in a Dockerfile', () => {
  it('a URL in ENV of a Dockerfile a service builds resolves in that service\'s project', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  api:\n    image: example/api\n    expose: ["8080"]\n  web:\n    build: ./web\n');
    const dockerfile = 'FROM node:20\nENV API_URL=http://api:9000/v1\nHEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1\nEXPOSE 3000\n';
    workspace.set('web/Dockerfile', dockerfile);
    const found = workspace.findings('web/Dockerfile').filter((f) => f.code === 'unreachable-port');
    assert.deepStrictEqual(found.map((f) => dockerfile.slice(f.start, f.end)), ['9000']);
    assert.match(found[0].message, /service api listens on 8080\./);
    assert.deepStrictEqual(workspace.dependants('compose.yaml'), ['web/Dockerfile']);
  });

  it('a Dockerfile no service builds resolves nowhere', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  api:\n    image: example/api\n    expose: ["8080"]\n');
    workspace.set('tools/Dockerfile', 'FROM node:20\nENV API_URL=http://api:9000/v1\n');
    assert.deepStrictEqual(workspace.findings('tools/Dockerfile'), []);
  });
});

describe('rule unreachable-port stays silent on evidence from real stacks that does not hold', () => {
  it("an env_file shared by the stack sets APP_PORT for the app: PostgreSQL beside it still listens on 5432", () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  postgres:\n    image: postgres:18\n    env_file: .env\n  app:\n    image: example/app\n    env_file: .env\n');
    workspace.set('.env', 'APP_PORT=3200\nPORT=3001\nDATABASE_URL=postgres://app:secret@postgres:5432/app\n');
    assert.deepStrictEqual(unreachable(workspace, '.env'), []);
  });

  it("a port setting that restates the image's own port moves nothing: n8n's task broker stays on 5679 beside N8N_PORT=5678", () => {
    // n8n-io/n8n-hosting docker-caddy/docker-compose.yml: the runner dials the broker the n8n image documents.
    const compose = (image: string, setting: string) => `services:\n  n8n:\n    image: ${image}\n    ports:\n      - 5678:5678\n`
      + `    environment:\n      ${setting}\n      - N8N_RUNNERS_MODE=external\n      - N8N_RUNNERS_BROKER_LISTEN_ADDRESS=0.0.0.0\n`
      + '  n8n-runner:\n    image: n8nio/runners:${N8N_VERSION}\n    environment:\n      - N8N_RUNNERS_TASK_BROKER_URI=http://n8n:5679\n';
    const workspace = createWorkspace();
    for (const image of ['n8nio/n8n', 'docker.n8n.io/n8nio/n8n:1.123.4']) {
      for (const setting of ['- N8N_PORT=5678', '- "N8N_PORT=5678"']) {
        workspace.set('compose.yaml', compose(image, setting));
        assert.deepStrictEqual(unreachable(workspace, 'compose.yaml'), [], `${image} ${setting}`);
      }
    }
    // A map entry restating it, quoted or not.
    workspace.set('compose.yaml', compose('n8nio/n8n', 'N8N_PORT: "5678"').replace(/      - N8N_RUNNERS_MODE=external\n      - N8N_RUNNERS_BROKER_LISTEN_ADDRESS=0.0.0.0\n/, '      N8N_RUNNERS_MODE: external\n'));
    assert.deepStrictEqual(unreachable(workspace, 'compose.yaml'), []);
    // A variable whose default restates it, read as every value is (notolac/docker-compose-portainer n8n/n8n.yaml);
    // a default of another port still moves the image's ports, and the runner's 5679 is warned.
    // Its data folder mounted at /home/node/.n8n holds no listen setting (n8n's docs name every way the port moves).
    for (const port of ['5678', '5680']) {
      workspace.set('compose.yaml', compose('docker.n8n.io/n8nio/n8n:2.19.4', `- N8N_PORT=\${N8N_PORT:-${port}}`)
        .replace('  n8n-runner:', '    volumes:\n      - ${N8N_DATA_DIR:-/opt/n8n}:/home/node/.n8n\n  n8n-runner:'));
      assert.strictEqual(unreachable(workspace, 'compose.yaml').length, port === '5678' ? 0 : 1, port);
    }
    // A setting to a port the image does not document still replaces its defaults: a client of the old port is warned.
    workspace.set('compose.yaml', 'services:\n  db:\n    image: postgres:17\n    environment:\n      PGPORT: 5433\n  app:\n    image: example/app\n    environment:\n      - DATABASE_URL=postgres://app:secret@db:5432/app\n');
    assert.strictEqual(unreachable(workspace, 'compose.yaml').length, 1);
  });

  it('a service known only by what it publishes may listen on more: woodpecker-server:9000 beside "8000:8000"', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  woodpecker-server:\n    image: example/ci-server\n    ports:\n      - "8000:8000"\n  agent:\n    image: example/ci-agent\n    environment:\n      - SERVER_URL=http://woodpecker-server:9000\n');
    assert.deepStrictEqual(unreachable(workspace, 'compose.yaml'), []);
  });

  it('what the service declares with expose: is still evidence: a target on another port is warned', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', 'services:\n  api:\n    image: example/api\n    expose:\n      - "8000"\n  agent:\n    image: example/agent\n    environment:\n      - API_URL=http://api:9000\n');
    assert.strictEqual(unreachable(workspace, 'compose.yaml').length, 1);
  });

  it('a generic port setting beside a twin that names a host name is where the service connects, not where it listens', () => {
    // oneuptime/nginx proxies to SERVER_APP_HOSTNAME:APP_PORT and listens on 7849 itself.
    const compose = (twin: string) => 'services:\n  ingress:\n    image: example/ingress\n    environment:\n'
      + `      - ${twin}=app\n      - APP_PORT=3002\n  probe:\n    image: example/probe\n    environment:\n      - ONEUPTIME_URL=http://ingress:7849\n`;
    const findings = (twin: string) => {
      const workspace = createWorkspace();
      workspace.set('compose.yaml', compose(twin));
      return unreachable(workspace, 'compose.yaml');
    };
    assert.deepStrictEqual(findings('SERVER_APP_HOSTNAME'), []);
    assert.deepStrictEqual(findings('APP_HOSTNAME'), []);
    // A twin that is not a host name leaves APP_PORT where the service listens: 7849 is reported.
    assert.deepStrictEqual(findings('APP_NAME').map((f) => f.message), ['Nothing listens on ingress:7849: service ingress listens on 3002.']);
  });
});
