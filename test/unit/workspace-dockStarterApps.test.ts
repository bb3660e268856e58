import * as assert from 'assert';
import { createWorkspace, type PortWorkspace } from '../../src/core';
import { dockStarterFileNames } from '../../src/core/workspace/dockStarterApps';

// DockSTARTer's app templates: scripts/yml_merge.sh of GhostWriters/DockSTARTer merges `<app>.<ARCH>.yml` (the
// image), `<app>.hostname.yml`, `<app>.ports.yml` (or `<app>.netmode.yml`), … and `<app>.yml` with -f.

const servicesOf = (workspace: PortWorkspace) => workspace.services()
  .map((service) => `${service.project} ${service.name} ${service.image ?? '-'} [${service.declarations.map((at) => at.path.replace(/^.*\//, '')).join(', ')}]`);

const arch = 'services:\n  komga:\n    image: gotson/komga\n';
const ports = 'services:\n  komga:\n    ports:\n      - 8080:25600\n';
const hostname = 'services:\n  komga:\n    hostname: ${DOCKER_HOSTNAME}\n  sidecar:\n    image: example/sidecar\n    ports:\n      - 8080:80\n';
const netmode = 'services:\n  komga:\n    network_mode: host\n    ports:\n      - 8080:25600\n';

describe('compose projects: DockSTARTer app parts', () => {
  it('lists the parts in yml_merge.sh\'s order only where the folder is named after the app and holds its arch file', () => {
    const have = (...names: string[]) => (name: string) => names.includes(name);
    assert.deepStrictEqual(dockStarterFileNames('komga', have('komga.aarch64.yml', 'komga.x86_64.yml', 'komga.ports.yml')), [
      'komga.x86_64.yml', 'komga.hostname.yml', 'komga.ports.yml', 'komga.storage.yml', 'komga.storage2.yml', 'komga.storage3.yml',
      'komga.storage4.yml', 'komga.devices.yml', 'komga.yml']);
    assert.strictEqual(dockStarterFileNames('komga', have('komga.aarch64.yml'))?.[0], 'komga.aarch64.yml');
    // No arch file: an app folder of another store (web.prod.yml beside web.yml holds alternatives).
    assert.strictEqual(dockStarterFileNames('web', have('web.yml', 'web.prod.yml', 'web.ports.yml')), undefined);
    assert.strictEqual(dockStarterFileNames('apps', have('komga.x86_64.yml', 'komga.ports.yml')), undefined);
    assert.strictEqual(dockStarterFileNames('', have('.x86_64.yml')), undefined);
  });

  it('reads the ports file with the arch file that names the image; the other arch and netmode stand alone', () => {
    const workspace = createWorkspace();
    workspace.set('.apps/komga/komga.ports.yml', ports);
    workspace.set('.apps/komga/komga.hostname.yml', hostname);
    workspace.set('.apps/komga/komga.netmode.yml', netmode);
    workspace.set('.apps/komga/komga.aarch64.yml', arch);
    workspace.set('.apps/komga/komga.x86_64.yml', arch);
    assert.deepStrictEqual(servicesOf(workspace), [
      '.apps/komga komga gotson/komga [komga.x86_64.yml, komga.hostname.yml, komga.ports.yml]',
      '.apps/komga sidecar example/sidecar [komga.hostname.yml]',
      '.apps/komga/komga.aarch64.yml komga gotson/komga [komga.aarch64.yml]',
      '.apps/komga/komga.netmode.yml komga - [komga.netmode.yml]',
    ]);
    // Merged for host-port-conflict too: the parts' publishes of 8080 run together; the netmode alternative's do not.
    const conflicts = (path: string) => workspace.findings(path).filter((found) => found.code === 'host-port-conflict');
    assert.match(conflicts('.apps/komga/komga.ports.yml')[0]?.message ?? '', /sidecar/);
    assert.strictEqual(conflicts('.apps/komga/komga.ports.yml').length, 1);
    assert.deepStrictEqual(conflicts('.apps/komga/komga.netmode.yml'), []);
  });

  it('follows the arch file as it comes and goes', () => {
    const workspace = createWorkspace();
    workspace.set('.apps/komga/komga.ports.yml', ports);
    assert.deepStrictEqual(servicesOf(workspace), ['.apps/komga/komga.ports.yml komga - [komga.ports.yml]']);
    workspace.set('.apps/komga/komga.x86_64.yml', arch);
    assert.deepStrictEqual(servicesOf(workspace), ['.apps/komga komga gotson/komga [komga.x86_64.yml, komga.ports.yml]']);
    workspace.delete('.apps/komga/komga.x86_64.yml');
    assert.deepStrictEqual(servicesOf(workspace), ['.apps/komga/komga.ports.yml komga - [komga.ports.yml]']);
  });

  it('leaves alone the same names in a folder named otherwise, and a folder with COMPOSE_FILE', () => {
    const workspace = createWorkspace();
    workspace.set('apps/komga.ports.yml', ports);
    workspace.set('apps/komga.x86_64.yml', arch);
    workspace.set('env/komga/.env', 'COMPOSE_FILE=komga.ports.yml\n');
    workspace.set('env/komga/komga.ports.yml', ports);
    workspace.set('env/komga/komga.x86_64.yml', arch);
    assert.deepStrictEqual(servicesOf(workspace), [
      'apps/komga.ports.yml komga - [komga.ports.yml]',
      'apps/komga.x86_64.yml komga gotson/komga [komga.x86_64.yml]',
      'env/komga komga - [komga.ports.yml]',
      'env/komga/komga.x86_64.yml komga gotson/komga [komga.x86_64.yml]',
    ]);
  });

  it('the other parts take the arch file\'s image for their mentions, with the main file as what may move its ports', () => {
    const workspace = createWorkspace();
    workspace.set('.apps/wireguard/wireguard.x86_64.yml', 'services:\n  wireguard:\n    image: lscr.io/linuxserver/wireguard\n');
    workspace.set('.apps/wireguard/wireguard.ports.yml', 'services:\n  wireguard:\n    ports:\n      - 51820:51820\n');
    workspace.set('.apps/wireguard/wireguard.netmode.yml', 'services:\n  wireguard:\n    network_mode: host\n    ports:\n      - 51820:51820\n');
    const codes = (path: string) => workspace.findings(path).map((found) => found.code);
    // WireGuard serves 51820 over UDP only: the ports part publishes it as TCP.
    assert.ok(codes('.apps/wireguard/wireguard.ports.yml').includes('udp-published-as-tcp'));
    const [mention] = workspace.mentions('.apps/wireguard/wireguard.ports.yml').filter((one) => one.role === 'container');
    assert.strictEqual(mention?.image, 'lscr.io/linuxserver/wireguard');
    assert.strictEqual(mention?.portsChangedBy, 'settings in wireguard.yml');
    // The netmode alternative is not merged with the arch file.
    assert.ok(!codes('.apps/wireguard/wireguard.netmode.yml').includes('udp-published-as-tcp'));
    // Grafana listens on 3000, but the app's main file (environment, volumes) may move it: no container-port-mismatch.
    workspace.set('.apps/grafana/grafana.x86_64.yml', 'services:\n  grafana:\n    image: grafana/grafana\n');
    workspace.set('.apps/grafana/grafana.ports.yml', 'services:\n  grafana:\n    ports:\n      - 8080:8080\n');
    assert.deepStrictEqual(codes('.apps/grafana/grafana.ports.yml'), []);
    // Outside the structure the image is not taken.
    workspace.set('apps/wireguard.x86_64.yml', 'services:\n  wireguard:\n    image: lscr.io/linuxserver/wireguard\n');
    workspace.set('apps/wireguard.ports.yml', 'services:\n  wireguard:\n    ports:\n      - 51820:51820\n');
    assert.ok(!codes('apps/wireguard.ports.yml').includes('udp-published-as-tcp'));
  });
});
