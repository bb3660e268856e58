import * as assert from 'assert';
import { noResultsReason, searchPorts, setCustomPorts } from '../../src/core/registry/registry';

const ports = (query: string, limit?: number) => searchPorts(query, limit).map((info) => info.port);

describe('registry: searchPorts ranking', () => {
  afterEach(() => setCustomPorts([]));

  const firsts: [string, number][] = [
    ['postgres', 5432],
    ['PostgreSQL', 5432],
    ['kafka', 9092],
    ['5432', 5432],
    ['redis', 6379],
    ['mysql', 3306],
    ['vite', 5173],
    ['http', 80],
    ['https', 443],
    ['ssh', 22],
    ['dns', 53],
    ['elasticsearch', 9200],
    ['node inspector', 9229],
    ['rabbitmq', 5672],
    ['jupyter', 8888],
    ['x11', 6000],
    ['nodeport', 30000],
    ['wireguard', 51820],
  ];
  for (const [query, port] of firsts) {
    it(`finds ${port} first for "${query}"`, () => assert.strictEqual(ports(query)[0], port));
  }

  it('ranks Redis itself above its Sentinel, cluster bus and exporter', () => {
    const found = ports('redis');
    for (const other of [26379, 16379, 9121]) assert.ok(found.indexOf(6379) < found.indexOf(other), `${other}`);
  });

  it('puts a port whose name matches above one that only mentions the word', () => {
    const found = ports('kafka');
    assert.ok(found.includes(2181), 'ZooKeeper mentions Kafka');
    assert.ok(found.indexOf(9092) < found.indexOf(2181));
  });

  it('prefers curated software to an IANA-only name that matches about as well', () => {
    const found = ports('http', 50);
    assert.deepStrictEqual(found.slice(0, 4), [80, 443, 8080, 8443]);
    // WinRM (HTTP) is curated; 280 is IANA's http-mgmt.
    assert.ok(found.indexOf(5985) < found.indexOf(280), `5985 at ${found.indexOf(5985)}, 280 at ${found.indexOf(280)}`);
  });

  it('finds IANA-only services by name: wap-wsp is 9200', () => {
    assert.ok(ports('wap-wsp').includes(9200));
  });

  it('finds a port by any of its names: 80 by www-http, 3000 by remoteware-cl', () => {
    assert.strictEqual(ports('www-http')[0], 80);
    assert.strictEqual(ports('www')[0], 80);
    assert.strictEqual(ports('remoteware-cl')[0], 3000);
    assert.ok(ports('hbci').includes(3000));
  });

  it('accepts :5432 and 5432/tcp as the number', () => {
    assert.strictEqual(ports(':5432')[0], 5432);
    assert.strictEqual(ports('5432/tcp')[0], 5432);
  });

  it('follows an exact number with known ports that start with it ("54" → 54, then 5432)', () => {
    const found = ports('54');
    assert.strictEqual(found[0], 54);
    assert.strictEqual(found[1], 5432);
  });

  it('requires every word of a multi-word query', () => {
    const found = ports('redis sentinel');
    assert.deepStrictEqual(found, [26379]);
  });

  it('returns each port once, at most `limit` of them', () => {
    const found = ports('http', 5);
    assert.strictEqual(found.length, 5);
    assert.strictEqual(new Set(ports('http', 50)).size, ports('http', 50).length);
    assert.strictEqual(ports('http').length, 20);
  });

  it('returns nothing for an empty query, a zero limit or a non-string', () => {
    assert.deepStrictEqual(searchPorts('   '), []);
    assert.deepStrictEqual(searchPorts('redis', 0), []);
    assert.deepStrictEqual(searchPorts(undefined as never), []);
    assert.deepStrictEqual(searchPorts('zzzqqqxxx'), []);
  });

  it('returns full PortInfo objects with services ordered user, common, IANA', () => {
    const [first] = searchPorts('postgres', 1);
    assert.strictEqual(first.class, 'registered');
    assert.deepStrictEqual(first.services.map((s) => s.source), ['common', 'common', 'iana']);
  });

  it('finds the user\'s own services, ahead of built-in matches', () => {
    setCustomPorts([{ port: 7400, name: 'billing-api', description: 'Billing service behind the postgres proxy' }]);
    assert.strictEqual(ports('billing')[0], 7400);
    assert.deepStrictEqual(searchPorts('billing', 1)[0].services[0].source, 'user');
  });
});

describe('the examples the lookup shows its users', () => {
  // The picker's placeholder, the README and `port-lens --help` name these queries: each must find something.
  for (const [query, port] of [['5432', 5432], ['kafka', 9092], ['mqtt broker', 1883]] as const) {
    it(`"${query}" finds ${port} first`, () => {
      assert.strictEqual(searchPorts(query)[0]?.port, port);
    });
  }

  it('"80": 80, then the ports much software uses (8080, 8000), before IANA\'s obscure 800–802', () => {
    const found = ports('80', 50);
    assert.deepStrictEqual(found.slice(0, 3), [80, 8080, 8000]);
    for (const obscure of [800, 801, 802]) {
      if (found.includes(obscure)) assert.ok(found.indexOf(obscure) > found.indexOf(8000), `${obscure} after 8000: ${found.join(', ')}`);
    }
  });

  it('"web server": 80 and 443 first; a finished word matches words, not the start of webpack', () => {
    assert.deepStrictEqual(ports('web server').slice(0, 2), [80, 443]);
    // The last word may still be being typed: a prefix counts there.
    assert.strictEqual(ports('web serv')[0], 80);
    assert.ok(ports('rabbit mq').includes(5672));
  });

  it('says why nothing is found: a number out of range, or no name or words that match', () => {
    assert.deepStrictEqual(searchPorts('70000'), []);
    assert.strictEqual(noResultsReason('70000', []), '70000 is out of range: port numbers run from 0 to 65535.');
    assert.strictEqual(noResultsReason('-3', []), '-3 is not a port number: port numbers run from 0 to 65535.');
    assert.deepStrictEqual(searchPorts('zzzz'), []);
    assert.strictEqual(noResultsReason(' zzzz ', []), 'No port or service named or described as "zzzz".');
    assert.strictEqual(noResultsReason('kafka', searchPorts('kafka')), undefined);
    assert.strictEqual(noResultsReason('  ', []), undefined);
  });
});
