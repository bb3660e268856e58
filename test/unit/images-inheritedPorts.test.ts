// The generator's inherited EXPOSE (scripts/images/inheritedPorts.ts and ownerRepository.ts's unchangedBase): an
// owner's Dockerfile that exposes nothing but runs its base's server unchanged listens where the base does.
import * as assert from 'assert';
import { rowsFromCatalogs } from '../../scripts/generate-image-table';
import { catalog } from './catalogFolder';
import { exposedPorts } from '../../scripts/images/ownerRepository';

const README = (image: string) => `# Vectors\n\nRun it: \`docker run ${image}\`\n`;

function rowOf(folders: string[], image: string) {
  return rowsFromCatalogs(folders).rows.find((r) => r.image === image);
}

describe('image table generator: ports inherited from the base image', () => {
  it('names the base of a Dockerfile that exposes nothing and runs the base unchanged', () => {
    assert.strictEqual(exposedPorts('FROM postgres:16\nCOPY vectors.so /usr/lib/postgresql/\nCMD ["postgres", "-c", "shared_preload_libraries=vectors.so"]\n').inherits, 'postgres');
    assert.strictEqual(exposedPorts('FROM docker.io/library/redis:7 AS base\nRUN echo hi\nFROM base\nCMD redis-server /data/redis.conf\n').inherits, 'redis');
    // Its own EXPOSE wins; a new ENTRYPOINT, another program, a listen directive or a config in /etc say nothing.
    assert.strictEqual(exposedPorts('FROM postgres:16\nEXPOSE 6379\n').inherits, undefined);
    assert.strictEqual(exposedPorts('FROM postgres:16\nENTRYPOINT ["/app"]\n').inherits, undefined);
    assert.strictEqual(exposedPorts('FROM postgres:16\nCMD ["/start.sh"]\n').inherits, undefined);
    assert.strictEqual(exposedPorts('FROM nginx\nRUN sed -i "s/listen 80/listen 8080/" /etc/nginx/conf.d/default.conf\n').inherits, undefined);
    assert.strictEqual(exposedPorts('FROM nginx\nCOPY nginx.conf /etc/nginx/nginx.conf\n').inherits, undefined);
    assert.strictEqual(exposedPorts('FROM nginx\nENV NGINX_PORT=8080\n').inherits, undefined);
    assert.strictEqual(exposedPorts('FROM ${BASE}\n').inherits, undefined);
    assert.strictEqual(exposedPorts('FROM scratch\nCOPY app /\n').inherits, undefined);
  });

  it('gives the image the curated base row\'s ports, sourced to its own Dockerfile', () => {
    const folder = catalog('tensorchord/pgvecto-rs', {
      'README.md': README('tensorchord/pgvecto-rs:pg16-v0.2.0'),
      'docker/Dockerfile': 'FROM postgres:16-bookworm\nCOPY vectors.deb /tmp/\nRUN apt-get install -y /tmp/vectors.deb\nCMD ["postgres", "-c", "shared_preload_libraries=vectors.so"]\n',
    });
    const row = rowOf([folder], 'tensorchord/pgvecto-rs');
    assert.ok(row, 'a row for tensorchord/pgvecto-rs');
    assert.deepStrictEqual(row.ports.map((p) => [p.port, p.protocol]), [[5432, 'tcp']]);
    assert.match(row.url, /docker\/Dockerfile$/);
  });

  it('follows a base that another owner repository read states, and gives nothing for a base with no row', () => {
    const base = catalog('acme/base', { 'README.md': README('acme/base'), 'Dockerfile': 'FROM alpine\nEXPOSE 7700\n' });
    const child = catalog('acme/child', { 'README.md': README('acme/child'), 'Dockerfile': 'FROM acme/base:1\nCOPY plugin /plugins/\n' });
    assert.deepStrictEqual(rowOf([base, child], 'acme/child')?.ports.map((p) => p.port), [7700]);
    assert.strictEqual(rowOf([child], 'acme/child'), undefined);
    // A repository is a source of the table only where its claim got its base's ports.
    assert.deepStrictEqual(rowsFromCatalogs([base, child]).sources.map((s) => [s.repo, s.claims]), [['acme/base', 1], ['acme/child', 1]]);
    assert.deepStrictEqual(rowsFromCatalogs([child]).sources, []);
  });

  it('takes the row its FROM tag picks of a base with rows per tag, else the untagged row without the tags\' ports', () => {
    const site = (from: string) => catalog('acme/site', { 'README.md': README('acme/site'), 'Dockerfile': `FROM ${from}\nCOPY theme /var/www/html/wp-content/themes/\n` });
    const ports = (from: string) => rowOf([site(from)], 'acme/site')?.ports.map((p) => p.port);
    assert.deepStrictEqual(ports('wordpress:6-fpm'), [9000]);
    // wordpress's untagged row lists the -fpm tags' 9000 beside Apache's 80: an Apache tag runs only the 80.
    assert.deepStrictEqual(ports('wordpress:6-apache'), [80]);
    assert.deepStrictEqual(ports('wordpress'), [80]);
    // A tag that is a variable may pick either row.
    assert.strictEqual(ports('wordpress:${WORDPRESS_VARIANT}'), undefined);
    // oleduc/docker-obsidian-livesync-couchdb builds FROM couchdb:3.5.1: CouchDB's ports, not the -nouveau tags' search server.
    assert.deepStrictEqual(ports('docker.io/couchdb:3.5.1'), [4369, 5984, 9100]);
    assert.deepStrictEqual(ports('couchdb:3.5.1-nouveau'), [5987, 5988]);
    assert.deepStrictEqual(exposedPorts('FROM couchdb:3.5.1-nouveau AS search\nFROM search\nRUN echo hi\n'), { ports: [], settings: [], inherits: 'couchdb', inheritsTag: '3.5.1-nouveau' });
  });

  it('takes no image under a placeholder namespace a README tells the reader to replace', () => {
    const folder = catalog('fabriziosalmi/certmate', { 'README.md': 'Run `docker pull fabriziosalmi/certmate`, or build and push your own: `docker build -t your_dockerhub_username/certmate .`\n', Dockerfile: 'FROM python:3.12\nEXPOSE 8000\n' });
    const images = rowsFromCatalogs([folder]).rows.map((r) => r.image);
    assert.ok(images.includes('fabriziosalmi/certmate'), images.join(' '));
    assert.ok(!images.includes('your_dockerhub_username/certmate'), images.join(' '));
  });
});
