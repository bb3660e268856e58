// Routes to a compose service's own container (Traefik and Caddy labels, VIRTUAL_PORT, Coolify variables, health
// checks on localhost), the service's own port setting against its publishes, UDP ports published as TCP, and
// HTTP routes to ports that speak something else. Positives are shaped after real fixes (issue 18's corpus).
import assert from 'assert';
import { checkPorts } from '../../src/core/rules/checkPorts';
import type { Finding } from '../../src/core/types';
import { createWorkspace } from '../../src/core/workspace/workspace';
import { applyEdits } from './applyEdits';

/** The findings of one code for a compose file in a workspace (routes are resolved by the workspace). */
function found(code: string, text: string, files: Record<string, string> = {}): Finding[] {
  const workspace = createWorkspace();
  for (const [path, other] of Object.entries(files)) workspace.set(path, other);
  workspace.set('compose.yaml', text);
  return workspace.findings('compose.yaml').filter((f) => f.code === code);
}
const at = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end));

const esphome = (label: string, more = '') => `services:
  esphome:
    image: ghcr.io/esphome/esphome:2024.7.3
    ports:
      - \${APP_PORT}:6052
    volumes:
      - \${APP_DATA_DIR}/data/config:/config
${more}    labels:
      traefik.enable: true
      traefik.http.services.esphome.loadbalancer.server.port: ${label}
`;

