// The image table's generator (scripts/images/): each catalog format read from a small fixture, the precedence
// and agreement that turn claims into rows, and the output's determinism.
import * as assert from 'assert';
import { renderCatalogRows, renderCatalogTableData, rowsFromCatalogs } from '../../scripts/generate-image-table';
import { catalog } from './catalogFolder';
import { openCatalog } from '../../scripts/images/catalogFiles';
import type { ImageClaim } from '../../scripts/images/claims';
import { containerSide, resolveVariables } from '../../scripts/images/composeServices';
import { mergeClaims, nameFitsImage } from '../../scripts/images/mergeClaims';
import { readCatalog } from '../../scripts/images/readCatalog';
import { readPortWords } from '../../scripts/images/portWords';
import { measureCoverage } from '../../scripts/measure-image-coverage';

function claimsOf(repo: string, files: Record<string, string>): ImageClaim[] {
  return readCatalog(openCatalog(catalog(repo, files)));
}

function only(claims: ImageClaim[], key: string): ImageClaim {
  const found = claims.filter((c) => c.key === key);
  assert.strictEqual(found.length, 1, `${key} in ${JSON.stringify(claims.map((c) => c.key))}`);
  return found[0];
}

const JELLYFIN_TEMPLATE = `<?xml version="1.0"?>
<Container version="2">
  <Name>jellyfin</Name>
  <Repository>lscr.io/linuxserver/jellyfin</Repository>
  <Network>bridge</Network>
  <WebUI>http://[IP]:[PORT:8096]</WebUI>
  <Category>MediaServer:Video</Category>
  <Config Name="WebUI" Target="8096" Default="8097" Mode="tcp" Description="Http webUI." Type="Port"/>
  <Config Name="Port: 8920" Target="8920" Default="8920" Mode="tcp" Description="Optional - Https webUI." Type="Port"/>
  <Config Name="Port: 7359" Target="7359" Default="7359" Mode="udp" Description="Allows clients to discover Jellyfin." Type="Port"/>
  <Config Name="Appdata" Target="/config" Default="" Mode="rw" Type="Path"/>
</Container>`;

const LINUXSERVER_PAGE = `---
title: qbittorrent
tags:
    - Downloaders
description: "[qBittorrent](https://www.qbittorrent.org/) is a BitTorrent client."
---
# [linuxserver/qbittorrent](https://github.com/linuxserver/docker-qbittorrent)

\`\`\`yaml
services:
  socket-proxy:
    image: lscr.io/linuxserver/socket-proxy:latest
  qbittorrent:
    image: lscr.io/linuxserver/qbittorrent:latest
\`\`\`

### Ports (\`-p\`)

| Parameter | Function |
| :----: | --- |
| \`8080:8080\` | WebUI |
| \`6881:6881\` | tcp connection port |
| \`6881:6881/udp\` | udp connection port |

### Environment Variables (\`-e\`)

| Env | Function |
| :----: | --- |
| \`WEBUI_PORT=8080\` | for changing the port of the web UI |
| \`TZ=Etc/UTC\` | a timezone |

### Volume Mappings (\`-v\`)
`;

