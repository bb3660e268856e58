import * as assert from 'assert';
import { parse } from 'yaml';
import { checkPorts } from '../../src/core';
import type { Finding } from '../../src/core/types';
import { applyEdits } from './applyEdits';

function mismatches(text: string): Finding[] {
  return checkPorts(text, 'compose').filter((f) => f.code === 'container-port-mismatch');
}

const grafana = (ports: string, more = '') => `services:\n  grafana:\n    image: grafana/grafana:10.4.2\n    ports:\n${ports}${more}    volumes:\n      - grafana:/var/lib/grafana\nvolumes:\n  grafana: {}\n`;

describe('rule container-port-mismatch', () => {
  it('warns when grafana/grafana is published on 8080, naming the port Grafana listens on, and fixes it', () => {
    const text = grafana('      - "8080:8080"\n');
    const found = mismatches(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'warning');
    assert.strictEqual(found[0].start, text.indexOf('8080"'));
    assert.strictEqual(text.slice(found[0].start, found[0].end), '8080');
    assert.match(found[0].message, /^Grafana \(image grafana\/grafana\) listens on 3000\/tcp \(web UI\) inside the container, not on 8080/);
    assert.match(found[0].message, /GF_SERVER_HTTP_PORT/);
    assert.strictEqual(found[0].fix?.title, 'Change the container port to 3000');
    const fixed = applyEdits(text, found[0].fix!.edits);
    assert.deepStrictEqual(parse(fixed).services.grafana.ports, ['8080:3000']);
    assert.deepStrictEqual(mismatches(fixed), []);
  });

  it('knows the UDP ports an image documents beside its web port (Ontime\'s OSC on 8888/udp and 9999/udp, dennysubke\'s umbrel store)', () => {
    const ontime = 'services:\n  ontime:\n    image: getontime/ontime:v4.1.0@sha256:91a7d2d4e22ef778234dea0cd8e5790bf29de3d5fee25e269676203644beb946\n'
      + '    environment:\n      TZ: Europe/Berlin\n    ports:\n      - "4088:8888/udp"\n      - "4099:9999/udp"\n';
    assert.deepStrictEqual(mismatches(ontime), []);
    // UDP ports the image does not document are still ones nothing answers on.
    const elsewhere = ontime.replace('8888/udp', '7777/udp').replace('9999/udp', '6666/udp');
    assert.deepStrictEqual(mismatches(elsewhere).map((f) => elsewhere.slice(f.start, f.end)), ['7777', '6666']);
  });

  it("Rancher on 80 (its README's `-p 80:80 -p 443:443`) and Pocket ID on 1411 (v1.0's port): no mismatch (linweiyuan, rajsinghtech)", () => {
    const rancher = 'services:\n  rancher:\n    container_name: rancher\n    image: rancher/rancher\n    ports:\n      - 80:80\n    volumes:\n      - /data:/var/lib/rancher\n    privileged: true\n';
    assert.deepStrictEqual(mismatches(rancher), []);
    assert.strictEqual(mismatches(rancher.replace('80:80', '8080:8080')).length, 1);
    // Its port 80 is plain HTTP: a health check there speaks what it answers (bfoleylv1/selfhosted-done).
    const checked = `${rancher}    healthcheck:\n      test: ["CMD-SHELL", "curl -fsS http://127.0.0.1:80/ || exit 1"]\n`;
    assert.deepStrictEqual(checkPorts(checked, 'compose').filter((f) => f.code === 'route-protocol-mismatch'), []);
    const pocket = (port: number) => ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: pocket-id', 'spec:', '  selector:', '    matchLabels:', '      app: pocket-id',
      '  template:', '    metadata:', '      labels:', '        app: pocket-id', '    spec:', '      containers:', '        - name: pocket-id', '          image: ghcr.io/pocket-id/pocket-id:v1',
      '          env:', '            - name: TRUST_PROXY', '              value: "true"', '          ports:', `            - containerPort: ${port}`, ''].join('\n');
    const k8s = (text: string) => checkPorts(text, 'kubernetes').filter((f) => f.code === 'container-port-mismatch');
    assert.deepStrictEqual(k8s(pocket(1411)), []);
    assert.strictEqual(k8s(pocket(3000)).length, 1);
  });

  it('reads the long syntax and expose: too, and fixes a long-syntax target', () => {
    const text = grafana('      - target: 8080\n        published: 80\n');
    const found = mismatches(text);
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['8080']);
    assert.deepStrictEqual(parse(applyEdits(text, found[0].fix!.edits)).services.grafana.ports, [{ target: 3000, published: 80 }]);
    const exposed = 'services:\n  grafana:\n    image: grafana/grafana\n    expose: ["80"]\n';
    assert.strictEqual(mismatches(exposed).length, 1);
  });

  it('stays quiet on a VPN container whose network other services join: the ports it publishes are theirs', () => {
    // bitmagnet-io/bitmagnet's docker-compose.yml: bitmagnet runs with network_mode: service:gluetun, so the VPN
    // container publishes bitmagnet's 3333 and 3334 (takitsu21/rustatio does the same for its web UI).
    const text = 'services:\n  bitmagnet:\n    image: ghcr.io/bitmagnet-io/bitmagnet:latest\n    network_mode: service:vpn\n'
      + '  vpn:\n    image: lscr.io/linuxserver/wireguard\n    ports:\n      - "3333:3333"\n      - "3334:3334/tcp"\n';
    assert.deepStrictEqual(mismatches(text), []);
    // The same VPN service with no service joining it is held to its image's ports.
    assert.strictEqual(mismatches(text.replace('    network_mode: service:vpn\n', '')).length, 2);
    // Joining another service's network does not excuse the ports of a service nobody joins.
    assert.strictEqual(mismatches(text.replace('service:vpn', 'service:other')).length, 2);
  });

  it('stays quiet when the image listens on the container port, or on any of the service\'s container ports', () => {
    assert.deepStrictEqual(mismatches(grafana('      - "8080:3000"\n')), []);
    assert.deepStrictEqual(mismatches(grafana('      - "3000:3000"\n      - "9100:9100"\n')), []);
    assert.deepStrictEqual(mismatches(grafana('      - "2990-3010:2990-3010"\n')), []);
  });

  it('stays quiet when the service may have moved the port: a port setting, env_file, a command, a mounted config', () => {
    for (const more of [
      '    environment:\n      GF_SERVER_HTTP_PORT: "8080"\n',
      '    environment:\n      - GF_SERVER_HTTP_PORT\n',
      '    env_file: grafana.env\n',
      '    command: ["--config", "/etc/grafana/custom.ini", "cfg:server.http_port=8080"]\n',
      '    configs: [grafana_ini]\n',
      '    network_mode: service:vpn\n',
    ]) {
      assert.deepStrictEqual(mismatches(grafana('      - "8080:8080"\n', more)), [], more);
    }
    // `bridge` is Docker's default network: the container keeps its own ports, so it hides nothing.
    assert.strictEqual(mismatches(grafana('      - "8080:8080"\n', '    network_mode: bridge\n')).length, 1);
    const mounted = 'services:\n  grafana:\n    image: grafana/grafana\n    ports: ["8080:8080"]\n    volumes: ["./grafana.ini:/etc/grafana/grafana.ini"]\n';
    assert.deepStrictEqual(mismatches(mounted), []);
  });

  it('a public URL that writes no port names no container port; a health check\'s does', () => {
    const webui = (more: string) => `services:\n  webui:\n    image: ghcr.io/open-webui/open-webui:main\n    ports:\n      - "3000:80"\n${more}`;
    const text = webui('    environment:\n      WEBUI_URL: http://localhost\n');
    const found = mismatches(text);
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['80']);
    assert.match(found[0].message, /listens on 8080\/tcp/);
    assert.deepStrictEqual(mismatches(webui('    healthcheck:\n      test: curl -f http://localhost/health\n')), []);
  });

  it('stays quiet when a health check of the service names the port', () => {
    const text = grafana('      - "8080:8080"\n', '    healthcheck:\n      test: ["CMD", "wget", "-q", "http://localhost:8080/api/health"]\n');
    assert.deepStrictEqual(mismatches(text), []);
  });

  it('the host\'s clock and time zone mounted in /etc move no port', () => {
    const text = 'services:\n  kuma:\n    image: louislam/uptime-kuma:1\n    ports:\n      - "8080:80"\n    volumes:\n      - /etc/localtime:/etc/localtime:ro\n      - /etc/timezone:/etc/timezone:ro\n';
    assert.deepStrictEqual(mismatches(text).map((f) => text.slice(f.start, f.end)), ['80']);
    assert.deepStrictEqual(mismatches(text.replace('/etc/timezone:/etc/timezone', './kuma.conf:/etc/kuma.conf')), []);
  });

  it('a proxy label that repeats the wrong port does not silence it (the same author wrote both)', () => {
    const text = 'services:\n  kuma:\n    image: louislam/uptime-kuma:1\n    ports:\n      - ${APP_PORT}:80\n    labels:\n      traefik.http.services.kuma.loadbalancer.server.port: 80\n';
    assert.deepStrictEqual(mismatches(text).map((f) => text.slice(f.start, f.end)), ['80']);
  });

  it('stays quiet without an image it knows, with a variable in the reference, or with a container port it cannot read', () => {
    assert.deepStrictEqual(mismatches('services:\n  a:\n    image: example.com/team/app\n    ports: ["8080:8080"]\n'), []);
    assert.deepStrictEqual(mismatches('services:\n  a:\n    build: .\n    image: grafana/grafana\n    ports: ["8080:8080"]\n'), []);
    // The default is read, but the variable is there to run another image.
    assert.deepStrictEqual(mismatches('services:\n  a:\n    image: ${IMAGE:-grafana/grafana}\n    ports: ["8080:8080"]\n'), []);
    assert.deepStrictEqual(mismatches('services:\n  a:\n    image: grafana/grafana:${TAG}\n    ports: ["8080:8080"]\n'), []);
    // A variable named for another word than the image's name, or with a default the .env replaces.
    assert.deepStrictEqual(mismatches('services:\n  a:\n    image: ${APP_IMAGE:-grafana/grafana}\n    ports: ["8080:8080"]\n'), []);
    assert.deepStrictEqual(checkPorts('services:\n  a:\n    image: ${GRAFANA_IMAGE:-grafana/grafana}\n    ports: ["8080:8080"]\n', 'compose',
      { variables: new Map([['GRAFANA_IMAGE', 'example.com/other']]) }).filter((f) => f.code === 'container-port-mismatch'), []);
    assert.deepStrictEqual(mismatches('services:\n  a:\n    image: grafana/grafana\n    ports: ["8080:8080", "9000:${PORT}"]\n'), []);
  });

  it('reads the default of a variable named for the image\'s software (open-webui\'s WEBUI_IMAGE picks a build, not another program)', () => {
    // A host folder mounted at its cache (~/.cache, XDG's place for caches) holds no configuration either.
    const text = 'services:\n  webui:\n    image: ${WEBUI_IMAGE:-ghcr.io/open-webui/open-webui:cuda}\n    volumes:\n      - "${VOL_PATH:-./data}/webui:/root/.cache"\n'
      + '    ports:\n      - "7860:7860"  # Open WebUI access\n';
    const found = mismatches(text);
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['7860']);
    assert.match(found[0].message, /Open WebUI .*listens on 8080/);
  });

  it('warns with a tag read from its default, and names each mismatching port of the service', () => {
    const text = 'services:\n  a:\n    image: grafana/grafana:${TAG:-latest}\n    ports: ["8080:8080", "8443:8443"]\n';
    const found = mismatches(text);
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['8080', '8443']);
    // Two ports to move and one to move them to: no fix picks for the user.
    assert.deepStrictEqual(found.map((f) => f.fix), [undefined, undefined]);
  });

  it('offers no fix when the image listens on several ports', () => {
    const text = 'services:\n  s3:\n    image: portainer/portainer-ce\n    ports: ["9999:9999"]\n';
    const found = mismatches(text);
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /9443\/tcp/);
    assert.match(found[0].message, /Use one of the ports the image listens on/);
    assert.strictEqual(found[0].fix, undefined);
  });

  it('stays quiet when the override file docker compose merges also sets the service', () => {
    const base = grafana('      - "8080:8080"\n');
    const override = 'services:\n  grafana:\n    environment: [GF_SERVER_HTTP_PORT=8080]\n';
    assert.strictEqual(mismatches(base).length, 1);
    const merged = checkPorts(base, 'compose', { mergedWith: [{ name: 'compose.override.yaml', text: override, after: true }] });
    assert.deepStrictEqual(merged.filter((f) => f.code === 'container-port-mismatch'), []);
  });

  it('is never raised in a Dockerfile, where the image is only the base of what is built', () => {
    assert.deepStrictEqual(checkPorts('FROM grafana/grafana\nEXPOSE 8080\n', 'dockerfile').filter((f) => f.code === 'container-port-mismatch'), []);
  });
});
