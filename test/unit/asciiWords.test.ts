// asciiWords.ts answers as the case-insensitive patterns it replaced (route-protocol-mismatch's words, the
// health check's local host): compared with those patterns on generated text, with the characters where a
// case-insensitive match could differ (ſ, K, İ, ı, letters next to _ and digits); and traefikLabels.ts, the Traefik
// label patterns of the Compose labels reader, likewise.
import * as assert from 'assert';
import fc from 'fast-check';
import { firstWord, localHostBeforeColon, asciiCaseAt, isWordChar, namesWord } from '../../src/core/asciiWords';
import { isTraefikV1Port, traefikRouter, traefikServiceName, traefikServicePort } from '../../src/core/formats/traefikLabels';

const NOT_HTTP_WORDS = ['SSH', 'MQTT', 'AMQP', 'SMTP', 'IMAP', 'POP3', 'DNS', 'PostgreSQL', 'MySQL', 'MariaDB', 'Redis', 'MongoDB', 'LDAP', 'gossip',
  'RPC', 'BitTorrent', 'WireGuard', 'syslog', 'FastCGI', 'native protocol'];
const NOT_HTTP = /\b(SSH|MQTT|AMQP|SMTP|IMAP|POP3|DNS|PostgreSQL|MySQL|MariaDB|Redis|MongoDB|LDAP|gossip|RPC|BitTorrent|WireGuard|syslog|FastCGI|native protocol)\b/i;
const SAYS_HTTP_WORDS = ['HTTP', 'web', 'UI', 'API', 'dashboard', 'console'];
const SAYS_HTTP = /\b(HTTP|web|UI|API|dashboard|console)\b/i;
const LOCAL_HOST = /(^|[^A-Za-z0-9_.-])(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]):$/i;
const HTTP_HEALTHCHECK = /http:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]):$/i;

/** Text made of the words' pieces, their other cases and the characters around which a case-insensitive match turns. */
const pieces = ['SSH', 'ssh', 'sSh', 'postgresql', 'PostgreSQL', 'POSTGRES', 'mysql', 'MySQLx', 'native protocol', 'NATIVE PROTOCOL', 'native  protocol',
  'pop3', 'POP', '3', 'web', 'WEB', 'ui', 'Ui', 'api', 'Dashboard', 'console', 'http', 'HTTP', 'https', 'http://', 'HTTP://', 'localhost', 'LocalHost',
  'loca', 'lhost', '127.0.0.1', '0.0.0.0', '[::1]', '[::1', ':', '.', '-', '_', ' ', '/', '(', ')', 'x', '9', 'ſ', 'K', 'İ', 'ı', 'é', '\n', 'ssſ', 'mqtt', 'MQTT'];
const soup = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''));

describe('asciiWords: the patterns it replaced, written out', () => {
  it('firstWord finds what /\\b(…)\\b/i finds: the same place and the same text', () => {
    fc.assert(fc.property(soup, (text) => {
      for (const [words, pattern] of [[NOT_HTTP_WORDS, NOT_HTTP], [SAYS_HTTP_WORDS, SAYS_HTTP]] as const) {
        const match = pattern.exec(text);
        assert.deepStrictEqual(firstWord(text, words), match ? { start: match.index, text: match[0] } : undefined, JSON.stringify(text));
      }
    }), { numRuns: 20_000, seed: 17 });
  });

  it('localHostBeforeColon answers as the health check and local host patterns do', () => {
    fc.assert(fc.property(soup, (text) => {
      const host = localHostBeforeColon(text);
      const c = host > 0 ? text.charCodeAt(host - 1) : -1;
      const local = host >= 0 && (c < 0 || !(isWordChar(c) || c === 0x2e || c === 0x2d));
      assert.strictEqual(local, LOCAL_HOST.test(text), JSON.stringify(text));
      assert.strictEqual(host >= 0 && asciiCaseAt(text, host - 7, 'http://'), HTTP_HEALTHCHECK.test(text), JSON.stringify(text));
    }), { numRuns: 20_000, seed: 17 });
  });

  it('namesWord answers as /(?:^|_)(?:WORD|…)(?:_|$)/i, as the UDP names of a ports entry are read', () => {
    const UDP_NAME = /(?:^|_)(?:QUIC|UDP|WIREGUARD)(?:_|$)/i;
    const NOT_UDP_NAME = /(?:^|_)(?:UI|WEB|HTTPS?|ADMIN|API|DASHBOARD|TCP|GUI)(?:_|$)/i;
    const parts = ['QUIC', 'quic', 'Udp', 'UDPX', 'XUDP', 'WIREGUARD', 'wireguard', 'UI', 'ui', 'WEB', 'HTTP', 'https', 'HTTPSS', 'ADMIN', 'API',
      'DASHBOARD', 'TCP', 'GUI', 'PORT', 'APP', '', '1', 'ſ', 'K', 'ı'];
    const name = fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 6 }).chain((words) =>
      fc.constantFrom('_', '_', '', '-', '__').map((sep) => words.join(sep)));
    fc.assert(fc.property(name, (text) => {
      assert.strictEqual(namesWord(text, ['QUIC', 'UDP', 'WIREGUARD']), UDP_NAME.test(text), JSON.stringify(text));
      assert.strictEqual(namesWord(text, ['UI', 'WEB', 'HTTP', 'HTTPS', 'ADMIN', 'API', 'DASHBOARD', 'TCP', 'GUI']), NOT_UDP_NAME.test(text), JSON.stringify(text));
    }), { numRuns: 20_000, seed: 17 });
  });

  it('pairs an ASCII letter only with its other case, as a pattern without the u flag does', () => {
    assert.ok(asciiCaseAt('PostgreSQL', 0, 'postgresql'));
    assert.ok(!asciiCaseAt('ſsh', 0, 'SSH'), 'ſ (long s) upper-cases to S, but a pattern without u does not pair it');
    assert.ok(!asciiCaseAt('\u212Aey', 0, 'key'), 'the Kelvin sign lower-cases to k');
    assert.ok(!asciiCaseAt('[::1]', 0, '{::1]'), '[ and { differ by the case bit but are not letters');
    assert.strictEqual(firstWord('a MongoDB_x or mongodb port', NOT_HTTP_WORDS)?.text, 'mongodb');
  });
});

