import * as assert from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { addonFilesFor } from '../../src/cli/addonFiles';
import { createWorkspace, isAddonConfigText, isAddonFileBelow, isAddonFileText, type Finding, type PortWorkspace } from '../../src/core';
import { applyEdits } from './applyEdits';

// unreachable-port in a Home Assistant add-on (src/core/workspace/addonPorts.ts): its Ingress nginx or its
// Dockerfile's HEALTH_PORT reaches a port of its own container that nothing in the add-on listens on. The add-on
// below is alexbelgium/hassio-addons' readarr at 42e4472, trimmed: its ingress.conf passed to Radarr's 7878 (fixed
// to 8787 in 725b2e1).

const CONFIG = JSON.stringify({
  arch: ['aarch64', 'amd64'], description: 'Book Manager and Automation', ingress: true, ingress_port: 8099,
  name: 'Readarr NAS', ports: { '8787/tcp': 8787 }, ports_description: { '8787/tcp': 'web interface' },
  slug: 'readarr_nas', version: '0.3.28', webui: '[PROTO:ssl]://[HOST]:[PORT:8787]',
}, null, 2);
const BUILD = '{\n  "build_from": {\n    "aarch64": "lscr.io/linuxserver/readarr:arm64v8-nightly",\n    "amd64": "lscr.io/linuxserver/readarr:amd64-nightly"\n  }\n}\n';
const DOCKERFILE = '# hadolint ignore=DL3006\nARG BUILD_FROM\nFROM ${BUILD_FROM}\n\nENV S6_CMD_WAIT_FOR_SERVICES=1\nCOPY rootfs/ /\nRUN apk add --no-cache nginx\n';
const INGRESS = (target: string) => 'server {\n    listen %%interface%%:%%port%% default_server;\n\n    client_max_body_size 0;\n\n'
  + `   location / {\n       proxy_connect_timeout 30m;\n       proxy_pass         ${target};\n       proxy_http_version 1.1;\n   }\n}\n`;
const UPSTREAM = 'upstream backend {\n    server 127.0.0.1:7878;\n}\n';
const NGINX_SCRIPT = '#!/usr/bin/with-contenv bashio\ndeclare port\nport=$(bashio::addon.ingress_port)\nsed -i "s/%%port%%/${port}/g" /etc/nginx/servers/ingress.conf\n';

const CONF_PATH = 'readarr/rootfs/etc/nginx/servers/ingress.conf';

function addon(files: Record<string, string | undefined> = {}): PortWorkspace {
  const all: Record<string, string | undefined> = {
    'readarr/config.json': CONFIG,
    'readarr/build.json': BUILD,
    'readarr/Dockerfile': DOCKERFILE,
    'readarr/rootfs/etc/nginx/includes/upstream.conf': UPSTREAM,
    'readarr/rootfs/etc/cont-init.d/32-nginx_ingress.sh': NGINX_SCRIPT,
    [CONF_PATH]: INGRESS('http://127.0.0.1:7878'),
    ...files,
  };
  const workspace = createWorkspace();
  for (const [path, text] of Object.entries(all)) if (text !== undefined) workspace.set(path, text);
  return workspace;
}

function found(workspace: PortWorkspace, path = CONF_PATH): Finding[] {
  return workspace.findings(path).filter((f) => f.code === 'unreachable-port');
}

