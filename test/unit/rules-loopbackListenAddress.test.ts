// unreachable-port: a listen address setting on the container's own loopback while the service publishes that port.
// The positive is slowlydev/f1-dash before 9252451 (held-out 9): BACKEND_ADDRESS=127.0.0.1:4001 beside ports 4001:4001.
import assert from 'assert';
import { checkPorts } from '../../src/core/rules/checkPorts';

const compose = (env: string, extra = '') =>
  `services:\n  api-backend:\n    build: ./api-backend/\n${extra}    ports:\n      - 4001:4001\n    environment:\n      ${env}\n      - LOG_LEVEL=info\n`;
const at = (text: string) => checkPorts(text, 'compose').filter((f) => f.code === 'unreachable-port')
  .map((f) => `${text.slice(f.start, f.end)}@${text.slice(0, f.start).split('\n').length}`);

describe('unreachable-port: a listen address on the loopback of the container that publishes the port', () => {
  it('reports the setting, naming the published port', () => {
    const text = compose('- BACKEND_ADDRESS=127.0.0.1:4001');
    assert.deepStrictEqual(at(text), ['BACKEND_ADDRESS=127.0.0.1:4001@7']);
    const [f] = checkPorts(text, 'compose').filter((x) => x.code === 'unreachable-port');
    assert.strictEqual(f.message, 'BACKEND_ADDRESS binds api-backend to 127.0.0.1, the loopback of its own container, but ports: publishes container port 4001, which arrives on the container\'s network interface: nothing answers there or from the other services, so bind to 0.0.0.0:4001.');
    // A map, localhost, LISTEN and BIND words.
    const map = 'services:\n  app:\n    image: example/app\n    ports:\n      - "8080:8080"\n    environment:\n      LISTEN_ADDR: "localhost:8080"\n';
    assert.deepStrictEqual(at(map), ['"localhost:8080"@7']);
  });

  it('negatives: all interfaces, a URL, another port, a name that is not a listen address, another network namespace', () => {
    assert.deepStrictEqual(at(compose('- BACKEND_ADDRESS=0.0.0.0:4001')), []);
    assert.deepStrictEqual(at(compose('- BACKEND_ADDRESS=http://127.0.0.1:4001')), []);
    assert.deepStrictEqual(at(compose('- METRICS_ADDRESS=127.0.0.1:9090')), []);
    assert.deepStrictEqual(at(compose('- REDIS_URL=localhost:4001')), []);
    assert.deepStrictEqual(at(compose('- BACKEND_ADDRESS=127.0.0.1:4001', '    network_mode: host\n')), []);
  });
});
