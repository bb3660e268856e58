import * as assert from 'assert';
import { lookupPort, setCustomPorts } from '../../src/core/registry/registry';
import { COMMON_PORTS_TABLE } from '../../src/core/registry/commonPorts';
import { allCommonServices, commonRows, commonServicesByScan, commonServicesOn, parseCommonRow } from '../../src/core/registry/commonIndex';
import { ianaTable } from '../../src/core/registry/ianaIndex';
import type { Protocol } from '../../src/core/types';
import { plainRecords } from './registrySource';


describe('registry: the seed ports read right', () => {
  const seed: [number, RegExp, Protocol[]][] = [
    [20, /FTP data/, ['tcp']],
    [21, /FTP control/, ['tcp']],
    [22, /SSH/, ['tcp']],
    [23, /Telnet/, ['tcp']],
    [25, /SMTP/, ['tcp']],
    [53, /DNS/, ['tcp', 'udp']],
    [67, /DHCP server/, ['udp']],
    [68, /DHCP client/, ['udp']],
    [80, /^HTTP$/, ['tcp']],
    [110, /POP3/, ['tcp']],
    [143, /IMAP/, ['tcp']],
    [443, /HTTPS/, ['tcp', 'udp']],
    [465, /SMTPS/, ['tcp']],
    [993, /IMAPS/, ['tcp']],
    [995, /POP3S/, ['tcp']],
    [3306, /MySQL/, ['tcp']],
    [5432, /PostgreSQL/, ['tcp']],
    [6379, /Redis/, ['tcp']],
    [8080, /HTTP alternate/, ['tcp']],
  ];
  for (const [port, name, protocols] of seed) {
    it(`${port} shows ${name.source} first, with a plain description and a source`, () => {
      const first = lookupPort(port)!.services[0];
      assert.match(first.name, name);
      assert.deepStrictEqual(first.protocols, protocols);
      assert.strictEqual(first.source, 'common');
      assert.ok(first.description.length > 10, first.description);
      assert.match(first.url!, /^https:\/\//);
    });
  }

  it('says Telnet is unsecured and 8080 is often a proxy', () => {
    assert.match(lookupPort(23)!.services[0].description, /unsecured/);
    assert.match(lookupPort(8080)!.services[0].description, /proxy/);
  });
});

describe('registry: lookupPort', () => {
  it('returns undefined only for what is not a port', () => {
    for (const bad of [-1, 65536, 1.5, NaN]) assert.strictEqual(lookupPort(bad), undefined, String(bad));
  });

  it('gives an unassigned port its class and no services', () => {
    assert.deepStrictEqual(lookupPort(4), { port: 4, class: 'well-known', services: [] });
    assert.deepStrictEqual(lookupPort(65535), { port: 65535, class: 'dynamic', services: [] });
  });

  it('orders 5432 as curated PostgreSQL first, then IANA postgresql', () => {
    const services = lookupPort(5432)!.services;
    assert.deepStrictEqual(
      services.map((s) => `${s.source}:${s.name}`),
      ['common:PostgreSQL', 'common:PostgreSQL-compatible (TimescaleDB, Supabase)', 'iana:postgresql'],
    );
    assert.deepStrictEqual(services[2], {
      name: 'postgresql',
      protocols: ['tcp', 'udp'],
      description: 'PostgreSQL Database',
      source: 'iana',
      url: 'https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=5432',
    });
  });

  it('lists every common use of 3000 and still shows what IANA says', () => {
    const names = lookupPort(3000)!.services.map((s) => s.name);
    for (const expected of ['React / Next.js dev server', 'Express', 'Grafana', 'Ruby on Rails', 'remoteware-cl']) {
      assert.ok(names.includes(expected), `${expected} missing from ${names.join(', ')}`);
    }
  });

  it('knows what IANA does not: Vite, Angular, the Node inspector, RabbitMQ management', () => {
    assert.strictEqual(lookupPort(5173)!.services[0].name, 'Vite');
    assert.strictEqual(lookupPort(4200)!.services[0].name, 'Angular dev server');
    assert.strictEqual(lookupPort(9229)!.services[0].name, 'Node.js inspector');
    assert.strictEqual(lookupPort(15672)!.services[0].name, 'RabbitMQ management');
  });

  it('names 9200 Elasticsearch first and keeps IANA\'s wap-wsp after it', () => {
    const names = lookupPort(9200)!.services.map((s) => s.name);
    assert.strictEqual(names[0], 'Elasticsearch');
    assert.ok(names.includes('wap-wsp'));
  });

  it('covers every port of a curated range (X11 6000–6063, NodePort 30000–32767)', () => {
    assert.strictEqual(lookupPort(6063)!.services[0].name, 'X11');
    assert.strictEqual(lookupPort(6064)!.services.some((s) => s.name === 'X11'), false);
    assert.ok(lookupPort(31000)!.services.some((s) => s.name === 'Kubernetes NodePort'));
  });

  it('names an IANA row that has no service name by its description (24)', () => {
    assert.deepStrictEqual(lookupPort(24)!.services.map((s) => s.name), ['any private mail system']);
  });

  it('hands out copies: changing a result does not change the next lookup', () => {
    const first = lookupPort(22)!;
    first.services[0].name = 'changed';
    first.services[0].protocols.push('udp');
    assert.strictEqual(lookupPort(22)!.services[0].name, 'SSH');
    assert.deepStrictEqual(lookupPort(22)!.services[0].protocols, ['tcp']);
  });

  it('never shows the same name and description twice on a port', () => {
    for (const { port } of allCommonServices()) {
      const seen = lookupPort(port)!.services.map((s) => `${s.name.toLowerCase()}\n${s.description.toLowerCase()}`);
      assert.strictEqual(new Set(seen).size, seen.length, `port ${port}`);
    }
  });
});

describe('registry: the IANA table against IANA\'s file (data/iana)', () => {
  const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  /** Words by which IANA marks a withdrawn record (sua 14001/udp "De-Registered"). */
  const withdrawn = /^\(?(de-?assigned|de-?registered|de-?commissioned|decomissioned|removed|deprecated)\b/i;
  const ported = () => plainRecords().filter((r) => /^\d+(-\d+)?$/.test(r.number));
  const rfc = (n: number) => ({ label: `RFC ${n}`, url: `https://www.rfc-editor.org/rfc/rfc${n}` });

  it('holds every named record that has a port, with its name, protocol, description and RFCs', () => {
    let checked = 0;
    for (const record of ported()) {
      if (record.name === '' || withdrawn.test(record.description)) continue;
      // 7/tcp echo "Echo", 20/sctp ftp-data "FTP Data": the registry drops descriptions that only repeat the name.
      const expected = letters(record.description) === letters(record.name) ? '' : record.description;
      const [start, end = start] = record.number.split('-').map(Number);
      for (const port of new Set([start, end])) {
        const matches = ianaTable().services(port).filter((s) => s.name === record.name && s.description === expected
          && (record.protocol === '' ? s.protocols.length === 0 : s.protocols.includes(record.protocol as Protocol)));
        assert.strictEqual(matches.length, 1, `${port}/${record.protocol} ${record.name}`);
        const rfcs = (matches[0].references ?? []).filter((r) => r.label.startsWith('RFC '));
        assert.deepStrictEqual(rfcs, record.rfcs.map(rfc), `${port}/${record.protocol} ${record.name} references`);
      }
      checked++;
    }
    assert.ok(checked > 11500, `only ${checked} records checked`);
  });

  it('lists every name of a port and protocol in the registry\'s order (80/tcp: http, www, www-http)', () => {
    const tcpNames = (port: number) => ianaTable().services(port).filter((s) => s.protocols.includes('tcp')).map((s) => s.name);
    assert.deepStrictEqual(tcpNames(80), ['http', 'www', 'www-http']);
    const names = new Map<string, string[]>();
    for (const record of ported()) {
      if (record.name === '' || withdrawn.test(record.description) || record.number.includes('-')) continue;
      const key = `${record.number}/${record.protocol}`;
      const list = names.get(key) ?? [];
      if (!list.includes(record.name)) list.push(record.name);
      names.set(key, list);
    }
    let multiNamed = 0;
    for (const [key, expected] of names) {
      if (expected.length < 2) continue;
      const [port, protocol] = key.split('/');
      const served = ianaTable().services(Number(port)).filter((s) => protocol === '' ? s.protocols.length === 0 : s.protocols.includes(protocol as Protocol)).map((s) => s.name);
      assert.deepStrictEqual([...new Set(served)], expected, key);
      multiNamed++;
    }
    assert.ok(multiNamed > 100, `only ${multiNamed} ports with several names`);
  });

  it('covers each ranged record at both ends and not one past them (X11 6000–6063)', () => {
    assert.ok(lookupPort(6010)!.services.some((s) => s.source === 'iana' && s.name === 'x11'));
    const named = (port: number, name: string) => ianaTable().services(port).some((s) => s.name === name);
    let ranges = 0;
    for (const record of ported()) {
      if (record.name === '' || !record.number.includes('-')) continue;
      const [start, end] = record.number.split('-').map(Number);
      assert.ok(named(start, record.name) && named(end, record.name), `${record.number} ${record.name}`);
      assert.ok(!named(start - 1, record.name) && !named(end + 1, record.name), `${record.number} ${record.name} one past`);
      ranges++;
    }
    assert.ok(ranges >= 8, `${ranges} ranged records`);
    assert.deepStrictEqual([5999, 6000, 6063, 6064].map((port) => named(port, 'x11')), [false, true, true, false]);
  });

  it('gives 80/tcp http its RFC as a link to the RFC Editor', () => {
    const http = lookupPort(80)!.services.find((s) => s.source === 'iana' && s.name === 'http' && s.protocols.includes('tcp'));
    assert.deepStrictEqual(http?.references, [{ label: 'RFC 9110', url: 'https://www.rfc-editor.org/rfc/rfc9110' }]);
  });

  it('shows no reserved, unassigned or de-assigned record as a service', () => {
    // 0 reserved, 2 de-assigned (compressnet, 2025), 4 unassigned, 1002–1007 an unassigned range.
    for (const port of [0, 2, 4, 1002, 1007]) assert.deepStrictEqual(ianaTable().services(port), [], `port ${port}`);
    assert.deepStrictEqual(ianaTable().services(14001).map((s) => s.protocols), [['tcp', 'sctp']], 'sua 14001/udp is De-Registered');
    for (let port = 0; port <= 65535; port++) {
      for (const s of ianaTable().services(port)) {
        assert.doesNotMatch(s.name, /^\(?(reserved|unassigned)\b/i, `port ${port}`);
        assert.doesNotMatch(s.description, withdrawn, `port ${port} ${s.name}`);
      }
    }
  });

  it('spot-checks rows by hand: 1 tcpmux, 9 discard with each protocol\'s RFC, 9200 wap-wsp', () => {
    assert.deepStrictEqual(ianaTable().services(1).map((s) => [s.name, s.protocols]), [['tcpmux', ['tcp', 'udp']]]);
    assert.deepStrictEqual(ianaTable().services(9).map((s) => [s.name, s.protocols, s.references]), [
      ['discard', ['tcp', 'udp'], undefined],
      ['discard', ['sctp'], [rfc(9260)]],
      ['discard', ['dccp'], [rfc(4340)]],
    ]);
    assert.strictEqual(ianaTable().services(9200)[0].description, 'WAP connectionless session service');
  });

  it('answers the same before and after its direct index exists, on every port', () => {
    for (let port = 0; port <= 65535; port++) {
      assert.deepStrictEqual(ianaTable().servicesBySeek(port), ianaTable().services(port), `port ${port}`);
    }
  });
});

describe('registry: user entries', () => {
  afterEach(() => setCustomPorts([]));

  it('shows a team\'s entry before the built-in ones', () => {
    setCustomPorts([{ port: 5432, name: 'orders-db', description: 'Orders database (staging)', url: 'https://wiki.example.com/orders' }]);
    const services = lookupPort(5432)!.services;
    assert.deepStrictEqual(services[0], {
      name: 'orders-db',
      protocols: ['tcp'],
      description: 'Orders database (staging)',
      source: 'user',
      url: 'https://wiki.example.com/orders',
    });
    assert.strictEqual(services[1].name, 'PostgreSQL');
  });

  it('covers each port of a range entry and nothing beyond it', () => {
    setCustomPorts([{ port: 7000, endPort: 7002, name: 'game servers', protocols: ['udp'] }]);
    assert.strictEqual(lookupPort(7000)!.services[0].name, 'game servers');
    assert.deepStrictEqual(lookupPort(7002)!.services[0].protocols, ['udp']);
    assert.notStrictEqual(lookupPort(7003)!.services[0]?.source, 'user');
  });

  it('replaces the previous entries when called again', () => {
    setCustomPorts([{ port: 4000, name: 'old' }]);
    setCustomPorts([{ port: 4001, name: 'new' }]);
    assert.notStrictEqual(lookupPort(4000)!.services[0].name, 'old');
    assert.strictEqual(lookupPort(4001)!.services[0].name, 'new');
  });

  it('skips malformed entries from settings instead of throwing', () => {
    setCustomPorts([
      { port: 70000, name: 'too big' },
      { port: 8080, name: '   ' },
      { port: 9000, endPort: 8000, name: 'backwards' },
      null as never,
      { port: 1234, name: 'kept', protocols: ['TCP', 'bogus'] as never },
    ]);
    assert.strictEqual(lookupPort(8080)!.services[0].source, 'common');
    assert.strictEqual(lookupPort(9000)!.services[0].source, 'common');
    assert.deepStrictEqual(lookupPort(1234)!.services[0], { name: 'kept', protocols: ['tcp'], description: '', source: 'user' });
    assert.doesNotThrow(() => setCustomPorts(undefined as never));
  });
});

describe('registry: the curated table', () => {
  it('has at least 150 rows', () => {
    assert.ok(allCommonServices().length >= 150, String(allCommonServices().length));
  });

  it('gives every row a name, a one-line description and an https source', () => {
    for (const { port, service } of allCommonServices()) {
      assert.ok(service.name.trim().length > 0, `port ${port}`);
      assert.ok(service.description.trim().length > 5, `port ${port} ${service.name}`);
      assert.match(service.url!, /^https:\/\/[^\s]+$/, `port ${port} ${service.name}`);
      assert.ok(service.protocols.length > 0, `port ${port} ${service.name}`);
    }
  });

  it('has no row that silently fails to parse', () => {
    for (const row of commonRows()) {
      if (row.startsWith('#')) continue;
      assert.ok(parseCommonRow(row), `unparsable row: ${row}`);
    }
  });

  it('is one plain ASCII string without quotes or backslashes, so it ships as a string literal, not a template', () => {
    assert.match(COMMON_PORTS_TABLE, /^~[\x20-\x7e]*$/);
    assert.doesNotMatch(COMMON_PORTS_TABLE, /["\\`]/);
    assert.ok(commonRows().length > 150);
  });

  it('starts single-port rows with ~ and range rows with @ (a range marked ~ would never be found)', () => {
    for (const [, mark, row] of COMMON_PORTS_TABLE.matchAll(/([~@])([^~@]*)/g)) {
      const parsed = parseCommonRow(row);
      if (!parsed) continue;
      assert.strictEqual(mark, parsed.endPort > parsed.port ? '@' : '~', row);
    }
    assert.ok(allCommonServices().filter((r) => r.endPort > r.port).length >= 6);
  });

  it('answers the same from the table\'s text (first lookups) as from its parsed map, on every port', () => {
    for (let port = 0; port <= 65535; port++) {
      assert.deepStrictEqual(commonServicesByScan(port), commonServicesOn(port), `port ${port}`);
    }
  });

  it('rejects a row without a URL or with a plain http one', () => {
    assert.strictEqual(parseCommonRow('5432 | tcp | PostgreSQL | The database.'), undefined);
    assert.strictEqual(parseCommonRow('5432 | tcp | PostgreSQL | The database. | http://example.com'), undefined);
    assert.strictEqual(parseCommonRow('70000 | tcp | Nothing | Not a port. | https://example.com'), undefined);
    assert.deepStrictEqual(parseCommonRow('6000-6063 | tcp | X11 | X displays. | https://example.com')?.endPort, 6063);
  });
});
