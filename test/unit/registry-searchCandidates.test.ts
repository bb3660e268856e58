// searchPorts reads only some IANA rows (those an index of trigrams says may hold every word: trigramIndex.ts).
// Differential check: its answers equal those of a plain reference search, written here, that scores every row
// of every table, for the benchmark's queries and a few hundred others drawn from the tables' own words.
import * as assert from 'assert';
import { allCommonServices, type PortedService } from '../../src/core/registry/commonIndex';
import { allCustomServices } from '../../src/core/registry/customPorts';
import { ianaTable } from '../../src/core/registry/ianaIndex';
import { lookupPort } from '../../src/core/registry/lookupPort';
import { searchPorts, setCustomPorts } from '../../src/core/registry/registry';
import { serviceScore } from '../../src/core/registry/searchPorts';

/** The search as its comments define it, every row read: a word query's score per service (the user's entries
 *  +40, the curated table's +30 and +20 for a port's first, main use), best per port, +5 when more than one service
 *  of the port matches; ties to the user's entries, then the curated order, then the lower port. IANA rows are all
 *  scored, but for a query whose longest word is one letter only those whose name starts with it. */
function referenceSearch(query: string, limit = 20): number[] {
  const whole = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (whole === '' || /^:?\d{1,5}(?:\/(?:tcp|udp|sctp|dccp))?$/.test(whole)) throw new Error('word queries only');
  const tokens = whole.split(/[\s,;]+/).filter((t) => t !== '');
  const best = new Map<number, { score: number; matches: number; rank: number }>();
  const add = (port: number, score: number, rank = Number.MAX_SAFE_INTEGER) => {
    if (score <= 0) return;
    const now = best.get(port) ?? { score: 0, matches: 0, rank: Number.MAX_SAFE_INTEGER };
    best.set(port, { score: Math.max(now.score, score), matches: now.matches + 1, rank: Math.min(now.rank, rank) });
  };
  const scoreList = (list: readonly PortedService[], bonus: number, firstRank?: number) => {
    const seen = new Set<number>();
    list.forEach(({ port, service }, i) => {
      const main = service.source === 'common' && !seen.has(port);
      seen.add(port);
      const score = serviceScore(service.name.toLowerCase(), service.description.toLowerCase(), tokens, whole);
      if (score > 0) add(port, score + bonus + (main ? 20 : 0), firstRank === undefined ? undefined : firstRank + i);
    });
  };
  scoreList(allCustomServices(), 40, 0);
  scoreList(allCommonServices(), 30, 100_000);
  const iana = ianaTable();
  const longest = tokens.reduce((a, b) => (b.length > a.length ? b : a));
  for (let row = 0; row < iana.rowCount(); row++) {
    const { name, description } = iana.lowerCaseRow(row);
    if (longest.length < 2 && !name.startsWith(longest)) continue;
    add(iana.rowPort(row), serviceScore(name === '' ? description : name, description, tokens, whole));
  }
  const starts = iana.rangeStarts();
  scoreList(iana.rangeServices().map((service, i) => ({ port: starts[i], endPort: starts[i], service })), 0);
  return [...best]
    .map(([port, b]) => ({ port, score: b.score + (b.matches > 1 ? 5 : 0), rank: b.rank }))
    .sort((a, b) => b.score - a.score || a.rank - b.rank || a.port - b.port)
    .slice(0, limit)
    .map(({ port }) => port)
    .filter((port) => lookupPort(port) !== undefined);
}

/** Deterministic queries from the tables' own words: whole words, their starts and middles, pairs, letters. */
function queries(): string[] {
  const iana = ianaTable();
  const words: string[] = [];
  for (let row = 0; row < iana.rowCount(); row += 53) {
    const { name, description } = iana.lowerCaseRow(row);
    words.push(...`${name} ${description}`.split(/[^a-z0-9.+-]+/).filter((w) => w.length >= 2));
  }
  for (const { service } of allCommonServices()) words.push(...`${service.name} ${service.description}`.split(/\s+/).filter((w) => w.length >= 2));
  const picked = words.filter((_, i) => i % 7 === 0).slice(0, 160);
  const out = [
    'postgres', 'kafka', 'redis', 'http', 'mysql', 'elastic search', 'ssh', 'grafana', 'web server', 'dns', 'xyzzy-nothing',
    'a', 'x', 'q', 'ab', 'db', 'ms sql', 'rabbit mq', 'node inspector', 'web', 'server web', 'Web  Server', 'mail, smtp', 'sql;server',
    'a|b', 'ftp-data', 'x11', 'node.js', 'ldap s', 'http proxy alt', 'database server', 'remote desktop', 'server', 'service',
  ];
  picked.forEach((word, i) => {
    out.push(word, word.slice(0, 3), word.slice(1, 5), word.toUpperCase());
    if (i + 1 < picked.length) out.push(`${word} ${picked[i + 1]}`, `${picked[i + 1].slice(0, 4)} ${word.slice(0, 2)}`);
  });
  return [...new Set(out)].filter((q) => q.trim() !== '' && !/^:?\d{1,5}(?:\/(?:tcp|udp|sctp|dccp))?$/.test(q.trim().toLowerCase()));
}

describe('registry: searchPorts reads fewer rows and answers as if it read them all', () => {
  afterEach(() => setCustomPorts([]));

  it('answers several hundred queries as the reference search does', () => {
    const all = queries();
    assert.ok(all.length >= 300, `${all.length} queries`);
    for (const query of all) {
      assert.deepStrictEqual(searchPorts(query).map((info) => info.port), referenceSearch(query), query);
    }
  });

  it('answers the same with the user\'s own entries, and with a longer list', () => {
    setCustomPorts([
      { port: 7400, name: 'billing-api', description: 'Billing service behind the postgres proxy' },
      { port: 8081, name: 'web server', description: 'Our own web server' },
    ]);
    for (const query of ['billing', 'postgres proxy', 'web server', 'server', 'our own', 'b', 'api']) {
      assert.deepStrictEqual(searchPorts(query, 60).map((info) => info.port), referenceSearch(query, 60), query);
    }
  });
});
