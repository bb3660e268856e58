// container-port-mismatch: one container port published under a host variable named for HTTP and one named for
// HTTPS. The positive is okxlin/appstore's OpenSpeedTest before 806a024 (held-out 1), fixed by mapping the HTTPS
// variable to 3001, the image's HTTPS port. The tests use an image the table does not know, so its port checks stay out.
import assert from 'assert';
import { checkPorts } from '../../src/core/rules/checkPorts';

const compose = (http: string, https: string) => `services:\n  speedtest:\n    image: example/speedtest\n    ports:\n      - ${http}\n      - ${https}\n`;
const found = (text: string) => checkPorts(text, 'compose').filter((f) => f.code === 'container-port-mismatch');

describe('container-port-mismatch: one container port under an HTTP and an HTTPS host variable', () => {
  it('reports the HTTPS entry, naming both variables', () => {
    const text = compose('${PANEL_APP_PORT_HTTP}:3000', '${PANEL_APP_PORT_HTTPS}:3000');
    const findings = found(text);
    assert.deepStrictEqual(findings.map((f) => `${text.slice(f.start, f.end)}@${text.slice(0, f.start).split('\n').length}`), ['3000@6']);
    assert.strictEqual(findings[0].message, 'PANEL_APP_PORT_HTTPS names HTTPS, but it maps to container port 3000, the same port PANEL_APP_PORT_HTTP publishes as plain HTTP: a port speaks TLS or not, so map PANEL_APP_PORT_HTTPS to the container\'s HTTPS port.');
    // Either order, with defaults, quotes, a host address, SSL for HTTPS.
    assert.strictEqual(found(compose('"127.0.0.1:${SSL_PORT:-8443}:8080"', '"${WEB_HTTP_PORT:-8080}:8080"')).length, 1);
  });

  it('negatives: different container ports, names that do not say HTTP and HTTPS, literal host ports, TCP beside UDP, two services', () => {
    assert.deepStrictEqual(found(compose('${PANEL_APP_PORT_HTTP}:3000', '${PANEL_APP_PORT_HTTPS}:3001')), []);
    assert.deepStrictEqual(found(compose('${WEB_PORT}:3000', '${HTTP_PORT}:3000')), []);
    assert.deepStrictEqual(found(compose('"80:3000"', '"443:3000"')), []);
    // Two names that both say TLS agree.
    assert.deepStrictEqual(found(compose('${HTTPS_PORT}:8443', '${SSL_PORT}:8443')), []);
    assert.deepStrictEqual(found(compose('${HTTP_PORT}:443', '${HTTPS_PORT}:443/udp')), []);
    const two = 'services:\n  a:\n    image: example/a\n    ports:\n      - ${A_HTTP_PORT}:80\n  b:\n    image: example/b\n    ports:\n      - ${B_HTTPS_PORT}:80\n';
    assert.deepStrictEqual(found(two), []);
  });
});
