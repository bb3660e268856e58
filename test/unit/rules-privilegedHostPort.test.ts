import * as assert from 'assert';
import { checkPorts } from '../../src/core/rules/checkPorts';
import type { ConfigFormat } from '../../src/core/types';

function privileged(text: string, format: ConfigFormat = 'compose') {
  return checkPorts(text, format).filter((f) => f.code === 'privileged-host-port');
}

describe('rule privileged-host-port', () => {
  it('marks host port 80 in "80:80" as info, explaining rootless engines and CAP_NET_BIND_SERVICE', () => {
    const text = 'services:\n  web:\n    image: nginx\n    ports:\n      - "80:80"\n      - "443:443"\n';
    const found = privileged(text);
    assert.strictEqual(found.length, 2);
    assert.strictEqual(text.slice(found[0].start, found[0].end), '80');
    assert.strictEqual(found[0].start, text.indexOf('80:80'));
    assert.strictEqual(found[0].severity, 'info');
    assert.match(found[0].message, /rootless/);
    assert.match(found[0].message, /CAP_NET_BIND_SERVICE/);
    assert.match(found[0].message, /8080/);
    assert.match(found[1].message, /8443/);
  });

  it('stops at 1023 and ignores container ports below 1024 and host port 0 (any free port)', () => {
    const text = 'services:\n  web:\n    image: nginx\n    ports:\n      - "1023:80"\n      - "1024:80"\n      - "8080:80"\n      - "80"\n      - "0:81"\n';
    const found = privileged(text);
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['1023']);
  });

  it('marks a long-syntax published port', () => {
    const text = 'services:\n  web:\n    image: nginx\n    ports:\n      - target: 80\n        published: 443\n';
    const found = privileged(text);
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['443']);
  });

  it('leaves Dockerfile EXPOSE and nginx listen alone (they bind inside the container or as root)', () => {
    assert.deepStrictEqual(privileged('FROM nginx\nEXPOSE 80\n', 'dockerfile'), []);
    assert.deepStrictEqual(privileged('server {\n  listen 80;\n}\n', 'nginx'), []);
  });
});
