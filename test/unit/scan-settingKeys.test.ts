import assert from 'assert';
import { isAddressKey, isPortKey, isSpaceCode } from '../../src/core/formats/portSettings';
import { scanDotenv } from '../../src/core/formats/dotenv';

// The setting readers classify keys and trim values by character code, in place (they run on every line of a large
// .env file). These tests hold them to the definitions they replace: the upper-cased key against the patterns, and
// what /\s/ (and String.prototype.trim) count as white space.

/** The key rules as written before: upper-case the key, then match. */
const portKeyByPattern = (key: string) => {
  const k = key.toUpperCase();
  return k === 'PORT' || k === 'PORTS' || k.endsWith('_PORT') || k.endsWith('_PORTS') || k === 'PGPORT';
};
const addressKeyByPattern = (key: string) =>
  /(^|_)(ADDR|ADDRESS|ADDRESSES|HOST|HOSTS|SERVER|SERVERS|BROKER|BROKERS|ENDPOINT|ENDPOINTS|LISTEN|BIND)$/.test(key.toUpperCase());

/** Keys made of pieces that sit near the rules' edges: both cases, `_` in odd places, and non-ASCII letters whose
 *  upper case is ASCII or longer ('ſ' → 'S', 'ı' → 'I', 'ß' → 'SS'). */
function* keys(): Generator<string> {
  const pieces = ['PORT', 'port', 'Port', 'PORTS', 'ports', 'S', 's', '_', '__', 'PG', 'pg', 'DB', 'X', '1', '.', '-', 'ADDR', 'addr', 'ESS', 'ESSES',
    'HOST', 'host', 'hosts', 'SERVER', 'server', 'Servers', 'BROKER', 'ENDPOINT', 'endpoints', 'LISTEN', 'listen', 'BIND', 'bind', 'ſ', 'ı', 'ß', 'é', 'ᴘ'];
  let seed = 17;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (const a of pieces) {
    yield a;
    for (const b of pieces) yield a + b;
  }
  for (let n = 0; n < 20000; n++) {
    let key = '';
    const count = 1 + Math.floor(random() * 4);
    for (let k = 0; k < count; k++) key += pieces[Math.floor(random() * pieces.length)];
    yield key;
  }
}

describe('setting keys and values read in place', () => {
  it('isPortKey and isAddressKey say what the upper-cased key against the patterns says, for any key', () => {
    let checked = 0;
    for (const key of keys()) {
      assert.strictEqual(isPortKey(key), portKeyByPattern(key), `isPortKey(${JSON.stringify(key)})`);
      assert.strictEqual(isAddressKey(key), addressKeyByPattern(key), `isAddressKey(${JSON.stringify(key)})`);
      checked++;
    }
    assert.ok(checked > 20000);
    // The cases the rules name, and their edges.
    assert.deepStrictEqual(['PORT', 'db_port', 'Web_Ports', 'pgport', 'X_PGPORT', 'EXPORT', 'PORTAL', 'ſERVICE_PORT'].map(isPortKey),
      [true, true, true, true, false, false, false, true]);
    assert.deepStrictEqual(['REDIS_ADDR', 'kafka_bootstrap_servers', 'HOST', 'GHOST', 'MY_HOSTNAME', 'SMTP_ADDREß'].map(isAddressKey),
      [true, true, true, false, false, true]);
  });

  it('isSpaceCode is /\\s/ for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) assert.strictEqual(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('a value of white space only is no setting; white space around a port is not part of it', () => {
    const text = 'A_PORT=\u00a0\u3000\nB_PORT=\u2028\u00a0 8080\u00a0\nC_PORTS=80, 443\n';
    assert.deepStrictEqual(scanDotenv(text).mentions.map((m) => [m.context, m.port, text.slice(m.start, m.end)]),
      [['B_PORT', 8080, '8080'], ['C_PORTS', 80, '80'], ['C_PORTS', 443, '443']]);
    assert.deepStrictEqual(scanDotenv(text).problems, []);
  });

  it('plain ports and listen lists read in place say what the patterns say: out of range, flags, addresses', () => {
    const text = 'A_PORT=65535\nB_PORT=65536\nC_PORT=08080\nD_PORTS=80o,443os,[::]:443os\nE_PORTS=8082,99999\nF_PORT=123456\n';
    const scan = scanDotenv(text);
    assert.deepStrictEqual(scan.mentions.map((m) => [m.context, m.port, text.slice(m.start, m.end)]),
      [['A_PORT', 65535, '65535'], ['C_PORT', 8080, '08080'], ['D_PORTS', 80, '80'], ['D_PORTS', 443, '443'], ['D_PORTS', 443, '443'], ['E_PORTS', 8082, '8082']]);
    assert.deepStrictEqual(scan.problems.map((p) => [p.code, text.slice(p.start, p.end)]),
      [['invalid-port', '65536'], ['invalid-port', '99999'], ['invalid-port', '123456']]);
  });
});
