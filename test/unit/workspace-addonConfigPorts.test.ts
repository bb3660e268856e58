import * as assert from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadWorkspaces } from '../../src/cli/loadWorkspaces';
import { createWorkspace, type Finding, type PortWorkspace } from '../../src/core';
import { applyEdits } from './applyEdits';

// Findings on a Home Assistant add-on's own config file (src/core/workspace/addonConfigPorts.ts): its ports keys,
// ingress_port, webui and ports_description against each other and against where the add-on's own files say it
// listens. The add-on below has the shape of the community's nginx-fronted add-ons: the Supervisor's base image,
// an Ingress server on 8099 (nginx), the app started on 5000 by its s6 run script.

const CONFIG = [
  'name: Example App', 'version: "1.2.0"', 'slug: example_app', 'description: An example add-on', 'arch:', '  - aarch64', '  - amd64',
  'init: false', 'ingress: true', 'ingress_port: 8099', 'panel_icon: mdi:application', 'ports:', '  5000/tcp: 5000',
  'ports_description:', '  5000/tcp: Web interface (not needed for Ingress)', 'webui: "http://[HOST]:[PORT:5000]/"', 'options:', '  log_level: info', 'schema:', '  log_level: str', '',
].join('\n');
const DOCKERFILE = 'ARG BUILD_FROM\nFROM $BUILD_FROM\nRUN apk add --no-cache nginx python3\nCOPY rootfs /\n';
const INGRESS = 'server {\n    listen 8099 default_server;\n    allow 172.30.32.2;\n    deny all;\n    location / {\n        proxy_pass http://127.0.0.1:5000;\n    }\n}\n';
const RUN = '#!/usr/bin/with-contenv bashio\nbashio::log.info "Starting the app"\nexec python3 -m app --host 0.0.0.0 --port 5000\n';

const CONFIG_PATH = 'example/config.yaml';

function addon(files: Record<string, string | undefined> = {}): PortWorkspace {
  const all: Record<string, string | undefined> = {
    [CONFIG_PATH]: CONFIG,
    'example/Dockerfile': DOCKERFILE,
    'example/rootfs/etc/nginx/http.d/ingress.conf': INGRESS,
    'example/rootfs/etc/services.d/app/run': RUN,
    ...files,
  };
  const workspace = createWorkspace();
  for (const [path, text] of Object.entries(all)) if (text !== undefined) workspace.set(path, text);
  return workspace;
}

function found(workspace: PortWorkspace, path = CONFIG_PATH): Finding[] {
  return workspace.findings(path);
}

const withConfig = (from: string, to: string) => ({ [CONFIG_PATH]: CONFIG.replace(from, to) });
const config = (text: string) => ({ lineOf: (offset: number) => text.slice(0, offset).split('\n').length });

