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

  it('follows a base that another owner repository read states, and gives nothing for a base of rows per tag or no row', () => {
    const base = catalog('acme/base', { 'README.md': README('acme/base'), 'Dockerfile': 'FROM alpine\nEXPOSE 7700\n' });
    const child = catalog('acme/child', { 'README.md': README('acme/child'), 'Dockerfile': 'FROM acme/base:1\nCOPY plugin /plugins/\n' });
    assert.deepStrictEqual(rowOf([base, child], 'acme/child')?.ports.map((p) => p.port), [7700]);
    assert.strictEqual(rowOf([child], 'acme/child'), undefined);
    // A repository is a source of the table only where its claim got its base's ports.
    assert.deepStrictEqual(rowsFromCatalogs([base, child]).sources.map((s) => [s.repo, s.claims]), [['acme/base', 1], ['acme/child', 1]]);
    assert.deepStrictEqual(rowsFromCatalogs([child]).sources, []);
    const fpm = catalog('acme/site', { 'README.md': README('acme/site'), 'Dockerfile': 'FROM wordpress:6-fpm\nCOPY theme /var/www/html/wp-content/themes/\n' });
    assert.strictEqual(rowOf([fpm], 'acme/site'), undefined);
  });

  it('takes no image under a placeholder namespace a README tells the reader to replace', () => {
    const folder = catalog('fabriziosalmi/certmate', { 'README.md': 'Run `docker pull fabriziosalmi/certmate`, or build and push your own: `docker build -t your_dockerhub_username/certmate .`\n', Dockerfile: 'FROM python:3.12\nEXPOSE 8000\n' });
    const images = rowsFromCatalogs([folder]).rows.map((r) => r.image);
    assert.ok(images.includes('fabriziosalmi/certmate'), images.join(' '));
    assert.ok(!images.includes('your_dockerhub_username/certmate'), images.join(' '));
  });
});
