// Which images an owner's repository speaks for: names written through variables, quay.io, and another account's
// image that only shares the project's name.
import * as assert from 'assert';
import { catalog } from './catalogFolder';
import { openCatalog } from '../../scripts/images/catalogFiles';
import { readCatalog } from '../../scripts/images/readCatalog';

function keysAndPorts(repo: string, files: Record<string, string>): [string, number[]][] {
  return readCatalog(openCatalog(catalog(repo, files))).map((c) => [c.key, c.ports.map((p) => p.port)]);
}

describe('image catalogs: the images an owner repository names', () => {
  it('reads a monorepo\'s image names written through variables with defaults, each from the folder named after it', () => {
    const claims = keysAndPorts('Mailu/Mailu', {
      'setup/flavors/compose/docker-compose.yml': [
        'services:',
        '  admin:',
        '    image: ${DOCKER_ORG:-ghcr.io/mailu}/${DOCKER_PREFIX:-}admin:${MAILU_VERSION:-master}',
        '  front:',
        '    image: ${DOCKER_ORG:-ghcr.io/mailu}/${DOCKER_PREFIX:-}nginx:${MAILU_VERSION:-master}',
        '  db:',
        '    image: ${DB_IMAGE}/postgres',
        '',
      ].join('\n'),
      'core/admin/Dockerfile': 'FROM python:3.12-alpine\nEXPOSE 8080/tcp\n',
      'core/nginx/Dockerfile': 'FROM alpine\nEXPOSE 80/tcp 443/tcp 25/tcp\n',
    });
    assert.deepStrictEqual(claims, [['ghcr.io/mailu/admin', [8080]], ['ghcr.io/mailu/nginx', [80, 443, 25]]]);
  });

  it('takes a quay.io image under the owner\'s account as its own, and another account\'s there as not', () => {
    const claims = keysAndPorts('hedgedoc/container', {
      'README.md': 'Pull it with `docker pull quay.io/hedgedoc/hedgedoc:1.10`. Also on quay.io/someone/hedgedoc.\n',
      'Dockerfile': 'FROM node:20\nEXPOSE 3000\n',
    });
    assert.deepStrictEqual(claims, [['quay.io/hedgedoc/hedgedoc', [3000]]]);
  });

  it('does not take another account\'s image named like the project from a Compose file, only from the README or CI', () => {
    const files = {
      'README.md': 'Run `docker pull grafana/loki:3.0`.\n',
      'cmd/loki/Dockerfile': 'FROM alpine\nEXPOSE 3100\n',
      'tools/stream-generator/docker-compose.yaml': 'services:\n  loki:\n    image: theperiklis/loki:feat-usage-tracker\n    ports: ["3100:3100", "9095:9095"]\n',
    };
    assert.deepStrictEqual(keysAndPorts('grafana/loki', files).map(([k]) => k), ['grafana/loki']);
    // The same name where the README pulls it is the project's (a project published under another account).
    const pulled = keysAndPorts('grafana/loki', { ...files, 'README.md': 'Run `docker pull theperiklis/loki`.\n' });
    assert.deepStrictEqual([...new Set(pulled.map(([k]) => k))], ['theperiklis/loki']);
    // So is one that the project's own Compose file at the root runs.
    const rooted = keysAndPorts('grafana/loki', { ...files, 'docker-compose.yaml': 'services:\n  loki:\n    image: theperiklis/loki\n    ports: ["3100:3100"]\n' });
    assert.deepStrictEqual([...new Set(rooted.map(([k]) => k))].sort(), ['grafana/loki', 'theperiklis/loki']);
  });

  it('does not take the reader\'s own build in a README section on making one\'s own image (osixia\'s billy-the-king)', () => {
    const readme = (heading: string) => [
      '# phpLDAPadmin', 'Run `docker run -p 6443:443 osixia/phpldapadmin:0.9.0`.', '',
      `### ${heading}`, 'Adapt the Makefile:', '', '\tNAME = billy-the-king/phpldapadmin', '', '\tdocker run -d billy-the-king/phpldapadmin:0.1.0', '',
    ].join('\n');
    const files = { 'image/Dockerfile': 'FROM osixia/web-baseimage\nEXPOSE 80 443\n' };
    const keys = (heading: string) => keysAndPorts('osixia/docker-phpLDAPadmin', { ...files, 'README.md': readme(heading) }).map(([k]) => k);
    assert.deepStrictEqual(keys('Make your own phpLDAPadmin image'), ['osixia/phpldapadmin']);
    assert.deepStrictEqual(keys('Build your own image'), ['osixia/phpldapadmin']);
    // Under another heading, the README runs that image as the project's (a project published under another account).
    assert.deepStrictEqual(keys('Other registries'), ['billy-the-king/phpldapadmin', 'osixia/phpldapadmin']);
  });

  it('takes an image under the organisation\'s name without its added word as the owner\'s (wger-project publishes wger/server)', () => {
    const claims = keysAndPorts('wger-project/docker', {
      'docker-compose.yml': 'services:\n  web:\n    image: docker.io/wger/server:latest\n    expose:\n      - 8000\n  db:\n    image: postgres:16\n    expose: [5432]\n  other:\n    image: wgerfan/server\n    expose: [9000]\n',
    });
    assert.deepStrictEqual(claims, [['wger/server', [8000]]]);
  });

  it('leaves out a Compose service that runs the image with a command of its own beside one that runs it as it starts', () => {
    const service = (name: string, extra: string, port: number) => `  ${name}:\n    image: docker.io/wger/server:latest\n${extra}    expose:\n      - ${port}\n`;
    const compose = (services: string) => ({ 'docker-compose.yml': `services:\n${services}` });
    const both = service('web', '', 8000) + service('celery_flower', '    command: /start-flower\n', 5555);
    assert.deepStrictEqual(keysAndPorts('wger-project/docker', compose(both)), [['wger/server', [8000]]]);
    // Alone, a service with a command still says where that set-up listens.
    assert.deepStrictEqual(keysAndPorts('wger-project/docker', compose(service('flower', '    command: /start-flower\n', 5555))), [['wger/server', [5555]]]);
  });

  it('does not take a workflow\'s job container image as the project\'s own (the CI\'s build environment)', () => {
    const claims = keysAndPorts('prometheus/influxdb_exporter', {
      '.github/workflows/ci.yml': 'jobs:\n  test:\n    container:\n      # the Go version\n      image: quay.io/prometheus/golang-builder:1.26-base\n',
      'Dockerfile': 'FROM quay.io/prometheus/busybox\nEXPOSE 9122\n',
    });
    assert.deepStrictEqual(claims, []);
    const service = keysAndPorts('prometheus/influxdb_exporter', {
      '.github/workflows/ci.yml': 'jobs:\n  test:\n    services:\n      db:\n        image: quay.io/prometheus/test-db\n',
      'Dockerfile': 'FROM quay.io/prometheus/busybox\nEXPOSE 9122\n',
    });
    assert.deepStrictEqual(service, []);
    // A push action's image input is what the project publishes (umami's docker-build-push step).
    const pushed = keysAndPorts('umami-software/umami', {
      '.github/workflows/cd.yml': 'jobs:\n  push:\n    steps:\n      - uses: mr-smithers-excellent/docker-build-push@v6\n        with:\n          image: umamisoftware/umami\n',
      'Dockerfile': 'FROM node:22\nEXPOSE 3000\n',
    });
    assert.deepStrictEqual(pushed, [['umamisoftware/umami', [3000]]]);
  });

  it('does not take a kubectl resource (`deployment/readur`) in the docs for another account\'s image named like the project', () => {
    const claims = keysAndPorts('readur/readur', {
      'README.md': '```\ndocker run -p 8000:8000 readur/readur:latest\n```\n',
      'docs/integrations.md': '```\nkubectl set image deployment/readur readur=$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA\n```\n',
      'Dockerfile': 'FROM debian:bookworm-slim\nEXPOSE 8000\n',
    });
    assert.deepStrictEqual(claims, [['readur/readur', [8000]]]);
  });
  it('takes the names a workflow pushes one a line under `images: |` (docker/metadata-action) or in a `DOCKER_HUB:` setting', () => {
    const dockerfile = 'FROM alpine\nEXPOSE 9000\n';
    const block = [
      'jobs:', '  build:', '    steps:', '      - id: meta', '        uses: docker/metadata-action@v5', '        with:',
      '          images: |', '            ghcr.io/mealie-recipes/mealie', '            hkotel/mealie', '          flavor: |', '            latest=auto', '',
    ].join('\n');
    const keys = (workflow: string) => keysAndPorts('mealie-recipes/mealie', { '.github/workflows/release.yml': workflow, Dockerfile: dockerfile })
      .map(([k, ports]) => `${k} ${ports.join(' ')}`);
    assert.deepStrictEqual(keys(block), ['ghcr.io/mealie-recipes/mealie 9000', 'hkotel/mealie 9000']);
    // The same names as a YAML list under `tags:`.
    assert.deepStrictEqual(keys(block.replace('images: |', 'tags:').replace(/^( {12})(\S)/gm, '$1- $2')), ['ghcr.io/mealie-recipes/mealie 9000', 'hkotel/mealie 9000']);
    // A name under another key (`flavor: |`, a build's arguments) is not pushed there.
    assert.deepStrictEqual(keys(block.replace('images: |', 'build-args: |')), ['ghcr.io/mealie-recipes/mealie 9000']);
    // A setting that says where the workflow pushes on Docker Hub (seerr-team/seerr's `DOCKER_HUB: seerr/seerr`).
    assert.deepStrictEqual(keysAndPorts('seerr-team/seerr', { '.github/workflows/release.yml': 'env:\n  DOCKER_HUB: seerr/seerr\n', Dockerfile: dockerfile })
      .map(([k]) => k), ['seerr/seerr']);
  });
});