describe('the ports of a Home Assistant add-on\'s config file', () => {
  it('is quiet on an add-on whose config agrees with its files', () => {
    assert.deepStrictEqual(found(addon()), []);
  });

  it('warns on an ingress_port nothing in the add-on listens on, names both statements and where, relates and fixes', () => {
    const text = CONFIG.replace('ingress_port: 8099', 'ingress_port: 3000');
    const [finding, ...rest] = found(addon({ [CONFIG_PATH]: text }));
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(finding.code, 'unreachable-port');
    assert.strictEqual(finding.start, text.indexOf('3000'));
    assert.strictEqual(finding.end, text.indexOf('3000') + 4);
    assert.strictEqual(finding.message, 'ingress_port 3000 (line 10) is where Ingress connects inside the add-on\'s container, but nothing in the add-on listens on 3000: '
      + 'its files say it listens on 8099 (ingress.conf line 2), 5000 (run line 3), and no file of it but this config names 3000.');
    assert.deepStrictEqual(finding.related?.map((r) => [r.path, r.message]), [
      ['example/rootfs/etc/nginx/http.d/ingress.conf', 'the add-on listens on 8099'],
      ['example/rootfs/etc/services.d/app/run', 'the add-on listens on 5000'],
    ]);
    // Two listeners: which one Ingress wants is not obvious, so no fix.
    assert.strictEqual(finding.fix, undefined);
  });

  it('warns on a ports key that is the Ingress port too when nothing listens there', () => {
    const text = CONFIG.replace('ingress_port: 8099', 'ingress_port: 3000').replace('  5000/tcp: 5000\n', '  5000/tcp: 5000\n  3000/tcp: 3000\n');
    const findings = found(addon({ [CONFIG_PATH]: text }));
    assert.deepStrictEqual(findings.map((f) => [f.code, f.start]), [['unreachable-port', text.indexOf('3000')], ['container-port-mismatch', text.indexOf('3000/tcp')]]);
    assert.match(findings[1].message, /^ports publishes container port 3000 \(3000\/tcp: 3000, line 14\), but nothing in the add-on listens on 3000: its files say it listens on 8099 \(ingress\.conf line 2\), 5000 \(run line 3\)/);
  });

  it('warns on a ports key written host side first, and swaps the sides', () => {
    const text = CONFIG.replace('  5000/tcp: 5000\n', '  18080/tcp: 5000\n').replace('  5000/tcp: Web', '  18080/tcp: Web').replace('[PORT:5000]', '[PORT:18080]');
    const [finding, ...rest] = found(addon({ [CONFIG_PATH]: text }));
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(finding.code, 'container-port-mismatch');
    assert.strictEqual(finding.start, text.indexOf('18080/tcp'));
    assert.match(finding.message, /^ports publishes container port 18080 \(18080\/tcp: 5000, line 13\), but nothing in the add-on listens on 18080: its files say it listens on 8099 \(ingress\.conf line 2\), 5000 \(run line 3\), and no file of it but this config names 18080\. The key is the container port and the value the host port: the two look swapped\.$/);
    assert.ok(finding.fix);
    assert.match(applyEdits(text, finding.fix.edits), /^ {2}5000\/tcp: 18080$/m);
  });

  it('places each finding on the top-level key it is about, not on a nested ports:, a comment or another section', () => {
    // A tunnel-like add-on with its own `ports` option, its options and schema written first and the description
    // before ports: a search of the text from the first `ports:` line met options' one, then the description's key.
    const text = [
      'name: Example App', 'version: "1.2.0"', 'slug: example_app', 'description: An example add-on', 'arch:', '  - amd64',
      'options:', '  ports: []', 'schema:', '  ports:', '    - port', '# webui: "http://[HOST]:[PORT:5001]/"', 'ingress: true', 'ingress_port: 8099',
      'ports_description:', '  18080/tcp: Web interface', 'ports:', '  18080/tcp: 5000', 'webui: "http://[HOST]:[PORT:5001]/"', '',
    ].join('\n');
    const findings = found(addon({ [CONFIG_PATH]: text }));
    const keyLine = text.indexOf('  18080/tcp: 5000') + 2;
    assert.deepStrictEqual(findings.map((f) => [f.code, f.start, f.end]), [
      ['container-port-mismatch', keyLine, keyLine + 5],
      ['unreachable-port', text.lastIndexOf('[PORT:5001]') + '[PORT:'.length, text.lastIndexOf('[PORT:5001]') + '[PORT:5001'.length],
    ]);
    assert.match(findings[0].message, /^ports publishes container port 18080 \(18080\/tcp: 5000, line 18\)/);
    assert.match(findings[1].message, /^webui links to \[PORT:5001\] \(line 19\)/);
    // The swap edits the key and its own value, not the description's.
    assert.match(applyEdits(text, findings[0].fix!.edits), /^ports_description:\n {2}18080\/tcp: Web interface\nports:\n {2}5000\/tcp: 18080$/m);
    // A repeated top-level key: the parsed value is the last one, and so is the place.
    const twice = text.replace('ports_description:', 'ports:\n  4000/tcp: 4000\nports_description:');
    assert.deepStrictEqual(found(addon({ [CONFIG_PATH]: twice })).map((f) => f.start), [twice.indexOf('  18080/tcp: 5000') + 2, twice.lastIndexOf('[PORT:5001]') + '[PORT:'.length]);
    // The same in JSON, where every key is quoted.
    const json = JSON.stringify({ name: 'Example', version: '1', slug: 'example_app', options: { ports: { '3000/tcp': 3000 } }, ingress: true, ingress_port: 3000, ports: { '5000/tcp': 5000 } }, null, 2);
    const [ingress] = found(addon({ [CONFIG_PATH]: undefined, 'example/config.json': json }), 'example/config.json');
    assert.strictEqual(ingress, undefined, 'an option naming 3000 is a setting the add-on may listen by');
    const json2 = json.replace('"options": {\n    "ports": {\n      "3000/tcp": 3000\n    }\n  },', '"schema": {\n    "ingress_port": "port",\n    "ports": {\n      "5000/tcp": "port"\n    }\n  },');
    const [wrong, ...rest] = found(addon({ [CONFIG_PATH]: undefined, 'example/config.json': json2 }), 'example/config.json');
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(wrong.start, json2.indexOf('"ingress_port": 3000') + '"ingress_port": '.length);
  });

  it('is quiet when a file of the add-on names the port, a setting holds it, the add-on reads its Ingress port, or the port is a low one', () => {
    const wrongIngress = withConfig('ingress_port: 8099', 'ingress_port: 3000');
    // A script names 3000 (a route or a start): something may listen there.
    assert.deepStrictEqual(found(addon({ ...wrongIngress, 'example/rootfs/etc/cont-init.d/10-env.sh': 'export APP_URL=http://127.0.0.1:3000\n' })), []);
    // Docs repeat the config's ports: they do not silence it.
    assert.strictEqual(found(addon({ ...wrongIngress, 'example/DOCS.md': 'Open port 3000.\n', 'example/translations/en.yaml': 'network:\n  3000/tcp: Web\n' })).length, 1);
    // An option holds it: the app may listen by that setting.
    assert.deepStrictEqual(found(addon({ [CONFIG_PATH]: CONFIG.replace('ingress_port: 8099', 'ingress_port: 3000').replace('  log_level: info', '  log_level: info\n  port: 3000') })), []);
    // The add-on listens wherever the Supervisor says.
    assert.deepStrictEqual(found(addon({ ...wrongIngress, 'example/rootfs/etc/cont-init.d/20-nginx.sh': 'port=$(bashio::addon.ingress_port)\n' })), []);
    // A daemon on a well-known port writes it nowhere (sshd on 22): ports below 1024 and UDP are left alone.
    assert.deepStrictEqual(found(addon(withConfig('  5000/tcp: 5000\n', '  5000/tcp: 5000\n  22/tcp: 22222\n  5353/udp: 5353\n'))), []);
    // Nor is a ports key the config says no more of: the app may serve there by its own unwritten default (Plex's
    // 32469, Portainer's 8000, a bundled database's 5432).
    assert.deepStrictEqual(found(addon(withConfig('  5000/tcp: 5000\n', '  5000/tcp: 5000\n  32469/tcp: 32469\n'))), []);
  });

  it('is quiet when the image is unknown to the table, and uses the image\'s ports when the table knows them', () => {
    const wrongPort = withConfig('ingress_port: 8099', 'ingress_port: 7000');
    assert.strictEqual(found(addon(wrongPort)).length, 1);
    // An image the table does not know may serve on 7000 by its own default, written nowhere in the add-on.
    assert.deepStrictEqual(found(addon({ ...wrongPort, 'example/Dockerfile': 'FROM ghcr.io/example-owner/unknown-app:1.0\nCOPY rootfs /\n' })), []);
    // lscr.io/linuxserver/radarr serves on 7878: an Ingress port 7878 is where it listens; 7000 still is not.
    const radarr = { 'example/Dockerfile': 'FROM lscr.io/linuxserver/radarr:5.0\nCOPY rootfs /\n' };
    assert.deepStrictEqual(found(addon({ ...radarr, ...withConfig('ingress_port: 8099', 'ingress_port: 7878') })), []);
    assert.strictEqual(found(addon({ ...radarr, ...wrongPort })).length, 1);
    // The Home Assistant base images serve nothing, as the Supervisor's default BUILD_FROM.
    assert.strictEqual(found(addon({ ...wrongPort, 'example/build.yaml': 'build_from:\n  amd64: ghcr.io/home-assistant/amd64-base:3.20\n' })).length, 1);
  });

  it('warns on ingress_port: 0 in an add-on that never reads the port it is given', () => {
    const text = CONFIG.replace('ingress_port: 8099', 'ingress_port: 0');
    const [finding, ...rest] = found(addon({ [CONFIG_PATH]: text }));
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(finding.code, 'unreachable-port');
    assert.strictEqual(finding.start, text.indexOf('ingress_port: 0') + 'ingress_port: '.length);
    assert.match(finding.message, /^ingress_port: 0 \(line 10\) has the Supervisor pick a free port for Ingress at each start, but no file of this add-on reads that port/);
    assert.deepStrictEqual(found(addon({ [CONFIG_PATH]: text, 'example/rootfs/etc/cont-init.d/20-nginx.sh': 'port=$(bashio::addon.ingress_port)\n' })), []);
  });

  it('warns on ports_description and webui keys that name no key of ports', () => {
    const text = CONFIG.replace('  5000/tcp: Web', '  5001/tcp: Web').replace('[PORT:5000]', '[PORT:5001]');
    const findings = found(addon({ [CONFIG_PATH]: text }));
    assert.deepStrictEqual(findings.map((f) => [f.code, text.slice(f.start, f.end)]), [['container-port-mismatch', '5001'], ['unreachable-port', '5001']]);
    assert.strictEqual(findings[0].start, text.indexOf('5001/tcp'));
    assert.strictEqual(findings[0].message, 'ports_description describes container port 5001/tcp (line 15), but ports has no such key: it declares 5000/tcp. The description is shown for no port; the key was likely left from an earlier port.');
    assert.strictEqual(findings[1].start, text.indexOf('[PORT:5001]') + '[PORT:'.length);
    assert.match(findings[1].message, /^webui links to \[PORT:5001\] \(line 16\), the host port of container port 5001, but ports has no such key: it declares 5000\/tcp\. The Supervisor then links to port 5001 of the host, which the add-on does not publish\.$/);
    // On the host network nothing is mapped: the link goes to the port as written.
    assert.deepStrictEqual(found(addon({ [CONFIG_PATH]: text.replace('init: false', 'init: false\nhost_network: true') })), []);
    // A published host port named instead of its container port (`80/tcp: 8080`, [PORT:8080]) links right by chance.
    assert.deepStrictEqual(found(addon({ [CONFIG_PATH]: CONFIG.replace('[PORT:5000]', '[PORT:5001]').replace('  5000/tcp: 5000\n', '  5000/tcp: 5001\n') })), []);
    // No ports at all: a leftover description describes nothing to check against.
    assert.deepStrictEqual(found(addon({ [CONFIG_PATH]: CONFIG.replace('  5000/tcp: 5000\n', '').replace('ports:\n', 'ports: {}\n').replace('webui: "http://[HOST]:[PORT:5000]/"\n', '') })), []);
  });

  it('reports a webui and ports the Supervisor\'s schema refuses: a port written as a number, ports as a list (held-out 17h)', () => {
    // supervisor/addons/validate.py: webui must match ^(https?|[PROTO:x])://[HOST]:[PORT:N], ports is a mapping.
    const literal = CONFIG.replace('"http://[HOST]:[PORT:5000]/"', '"http://[HOST]:5000/"');
    const [webui, ...rest] = found(addon({ [CONFIG_PATH]: literal }));
    assert.deepStrictEqual(rest, []);
    assert.deepStrictEqual([webui.code, literal.slice(webui.start, webui.end)], ['invalid-port', '[HOST]:5000']);
    assert.match(webui.message, /^webui "http:\/\/\[HOST\]:5000\/" \(line 16\) does not name its port as \[PORT:N\], the only form the Supervisor takes/);
    assert.strictEqual(applyEdits(literal, webui.fix!.edits), CONFIG);
    // No number at all: the whole value, no fix.
    const bare = CONFIG.replace('[PORT:5000]', '[PORT]');
    const [noNumber] = found(addon({ [CONFIG_PATH]: bare }));
    assert.deepStrictEqual([noNumber.code, bare.slice(noNumber.start, noNumber.end), noNumber.fix], ['invalid-port', '"http://[HOST]:[PORT]/"', undefined]);
    // The Supervisor's protocol placeholder is its own form.
    assert.deepStrictEqual(found(addon(withConfig('"http://[HOST]:[PORT:5000]/"', '"[PROTO:ssl]://[HOST]:[PORT:5000]/"'))), []);
    const list = CONFIG.replace('  5000/tcp: 5000\n', '  - "5000/tcp": 5000\n');
    const [ports, ...others] = found(addon({ [CONFIG_PATH]: list }));
    assert.deepStrictEqual(others.map((f) => f.code), []);
    assert.deepStrictEqual([ports.code, ports.start, config(list).lineOf(ports.start)], ['invalid-port', list.indexOf('- "5000/tcp"'), 13]);
    assert.match(ports.message, /^ports \(line 13\) is a list, but the Supervisor takes a mapping/);
    // An empty list asks nothing of it.
    assert.deepStrictEqual(found(addon({ [CONFIG_PATH]: CONFIG.replace('  5000/tcp: 5000\n', '').replace('ports:\n', 'ports: []\n').replace('webui: "http://[HOST]:[PORT:5000]/"\n', '') })), []);
  });

  it('puts a ports key one digit off the port its description and host side name on the key, and fixes it', () => {
    const typo = CONFIG.replace('  5000/tcp: 5000\n', '  5900/tcp: 5000\n');
    const [finding, ...rest] = found(addon({ [CONFIG_PATH]: typo }));
    assert.deepStrictEqual(rest, []);
    assert.deepStrictEqual([finding.code, finding.start], ['container-port-mismatch', typo.indexOf('5900/tcp')]);
    assert.strictEqual(finding.message, 'ports publishes container port 5900/tcp (line 13) on host port 5000, but ports_description describes 5000/tcp (line 15), which ports lacks: the key looks mistyped.');
    assert.strictEqual(applyEdits(typo, finding.fix!.edits), CONFIG);
    // A description written with the host port (`80/tcp: 5000` described as 5000/tcp) is the description's mistake.
    const hostSide = CONFIG.replace('  5000/tcp: 5000\n', '  80/tcp: 5000\n').replace('[PORT:5000]', '[PORT:80]');
    assert.deepStrictEqual(found(addon({ [CONFIG_PATH]: hostSide })).map((f) => [f.code, hostSide.slice(f.start - 2, f.end)]), [['container-port-mismatch', '  5000']]);
  });

  it('takes an owner\'s add-on base image for one that serves nothing, but not an app\'s own base nor a desktop baseimage', () => {
    const swapped = { [CONFIG_PATH]: CONFIG.replace('  5000/tcp: 5000\n', '  6699/tcp: 5000\n').replace('  5000/tcp: Web', '  6699/tcp: Web') };
    const from = (image: string) => ({ 'example/Dockerfile': `ARG BUILD_FROM=${image}\nFROM \${BUILD_FROM}\nCOPY rootfs /\n` });
    assert.deepStrictEqual(found(addon({ ...swapped, ...from('ghcr.io/example-owner/ha-base-debian-java-amd64:latest') })).map((f) => f.code), ['container-port-mismatch']);
    assert.deepStrictEqual(found(addon({ ...swapped, ...from('ghcr.io/linuxserver/baseimage-kasmvnc:debianbookworm') })), []);
    assert.deepStrictEqual(found(addon({ ...swapped, ...from('ghcr.io/music-assistant/base:latest') })), []);
  });

  it('reads JSON configs, and says nothing on a config.* that is not the add-on\'s own', () => {
    const json = JSON.stringify({ name: 'Example', version: '1', slug: 'example_app', ingress: true, ingress_port: 3000, ports: { '5000/tcp': 5000 } }, null, 2);
    const findings = found(addon({ [CONFIG_PATH]: undefined, 'example/config.json': json }), 'example/config.json');
    assert.deepStrictEqual(findings.map((f) => [f.code, json.slice(f.start, f.end)]), [['unreachable-port', '3000']]);
    const nested = 'example/rootfs/etc/app/config.yaml';
    assert.deepStrictEqual(found(addon({ [nested]: 'ports:\n  7000/tcp: 7000\n' }), nested), []);
    // No slug: no add-on.
    assert.deepStrictEqual(found(addon(withConfig('slug: example_app\n', ''))), []);
  });

  it('the command line reports on the add-on\'s config file when it checks the folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'port-lens-addon-config-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      write(CONFIG_PATH, CONFIG.replace('ingress_port: 8099', 'ingress_port: 3000'));
      write('example/Dockerfile', DOCKERFILE);
      write('example/rootfs/etc/nginx/http.d/ingress.conf', INGRESS);
      write('example/rootfs/etc/services.d/app/run', RUN);
      const { workspaces } = loadWorkspaces([root], { cwd: root, warn: () => undefined });
      const reported = workspaces.flatMap((loaded) => loaded.reported.map((file) => file.path)).sort();
      assert.deepStrictEqual(reported, ['example/Dockerfile', 'example/config.yaml', 'example/rootfs/etc/nginx/http.d/ingress.conf']);
      const [loaded] = workspaces;
      const config = loaded.reported.find((file) => file.path === CONFIG_PATH)!;
      assert.deepStrictEqual(loaded.workspace.findings(config.key).map((f) => f.code), ['unreachable-port']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