describe('image catalogs: each format', () => {
  it('reads an Unraid template: the container side (Target), its protocol, the WebUI as HTTP, LinuxServer.io as owner', () => {
    const claim = only(claimsOf('linuxserver/templates', { 'unraid/jellyfin.xml': JELLYFIN_TEMPLATE }), 'linuxserver/jellyfin');
    assert.strictEqual(claim.owner, true);
    assert.deepStrictEqual(claim.ports.map((p) => `${p.port}/${p.protocol}:${p.speaks ?? ''}`), ['8096/tcp:http', '8920/tcp:tls', '7359/udp:']);
    assert.strictEqual(claim.url, `https://github.com/linuxserver/templates/blob/fixture/unraid/jellyfin.xml`);
    // The same template in a collection is a store's word, and a host-network template states no ports.
    const hostNetwork = JELLYFIN_TEMPLATE.replace('<Network>bridge</Network>', '<Network>host</Network>');
    const store = only(claimsOf('selfhosters/unRAID-CA-templates', { 'templates/jellyfin.xml': hostNetwork }), 'linuxserver/jellyfin');
    assert.strictEqual(store.owner, false);
    assert.deepStrictEqual(store.ports, []);
  });

  it('reads an image author\'s template: VNC is not HTTP, noVNC is, and the variable set to a port moves it', () => {
    const claim = only(claimsOf('binhex/templates', { 'unraid/binhex/templates/goland.xml': `<?xml version="1.0"?>
<Container version="2">
  <Repository>binhex/arch-goland</Repository>
  <WebUI>https://[IP]:[PORT:6080]/vnc.html</WebUI>
  <Config Name="Port: VNC" Target="5900" Default="5900" Mode="tcp" Description="Port used to access the GUI via the VNC protocol." Type="Port"/>
  <Config Name="Port: Web" Target="6080" Default="6080" Mode="tcp" Description="noVNC web interface." Type="Port"/>
  <Config Name="Port: Web2" Target="6081" Default="6081" Mode="tcp" Description="The GUI in a browser, over VNC." Type="Port"/>
  <Config Name="Web port" Target="WEBUI_PORT" Default="6080" Type="Variable"/>
</Container>` }), 'binhex/arch-goland');
    assert.strictEqual(claim.owner, true);
    assert.deepStrictEqual(claim.ports.map((p) => `${p.port}:${p.speaks}`), ['5900:other', '6080:tls', '6081:http']);
    assert.deepStrictEqual(claim.portSettings, ['WEBUI_PORT']);
  });

  it('keeps HTTP and TLS off UDP ports, believes a port\'s own HTTPS over an http WebUI, and drops a publisher\'s prefix', () => {
    const claim = only(claimsOf('binhex/templates', { 'unraid/binhex/templates/gluetun.xml': `<?xml version="1.0"?>
<Container version="2">
  <Name>binhex-official-gluetun</Name>
  <Repository>qmcgaw/gluetun</Repository>
  <WebUI>http://[IP]:[PORT:8443]</WebUI>
  <Config Name="WebUI" Target="30000" Default="30000" Mode="udp" Description="Game port" Type="Port"/>
  <Config Name="Port: Web Interface (HTTPS)" Target="8443" Default="8443" Mode="tcp" Type="Port"/>
  <Config Name="Port: 7396" Target="7396" Mode="tcp" Description="Web GUI (redirects to https://app.example.org)." Type="Port"/>
  <Config Name="Ports: servers" Target="19132-19232" Default="19132-19232" Mode="udp" Type="Port"/>
  <Config Name="WebUI" Target="4242" Default="4242" Mode="tcp" Description="The port the core listens for connections on." Type="Port"/>
</Container>` }), 'qmcgaw/gluetun');
    assert.strictEqual(claim.owner, false);
    assert.strictEqual(claim.title, 'gluetun');
    assert.deepStrictEqual(claim.ports.map((p) => `${p.port}-${p.endPort ?? ''}/${p.protocol}:${p.speaks ?? ''}`), ['30000-/udp:', '8443-/tcp:tls', '7396-/tcp:http', '19132-19232/udp:', '4242-/tcp:']);
  });

  it('reads a LinuxServer.io page: its ports table, the variable that moves the port, the name, not the sidecar', () => {
    const claims = claimsOf('linuxserver/docker-documentation', { 'docs/images/docker-qbittorrent.md': LINUXSERVER_PAGE });
    const claim = only(claims, 'linuxserver/qbittorrent');
    assert.strictEqual(claim.title, 'qBittorrent');
    assert.deepStrictEqual(claim.ports.map((p) => `${p.port}/${p.protocol}`), ['8080/tcp', '6881/tcp', '6881/udp']);
    assert.deepStrictEqual(claim.portSettings, ['WEBUI_PORT']);
  });

  it('reads a LinuxServer.io page whose ports table is empty as the owner saying the image listens on no port', () => {
    const kometa = LINUXSERVER_PAGE.replace(/qbittorrent/g, 'kometa').replace(/^\| `(8080|6881)[^\n]*\n/gm, '');
    const [said] = claimsOf('linuxserver/docker-documentation', { 'docs/images/docker-kometa.md': kometa });
    assert.deepStrictEqual([said.key, said.ports, said.listensOnNoPort], ['linuxserver/kometa', [], true]);
    const [row] = mergeClaims([said], new Set());
    assert.deepStrictEqual([row.image, row.ports, row.listensOnNoPort, row.sources], ['linuxserver/kometa', [], true, ['linuxserver/docker-documentation']]);
    // A table left empty where the example shares the host's network (fail2ban's, plex's) or publishes ports says nothing.
    for (const page of [kometa.replace('    image: lscr.io/linuxserver/kometa:latest', '$&\n    network_mode: host'), kometa.replace('    image: lscr.io/linuxserver/kometa:latest', '$&\n    ports:\n      - 8080:8080')]) {
      assert.strictEqual(claimsOf('linuxserver/docker-documentation', { 'docs/images/docker-kometa.md': page })[0].listensOnNoPort, undefined);
    }
    // Nor does the qBittorrent page, whose table has rows; and a store that states a port leaves the row to agreement.
    assert.strictEqual(claimsOf('linuxserver/docker-documentation', { 'docs/images/docker-qbittorrent.md': LINUXSERVER_PAGE })[0].listensOnNoPort, undefined);
    const store = claim({ key: 'linuxserver/kometa', catalog: 'some/store', ports: [{ port: 5000, protocol: 'tcp' }] });
    assert.deepStrictEqual(mergeClaims([said, store], new Set()), []);
  });

  it('reads CasaOS: the long syntax\'s target (not published), the main service, a sidecar without the app\'s name', () => {
    const claims = claimsOf('IceWhaleTech/CasaOS-AppStore', { 'Apps/Memos/docker-compose.yml': `
name: memos
services:
  memos:
    image: docker.io/neosmemo/memos:0.22@sha256:abcdef
    ports:
      - target: 5230
        published: "5231"
        protocol: tcp
    x-casaos:
      ports:
        - container: "5230"
          description: { en_us: WebUI HTTP Port }
  cache:
    image: redis:7
    ports: ["6380:6379"]
x-casaos:
  main: memos
  title: { en_us: Memos }
  category: Notes
` });
    const memos = only(claims, 'neosmemo/memos');
    assert.deepStrictEqual(memos.ports, [{ port: 5230, protocol: 'tcp', speaks: 'http', description: 'web UI or HTTP API' }]);
    assert.strictEqual(memos.main, true);
    assert.strictEqual(memos.title, 'Memos');
    const redis = only(claims, 'redis');
    assert.strictEqual(redis.main, false);
    assert.strictEqual(redis.title, undefined);
    assert.deepStrictEqual(redis.ports.map((p) => p.port), [6379]);
  });

  it('reads Dokploy: the domain\'s port as HTTP, and a port the store moved through a variable', () => {
    const claims = claimsOf('Dokploy/templates', {
      'blueprints/app/docker-compose.yml': `services:
  web:
    image: example/app:\${APP_VERSION:-1.4}
    environment:
      PORT: "3001"
      DB_PORT: "5432"
    expose: ["3001"]
  db:
    image: postgres:16
`,
      'blueprints/app/template.toml': '[[config.domains]]\nserviceName = "web"\nport = 3_001\nhost = "${main_domain}"\n',
      'blueprints/app/meta.json': '{"id":"app","name":"Example App","tags":["notes"]}',
    });
    const web = only(claims, 'example/app');
    assert.deepStrictEqual(web.ports, [{ port: 3001, protocol: 'tcp', movedBy: 'PORT', speaks: 'http' }]);
    assert.deepStrictEqual(web.portSettings, ['PORT']);
    assert.strictEqual(web.title, 'Example App');
  });

  it('drops a store\'s ports when the service\'s own PORT says it listens elsewhere (routed to 81, PORT=80)', () => {
    const claims = claimsOf('Dokploy/templates', {
      'blueprints/bot/docker-compose.yml': 'services:\n  bot:\n    image: example/bot:12\n    ports: ["81"]\n    environment:\n      - PORT=80\n      - PG_PORT=5432\n',
      'blueprints/bot/template.toml': '[[config.domains]]\nserviceName = "bot"\nport = 81\nhost = "${main_domain}"\n',
      'blueprints/bot/meta.json': '{"id":"bot","name":"Bot","tags":[]}',
    });
    const bot = only(claims, 'example/bot');
    assert.deepStrictEqual(bot.ports, []);
    assert.deepStrictEqual(bot.portSettings, ['PORT']);
  });

  it('reads Runtipi: the container side of ${APP_PORT}:4533 and the main service\'s internalPort', () => {
    const claims = claimsOf('runtipi/runtipi-appstore', {
      'apps/navidrome/docker-compose.yml': 'services:\n  navidrome:\n    image: deluan/navidrome:0.53\n    ports:\n      - ${APP_PORT}:4533\n',
      'apps/navidrome/docker-compose.json': '{"services":[{"name":"navidrome","image":"deluan/navidrome:0.53","isMain":true,"internalPort":4533}]}',
      'apps/navidrome/config.json': '{"name":"Navidrome","port":8378,"exposable":true,"categories":["media"]}',
    });
    const claim = only(claims, 'deluan/navidrome');
    assert.deepStrictEqual(claim.ports, [{ port: 4533, protocol: 'tcp', speaks: 'http' }]);
    assert.deepStrictEqual(claim.categories, ['media']);
  });

  it('reads CapRover: $$cap_ variables and the container HTTP port', () => {
    const claims = claimsOf('caprover/one-click-apps', { 'public/v4/apps/grocy.yml': `captainVersion: 4
services:
  $$cap_appname:
    image: $$cap_registry/grocy:$$cap_grocy_version
    caproverExtra:
      containerHttpPort: '80'
caproverOneClickApp:
  displayName: Grocy
  variables:
    - id: $$cap_grocy_version
      defaultValue: v4
    - id: $$cap_registry
      defaultValue: linuxserver
` });
    const claim = only(claims, 'linuxserver/grocy');
    assert.deepStrictEqual(claim.ports, [{ port: 80, protocol: 'tcp', speaks: 'http' }]);
    assert.strictEqual(claim.title, 'Grocy');
  });

  it('reads Portainer templates, DockSTARTer\'s merged files, 1Panel and Coolify', () => {
    const portainer = claimsOf('Lissy93/portainer-templates', { 'templates.json': JSON.stringify({ version: '2', templates: [
      { type: 1, title: 'Uptime Kuma', image: 'louislam/uptime-kuma:1', ports: ['3002:3001/tcp'] },
      { type: 1, title: 'Game', image: 'example/game', ports: ['27015/udp'] },
      { type: 3, title: 'A stack', repository: { stackfile: 'x.yml' } },
    ] }) });
    assert.deepStrictEqual(only(portainer, 'louislam/uptime-kuma').ports, [{ port: 3001, protocol: 'tcp' }]);
    assert.deepStrictEqual(only(portainer, 'example/game').ports, [{ port: 27015, protocol: 'udp' }]);

    const dockstarter = claimsOf('GhostWriters/DockSTARTer-Templates', {
      '.apps/jellyfin/jellyfin.yml': 'services:\n  jellyfin<__instance>:\n    restart: ${JELLYFIN<__INSTANCE>__RESTART?}\n',
      '.apps/jellyfin/jellyfin.x86_64.yml': 'services:\n  jellyfin<__instance>:\n    image: lscr.io/linuxserver/jellyfin:${JELLYFIN<__INSTANCE>__TAG?}\n',
      '.apps/jellyfin/jellyfin.ports.yml': 'services:\n  jellyfin<__instance>:\n    ports:\n      - ${JELLYFIN<__INSTANCE>__PORT_8096?}:8096\n',
      '.apps/jellyfin/.env': "JELLYFIN<__INSTANCE>__PORT_8096='8096'\n",
    });
    assert.deepStrictEqual(only(dockstarter, 'linuxserver/jellyfin').ports, [{ port: 8096, protocol: 'tcp' }]);

    const onePanel = claimsOf('1Panel-dev/appstore', {
      'apps/halo/2.20/docker-compose.yml': 'services:\n  halo:\n    image: halohub/halo:2.20\n    container_name: ${CONTAINER_NAME}\n    ports:\n      - ${PANEL_APP_PORT_HTTP}:8090\n',
      'apps/halo/data.yml': 'name: Halo\nadditionalProperties:\n  name: Halo\n',
    });
    const halo = only(onePanel, 'halohub/halo');
    assert.deepStrictEqual([halo.ports, halo.main, halo.title], [[{ port: 8090, protocol: 'tcp' }], true, 'Halo']);

    const coolify = claimsOf('coollabsio/coolify', { 'templates/compose/authentik.yaml':
      'services:\n  server:\n    image: ghcr.io/goauthentik/server:${AUTHENTIK_TAG:-2025.10}\n    environment:\n      - SERVICE_URL_SERVER_9000\n' });
    assert.deepStrictEqual(only(coolify, 'ghcr.io/goauthentik/server').ports, [{ port: 9000, protocol: 'tcp', speaks: 'http' }]);
  });

  it('reads Cosmos: the port its route sends HTTP to, and the app\'s name', () => {
    const claims = claimsOf('azukaar/cosmos-servapps-official', {
      'servapps/Actual/cosmos-compose.json': JSON.stringify({ services: { '{ServiceName}': { image: 'actualbudget/actual-server:latest',
        environment: ['ACTUAL_UPLOAD_LIMIT=20'], routes: [{ target: 'http://{ServiceName}:5006', mode: 'SERVAPP' }] } } }),
      'servapps/Actual/description.json': '{"name":"Actual","tags":["finance"]}',
    });
    const claim = only(claims, 'actualbudget/actual-server');
    assert.deepStrictEqual([claim.ports, claim.title, claim.main], [[{ port: 5006, protocol: 'tcp', speaks: 'http' }], 'Actual', true]);
  });

  it('takes only the container side of a port, and resolves ${VAR:-default}', () => {
    assert.deepStrictEqual(containerSide('127.0.0.1:8080:80/tcp'), { port: 80, protocol: 'tcp' });
    assert.deepStrictEqual(containerSide('${HOST_PORT:-9000}:9001'), { port: 9001, protocol: 'tcp' });
    assert.deepStrictEqual(containerSide('60000-60010:60000-60010/udp'), { port: 60000, endPort: 60010, protocol: 'udp' });
    assert.strictEqual(containerSide('80/http'), undefined);
    assert.strictEqual(resolveVariables('${REG:-ghcr.io}/a/b:${TAG}', new Map()), undefined);
    assert.strictEqual(resolveVariables('${REG:-ghcr.io}/a/b:${TAG:-1}', new Map()), 'ghcr.io/a/b:1');
  });
});

function claim(over: Partial<ImageClaim> & Pick<ImageClaim, 'key' | 'catalog'>): ImageClaim {
  return { owner: false, url: `https://github.com/${over.catalog}/blob/0/${over.key}`, app: over.key, main: true, categories: [], ports: [], portSettings: [], ...over };
}

describe('image catalogs: Easypanel templates and images\' own repositories', () => {
  const EASYPANEL_META = `name: Actual Budget
tags:
  - Finance
schema:
  type: object
  properties:
    appServiceName:
      type: string
      default: actual
    appServiceImage:
      type: string
      default: ghcr.io/actualbudget/actual-server:25.1.0
    workerImage:
      type: string
      default: actual/worker
`;
  const EASYPANEL_CODE = `import { Output, Services, randomPassword } from "~templates-utils";
import { Input } from "./meta";

export function generate(input: Input): Output {
  const services: Services = [];
  const secret = randomPassword();
  services.push({
    type: "app",
    data: {
      serviceName: \`\${input.appServiceName}-worker\`,
      source: { type: "image", image: input.workerImage },
      env: [\`WORKER_PORT=7000\`, \`SECRET=\${secret}\`].join("\\n"),
      ports: [{ published: Number(input.udpPort), target: 7001, protocol: "udp" }],
    },
  });
  services.push({
    type: "app",
    data: {
      serviceName: input.appServiceName,
      source: { type: "image", image: input.appServiceImage },
      domains: [{ host: "$(EASYPANEL_DOMAIN)", port: 5006 }, { host: "x", port: Number(input.otherPort) }],
      env: \`PORT=5006\\nTZ=UTC\`,
    },
  });
  services.push({ type: "postgres", data: { serviceName: "db" } });
  return { services };
}
`;

  it('reads an Easypanel template: the image from its input\'s default, the domain\'s port as HTTP, a port set by a variable, UDP', () => {
    const claims = claimsOf('easypanel-io/templates', { 'templates/actual/meta.yaml': EASYPANEL_META, 'templates/actual/index.ts': EASYPANEL_CODE });
    const app = only(claims, 'ghcr.io/actualbudget/actual-server');
    assert.strictEqual(app.main, true);
    assert.strictEqual(app.title, 'Actual Budget');
    // The proxy's port is HTTP; PORT=5006 says the store set it, so it is a setting and not a default.
    assert.deepStrictEqual(app.ports.map((p) => [p.port, p.protocol, p.speaks, p.movedBy]), [[5006, 'tcp', 'http', 'PORT']]);
    assert.deepStrictEqual(app.portSettings, ['PORT']);
    const worker = only(claims, 'actual/worker');
    assert.strictEqual(worker.main, false);
    // The target of a published port is the container's side; a port the template takes from an input is no fact.
    assert.deepStrictEqual(worker.ports.map((p) => [p.port, p.protocol]), [[7001, 'udp']]);
    assert.ok(claims.every((c) => c.ports.every((p) => p.port !== 0)));
  });

  it('reads an image\'s own repository: the EXPOSE of the last stage, variables from ENV, the image its README and CI name', () => {
    const claims = claimsOf('acme/docker-widget', {
      'README.md': 'Run it:\n\n    docker run -p 8080:8080 acme/widget:latest\n\nSee https://github.com/acme/docker-widget and other/widget-fork.\n',
      '.github/workflows/push.yml': 'jobs:\n  push:\n    steps:\n      - uses: docker/build-push-action@v5\n        with:\n          tags: ghcr.io/${{ github.repository }}:latest\n',
      'Dockerfile': 'FROM golang:1.22 AS build\nEXPOSE 9999\nFROM alpine:3.20\nARG UNUSED=1\nENV WIDGET_PORT=8080\nEXPOSE ${WIDGET_PORT} 5353/udp\n',
      'test/Dockerfile': 'FROM alpine\nEXPOSE 1234\n',
      'examples/docker-compose.yml': 'services:\n  w:\n    image: acme/widget\n    ports: ["80:4444"]\n',
      'docker-compose.dev.yml': 'services:\n  w:\n    image: acme/widget\n    ports: ["80:4445"]\n',
      'deploy/compose.yaml': 'services:\n  w:\n    image: acme/widget\n    volumes: ["./widget.conf:/etc/widget.conf"]\n    ports: ["443:443"]\n',
      'docs/build.md': 'Build your own: docker build -t test/widget . and docker run test/widget\n',
      'integration-tests/docker/docker-compose.yaml': 'services:\n  w:\n    image: acme/widget\n    ports: ["80:4446"]\n',
      'docker/docker-compose.prod.yml': 'services:\n  ui:\n    image: acme/widget:frontend\n    ports: ["80:4447"]\n',
      'compose.yaml': 'services:\n  w:\n    image: acme/widget\n    ports: ["${SSH:-2222}:22", "${UI_PORT:-8188}:${UI_PORT:-8188}"]\n',
    });
    assert.deepStrictEqual([...new Set(claims.map((c) => c.key))].sort(), ['acme/widget', 'ghcr.io/acme/docker-widget']);
    const widget = only(claims, 'acme/widget');
    assert.strictEqual(widget.owner, true);
    assert.deepStrictEqual(widget.ports.map((p) => [p.port, p.protocol]), [[8080, 'tcp'], [5353, 'udp']]);
    assert.deepStrictEqual(widget.portSettings, ['WIDGET_PORT']);
    assert.match(widget.url, /\/blob\/fixture\/Dockerfile$/);
  });

  it('reads a forward proxy\'s port as plain HTTP even where its words say HTTPS', () => {
    assert.strictEqual(readPortWords('This is the port for Privoxy application - HTTPS proxy server.').speaks, 'http');
    assert.strictEqual(readPortWords('SOCKS5 proxy').speaks, 'other');
    assert.strictEqual(readPortWords('Https webUI').speaks, 'tls');
  });

  it('reads an own repository\'s Compose file for its own image, and a Dockerfile in the folder named after each image', () => {
    const claims = claimsOf('zabbix/zabbix-docker', {
      'README.md': 'Images: `docker pull zabbix/zabbix-agent` and `docker pull zabbix/zabbix-server-mysql`, built on docker.io/library/alpine.\n',
      'Dockerfiles/agent/alpine/Dockerfile': 'FROM alpine\nEXPOSE 10050/TCP\n',
      'Dockerfiles/agent/ubuntu/Dockerfile': 'FROM ubuntu\nEXPOSE 10050/TCP\n',
      'Dockerfiles/server-mysql/alpine/Dockerfile': 'FROM alpine\nEXPOSE 10051/TCP\n',
      'Dockerfiles/server-mysql/ubuntu/Dockerfile': 'FROM ubuntu\nEXPOSE 10052/TCP\n',
      'docker-compose.yaml': 'services:\n  server:\n    image: zabbix/zabbix-server-mysql:alpine\n    ports: ["10051:10051"]\n  db:\n    image: mysql:8\n    ports: ["3306:3306"]\n',
    });
    // Variants that agree count; variants that disagree say nothing; the Compose file speaks for its own image only.
    assert.deepStrictEqual(claims.map((c) => [c.key, c.ports.map((p) => p.port)]), [['zabbix/zabbix-agent', [10050]], ['zabbix/zabbix-server-mysql', [10051]]]);
  });
});

describe('image catalogs: k8s-at-home charts and multi-line docker run', () => {
  it('reads a k8s-at-home chart: targetPort over port, UDP, HTTPS, disabled ports and services, a port set by env, its own images as owner, not a variant tag\'s ports', () => {
    const claims = claimsOf('k8s-at-home/charts', {
      'charts/stable/widget/Chart.yaml': 'name: widget\ndescription: Widget is a small server\n',
      'charts/stable/widget/values.yaml': [
        'image:', '  repository: acme/widget', '  tag: 1.0', 'env:', '  WIDGET_PORT: 8081',
        'service:', '  main:', '    ports:', '      http:', '        port: 80', '        targetPort: 8080',
        '      admin:', '        port: 8081', '      secure:', '        port: 8443', '        protocol: HTTPS',
        '      off:', '        enabled: false', '        port: 9999',
        '  dns:', '    ports:', '      dns:', '        port: 53', '        protocol: UDP',
        '  unused:', '    enabled: false', '    ports:', '      x:', '        port: 7777', '',
      ].join('\n'),
      'charts/incubator/own/values.yaml': 'image:\n  repository: ghcr.io/k8s-at-home/own\nservice:\n  main:\n    ports:\n      http:\n        port: 3000\n',
      'charts/stable/noports/values.yaml': 'image:\n  repository: acme/cron\n',
      'charts/incubator/pad/Chart.yaml': 'name: pad\nappVersion: v4.14.1-nginx\n',
      'charts/incubator/pad/values.yaml': 'image:\n  repository: acme/pad\n  tag: ""\nservice:\n  main:\n    ports:\n      http:\n        port: 80\n',
      'charts/library/common/values.yaml': 'image:\n  repository: x/y\nservice:\n  main:\n    ports:\n      http:\n        port: 1\n',
    });
    assert.deepStrictEqual(claims.map((c) => c.key).sort(), ['acme/widget', 'ghcr.io/k8s-at-home/own']);
    const widget = only(claims, 'acme/widget');
    assert.strictEqual(widget.owner, false);
    assert.strictEqual(widget.title, 'Widget');
    assert.deepStrictEqual(widget.ports.map((p) => [p.port, p.protocol, p.speaks, p.movedBy]),
      [[8080, 'tcp', 'http', undefined], [8081, 'tcp', undefined, 'WIDGET_PORT'], [8443, 'tcp', 'tls', undefined], [53, 'udp', undefined, undefined]]);
    assert.deepStrictEqual(widget.portSettings, ['WIDGET_PORT']);
    assert.strictEqual(only(claims, 'ghcr.io/k8s-at-home/own').owner, true);
  });

  it('reads Websoft9: the image and HTTP port from the app\'s .env, never a container side set by a host-port variable, env_file settings', () => {
    const claims = claimsOf('Websoft9/docker-library', {
      'apps/gitea/docker-compose.yml': [
        'services:', '  gitea:', '    image: $W9_REPO:$W9_VERSION', '    container_name: $W9_ID', '    env_file: .env',
        '    ports:', '      - "$W9_HTTP_PORT_SET:$W9_HTTP_PORT"', '      - "$W9_SSH_PORT_SET:$W9_SSH_PORT_SET"', '      - "$W9_API_PORT_SET:9000"',
        '  db:', '    image: mysql:${W9_DB_VERSION}', '    container_name: ${W9_ID}-mysql', '',
      ].join('\n'),
      'apps/gitea/.env': "W9_REPO=gitea/gitea\nW9_VERSION='1.25'\nW9_ID='gitea'\nW9_HTTP_PORT=3000\nW9_HTTP_PORT_SET='3001'\nW9_SSH_PORT_SET='222'\nAPI_PORT=9000\nSSH_PORT=$W9_SSH_PORT_SET\nW9_DB_VERSION=\"8.0\"\n",
      'apps/gitea/variables.json': '{"name": "gitea", "trademark": "Gitea"}',
    });
    const gitea = only(claims, 'gitea/gitea');
    assert.strictEqual(gitea.main, true);
    assert.strictEqual(gitea.title, 'Gitea');
    // 3000 from W9_HTTP_PORT is the HTTP port; 222 is the store's SSH host port; API_PORT from the env_file moved 9000.
    assert.deepStrictEqual(gitea.ports.map((p) => [p.port, p.speaks, p.movedBy]).sort(), [[3000, 'http', undefined], [9000, undefined, 'API_PORT']]);
    assert.deepStrictEqual(gitea.portSettings, ['API_PORT']);
    assert.strictEqual(only(claims, 'mysql').main, false);
  });

  it('reads Sealos, Olares and Kubero manifests: containerPort, UDP, an env value that moves a port, the app\'s own container', () => {
    const sealos = claimsOf('labring-actions/templates', {
      'template/widget.yaml': [
        'apiVersion: app.sealos.io/v1', 'kind: Template', 'metadata:', '  name: widget', 'spec:', '  title: Widget', '---',
        'apiVersion: apps/v1', 'kind: StatefulSet', 'spec:', '  template:', '    spec:', '      containers:',
        '        - name: ${{ defaults.app_name }}', '          image: acme/widget:1.2', '          env:', '            - name: WIDGET_PORT', '              value: "8081"',
        '            - name: SECRET', '              value: ${{ random(8) }}',
        '          ports:', '            - containerPort: 8080', '            - containerPort: 8081', '            - containerPort: 3478', '              protocol: UDP',
        '        - name: cache', '          image: redis:7', '          ports:', '            - containerPort: 6379', '---', 'kind: Service', 'spec:', '  ports:', '    - port: 80', '',
      ].join('\n'),
    });
    const widget = only(sealos, 'acme/widget');
    assert.strictEqual(widget.main, true);
    assert.strictEqual(widget.title, 'Widget');
    assert.deepStrictEqual(widget.ports.map((p) => [p.port, p.protocol, p.movedBy]), [[8080, 'tcp', undefined], [8081, 'tcp', 'WIDGET_PORT'], [3478, 'udp', undefined]]);
    assert.strictEqual(only(sealos, 'redis').main, false);
    const olares = claimsOf('beclab/apps', {
      'gadget/OlaresManifest.yaml': 'metadata:\n  title: Gadget\n',
      'gadget/templates/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: gadget\n{{- if .Values.x }}\n          image: acme/gadget:2\n{{- end }}\n          ports:\n            - containerPort: 5000\n        - name: side\n          image: "{{ .Values.image }}"\n',
    });
    assert.deepStrictEqual(olares.map((c) => [c.key, c.main, c.title, c.ports.map((p) => p.port)]), [['acme/gadget', true, 'Gadget', [5000]]]);
    const kubero = claimsOf('kubero-dev/kubero', {
      'services/tool/app.yaml': "kind: KuberoApp\nmetadata:\n  annotations:\n    kubero.dev/template.title: Tool\nspec:\n  image:\n    containerPort: '3000'\n    repository: ghcr.io/acme/tool\n",
    });
    assert.deepStrictEqual(kubero.map((c) => [c.key, c.title, c.ports.map((p) => [p.port, p.speaks])]), [['ghcr.io/acme/tool', 'Tool', [[3000, 'http']]]]);
  });

  it('reads Saltbox roles: the web port as HTTP, an env set to it as a setting, Saltbox and Sandbox as one catalog', () => {
    const role = (name: string, image: string, port: string, env = '') =>
      `${name}_role_web_port: "${port}"\n${name}_role_docker_image_repo: "${image}"\n${name}_role_docker_image: "{{ lookup('role_var', '_docker_image_repo') }}"\n${env}`;
    const saltbox = claimsOf('saltyorg/Saltbox', {
      'roles/sonarr/defaults/main.yml': role('sonarr', 'ghcr.io/hotio/sonarr', '8989'),
      'roles/tool/defaults/main.yml': role('tool', 'acme/tool', '3000', 'tool_role_docker_envs_default:\n  PORT: "{{ lookup(\'role_var\', \'_web_port\', role=\'tool\') }}"\n  TZ: UTC\n'),
      'roles/templated/defaults/main.yml': role('templated', '{{ x }}', '80'),
    });
    assert.deepStrictEqual(saltbox.map((c) => [c.key, c.ports.map((p) => [p.port, p.speaks, p.movedBy]), c.portSettings]),
      [['ghcr.io/hotio/sonarr', [[8989, 'http', undefined]], []], ['acme/tool', [[3000, 'http', 'PORT']], ['PORT']]]);
    const sandbox = claimsOf('saltyorg/Sandbox', { 'roles/sonarr/defaults/main.yml': role('sonarr', 'ghcr.io/hotio/sonarr', '8989') });
    // One team's two repositories are one catalog: their agreement makes no row.
    assert.deepStrictEqual(mergeClaims([...saltbox, ...sandbox].filter((c) => c.key === 'ghcr.io/hotio/sonarr'), new Set()), []);
  });

  it('reads Ansible-NAS roles: the image from the defaults, a literal container side, never a port written as a variable', () => {
    const claims = claimsOf('davestephens/ansible-nas', {
      'roles/sonarr/defaults/main.yml': 'sonarr_image_name: "linuxserver/sonarr"\nsonarr_image_version: "latest"\nsonarr_port: "8989"\nsonarr_web_port: "7777"\n',
      'roles/sonarr/tasks/main.yml': [
        '- name: Start', '  block:', '    - name: Sonarr', '      community.docker.docker_container:', '        name: "{{ sonarr_container_name }}"',
        '        image: "{{ sonarr_image_name }}:{{ sonarr_image_version }}"', '        ports:', '          - "{{ sonarr_port }}:8989"', '          - "{{ sonarr_port }}:{{ sonarr_web_port }}"',
        '        labels:', '          traefik.http.services.sonarr.loadbalancer.server.port: "8989"',
        '- name: Stop', '  community.docker.docker_container:', '    name: x', '    state: absent', '',
      ].join('\n'),
    });
    assert.deepStrictEqual(claims.map((c) => [c.key, c.main, c.ports.map((p) => [p.port, p.speaks])]), [['linuxserver/sonarr', true, [[8989, 'http']]]]);
  });

  it('lets the repository\'s own Compose file overrule a root Dockerfile given to another image only by elimination, and skips test suites', () => {
    const files = {
      'README.md': 'The dashboard: `ghcr.io/saleor/saleor-dashboard`.\n',
      'Dockerfile': 'FROM python:3\nEXPOSE 8000\n',
      '.worktree-container/docker-compose.yml': 'services:\n  dashboard:\n    image: ghcr.io/saleor/saleor-dashboard:3.23\n    ports:\n      - "80"\n',
    };
    const ports = (claims: ImageClaim[]) => claims.map((c) => [c.key, c.ports.map((p) => p.port)]);
    assert.deepStrictEqual(ports(claimsOf('saleor/saleor', files)), [['ghcr.io/saleor/saleor-dashboard', [80]]]);
    // A test suite's Compose file (Squidex's tools/TestSuite) is no statement at all.
    const suite = { ...files, 'tools/TestSuite/docker-compose.yml': files['.worktree-container/docker-compose.yml'].replace('"80"', '"8080"') };
    assert.deepStrictEqual(ports(claimsOf('saleor/saleor', suite)), [['ghcr.io/saleor/saleor-dashboard', [80]]]);
    // Nor is a test project's (BTCPayServer.Tests/) or a local development set-up's (docker/local/).
    for (const folder of ['BTCPayServer.Tests', 'docker/local', 'app-tests']) {
      const other = { ...files, [`${folder}/docker-compose.yml`]: suite['tools/TestSuite/docker-compose.yml'] };
      assert.deepStrictEqual(ports(claimsOf('saleor/saleor', other)), [['ghcr.io/saleor/saleor-dashboard', [80]]], folder);
    }
    // Without a Compose file that runs it, the guess stands; a Compose file that agrees keeps both.
    assert.deepStrictEqual(ports(claimsOf('saleor/saleor', { 'README.md': files['README.md'], 'Dockerfile': files.Dockerfile })), [['ghcr.io/saleor/saleor-dashboard', [8000]]]);
    assert.deepStrictEqual(ports(claimsOf('saleor/saleor', { ...files, 'Dockerfile': 'FROM node\nEXPOSE 80\n' })).length, 2);
    // A Compose file that publishes a part of the guess (80 of 80 and 8443) confirms it.
    assert.deepStrictEqual(ports(claimsOf('saleor/saleor', { ...files, 'Dockerfile': 'FROM node\nEXPOSE 80 8443\n' })), [['ghcr.io/saleor/saleor-dashboard', [80, 8443]], ['ghcr.io/saleor/saleor-dashboard', [80]]]);
  });

  it('reads `<variant>.compose.yaml` files but not a development one, and names from a v1 push action\'s repository:', () => {
    const claims = claimsOf('moghtech/komodo', {
      'compose/mongo.compose.yaml': 'services:\n  core:\n    image: ghcr.io/moghtech/komodo-core:${TAG:-2}\n    ports: ["9120:9120"]\n',
      'compose/dev.compose.yaml': 'services:\n  core:\n    image: ghcr.io/moghtech/komodo-core\n    ports: ["9121:9121"]\n',
      'bin/periphery/Dockerfile': 'FROM debian\nEXPOSE 8120\n',
    });
    assert.deepStrictEqual(claims.map((c) => [c.key, c.ports.map((p) => p.port)]), [['ghcr.io/moghtech/komodo-core', [9120]]]);
    const room = {
      '.github/workflows/publish-docker.yml': 'jobs:\n  push:\n    steps:\n      - uses: docker/build-push-action@v1\n        with:\n          repository: excalidraw/excalidraw-room\n          tag_with_ref: true\n',
      'Dockerfile': 'FROM node:18\nEXPOSE 80\n',
    };
    assert.deepStrictEqual(claimsOf('excalidraw/excalidraw-room', room).map((c) => [c.key, c.ports.map((p) => p.port)]), [['excalidraw/excalidraw-room', [80]]]);
    // `repository:` outside a workflow (a chart's values, a README's YAML), or for actions/checkout, names no image the repository pushes.
    const checkout = room['.github/workflows/publish-docker.yml'].replace('docker/build-push-action@v1', 'actions/checkout@v4');
    assert.deepStrictEqual(claimsOf('excalidraw/excalidraw-room', { ...room, '.github/workflows/publish-docker.yml': checkout }), []);
    assert.deepStrictEqual(claimsOf('excalidraw/excalidraw-room', { 'README.md': 'image:\n  repository: excalidraw/excalidraw-room\n', Dockerfile: room.Dockerfile }), []);
  });

  it('takes a Compose service that builds the root as the image named after the repository, when the repository names it', () => {
    // (A claim waiting for its base's ports, `FROM golang`, is resolved once every catalog is read: not counted here.)
    const ports = (files: Record<string, string>) => claimsOf('asternic/wuzapi', files).filter((c) => c.inherits === undefined).map((c) => [c.key, c.ports.map((p) => p.port), c.url.replace(/.*\/fixture\//, '')]);
    const readme = { 'README.md': 'Run `docker pull asternic/wuzapi` or build it.\n', Dockerfile: 'FROM golang\nRUN go build\n' };
    const compose = (build: string) => `services:\n  server:\n    build: ${build}\n    ports: ["8080:8080"]\n  db:\n    image: postgres:15\n    ports: ["5432:5432"]\n`;
    assert.deepStrictEqual(ports({ ...readme, 'docker-compose.yml': compose('.') }), [['asternic/wuzapi', [8080], 'docker-compose.yml']]);
    assert.deepStrictEqual(ports({ ...readme, 'deploy/docker-compose.yml': compose('{ context: .., dockerfile: Dockerfile }') }), [['asternic/wuzapi', [8080], 'deploy/docker-compose.yml']]);
    // Another folder, another Dockerfile, or a repository that names no image of its own: no statement.
    assert.deepStrictEqual(ports({ ...readme, 'docker-compose.yml': compose('./web') }), []);
    assert.deepStrictEqual(ports({ ...readme, 'docker-compose.yml': compose('{ context: ., dockerfile: Dockerfile.dev }') }), []);
    assert.deepStrictEqual(ports({ ...readme, 'docker-compose.yml': compose('{ context: ., target: development }') }), []);
    assert.deepStrictEqual(ports({ Dockerfile: readme.Dockerfile, 'docker-compose.yml': compose('.') }), []);
    // A root Dockerfile that exposes its ports is the word on them: an example mapping 8085:8000 adds nothing.
    assert.deepStrictEqual(ports({ ...readme, Dockerfile: 'FROM alpine\nEXPOSE 2021\n', 'docker-compose.yml': compose('.') }), [['asternic/wuzapi', [2021], 'Dockerfile']]);
  });

  it('takes no ports from a service whose network another service joins, nor from one whose command names a config file', () => {
    const ports = (compose: string) => claimsOf('vimagick/dockerfiles', { 'README.md': '`docker pull vimagick/iptables` and `docker pull vimagick/twemproxy`\n', 'x/docker-compose.yml': compose }).map((c) => [c.key, c.ports.map((p) => p.port)]);
    const joined = 'services:\n  shadowsocks:\n    image: easypi/shadowsocks-libev\n    network_mode: container:iptables\n  iptables:\n    container_name: iptables\n    image: vimagick/iptables\n    ports: ["8388:8388"]\n';
    assert.deepStrictEqual(ports(joined), []);
    assert.deepStrictEqual(ports(joined.replace('container:iptables', 'bridge')), [['vimagick/iptables', [8388]]]);
    const twemproxy = 'services:\n  twemproxy:\n    image: vimagick/twemproxy\n    command: >\n      --conf-file=conf/nutcracker.yml\n      --verbose=5\n    ports: ["6379:6379"]\n';
    assert.deepStrictEqual(ports(twemproxy), []);
    assert.deepStrictEqual(ports(twemproxy.replace('--conf-file=conf/nutcracker.yml', '--stats')), [['vimagick/twemproxy', [6379]]]);
    // An environment variable that sets the listen address moves the port; a client's address does not.
    const stunnel = (env: string) => ports(`services:\n  master:\n    image: vimagick/twemproxy\n    environment:\n      - ${env}\n    ports: ["4911:4911"]\n`);
    assert.deepStrictEqual(stunnel('ACCEPT=0.0.0.0:4911'), []);
    assert.deepStrictEqual(stunnel('CONNECT=server:1194'), [['vimagick/twemproxy', [4911]]]);
  });

  it('leaves a Dockerfile in the folder named after another of the repository\'s images to that image', () => {
    const claims = claimsOf('stashapp/stash', {
      'README.md': '`docker pull stashapp/stash` (built with `docker pull stashapp/compiler`)\n',
      'docker/build/x86_64/Dockerfile': 'FROM alpine\nEXPOSE 9999\n',
      'docker/ci/x86_64/Dockerfile': 'FROM alpine\nEXPOSE 9999\n',
      'docker/compiler/Dockerfile': 'FROM golang\nRUN make\n',
    });
    assert.deepStrictEqual(claims.filter((c) => c.inherits === undefined).map((c) => [c.key, c.ports.map((p) => p.port), c.url.replace(/.*\/fixture\//, '')]), [['stashapp/stash', [9999], 'docker/build/x86_64/Dockerfile']]);
  });

  it('gives a Dockerfile whose name says the image it builds to that image (Dockerfile-zb), and reads Dockerfile-<variant> files', () => {
    const zot = (zb: string) => claimsOf('project-zot/zot', {
      'cmd/zb/README.md': 'docker run -it ghcr.io/project-zot/zb-linux-amd64:latest -c 2 http://localhost:5000\n',
      'build/Dockerfile': 'FROM golang AS builder\nFROM scratch\nENTRYPOINT ["/usr/bin/zot"]\nEXPOSE 5000\n',
      'build/Dockerfile-zb': zb,
    }).map((c) => [c.key, c.ports.map((p) => p.port), c.url.replace(/.*\/fixture\//, '')]);
    // The benchmark client listens on nothing: the server's EXPOSE 5000 is not its.
    assert.deepStrictEqual(zot('FROM scratch\nENTRYPOINT ["/usr/bin/zb"]\n'), []);
    assert.deepStrictEqual(zot('FROM scratch\nEXPOSE 7000\n'), [['ghcr.io/project-zot/zb-linux-amd64', [7000], 'build/Dockerfile-zb']]);
    // A development variant written with a dash is left out as one written with a dot.
    const dev = claimsOf('acme/app', { 'README.md': 'Run `docker pull acme/app`.\n', 'docker/Dockerfile-prod': 'FROM x\nEXPOSE 80\n', 'docker/Dockerfile-dev': 'FROM x\nEXPOSE 3000\n' });
    assert.deepStrictEqual(dev.map((c) => c.ports.map((p) => p.port)), [[80]]);
    // A plain root Dockerfile beside a variant builds the image named after the repository (webreaper/damselfly).
    const damselfly = claimsOf('Webreaper/Damselfly', { 'README.md': 'Run `docker pull webreaper/damselfly`.\n', 'Dockerfile': 'FROM x\nEXPOSE 6363\n',
      'Dockerfile-non-alpine': 'FROM y\nEXPOSE 6363 8080\n', 'Damselfly.Desktop/Dockerfile': 'FROM z\n' });
    assert.deepStrictEqual(damselfly.map((c) => [c.key, c.ports.map((p) => p.port)]), [['webreaper/damselfly', [6363]]]);
    // A folder named after the image wins over a build stage's Dockerfile.agent elsewhere (zabbix/zabbix-agent).
    const zabbix = claimsOf('zabbix/zabbix-docker', { 'README.md': 'Run `docker pull zabbix/zabbix-agent`.\n', 'Dockerfiles/agent/alpine/Dockerfile': 'FROM alpine\nEXPOSE 10050/TCP\n',
      'Dockerfiles/build-base/windows/Dockerfile.agent': 'FROM windows\nRUN build\n' });
    assert.deepStrictEqual(zabbix.map((c) => [c.key, c.ports.map((p) => p.port)]), [['zabbix/zabbix-agent', [10050]]]);
  });

  it('drops a stale EXPOSE: one that none of the stage\'s listen variables names, or that the owner\'s healthchecks never probe', () => {
    const ui = (dockerfile: string) => claimsOf('gurucomputing/headscale-ui', { 'README.md': 'Run `ghcr.io/gurucomputing/headscale-ui:latest`.\n', 'docker/production/dockerfile': dockerfile }).map((c) => c.ports.map((p) => p.port));
    assert.deepStrictEqual(ui('FROM caddy\nENV HTTP_PORT="8080"\nENV HTTPS_PORT="8443"\nEXPOSE 443\n'), []);
    // A listen variable the EXPOSE names, a client's port (DB_PORT) and a build stage's PORT say nothing against it.
    assert.deepStrictEqual(ui('FROM caddy\nENV HTTP_PORT=8080 HTTPS_PORT=8443\nEXPOSE 8080 8443\n'), [[8080, 8443]]);
    assert.deepStrictEqual(ui('FROM node AS build\nENV HTTP_PORT=3000\nFROM caddy\nENV DB_PORT=5432\nEXPOSE 443\n'), [[443]]);
    // A bare PORT is often the app server behind the image's own proxy (drone-logbook: PORT=3001, nginx on 80).
    assert.deepStrictEqual(ui('FROM nginx\nENV PORT=3001\nENV HOST=127.0.0.1\nEXPOSE 80\n'), [[80]]);
    const wazuh = (healthcheck: string) => claimsOf('wazuh/wazuh-docker', {
      'README.md': 'Images: `docker pull wazuh/wazuh-dashboard`.\n',
      'build-docker-images/wazuh-dashboard/Dockerfile': 'FROM amazonlinux\nEXPOSE 443\n',
      'single-node/docker-compose.yml': `services:\n  dashboard:\n    image: wazuh/wazuh-dashboard:5.0.1\n    healthcheck:\n      test: ${healthcheck}\n    ports: ["443:5601"]\n    volumes: ["./config/dashboard.yml:/usr/share/wazuh-dashboard/config/opensearch_dashboards.yml"]\n`,
    }).map((c) => [c.key, c.ports.map((p) => p.port)]);
    assert.deepStrictEqual(wazuh('["CMD", "curl", "-k", "-s", "https://localhost:5601/login"]'), []);
    assert.deepStrictEqual(wazuh('["CMD", "curl", "-k", "-s", "https://localhost:443/login"]'), [['wazuh/wazuh-dashboard', [443]]]);
    assert.deepStrictEqual(wazuh('["CMD", "true"]'), [['wazuh/wazuh-dashboard', [443]]]);
  });

  it('takes the root Dockerfile for the image named after the repository, not a folder of the same name', () => {
    const claims = claimsOf('TomBursch/kitchenowl', {
      'README.md': 'Run `docker pull tombursch/kitchenowl`.\n',
      'Dockerfile': 'FROM python:3 AS runner\nEXPOSE 8080\n',
      'kitchenowl/Dockerfile': 'FROM nginx:stable-alpine\nEXPOSE 80\n',
    });
    assert.deepStrictEqual(claims.map((c) => [c.key, c.ports.map((p) => p.port), c.url.replace(/.*\/fixture\//, '')]), [['tombursch/kitchenowl', [8080], 'Dockerfile']]);
  });

  it('takes an image named on the last line of a docker run written over several lines as the repository\'s own', () => {
    const claims = claimsOf('plexinc/pms-docker', {
      'README.md': '# pms-docker\n\n```\ndocker run \\\n  -d \\\n  -p 32400:32400/tcp \\\n  plexinc/pms-docker\n```\n\nAlso see\nplexinc/other-thing in prose.\n',
      'Dockerfile': 'FROM ubuntu\nEXPOSE 32400/tcp 1900/udp\n',
    });
    assert.deepStrictEqual(claims.map((c) => [c.key, c.ports.map((p) => `${p.port}/${p.protocol}`)]), [['plexinc/pms-docker', ['32400/tcp', '1900/udp']]]);
  });
});

describe('image catalogs: precedence and agreement', () => {
  it('makes a row from a store\'s port only when a second catalog states it', () => {
    const one = [claim({ key: 'a/app', catalog: 's/one', title: 'App', ports: [{ port: 3000, protocol: 'tcp' }] })];
    assert.deepStrictEqual(mergeClaims(one, new Set()), []);
    const two = [...one, claim({ key: 'a/app', catalog: 's/two', ports: [{ port: 3000, protocol: 'tcp' }, { port: 9999, protocol: 'tcp' }] })];
    const [row] = mergeClaims(two, new Set());
    assert.deepStrictEqual(row.ports.map((p) => p.port), [3000]);
    assert.deepStrictEqual(row.sources, ['s/one', 's/two']);
    assert.strictEqual(row.software, 'App');
  });

  it('lets the owner\'s ports and protocols win over the stores\'', () => {
    const claims = [
      claim({ key: 'linuxserver/jellyfin', catalog: 'linuxserver/templates', owner: true, ports: [{ port: 8096, protocol: 'tcp' }, { port: 7359, protocol: 'udp' }] }),
      claim({ key: 'linuxserver/jellyfin', catalog: 's/one', ports: [{ port: 7359, protocol: 'tcp' }, { port: 8097, protocol: 'tcp' }] }),
      claim({ key: 'linuxserver/jellyfin', catalog: 's/two', ports: [{ port: 7359, protocol: 'tcp' }, { port: 8097, protocol: 'tcp' }] }),
    ];
    const [row] = mergeClaims(claims, new Set());
    assert.deepStrictEqual(row.ports.map((p) => `${p.port}/${p.protocol}`), ['7359/udp', '8096/tcp']);
    assert.deepStrictEqual(row.sources, ['linuxserver/templates']);
  });

  it('does not count a port a store moved through a variable, and keeps the variable as a port setting', () => {
    const claims = [
      claim({ key: 'gitea/gitea', catalog: 's/one', ports: [{ port: 8085, protocol: 'tcp', movedBy: 'GITEA__server__HTTP_PORT' }], portSettings: ['GITEA__server__HTTP_PORT'] }),
      claim({ key: 'gitea/gitea', catalog: 's/two', ports: [{ port: 8085, protocol: 'tcp' }, { port: 3000, protocol: 'tcp' }] }),
      claim({ key: 'gitea/gitea', catalog: 's/three', ports: [{ port: 3000, protocol: 'tcp' }] }),
    ];
    const [row] = mergeClaims(claims, new Set());
    assert.deepStrictEqual(row.ports.map((p) => p.port), [3000]);
    assert.deepStrictEqual(row.portSettings, ['GITEA__server__HTTP_PORT']);
  });

  it('leaves curated images to the curated rows, under either of their names', () => {
    const claims = [claim({ key: 'ghcr.io/a/app', catalog: 's/one', ports: [{ port: 1, protocol: 'tcp' }] }),
      claim({ key: 'a/app', catalog: 's/two', ports: [{ port: 1, protocol: 'tcp' }] })];
    assert.deepStrictEqual(mergeClaims(claims, new Set(['a/app'])), []);
    // Not curated: ghcr.io/a/app and a/app agree as one image.
    const [row] = mergeClaims(claims, new Set());
    assert.deepStrictEqual([row.image, row.aliases], ['a/app', ['ghcr.io/a/app']]);
  });

  it('names a generic image after no single app that runs it', () => {
    const claims = [
      claim({ key: 'nginxinc/nginx-unprivileged', catalog: 's/one', title: 'Some PHP App', ports: [{ port: 8080, protocol: 'tcp' }] }),
      claim({ key: 'nginxinc/nginx-unprivileged', catalog: 's/two', title: 'Another App', ports: [{ port: 8080, protocol: 'tcp' }] }),
    ];
    assert.strictEqual(mergeClaims(claims, new Set())[0].software, 'nginx-unprivileged');
    assert.ok(nameFitsImage('Home Assistant', 'homeassistant/home-assistant'));
    assert.ok(nameFitsImage('Navidrome', 'deluan/navidrome'));
    assert.ok(!nameFitsImage('Some PHP App', 'nginxinc/nginx-unprivileged'));
  });

  it('believes an owner\'s template\'s name only where it fits the image', () => {
    const claims = [claim({ key: 'sdesbure/t411torznab', catalog: 'sdesbure/docker-containers', owner: true, title: 'Domoticz', ports: [{ port: 8080, protocol: 'tcp' }] })];
    assert.strictEqual(mergeClaims(claims, new Set())[0].software, 't411torznab');
    const documented = [claim({ key: 'linuxserver/sqlitebrowser', catalog: 'linuxserver/docker-documentation', owner: true, title: 'DB Browser for SQLite', ports: [{ port: 3000, protocol: 'tcp' }] })];
    assert.strictEqual(mergeClaims(documented, new Set())[0].software, 'DB Browser for SQLite');
  });

  it('drops an owner\'s image whose tag selects different software (one row cannot say its ports)', () => {
    const claims = [
      claim({ key: 'ich777/steamcmd', catalog: 'ich777/docker-templates', owner: true, app: 'valheim', ports: [{ port: 2456, protocol: 'udp' }] }),
      claim({ key: 'ich777/steamcmd', catalog: 'ich777/docker-templates', owner: true, app: 'rust', ports: [{ port: 28015, protocol: 'udp' }] }),
    ];
    assert.deepStrictEqual(mergeClaims(claims, new Set()), []);
  });

  it('keeps of an image no chart runs as its own app only the ports two charts state (a sidecar\'s port is the chart\'s)', () => {
    const exporter = (app: string, ports: number[]) => claim({ key: 'bitnami/jmx-exporter', catalog: 'bitnami/charts', owner: true, main: false, app, ports: ports.map((port) => ({ port, protocol: 'tcp' as const })) });
    const [row] = mergeClaims([exporter('kafka', [5556]), exporter('cassandra', [5556]), exporter('dremio', [10445])], new Set());
    assert.deepStrictEqual(row.ports.map((p) => p.port), [5556]);
    assert.deepStrictEqual(mergeClaims([exporter('kafka', [5556]), exporter('dremio', [10445])], new Set()), []);
    // One chart alone is still the owner's word.
    assert.deepStrictEqual(mergeClaims([exporter('dremio', [10445])], new Set()).map((r) => r.ports.map((p) => p.port)), [[10445]]);
  });

  it('takes what an owner\'s port speaks from two stores that both say it, when the owner says only EXPOSE', () => {
    const owner = claim({ key: 'a/app', catalog: 'a/app', owner: true, ports: [{ port: 3000, protocol: 'tcp' }, { port: 9000, protocol: 'tcp' }, { port: 443, protocol: 'tcp', speaks: 'tls' }] });
    const store = (catalog: string, speaks: 'http' | 'tls' | undefined, moved?: string) => claim({ key: 'a/app', catalog, ports: [
      { port: 3000, protocol: 'tcp', speaks, movedBy: moved }, { port: 9000, protocol: 'tcp', speaks: 'http' }, { port: 443, protocol: 'tcp', speaks: 'http' }, { port: 80, protocol: 'tcp', speaks: 'http' }] });
    const speaks = (claims: ImageClaim[]) => mergeClaims(claims, new Set())[0].ports.map((p) => [p.port, p.speaks ?? '']);
    // Two stores say 9000 speaks HTTP; the owner's own TLS on 443 stands; the stores' 80 is still not a port; 3000,
    // which only one of the two calls HTTP, says nothing.
    assert.deepStrictEqual(speaks([owner, store('s/one', 'http'), store('s/two', undefined)]), [[443, 'tls'], [3000, ''], [9000, 'http']]);
    assert.deepStrictEqual(speaks([owner, store('s/one', 'http'), store('s/two', 'http')]), [[443, 'tls'], [3000, 'http'], [9000, 'http']]);
    // One store alone says nothing; stores that disagree say nothing; a port a store moved is not its statement.
    assert.deepStrictEqual(speaks([owner, store('s/one', 'http')]), [[443, 'tls'], [3000, ''], [9000, '']]);
    assert.deepStrictEqual(speaks([owner, store('s/one', 'http'), store('s/two', 'tls')]).slice(1), [[3000, ''], [9000, 'http']]);
    assert.deepStrictEqual(speaks([owner, store('s/one', 'http', 'PORT'), store('s/two', 'http')]).slice(1), [[3000, ''], [9000, 'http']]);
  });

  it('says what a port speaks only when its sources agree', () => {
    const claims = [
      claim({ key: 'a/app', catalog: 's/one', ports: [{ port: 443, protocol: 'tcp', speaks: 'tls' }, { port: 80, protocol: 'tcp', speaks: 'http' }] }),
      claim({ key: 'a/app', catalog: 's/two', ports: [{ port: 443, protocol: 'tcp', speaks: 'http' }, { port: 80, protocol: 'tcp' }] }),
    ];
    const [row] = mergeClaims(claims, new Set());
    assert.deepStrictEqual(row.ports.map((p) => [p.port, p.speaks]), [[80, 'http'], [443, undefined]]);
  });
});

describe('image catalogs: the generator\'s output', () => {
  it('is the same for the same catalogs, whatever order they are given in', () => {
    const a = catalog('s/one', { 'templates.json': JSON.stringify({ templates: [{ type: 1, title: 'B', image: 'b/b', ports: ['2/tcp'] }, { type: 1, title: 'A', image: 'a/a', ports: ['1/tcp'] }] }) });
    const b = catalog('Lissy93/portainer-templates', { 'templates.json': JSON.stringify({ templates: [{ type: 1, title: 'A', image: 'a/a:2', ports: ['1/tcp'] }, { type: 1, title: 'B', image: 'docker.io/b/b', ports: ['9:2'] }] }) });
    const c = catalog('selfhosters/unRAID-CA-templates', { 'templates/a.xml': JELLYFIN_TEMPLATE.replace('lscr.io/linuxserver/jellyfin', 'a/a') });
    const first = rowsFromCatalogs([a.replace('=s/one', '=portainer/templates'), b, c]);
    const second = rowsFromCatalogs([c, b, a.replace('=s/one', '=portainer/templates')]);
    assert.strictEqual(renderCatalogRows(second.rows), renderCatalogRows(first.rows));
    assert.strictEqual(renderCatalogTableData(second.rows), renderCatalogTableData(first.rows));
    assert.deepStrictEqual(first.rows.map((r) => [r.image, r.ports.map((p) => p.port)]), [['a/a', [1]], ['b/b', [2]]]);
  });
});

describe('image coverage: which references count', () => {
  it('leaves out a service that builds its image and an image named by a variable, and counts the rest', () => {
    const c = measureCoverage([[
      'services:',
      '  web:', '    image: nginx:1.27',
      '  app:', '    build: .', '    image: acme/app:dev',
      '  mm:', '    image: mattermost/${MM_IMAGE}:${MM_TAG}',
      '  db:', '    image: ${DB_IMAGE:-postgres}:16',
      '  odd:', '    image: acme/never-heard-of:${TAG}', '',
    ].join('\n')]);
    assert.deepStrictEqual([c.references, c.built, c.unresolved, c.known, [...c.misses.keys()]], [3, 1, 1, 2, ['acme/never-heard-of']]);
  });
});
