// Precision fixes for images known only from the rows generated from catalogs: a tag that picks one part of a
// project is not judged by the untagged image's row, and a database or cache whose row has no sensitive kind is
// still judged by its port's common use.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { installCatalogTable } from '../../src/core/images/catalogTable';
import { isGeneratedImage, lookupImage } from '../../src/core/images/lookupImage';
import { checkPorts } from '../../src/core/rules/checkPorts';
import { createWorkspace } from '../../src/core';

const root = join(__dirname, '../..');

function codes(text: string, code: string) {
  return checkPorts(text, 'compose').filter((f) => f.code === code);
}

describe('generated image rows', () => {
  before(() => assert.ok(installCatalogTable(readFileSync(join(root, 'src/core/images/generated/catalogImages.data'), 'utf8'))));

  describe('a tag that names a component of the project', () => {
    it('a tag that names other software listening on the published port is that software (checkmate:redis-dist on 6379)', () => {
      // bluewave-labs/checkmate's docker/dist/docker-compose.yaml publishes Redis and MongoDB under the app's image name.
      const checkmate = (tag: string, ports: string) => `services:\n  redis:\n    image: ghcr.io/bluewave-labs/checkmate:${tag}\n    ports:\n      - "${ports}"\n`;
      assert.deepStrictEqual(codes(checkmate('redis-dist', '6379:6379'), 'container-port-mismatch'), []);
      assert.deepStrictEqual(codes(checkmate('mongo-dist', '27017:27017'), 'container-port-mismatch'), []);
      // Neither Redis nor Checkmate listens on 8080; a tag without such a word keeps the image's row.
      assert.strictEqual(codes(checkmate('redis-dist', '8080:8080'), 'container-port-mismatch').length, 1);
      assert.strictEqual(codes(checkmate('v2.1', '6379:6379'), 'container-port-mismatch').length, 1);
    });

    // Haxxnet/Compose-Examples examples/mealie: the frontend tag serves on 3000, the untagged row says 9000.
    const mealie = 'services:\n  mealie-frontend:\n    image: hkotel/mealie:frontend-v1.0.0beta-5\n    ports:\n      - 9925:3000\n'
      + '  mealie-api:\n    image: hkotel/mealie:api-v1.0.0beta-5\n    ports:\n      - 9926:9000\n';

    it('is not judged by the untagged image\'s row (no container-port-mismatch on mealie\'s frontend)', () => {
      assert.ok(lookupImage('hkotel/mealie'), 'the untagged image has a row');
      assert.strictEqual(lookupImage('hkotel/mealie:frontend-v1.0.0beta-5'), undefined);
      assert.deepStrictEqual(codes(mealie, 'container-port-mismatch'), []);
    });

    it('keeps the row for tags that only name a version or a base (latest, 1.2-alpine, nightly)', () => {
      for (const tag of ['latest', 'v1.0.0beta-5', '1.2-alpine', 'nightly']) assert.ok(lookupImage(`hkotel/mealie:${tag}`), tag);
      const wrong = 'services:\n  mealie:\n    image: hkotel/mealie:latest\n    ports:\n      - 9925:3000\n';
      assert.strictEqual(codes(wrong, 'container-port-mismatch').length, 1);
    });

    it('still lets a tag with its own row pick that row (php:8-fpm-alpine is the FastCGI row)', () => {
      assert.ok(lookupImage('php:8-fpm-alpine')?.ports.some((p) => p.port === 9000));
    });
  });

  describe('exposed-all-interfaces for a generated row with no sensitive kind', () => {
    const valkey = (ports: string, image = 'valkey/valkey:8-alpine') => `services:\n  cache:\n    image: ${image}\n    ports:\n${ports}`;

    it('warns on valkey/valkey 6379 published on every interface, going by the number', () => {
      assert.ok(isGeneratedImage('valkey/valkey:8-alpine'));
      const text = valkey('      - "6379:6379"\n');
      const found = codes(text, 'exposed-all-interfaces');
      assert.strictEqual(found.length, 1);
      assert.strictEqual(found[0].start, text.indexOf('6379'));
      assert.match(found[0].message, /Valkey/);
      assert.match(found[0].message, /Redis/);
    });

    it('stays quiet when bound to 127.0.0.1, or for a curated row', () => {
      assert.deepStrictEqual(codes(valkey('      - "127.0.0.1:6379:6379"\n'), 'exposed-all-interfaces'), []);
      assert.strictEqual(isGeneratedImage('grafana/grafana'), false);
    });

    it('stays quiet on a port the row says serves a web UI (autobrr on 7474, not Neo4j)', () => {
      const text = 'services:\n  autobrr:\n    image: ghcr.io/autobrr/autobrr:latest\n    ports:\n      - 7474:7474\n';
      assert.ok(lookupImage('ghcr.io/autobrr/autobrr:latest'));
      assert.deepStrictEqual(codes(text, 'exposed-all-interfaces'), []);
    });

    it('warns on an HTTP port the image is named for: opensearchproject/opensearch on 9200', () => {
      const text = 'services:\n  search:\n    image: opensearchproject/opensearch:3.5.0\n    ports:\n      - 9200:9200\n';
      assert.ok(isGeneratedImage('opensearchproject/opensearch:3.5.0'));
      const found = codes(text, 'exposed-all-interfaces');
      assert.strictEqual(found.length, 1);
      assert.match(found[0].message, /Elasticsearch/);
    });

    it('stays quiet on a crowded number the image names none of (hkotel/mealie on 9000 is not MinIO)', () => {
      const text = 'services:\n  mealie:\n    image: hkotel/mealie:latest\n    ports:\n      - 9000:9000\n';
      assert.deepStrictEqual(codes(text, 'exposed-all-interfaces'), []);
    });
  });

  describe('unreachable-port and a generated row', () => {
    // getumbrel/umbrel-apps adventurelog: the backend publishes 80 and serves its API to the frontend on 8000;
    // the stores list only the published 80.
    const stack = (image: string) => 'services:\n  web:\n    image: seanmorley15/adventurelog-frontend:v0.13.0\n    environment:\n'
      + '      PUBLIC_SERVER_URL: "http://server:8000"\n  server:\n    image: ' + image + '\n    ports:\n      - "8016:80"\n';
    const unreachable = (text: string) => {
      const workspace = createWorkspace();
      workspace.set('compose.yaml', text);
      return workspace.findings('compose.yaml').filter((f) => f.code === 'unreachable-port');
    };

    it('a generated row names some of the ports, not all: no finding on a port it does not list', () => {
      assert.ok(isGeneratedImage('seanmorley15/adventurelog-backend:v0.13.0'));
      assert.deepStrictEqual(unreachable(stack('seanmorley15/adventurelog-backend:v0.13.0')), []);
    });

    it('a curated row still says where the software listens: nginx on 8000 is warned', () => {
      assert.strictEqual(unreachable(stack('nginx:1.27')).length, 1);
    });
  });
});
