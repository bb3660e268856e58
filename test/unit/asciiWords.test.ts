// asciiWords.ts answers as the case-insensitive patterns it replaced (route-protocol-mismatch's words, the
// health check's local host): compared with those patterns on generated text, with the characters where a
// case-insensitive match could differ (ſ, K, İ, ı, letters next to _ and digits).
import * as assert from 'assert';
import fc from 'fast-check';
import { firstWord, localHostBeforeColon, asciiCaseAt, isWordChar } from '../../src/core/asciiWords';

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

  it('pairs an ASCII letter only with its other case, as a pattern without the u flag does', () => {
    assert.ok(asciiCaseAt('PostgreSQL', 0, 'postgresql'));
    assert.ok(!asciiCaseAt('ſsh', 0, 'SSH'), 'ſ (long s) upper-cases to S, but a pattern without u does not pair it');
    assert.ok(!asciiCaseAt('\u212Aey', 0, 'key'), 'the Kelvin sign lower-cases to k');
    assert.ok(!asciiCaseAt('[::1]', 0, '{::1]'), '[ and { differ by the case bit but are not letters');
    assert.strictEqual(firstWord('a MongoDB_x or mongodb port', NOT_HTTP_WORDS)?.text, 'mongodb');
  });
});