describe('rule unreachable-port in a Home Assistant add-on', () => {
  it('warns on an Ingress proxy_pass to a port nothing in the add-on listens on, names both statements and where, relates and fixes', () => {
    const workspace = addon();
    const text = INGRESS('http://127.0.0.1:7878');
    const [finding, ...rest] = found(workspace);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(finding.start, text.indexOf('7878'));
    assert.strictEqual(finding.end, text.indexOf('7878') + 4);
    assert.strictEqual(finding.severity, 'warning');
    assert.strictEqual(finding.message, 'proxy_pass http://127.0.0.1:7878 (line 8) reaches port 7878 of this Home Assistant add-on\'s own container, but nothing in the add-on listens there: '
      + 'its image lscr.io/linuxserver/readarr:amd64-nightly (build.json line 4) serves on 8787, config.json declares container port 8787 (line 11), and no other file of the add-on names 7878.');
    assert.deepStrictEqual(finding.related?.map((r) => [r.path, r.message]), [
      ['readarr/build.json', 'the add-on\'s image lscr.io/linuxserver/readarr:amd64-nightly serves on 8787'],
      ['readarr/config.json', 'the add-on declares container port 8787'],
    ]);
    const fixed = applyEdits(text, finding.fix!.edits);
    assert.ok(fixed.includes('proxy_pass         http://127.0.0.1:8787;'));
    workspace.set(CONF_PATH, fixed);
    assert.deepStrictEqual(found(workspace), []);
  });

  it('warns on a Dockerfile HEALTH_PORT that nothing listens on (monica\'s 8080 while its Apache image serves on 80)', () => {
    // alexbelgium/hassio-addons' monica at HEAD: HEALTH_PORT 8080 over monica:5.0-apache, which serves on 80.
    const dockerfile = `${DOCKERFILE}ENV HEALTH_PORT="8080" \\\n    HEALTH_URL=""\nHEALTHCHECK CMD curl -f "http://127.0.0.1:\${HEALTH_PORT}\${HEALTH_URL}" || exit 1\n`;
    const workspace = addon({
      'readarr/config.json': CONFIG.replace(/8787/g, '80'),
      'readarr/build.json': undefined,
      'readarr/build.yaml': 'build_from:\n  aarch64: monica:5.0-apache\n  amd64: monica:5.0-apache\n',
      'readarr/Dockerfile': dockerfile,
      [CONF_PATH]: INGRESS('http://127.0.0.1:80'),
    });
    const [finding, ...rest] = found(workspace, 'readarr/Dockerfile');
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(finding.start, dockerfile.indexOf('"8080"') + 1);
    assert.match(finding.message, /^ENV HEALTH_PORT="8080" \(line 8\) reaches port 8080 of .* its image monica:5\.0-apache \(build\.yaml line 3\) serves on 80, 9000, config\.json declares container port 80 \(line 11\)/);
    // Two ports served, one of them declared: that one is the fix.
    assert.ok(applyEdits(dockerfile, finding.fix!.edits).includes('HEALTH_PORT="80"'));
    assert.deepStrictEqual(found(workspace), []);
  });

  it('is quiet when the port is one the add-on declares, its Ingress port, or one its image serves on', () => {
    assert.deepStrictEqual(found(addon({ [CONF_PATH]: INGRESS('http://127.0.0.1:8787') })), []);
    assert.deepStrictEqual(found(addon({ 'readarr/config.json': CONFIG.replace('"8787/tcp": 8787', '"7878/tcp": null, "8787/tcp": 8787') })), []);
    assert.deepStrictEqual(found(addon({ 'readarr/config.json': CONFIG.replace('"ingress_port": 8099', '"ingress_port": 7878') })), []);
    // `ingress: true` without ingress_port: the Supervisor's default, 8099.
    assert.deepStrictEqual(found(addon({ [CONF_PATH]: INGRESS('http://127.0.0.1:8099'), 'readarr/config.json': CONFIG.replace('"ingress_port": 8099,', '') })), []);
  });

  it('is quiet when another file of the add-on names the port (a script starts something there), but not for routes', () => {
    assert.deepStrictEqual(found(addon({ 'readarr/rootfs/etc/services.d/radarr/run': '#!/usr/bin/with-contenv bashio\nexec /app/radarr --port 7878\n' })), []);
    // The template's upstream server and a commented-out pass are routes, not listeners: still a warning.
    assert.strictEqual(found(addon({ 'readarr/rootfs/etc/nginx/includes/upstream.conf': UPSTREAM, 'readarr/rootfs/etc/nginx/servers/old.conf': '# proxy_pass http://127.0.0.1:7878;\n' })).length, 1);
  });

  it('is quiet when the image is unknown to the table or cannot be read, or the folder is no add-on', () => {
    // As mealie at alexbelgium HEAD~11000, when the table did not know hkotel/mealie: nginx passed to 9000, that
    // image's own default, written nowhere in the add-on.
    assert.deepStrictEqual(found(addon({ 'readarr/build.json': BUILD.replace(/lscr\.io\/linuxserver\/readarr/g, 'ghcr.io/example-owner/unknown-app') })), []);
    assert.deepStrictEqual(found(addon({ 'readarr/build.json': undefined })), []);
    assert.deepStrictEqual(found(addon({ 'readarr/config.json': CONFIG.replace('"slug": "readarr_nas",', '') })), []);
    assert.deepStrictEqual(found(addon({ 'readarr/config.json': undefined })), []);
    // A commented-out pass is no site.
    assert.deepStrictEqual(found(addon({ [CONF_PATH]: INGRESS('http://127.0.0.1:8787').replace('location / {', 'location / {\n       # proxy_pass http://127.0.0.1:7878;') })), []);
  });

  it('reads a plain FROM image, and a nested add-on keeps its own files', () => {
    assert.strictEqual(found(addon({ 'readarr/Dockerfile': 'FROM lscr.io/linuxserver/readarr:0.4\nCOPY rootfs/ /\n', 'readarr/build.json': undefined })).length, 1);
    // A nested add-on that starts something on 7878 speaks for itself, not for readarr.
    const nested = { 'readarr/other/config.json': CONFIG.replace('readarr_nas', 'other'), 'readarr/other/run.sh': 'radarr --port 7878\n' };
    assert.strictEqual(found(addon(nested)).length, 1);
  });
});