describe('unreachable-port: routes to the service\'s own container', () => {
  // ironicbadger/infra services/appnv/03-arrmatey/compose.yaml: Traefik labels on the VPN container route to the
  // apps that run in its network namespace.
  const qbit = '\n  qbit:\n    image: lscr.io/linuxserver/qbittorrent\n    network_mode: service:gluetun';
  const qbitRoute = '\n      - traefik.http.services.gluetun.loadbalancer.server.port=8080';
  const vpnStack = (app: string, label: string, withQbit = true) => `services:${withQbit ? qbit : ''}
  ${app}
    network_mode: service:gluetun
  gluetun:
    image: qmcgaw/gluetun
    cap_add: [NET_ADMIN]
    labels:${withQbit ? qbitRoute : ''}
      - traefik.http.services.app.loadbalancer.server.port=${label}
    ports:
      - 8888:8888/tcp
`;

  it('a service others join with network_mode: service:X listens on their ports: a built joiner makes X unknown', () => {
    const text = vpnStack('nodecast-tv:\n    build: https://github.com/technomancer702/nodecast-tv.git#main', '3000');
    assert.deepStrictEqual(at(text, found('unreachable-port', text)), []);
  });

  it('a joiner known only by its image makes X unknown; one whose Dockerfile says where it listens adds that port', () => {
    const sonarr = vpnStack('sonarr:\n    image: lscr.io/linuxserver/sonarr', '8989');
    assert.deepStrictEqual(at(sonarr, found('unreachable-port', sonarr)), []);
    const dockerfile = { 'app/Dockerfile': 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nEXPOSE 3000\nCMD ["node", "server.js"]\n' };
    const right = vpnStack('app:\n    build: ./app', '3000', false);
    assert.deepStrictEqual(at(right, found('unreachable-port', right, dockerfile)), []);
    const typo = vpnStack('app:\n    build: ./app', '3001', false);
    assert.deepStrictEqual(at(typo, found('unreachable-port', typo, dockerfile)), ['3001']);
  });

  it('a route in compose.yaml is not held to a port only the override file publishes (a development port)', () => {
    // tiangolo/full-stack-fastapi-template (2024): backend built FROM tiangolo/uvicorn-gunicorn-fastapi, which
    // listens on 80 (its README: PORT, "By default: 80"), routed to on 80; the override publishes Jupyter's 8888.
    const text = 'services:\n  backend:\n    build:\n      context: ./backend\n    labels:\n'
      + '      - traefik.http.services.app-backend.loadbalancer.server.port=80\n';
    const files = {
      'backend/Dockerfile': 'FROM tiangolo/uvicorn-gunicorn-fastapi:python3.10\nWORKDIR /app/\nCOPY ./app /app/app\n',
      'compose.override.yaml': 'services:\n  backend:\n    ports:\n      - "8888:8888"\n    command: /start-reload.sh\n',
    };
    assert.deepStrictEqual(at(text, found('unreachable-port', text, files)), []);
    // The same publish in the route's own file still speaks against it.
    const together = text + '    ports:\n      - "8888:8888"\n';
    assert.deepStrictEqual(at(together, found('unreachable-port', together, { 'backend/Dockerfile': files['backend/Dockerfile'] })), ['80']);
  });

  it('a Traefik label (map syntax) to a port the service\'s own ports: contradict, even with a config mounted', () => {
    const text = esphome('60529');
    const findings = found('unreachable-port', text);
    assert.deepStrictEqual(at(text, findings), ['60529']);
    assert.match(findings[0].message, /Traefik label routes to port 60529 of esphome, but esphome listens on 6052\./);
    // Where it says so is the finding's related place: the container side of its ports: on line 5.
    const related = findings[0].related ?? [];
    assert.strictEqual(related.length, 1);
    assert.strictEqual(text.slice(0, related[0].start).split('\n').length, 5);
    assert.match(related[0].message, /esphome listens on 6052: the container side of its ports:/);
    assert.doesNotMatch(findings[0].message, /`/);
    assert.strictEqual(findings[0].fix?.title, 'Use port 6052');
    assert.ok(!/60529/.test(applyEdits(text, findings[0].fix!.edits)));
  });

  it('a health check on the host side of the mapping under network_mode: bridge (Docker\'s default network)', () => {
    // danimart1991/docker-compose-files 782ee47 ("[Traefik] Fix Healthcheck"): 8081:8080 and a check on 8081.
    const traefik = (mode: string) => `services:\n  traefik:\n    image: traefik:latest\n    healthcheck:\n      test: "wget -nv -t1 --spider http://localhost:8081 || exit 1"\n${mode}    ports:\n      - 80:80/tcp\n      - 8081:8080/tcp\n`;
    const text = traefik('    network_mode: bridge\n');
    const findings = found('unreachable-port', text);
    assert.deepStrictEqual(at(text, findings), ['8081']);
    assert.match(findings[0].message, /8081 is the host side of its mapping/);
    // Another container's network namespace may hold a listener on 8081: quiet.
    assert.deepStrictEqual(found('unreachable-port', traefik('    network_mode: service:vpn\n')), []);
  });

  it('a Traefik label (list syntax) to the host side of the mapping: the fix names the container port', () => {
    const text = 'services:\n  web:\n    image: example/app\n    ports:\n      - "8080:80"\n    labels:\n      - "traefik.http.services.web.loadbalancer.server.port=8080"\n';
    const findings = found('unreachable-port', text);
    assert.deepStrictEqual(at(text, findings), ['8080']);
    assert.match(findings[0].message, /8080 is the host side of its mapping/);
    assert.deepStrictEqual(findings[0].fix?.edits.map((e) => e.newText), ['80']);
  });

  it('negatives: a mount beside agreeing statements, a port the image lists, a label beside a published ssh port', () => {
    assert.deepStrictEqual(found('unreachable-port', esphome('6052')), []);
    // gitea/gitea lists 3000 and 22; the label routes to the web port it does not publish.
    const gitea = 'services:\n  gitea:\n    image: gitea/gitea:1.21\n    ports:\n      - "2222:22"\n    volumes:\n      - ./gitea:/data\n    labels:\n      - traefik.http.services.gitea.loadbalancer.server.port=3000\n';
    assert.deepStrictEqual(found('unreachable-port', gitea), []);
    // An image Port Lens does not know, publishing only ssh: the web port may be anywhere.
    const forge = 'services:\n  forge:\n    image: example/forge\n    ports:\n      - "2222:22"\n    labels:\n      - traefik.http.services.forge.loadbalancer.server.port=3000\n';
    assert.deepStrictEqual(found('unreachable-port', forge), []);
  });

  it('negative: MinIO\'s console on 9001 beside the API on 9000', () => {
    const text = 'services:\n  minio:\n    image: minio/minio\n    environment:\n      MINIO_CONSOLE_ADDRESS: ":9001"\n    ports:\n      - "9000:9000"\n    labels:\n      - traefik.http.services.console.loadbalancer.server.port=9001\n';
    assert.deepStrictEqual(found('unreachable-port', text), []);
    assert.deepStrictEqual(found('container-port-mismatch', text), []);
  });

  it('negative: a command that may set the port', () => {
    const text = esphome('60529', '    command: ["esphome", "dashboard", "--port", "60529", "/config"]\n');
    assert.deepStrictEqual(found('unreachable-port', text), []);
  });

  it('a Caddy label\'s {{upstreams PORT}}, with or without a scheme', () => {
    const text = 'services:\n  whoami:\n    image: example/whoami\n    expose:\n      - 3000\n    labels:\n      caddy: whoami.example.com\n      caddy.reverse_proxy: "{{upstreams 8080}}"\n';
    assert.deepStrictEqual(at(text, found('unreachable-port', text)), ['8080']);
    const right = text.replace('{{upstreams 8080}}', '{{upstreams http 3000}}');
    assert.deepStrictEqual(found('unreachable-port', right), []);
  });

  it('nginx-proxy\'s VIRTUAL_PORT', () => {
    const text = 'services:\n  app:\n    image: example/app\n    expose:\n      - "3000"\n    environment:\n      - VIRTUAL_HOST=app.example.com\n      - VIRTUAL_PORT=8080\n';
    assert.deepStrictEqual(at(text, found('unreachable-port', text)), ['8080']);
    assert.deepStrictEqual(found('unreachable-port', text.replace('VIRTUAL_PORT=8080', 'VIRTUAL_PORT=3000')), []);
  });

  it('Coolify\'s SERVICE_FQDN_<NAME>_<PORT> and SERVICE_URL_<NAME>_<PORT>, in list and map form', () => {
    const text = "services:\n  heyform:\n    image: 'heyform/community-edition:latest'\n    ports:\n      - '9513:8000'\n    environment:\n      - SERVICE_FQDN_HEYFORM_9513\n      - 'APP_HOMEPAGE_URL=${SERVICE_FQDN_HEYFORM_9513}'\n";
    const findings = found('unreachable-port', text);
    // The variable's definition only, not a setting that reads its value.
    assert.deepStrictEqual(findings.map((f) => text.slice(f.start - 'SERVICE_FQDN_HEYFORM_'.length, f.end)), ['SERVICE_FQDN_HEYFORM_9513']);
    const map = 'services:\n  app:\n    image: example/app\n    expose: ["3000"]\n    environment:\n      SERVICE_URL_APP_8080: /api\n';
    assert.deepStrictEqual(at(map, found('unreachable-port', map)), ['8080']);
    assert.deepStrictEqual(found('unreachable-port', map.replace('SERVICE_URL_APP_8080', 'SERVICE_URL_APP_3000')), []);
  });

  it('negative: a route to the port the service\'s own health check probes, where only the image table names another', () => {
    const grafana = (more: string) => 'services:\n  grafana:\n    image: grafana/grafana:11.0.0\n    environment:\n      - SERVICE_URL_GRAFANA_8080\n' + more;
    const probe = '    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8080/api/health"]\n';
    assert.deepStrictEqual(found('unreachable-port', grafana(probe)), []);
    // Without the health check the image's 3000 is the only word, and the route is reported.
    assert.deepStrictEqual(at(grafana(''), found('unreachable-port', grafana(''))), ['8080']);
    // The service's own expose: names another port: the health check does not settle which is right.
    const exposed = grafana(probe + '    expose:\n      - "3000"\n');
    assert.deepStrictEqual(at(exposed, found('unreachable-port', exposed)), ['8080']);
  });

  it('a health check on localhost that uses the host port', () => {
    const text = 'services:\n  gotify:\n    image: example/gotify\n    ports:\n      - "8080:80"\n    healthcheck:\n      test: curl -f http://127.0.0.1:8080/health\n';
    const findings = found('unreachable-port', text);
    assert.deepStrictEqual(at(text, findings), ['8080']);
    assert.match(findings[0].message, /health check runs inside the container/);
    assert.deepStrictEqual(findings[0].fix?.edits.map((e) => e.newText), ['80']);
  });

  it('negatives: a health check on a container port, or on a port that is not the host side', () => {
    const base = 'services:\n  gotify:\n    image: example/gotify\n    ports:\n      - "8080:80"\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:PORT/health"]\n';
    assert.deepStrictEqual(found('unreachable-port', base.replace('PORT', '80')), []);
    // A metrics or admin port the service does not publish: the check is held to the host-port slip only.
    assert.deepStrictEqual(found('unreachable-port', base.replace('PORT', '9090')), []);
  });
});

describe('container-port-mismatch: the service\'s own port setting against its publishes', () => {
  it('PORT=3333 while ports: maps container port 3000', () => {
    const text = 'services:\n  api:\n    image: example/api\n    environment:\n      - PORT=3333\n    ports:\n      - "3000:3000"\n';
    const findings = checkPorts(text, 'compose').filter((f) => f.code === 'container-port-mismatch');
    assert.deepStrictEqual(findings.map((f) => `${text.slice(f.start, f.end)}@${text.slice(0, f.start).split('\n').length}`), ['3000@7']);
    assert.match(findings[0].message, /PORT on line 5 tells the service to listen on 3333, but ports: names container port 3000/);
    assert.deepStrictEqual(findings[0].fix?.edits.map((e) => e.newText), ['3333']);
  });

  it('the value from the .env file beside it', () => {
    const text = 'services:\n  api:\n    image: example/api\n    environment:\n      - PORT=${PORT}\n    ports:\n      - "3000:3000"\n';
    const findings = checkPorts(text, 'compose', { variables: new Map([['PORT', '3333']]) }).filter((f) => f.code === 'container-port-mismatch');
    assert.deepStrictEqual(findings.map((f) => text.slice(f.start, f.end)), ['3000']);
  });

  it('negatives: agreeing statements, a UDP publish beside a web port setting, the setting set to the host port', () => {
    const mismatches = (text: string) => checkPorts(text, 'compose').filter((f) => f.code === 'container-port-mismatch');
    assert.deepStrictEqual(mismatches('services:\n  api:\n    image: example/api\n    environment:\n      - PORT=3000\n    ports:\n      - "8080:3000"\n'), []);
    assert.deepStrictEqual(mismatches('services:\n  wg:\n    image: ghcr.io/wg-easy/wg-easy:15\n    environment:\n      PORT: 51821\n    ports:\n      - "51820:51820/udp"\n'), []);
    assert.deepStrictEqual(mismatches('services:\n  api:\n    image: example/api\n    environment:\n      - APP_PORT=8080\n    ports:\n      - "8080:80"\n'), []);
    // Another port setting of the service names the published port: SERVER_PORT is the server a client dials
    // (vimagick/dockerfiles' fteproxy client, which listens on CLIENT_PORT).
    assert.deepStrictEqual(mismatches('services:\n  fteproxy:\n    image: easypi/fteproxy-arm\n    ports:\n      - "1194:1194"\n    environment:\n'
      + '      - SERVER_IP=vpn.example.org\n      - SERVER_PORT=4911\n      - CLIENT_PORT=1194\n'), []);
    // A service that builds its image: the Dockerfile speaks for it.
    assert.deepStrictEqual(mismatches('services:\n  api:\n    build: .\n    environment:\n      - PORT=3333\n    ports:\n      - "3000:3000"\n'), []);
  });

  it('negative: a published range beside the setting is other listeners (Ismaeloul\'s umbrel CraftDeck: web UI on PORT=8449, Minecraft servers on 25565-25574)', () => {
    const mismatches = (text: string) => checkPorts(text, 'compose').filter((f) => f.code === 'container-port-mismatch').map((f) => text.slice(f.start, f.end));
    const craftdeck = 'services:\n  app_proxy:\n    environment:\n      APP_HOST: ismaeloul-craftdeck_web_1\n      APP_PORT: "8449"\n  web:\n'
      + '    image: node:22-bookworm-slim\n    environment:\n      - PORT=8449\n      - CRAFTDECK_DATA=/data\n    ports:\n      - "25565-25574:25565-25574"\n';
    assert.deepStrictEqual(mismatches(craftdeck), []);
    // A single port beside it is still held against the setting.
    assert.deepStrictEqual(mismatches(craftdeck.replace('      - "25565-25574:25565-25574"\n', '      - "25565-25574:25565-25574"\n      - "3000:3000"\n')), ['3000']);
  });

  it('negative: a health check on the setting\'s port beside two other published ports (Supavisor: its API on PORT, its proxy on 5432 and 6543)', () => {
    const supavisor = (test: string) => 'services:\n  supavisor:\n    image: supabase/supavisor:2.9.5\n    expose:\n      - "5432"\n      - "6543"\n'
      + `    healthcheck:\n      test: ["CMD", "curl", "-sSf", "http://127.0.0.1:${test}/api/health"]\n    environment:\n      PORT: 4000\n`;
    const mismatches = (text: string) => checkPorts(text, 'compose').filter((f) => f.code === 'container-port-mismatch');
    assert.deepStrictEqual(mismatches(supavisor('4000')), []);
    // Without the health check's word on 4000, nothing says the setting is right: both statements are named.
    assert.deepStrictEqual(at(supavisor('9999'), mismatches(supavisor('9999'))), ['5432', '6543']);
    // One published port: the health check does not make a second listener, so PORT=3333 against 3000 still disagrees.
    const one = 'services:\n  api:\n    image: example/api\n    environment:\n      - PORT=3333\n    healthcheck:\n'
      + '      test: curl -f http://localhost:3333/health\n    ports:\n      - "3000:3000"\n';
    assert.deepStrictEqual(at(one, mismatches(one)), ['3000']);
  });
});

describe('udp-published-as-tcp', () => {
  it('WireGuard\'s 51820 published without /udp, with a fix that adds it', () => {
    const text = 'services:\n  wireguard:\n    image: lscr.io/linuxserver/wireguard\n    ports:\n      - "51820:51820"\n';
    const findings = checkPorts(text, 'compose').filter((f) => f.code === 'udp-published-as-tcp');
    assert.deepStrictEqual(at(text, findings), ['51820']);
    const fixed = applyEdits(text, findings[0].fix!.edits);
    assert.match(fixed, /"51820:51820\/udp"/);
    assert.deepStrictEqual(checkPorts(fixed, 'compose').filter((f) => f.code === 'udp-published-as-tcp'), []);
  });

  it('negatives: published as UDP too, an image Port Lens does not know, a port the image serves on TCP', () => {
    const udp = (ports: string, image = 'lscr.io/linuxserver/wireguard') => checkPorts(`services:\n  vpn:\n    image: ${image}\n    ports:\n${ports}`, 'compose').filter((f) => f.code === 'udp-published-as-tcp');
    assert.deepStrictEqual(udp('      - "51820:51820"\n      - "51820:51820/udp"\n'), []);
    assert.deepStrictEqual(udp('      - "51820:51820"\n', 'example/vpn'), []);
    assert.deepStrictEqual(udp('      - "8096:8096"\n', 'lscr.io/linuxserver/jellyfin'), []);
  });

  it('a mapping whose own variables say QUIC or UDP, with no /udp, whatever their values (any-sync-dockercompose before ea4bd98)', () => {
    const text = 'services:\n  coordinator:\n    image: ghcr.io/anyproto/any-sync-coordinator\n    ports:\n      - "${ANY_SYNC_COORDINATOR_PORT}:${ANY_SYNC_COORDINATOR_PORT}"\n      - "${ANY_SYNC_COORDINATOR_QUIC_PORT}:${ANY_SYNC_COORDINATOR_QUIC_PORT}"\n';
    const findings = checkPorts(text, 'compose').filter((f) => f.code === 'udp-published-as-tcp');
    assert.deepStrictEqual(at(text, findings), ['${ANY_SYNC_COORDINATOR_QUIC_PORT}']);
    assert.match(findings[0].message, /^ANY_SYNC_COORDINATOR_QUIC_PORT names QUIC, which runs over UDP, but this mapping has no \/udp/);
    assert.ok(!findings[0].message.includes('`'));
    const fixed = applyEdits(text, findings[0].fix!.edits);
    assert.match(fixed, /:\$\{ANY_SYNC_COORDINATOR_QUIC_PORT\}\/udp"\n$/);
    assert.deepStrictEqual(checkPorts(fixed, 'compose').filter((f) => f.code === 'udp-published-as-tcp'), []);
    // The host side's name says it too (1Panel's PANEL_APP_PORT_UDP_1900), with a value from .env.
    const named = (entry: string) => checkPorts(`services:\n  app:\n    image: example/app\n    ports:\n      - ${entry}\n`, 'compose').filter((f) => f.code === 'udp-published-as-tcp');
    assert.strictEqual(named('"${PANEL_APP_PORT_UDP_1900}:1900"').length, 1);
    assert.strictEqual(named('${WIREGUARD_PORT:-51820}:51820').length, 1);
    // One finding per mistake when the image says it too (WireGuard's own 51820).
    const both = 'services:\n  wireguard:\n    image: lscr.io/linuxserver/wireguard\n    ports:\n      - ${WIREGUARD_PORT:-51820}:51820\n';
    assert.deepStrictEqual(at(both, checkPorts(both, 'compose').filter((f) => f.code === 'udp-published-as-tcp')), ['${WIREGUARD_PORT:-51820}']);
  });

  it('negatives by name: /udp or /tcp written, a web UI beside the UDP port, a name that only contains the letters', () => {
    const named = (entry: string) => checkPorts(`services:\n  app:\n    image: example/app\n    ports:\n      - ${entry}\n`, 'compose').filter((f) => f.code === 'udp-published-as-tcp');
    assert.deepStrictEqual(named('"${QUIC_PORT}:${QUIC_PORT}/udp"'), []);
    assert.deepStrictEqual(named('"${DNS_UDP_PORT}:53/tcp"'), []);
    assert.deepStrictEqual(named('"${WIREGUARD_UI_PORT}:51821"'), []);
    assert.deepStrictEqual(named('"${WIREGUARD_WEB_PORT:-51821}:51821"'), []);
    assert.deepStrictEqual(named('"${UDPATE_PORT}:8080"'), []);
    assert.deepStrictEqual(named('"${APP_PORT}:8080"'), []);
  });
});

describe('route-protocol-mismatch', () => {
  it('an HTTP route to RabbitMQ\'s AMQP port, and a Traefik http service to Portainer\'s HTTPS port', () => {
    const rabbit = 'services:\n  rabbitmq:\n    image: rabbitmq:3\n    environment:\n      - SERVICE_FQDN_RABBITMQ_5672\n';
    const first = checkPorts(rabbit, 'compose').filter((f) => f.code === 'route-protocol-mismatch');
    assert.deepStrictEqual(at(rabbit, first), ['5672']);
    assert.match(first[0].message, /speaks AMQP/);
    const portainer = 'services:\n  portainer:\n    image: portainer/portainer-ce:2.16.0-alpine\n    ports:\n      - ${APP_PORT}:9443\n    labels:\n      traefik.http.services.portainer.loadbalancer.server.port: 9443\n';
    const second = checkPorts(portainer, 'compose').filter((f) => f.code === 'route-protocol-mismatch');
    assert.deepStrictEqual(at(portainer, second), ['9443']);
    assert.match(second[0].message, /speaks TLS/);
  });

  it('negatives: the route says it speaks HTTPS, a TCP router, the HTTP port', () => {
    const base = 'services:\n  portainer:\n    image: portainer/portainer-ce\n    labels:\n      - traefik.http.services.p.loadbalancer.server.port=9443\n';
    const mismatches = (text: string) => checkPorts(text, 'compose').filter((f) => f.code === 'route-protocol-mismatch');
    assert.deepStrictEqual(mismatches(`${base}      - traefik.http.services.p.loadbalancer.server.scheme=https\n`), []);
    assert.deepStrictEqual(mismatches(base.replace('traefik.http.', 'traefik.tcp.')), []);
    assert.deepStrictEqual(mismatches(base.replace('port=9443', 'port=9000')), []);
  });

  // getsentry/self-hosted before 59c0df3: ClickHouse's health check sent HTTP to the native protocol's port.
  const clickhouse = (test: string) => `services:\n  clickhouse:\n    image: "yandex/clickhouse-server:20.3.9.70"\n    healthcheck:\n      test:\n        [\n          "CMD-SHELL",\n          "${test}",\n        ]\n`;

  it('a health check that sends plain HTTP to the container on a port its image speaks another protocol on', () => {
    const text = clickhouse("wget -nv -t1 --spider 'http://localhost:9000/' || exit 1");
    const [finding, ...rest] = checkPorts(text, 'compose').filter((f) => f.code === 'route-protocol-mismatch');
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(text.slice(finding.start, finding.end), '9000');
    assert.strictEqual(finding.message, 'The health check sends HTTP to port 9000 of clickhouse, where ClickHouse (image clickhouse/clickhouse-server) speaks native protocol: it gets no HTTP answer there. Check the image\'s HTTP port.');
    assert.deepStrictEqual(finding.fix?.edits.map((e) => e.newText), ['8123']);
  });

  it('negative: a health check to a port whose description denies TLS (the Docker socket proxy\'s plain API)', () => {
    // bolens/homelab: six stacks check tecnativa/docker-socket-proxy with wget http://127.0.0.1:2375/_ping.
    const proxy = (image: string) => `services:\n  socket-proxy:\n    image: ${image}\n    healthcheck:\n      test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:2375/_ping"]\n`;
    for (const image of ['ghcr.io/tecnativa/docker-socket-proxy:v0.5.0', 'docker:dind']) {
      assert.deepStrictEqual(checkPorts(proxy(image), 'compose').filter((f) => f.code === 'route-protocol-mismatch'), [], image);
    }
  });

  it('negatives: a health check on the HTTP port, one that does not speak HTTP (clickhouse-client, nc), one to another host', () => {
    const mismatches = (test: string) => checkPorts(clickhouse(test), 'compose').filter((f) => f.code === 'route-protocol-mismatch');
    assert.deepStrictEqual(mismatches("wget -nv -t1 --spider 'http://localhost:8123/' || exit 1"), []);
    assert.deepStrictEqual(mismatches('clickhouse-client --host localhost --port 9000 --query SELECT 1'), []);
    assert.deepStrictEqual(mismatches('nc -z localhost 9000'), []);
    assert.deepStrictEqual(mismatches('clickhouse-client --host=localhost:9000 --query=SELECT 1'), []);
    assert.deepStrictEqual(mismatches("wget -q --spider 'http://other:9000/'"), []);
  });
});

describe('unreachable-port: LinuxServer.io SWAG snippets (set $upstream_app / $upstream_port)', () => {
  const compose = 'services:\n  gotify:\n    image: gotify/server:2.5\n    ports:\n      - "8070:80"\n';
  const snippet = (port: string) => `server {\n    listen 443 ssl;\n    server_name gotify.*;\n    location / {\n        include /config/nginx/proxy.conf;\n        set $upstream_app gotify;\n        set $upstream_port ${port};\n        set $upstream_proto http;\n        proxy_pass $upstream_proto://$upstream_app:$upstream_port;\n    }\n}\n`;

  it('a snippet (read as nginx by its content) whose $upstream_port the container does not listen on', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', compose);
    workspace.set('proxy-confs/gotify.subdomain.conf.sample', snippet('8070'));
    const findings = workspace.findings('proxy-confs/gotify.subdomain.conf.sample').filter((f) => f.code === 'unreachable-port');
    assert.deepStrictEqual(findings.map((f) => f.message.includes('gotify:8070')), [true]);
    assert.deepStrictEqual(findings[0].fix?.edits.map((e) => e.newText), ['80']);
  });

  it('negatives: the port the container listens on, a variable port, no $upstream_app in the block', () => {
    const workspace = createWorkspace();
    workspace.set('compose.yaml', compose);
    workspace.set('a.subdomain.conf.sample', snippet('80'));
    workspace.set('b.subdomain.conf.sample', snippet('$port'));
    workspace.set('c.subdomain.conf.sample', snippet('8070').replace('set $upstream_app gotify;', ''));
    for (const path of ['a.subdomain.conf.sample', 'b.subdomain.conf.sample', 'c.subdomain.conf.sample']) {
      assert.deepStrictEqual(workspace.findings(path).filter((f) => f.code === 'unreachable-port'), [], path);
    }
  });
});

describe('unreachable-port: routes beside publishes of other protocols', () => {
  it('negatives: SFTPGo publishing SFTP on 2222 with its web UI routed to 8080; EMQX publishing several ports with its dashboard routed to 18083', () => {
    const sftpgo = 'services:\n  sftpgo:\n    image: example/sftpgo\n    ports:\n      - 2222:2222\n    environment:\n      - SERVICE_FQDN_SFTPGO_8080\n';
    assert.deepStrictEqual(found('unreachable-port', sftpgo), []);
    const emqx = 'services:\n  emqx:\n    image: example/emqx-enterprise\n    ports:\n      - "1883:1883"\n      - "8083:8083"\n      - "8084:8084"\n    environment:\n      - SERVICE_FQDN_EMQX_18083\n';
    assert.deepStrictEqual(found('unreachable-port', emqx), []);
    // Several publishes, but the route takes the host side of one of them: still the slip.
    assert.deepStrictEqual(at(emqx.replace('SERVICE_FQDN_EMQX_18083', 'SERVICE_FQDN_EMQX_8083').replace('"8083:8083"', '"8083:80"'), found('unreachable-port', emqx.replace('SERVICE_FQDN_EMQX_18083', 'SERVICE_FQDN_EMQX_8083').replace('"8083:8083"', '"8083:80"'))), ['8083']);
  });
});

// 0xdespot/lido-csm-dashboard before 4cb4dcc: the compose health check replaced the image's own (on 3000, where
// the Dockerfile EXPOSEs and runs the app) with one on 8080, where nothing listens.
describe('unreachable-port: a compose health check against the HEALTHCHECK of the image it builds', () => {
  const dockerfile = (check: string, expose = 'EXPOSE 3000') => `FROM python:3.11-slim\nWORKDIR /app\nHEALTHCHECK --interval=30s \\\n    CMD curl -f ${check} || exit 1\n${expose}\nCMD ["csm", "serve", "--host", "0.0.0.0"]\n`;
  const compose = (port: string, more = '') => `services:\n  csm-dashboard:\n    build:\n      context: .\n      dockerfile: Dockerfile\n    ports:\n      - "\${PORT:-3000}:3000"\n${more}    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:${port}/health"]\n`;

  it('a health check on a port nothing declares while the image probes the one it exposes', () => {
    const text = compose('8080');
    const findings = found('unreachable-port', text, { Dockerfile: dockerfile('http://localhost:3000/api/health') });
    assert.deepStrictEqual(at(text, findings), ['8080']);
    assert.strictEqual(findings[0].message, 'The health check runs inside the container and connects to port 8080 of csm-dashboard, but the HEALTHCHECK in Dockerfile line 4 of the image it is built from probes 3000, where csm-dashboard listens.');
    assert.deepStrictEqual(findings[0].fix?.edits.map((e) => e.newText), ['3000']);
    assert.strictEqual(findings[0].related?.[0].path, 'Dockerfile');
    const fixed = applyEdits(text, findings[0].fix!.edits);
    assert.deepStrictEqual(found('unreachable-port', fixed, { Dockerfile: dockerfile('http://localhost:3000/api/health') }), []);
  });

  it('negatives: the image probes the same port, probes an undeclared port or another host, checks nothing, or something may move the port', () => {
    // Quenary/tugtainer: EXPOSE 80 for nginx, while both health checks probe the backend on 8000: agreeing.
    const tug = 'services:\n  app:\n    build: .\n    ports:\n      - "9412:80"\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8000/api/public/health"]\n';
    assert.deepStrictEqual(found('unreachable-port', tug, { Dockerfile: dockerfile('http://localhost:8000/api/public/health', 'EXPOSE 80') }), []);
    // The image probes a port nothing declares: no word on where the software answers.
    assert.deepStrictEqual(found('unreachable-port', compose('8080'), { Dockerfile: dockerfile('http://localhost:9000/health') }), []);
    // The image's check goes to another host: not the container's own port.
    assert.deepStrictEqual(found('unreachable-port', compose('8080'), { Dockerfile: dockerfile('http://web:3000/health') }), []);
    // No HEALTHCHECK in the image (ONLYOFFICE's docservice on 8000 beside 80 and 443): held to the host-port slip.
    assert.deepStrictEqual(found('unreachable-port', compose('8080'), { Dockerfile: 'FROM python:3.11-slim\nEXPOSE 3000\n' }), []);
    // The compose check on the image's port; a setting of the service naming 8080; a command that may move it.
    assert.deepStrictEqual(found('unreachable-port', compose('3000'), { Dockerfile: dockerfile('http://localhost:3000/api/health') }), []);
    assert.deepStrictEqual(found('unreachable-port', compose('8080', '    environment:\n      - METRICS_PORT=8080\n'), { Dockerfile: dockerfile('http://localhost:3000/api/health') }), []);
    assert.deepStrictEqual(found('unreachable-port', compose('8080', '    command: csm serve --port 8080\n'), { Dockerfile: dockerfile('http://localhost:3000/api/health') }), []);
  });
});
