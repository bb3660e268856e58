// unreachable-port for a <PREFIX>_HOST / <PREFIX>_PORT pair of settings: `DB_HOST=firefly-pico-postgresql` beside
// `DB_PORT=54322` reaches the postgres service on 54322, where nothing listens (cioraneanu/firefly-pico#67).
import assert from 'assert';
import type { Finding } from '../../src/core/types';
import { createWorkspace } from '../../src/core/workspace/workspace';

function unreachable(text: string): Finding[] {
  const workspace = createWorkspace();
  workspace.set('docker-compose.yml', text);
  return workspace.findings('docker-compose.yml').filter((f) => f.code === 'unreachable-port');
}

const stack = (environment: string) => `services:
  firefly-pico:
    image: cioraneanu/firefly-pico:latest
    environment:
${environment}
  firefly-pico-postgresql:
    image: postgres:latest
    environment:
      - POSTGRES_DB=firefly-pico
`;

describe('unreachable-port: a HOST/PORT pair of settings', () => {
  it('warns on DB_PORT=54322 when DB_HOST names the postgres service, and fixes it to 5432', () => {
    const text = stack('      - DB_HOST=firefly-pico-postgresql\n      - DB_PORT=54322');
    const found = unreachable(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(text.slice(found[0].start, found[0].end), '54322');
    assert.match(found[0].message, /firefly-pico-postgresql:54322/);
    assert.match(found[0].message, /5432/);
    assert.strictEqual(found[0].fix?.edits[0].newText, '5432');
  });

  it('reads the map form too', () => {
    const text = stack('      DB_HOST: firefly-pico-postgresql\n      DB_PORT: 54322');
    assert.strictEqual(unreachable(text).length, 1);
  });

  it('is quiet when the port is right, the host is not a service or not a plain name, or the prefix is empty', () => {
    assert.deepStrictEqual(unreachable(stack('      - DB_HOST=firefly-pico-postgresql\n      - DB_PORT=5432')), []);
    assert.deepStrictEqual(unreachable(stack('      - DB_HOST=db.example.com\n      - DB_PORT=54322')), []);
    assert.deepStrictEqual(unreachable(stack('      - DB_HOST=other-db\n      - DB_PORT=54322')), []);
    assert.deepStrictEqual(unreachable(stack('      - DB_HOST=${UNSET_HOST}\n      - DB_PORT=54322')), []);
    assert.deepStrictEqual(unreachable(stack('      - HOST=firefly-pico-postgresql\n      - PORT=54322')), []);
    assert.deepStrictEqual(unreachable(stack('      - REDIS_HOST=firefly-pico-postgresql\n      - DB_PORT=54322')), []);
  });
});
