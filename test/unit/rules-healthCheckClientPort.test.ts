// unreachable-port: a health check that runs redis-cli or pg_isready with no port while the service's command moves
// the server's port. The positive is getlago/lago before b1e40bd (held-out 11): `redis-cli ping` beside
// `command: --port ${REDIS_PORT:-6379}`. The negatives are the shapes real stacks write when they get it right
// (usetrmnl/terminus: `redis-cli -p ${KEYVALUE_PORT} ping`; coolify's sequin template: `--port 6379`).
import assert from 'assert';
import { checkPorts } from '../../src/core/rules/checkPorts';
import { applyEdits } from './applyEdits';

const lago = (test: string, command = '--port ${REDIS_PORT:-6379}', extra = '') => 'services:\n  db:\n    image: postgres:15\n    ports:\n      - 5432:5432\n'
  + `  redis:\n    image: redis:6.2-alpine\n    container_name: lago-redis\n    healthcheck:\n      test: ${test}\n      interval: 10s\n    command: ${command}\n${extra}`
  + '    ports:\n      - ${REDIS_PORT:-6379}:${REDIS_PORT:-6379}\n';
const found = (text: string) => checkPorts(text, 'compose').filter((f) => f.code === 'unreachable-port');
const at = (text: string) => found(text).map((f) => `${text.slice(f.start, f.end)}@${text.slice(0, f.start).split('\n').length}`);

describe('unreachable-port: a health check whose database client uses its default port while the command moves the server', () => {
  it('reports the client in the test, naming the command\'s port, and fixes it by passing that port', () => {
    const text = lago('["CMD", "redis-cli", "ping"]');
    assert.deepStrictEqual(at(text), ['redis-cli@10']);
    const [f] = found(text);
    assert.strictEqual(f.message, 'The health check runs redis-cli with no port, so it connects to 6379, its default, but the command starts redis on '
      + '${REDIS_PORT:-6379}: the check fails whenever REDIS_PORT moves the port. Pass -p ${REDIS_PORT:-6379}.');
    assert.strictEqual(f.fix?.title, 'Pass -p ${REDIS_PORT:-6379}');
    assert.ok(applyEdits(text, f.fix!.edits).includes('test: ["CMD", "redis-cli", "-p", "${REDIS_PORT:-6379}", "ping"]'));
    // A literal port, a string test, a list command, valkey.
    const literal = lago('redis-cli ping || exit 1', '["redis-server", "--port", "6380"]');
    assert.deepStrictEqual(at(literal), ['redis-cli@10']);
    assert.match(found(literal)[0].message, /starts redis on port 6380: nothing answers the check\. Pass -p 6380\.$/);
    assert.ok(applyEdits(literal, found(literal)[0].fix!.edits).includes('test: redis-cli -p 6380 ping || exit 1'));
    assert.deepStrictEqual(at(lago('["CMD", "valkey-cli", "ping"]', 'valkey-server --port 6380')), ['valkey-cli@10']);
  });

  it('pg_isready beside postgres moved by -p or -c port=', () => {
    const postgres = (test: string, command: string, env = '') => `services:\n  db:\n    image: postgres:16\n${env}    command: ${command}\n    healthcheck:\n      test: ${test}\n    ports:\n      - "5433:5433"\n`;
    assert.deepStrictEqual(at(postgres('["CMD-SHELL", "pg_isready -U postgres"]', '-p 5433')), ['pg_isready@6']);
    assert.deepStrictEqual(at(postgres('["CMD-SHELL", "pg_isready -U postgres"]', 'postgres -c port=5433')), ['pg_isready@6']);
    // pg_isready reads PGPORT as the server does; a port or host of its own.
    assert.deepStrictEqual(at(postgres('["CMD-SHELL", "pg_isready -U postgres"]', '-p 5433', '    environment:\n      PGPORT: 5433\n')), []);
    assert.deepStrictEqual(at(postgres('["CMD-SHELL", "pg_isready -U postgres -p 5433"]', '-p 5433')), []);
    assert.deepStrictEqual(at(postgres('["CMD-SHELL", "pg_isready -h db"]', '-p 5433')), []);
    // Another program's port says nothing about a database's; libpq's PGHOST sends pg_isready elsewhere.
    assert.deepStrictEqual(at(postgres('["CMD-SHELL", "pg_isready"]', 'uvicorn main:app --port=8000')), []);
    assert.deepStrictEqual(at(postgres('["CMD-SHELL", "pg_isready"]', '-p 5433', '    environment:\n      - PGHOST=db\n')), []);
  });

  it('negatives: the client names the port, a URL, a socket or a host; the command keeps the default or moves nothing', () => {
    assert.deepStrictEqual(at(lago('["CMD", "redis-cli", "-p", "${REDIS_PORT:-6379}", "ping"]')), []);
    assert.deepStrictEqual(at(lago('["CMD-SHELL", "redis-cli -p ${KEYVALUE_PORT} ping || exit 1"]', '--port ${KEYVALUE_PORT}')), []);
    assert.deepStrictEqual(at(lago('["CMD", "redis-cli", "-u", "redis://localhost:6380", "ping"]', '--port 6380')), []);
    assert.deepStrictEqual(at(lago('["CMD", "redis-cli", "-s", "/tmp/redis.sock", "ping"]', '--port 6380')), []);
    assert.deepStrictEqual(at(lago('["CMD", "redis-cli", "--raw", "incr", "ping"]', '["redis-server", "--port", "6379"]')), []);
    assert.deepStrictEqual(at(lago('["CMD", "redis-cli", "ping"]', 'redis-server --appendonly yes --save 60 1000')), []);
    assert.deepStrictEqual(at(lago('["CMD", "redis-cli", "ping"]', 'redis-server --port 6379 --appendonly yes')), []);
    assert.deepStrictEqual(at(lago('["CMD", "redis-cli", "ping"]', 'node server.js --port 6380')), []);
    // No command: the image's default port, which the client's default is.
    assert.deepStrictEqual(at('services:\n  redis:\n    image: redis:7\n    ports:\n      - "6379:6379"\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n'), []);
  });
});
