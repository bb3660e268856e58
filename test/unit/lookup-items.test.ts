// What the lookup command's pickers show: the core's ranking kept, why nothing is found, and an entry that can
// be read one service per row.
import * as assert from 'assert';
import { lookupPort, type PortInfo } from '../../src/core';
import { entryRows, entryTitle, lookupRows, unmatchableDigits } from '../../src/features/lookupItems';

const plain = (label: string) => label.replace(/\u2060/g, '');

describe('lookup pickers', () => {
  it('"80": the rows in the core\'s order (80, 8080, 8000 first), labels the picker cannot match and so cannot reorder', () => {
    const rows = lookupRows('80', 50);
    assert.deepStrictEqual(rows.slice(0, 3).map((row) => plain(row.label)), ['80', '8080', '8000']);
    for (const row of rows) {
      assert.ok(!row.label.includes('80'), `"${row.label}" would match what was typed`);
      assert.strictEqual(plain(row.label), String(row.info?.port));
    }
    assert.strictEqual(unmatchableDigits(8080), '8\u20600\u20608\u20600');
  });

  it('no dangling separator in a row\'s detail when the registry has no description', () => {
    for (const query of ['80', '800', '801', '802', 'web server']) {
      for (const row of lookupRows(query, 50)) assert.ok(!/·\s*$/.test(row.detail ?? ''), `${query}: "${row.detail}"`);
    }
    const undescribed: PortInfo = { port: 802, class: 'well-known', services: [{ name: 'x', protocols: ['tcp'], description: '', source: 'iana' }] };
    assert.strictEqual(entryRows(undescribed)[0].detail, undefined);
  });

  it('"web server" puts 80 and 443 first', () => {
    assert.deepStrictEqual(lookupRows('web server', 50).slice(0, 2).map((row) => row.info?.port), [80, 443]);
  });

  it('"70000" and "zzzz" get one row that says why there is nothing, and is no port', () => {
    const [range, ...none] = lookupRows('70000', 50);
    assert.deepStrictEqual(none, []);
    assert.strictEqual(range.label, '70000 is out of range: port numbers run from 0 to 65535.');
    assert.strictEqual(range.info, undefined);
    const [named] = lookupRows('zzzz', 50);
    assert.strictEqual(named.label, 'No port or service named or described as "zzzz".');
    assert.strictEqual(named.info, undefined);
  });

  it('the entry: a title with the range, one row per service with its protocols, source, description and citations', () => {
    const info = lookupPort(80)!;
    assert.strictEqual(entryTitle(info), 'Port 80 · well-known (0–1023)');
    const rows = entryRows(info);
    assert.deepStrictEqual(rows.map((row) => row.label), info.services.map((service) => service.name));
    const http = rows.find((row) => row.label === 'http' && row.description === 'tcp/udp · IANA');
    assert.ok(http, rows.map((row) => `${row.label} ${row.description}`).join('\n'));
    assert.strictEqual(http.detail, 'World Wide Web HTTP · cites RFC 9110');
    assert.match(http.url ?? '', /^https:\/\/www\.iana\.org\//);
    assert.deepStrictEqual(entryRows(lookupPort(4)!), [{ label: 'No service is registered on this port.' }]);
  });
});