describe('the files read in a Home Assistant add-on', () => {
  it('knows an add-on config by its slug, in YAML or JSON', () => {
    assert.ok(isAddonConfigText('name: Readarr\nslug: readarr\nports:\n  8787/tcp: 8787\n'));
    assert.ok(isAddonConfigText(CONFIG));
    assert.ok(!isAddonConfigText('name: app\nports:\n  - 80:80\n'));
    assert.ok(!isAddonConfigText('slug:\n  - a\n'));
  });

  it('takes text files by name (scripts without an extension, nginx, YAML), no history, nothing hidden or too deep', () => {
    for (const path of ['rootfs/etc/services.d/nginx/run', 'rootfs/etc/cont-init.d/99-run.sh', 'rootfs/etc/nginx/servers/ingress.conf', 'build.yaml', 'config.json', 'DOCS.md', 'Dockerfile']) {
      assert.ok(isAddonFileBelow(path), path);
    }
    for (const path of ['icon.png', 'CHANGELOG.md', '.github/workflows/x.yaml', 'node_modules/a/run', 'a/b/c/d/e/f/g/run', 'rootfs/usr/bin/app.tar.gz']) {
      assert.ok(!isAddonFileBelow(path), path);
    }
    // Read by content: none of the formats, no application source, no binary.
    assert.ok(isAddonFileText('a/rootfs/etc/services.d/app/run', '#!/bin/sh\nexec app --port 8080\n'));
    assert.ok(!isAddonFileText('a/server.py', 'app.run(port=8080)\n'));
    assert.ok(!isAddonFileText('a/run', 'x\0y'));
  });

  it('the command line reads an add-on folder\'s files beside its Dockerfile, and nothing of a folder that is no add-on', () => {
    const root = mkdtempSync(join(tmpdir(), 'port-lens-addon-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      write('readarr/config.json', CONFIG);
      write('readarr/build.json', BUILD);
      write('readarr/Dockerfile', DOCKERFILE);
      write(CONF_PATH, INGRESS('http://127.0.0.1:7878'));
      write('readarr/rootfs/etc/services.d/readarr/run', 'exec /app/readarr\n');
      write('readarr/icon.png', '\x89PNG\0');
      write('readarr/CHANGELOG.md', '7878');
      write('plain/Dockerfile', 'FROM nginx\n');
      write('plain/run', 'exec nginx\n');
      const paths = addonFilesFor(root, ['readarr/Dockerfile', 'plain/Dockerfile'], (path) => path === 'readarr/Dockerfile').map((file) => file.path).sort();
      assert.deepStrictEqual(paths, ['readarr/build.json', 'readarr/config.json', 'readarr/rootfs/etc/services.d/readarr/run']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