describe('traefikLabels: the Traefik label patterns, read by parts', () => {
  const TRAEFIK_PORT = /^traefik\.(http|tcp|udp)\.services\.[^.]+\.loadbalancer\.server\.port$/i;
  const TRAEFIK_V1_PORT = /^traefik\.(?:[^.]+\.)?port$/i;
  const TRAEFIK_ROUTER = /^traefik\.(?:http|tcp|udp)\.routers\.([^.]+)\.(.+)$/i;
  const TRAEFIK_SERVICE_NAME = /^traefik\.(?:http|tcp|udp)\.services\.([^.]+)\./i;
  const parts = ['traefik', 'Traefik', 'TRAEFIK', 'traefikk', 'http', 'HTTP', 'tcp', 'Udp', 'https', 'services', 'SERVICES', 'routers', 'Routers',
    'web', 'my-svc', '', 'loadbalancer', 'LoadBalancer', 'server', 'port', 'PORT', 'ports', 'service', 'rule', 'a\nb', 'x\r', '\u2028', 'ſ', 'K', 'İ'];
  const key = fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 8 }).chain((words) =>
    fc.constantFrom('.', '.', '.', '_', '..').map((sep) => words.join(sep)));

  it('answer as the patterns, on keys made of the label words in any case and their near misses', () => {
    fc.assert(fc.property(key, (text) => {
      const port = TRAEFIK_PORT.exec(text);
      assert.strictEqual(traefikServicePort(text), port ? port[1] : undefined, JSON.stringify(text));
      assert.strictEqual(isTraefikV1Port(text), TRAEFIK_V1_PORT.test(text), JSON.stringify(text));
      const router = TRAEFIK_ROUTER.exec(text);
      assert.deepStrictEqual(traefikRouter(text), router ? { router: router[1], option: router[2] } : undefined, JSON.stringify(text));
      assert.strictEqual(traefikServiceName(text), TRAEFIK_SERVICE_NAME.exec(text)?.[1], JSON.stringify(text));
    }), { numRuns: 30_000, seed: 17 });
    assert.strictEqual(traefikServicePort('traefik.HTTP.services.web.loadbalancer.server.port'), 'HTTP');
    assert.deepStrictEqual(traefikRouter('traefik.http.routers.web.tls.certresolver'), { router: 'web', option: 'tls.certresolver' });
    // `.` matches no line terminator: an option with one is no router option, for the pattern as here.
    for (const end of ['\n', '\r', '\u2028', '\u2029']) {
      const text = `traefik.http.routers.web.rule${end}x`;
      assert.strictEqual(TRAEFIK_ROUTER.test(text), false);
      assert.strictEqual(traefikRouter(text), undefined, JSON.stringify(text));
    }
  });
});
