import assert from 'assert';
import { parseAllDocuments } from 'yaml';
import { scanCompose } from '../../src/core/formats/compose';
import type { Finding } from '../../src/core/types';
import { applyEdits } from './applyEdits';

const written = (text: string, m: { start: number; end: number }) => text.slice(m.start, m.end);

/** Applies the fix of the only problem with this code and checks the result is valid YAML without it. */
function applyOnlyFix(text: string, code: string): string {
  const problems = scanCompose(text).problems.filter((p) => p.code === code);
  assert.strictEqual(problems.length, 1, `one ${code} expected, got ${problems.length}`);
  const fix = (problems[0] as Finding).fix;
  assert.ok(fix, 'the problem has a fix');
  const fixed = applyEdits(text, fix.edits);
  for (const doc of parseAllDocuments(fixed) as ReturnType<typeof parseAllDocuments> & unknown[]) {
    assert.deepStrictEqual((doc as { errors: unknown[] }).errors, [], `fixed text is valid YAML:\n${fixed}`);
  }
  assert.deepStrictEqual(scanCompose(fixed).problems.filter((p) => p.code === code), [], `fixed:\n${fixed}`);
  return fixed;
}

function hostPorts(text: string, service: string): number[] {
  return scanCompose(text).mentions.filter((m) => m.role === 'host' && m.service === service).map((m) => m.port);
}

describe('scanCompose: yaml-base60', () => {
  it('an unquoted 22:22 is flagged with the number YAML 1.1 makes of it, and the fix quotes it', () => {
    const text = 'services:\n  git:\n    ports:\n      - 22:22\n      - 2122:22 # ssh\n';
    const problems = scanCompose(text).problems;
    assert.deepStrictEqual(problems.map((p) => [p.code, written(text, p)]), [['yaml-base60', '22:22'], ['yaml-base60', '2122:22']]);
    assert.match(problems[0].message, /1342/);
    assert.match(problems[1].message, /127342/);
    const fixed = applyEdits(text, problems[0].fix!.edits);
    assert.strictEqual(fixed, 'services:\n  git:\n    ports:\n      - "22:22"\n      - 2122:22 # ssh\n');
    assert.deepStrictEqual(scanCompose(fixed).problems.map((p) => written(fixed, p)), ['2122:22']);
  });

  it('quoted mappings, container parts of 60 and above, and leading zeros are not base-60', () => {
    const text = 'services:\n  a:\n    ports:\n      - "22:22"\n      - 8080:80\n      - 022:22\n      - 127.0.0.1:22:22\n';
    assert.deepStrictEqual(scanCompose(text).problems.filter((p) => p.code === 'yaml-base60'), []);
  });
});

describe('scanCompose: expose-mapping and its fix', () => {
  it('a mapping under expose is flagged on the entry; the container side is still an expose mention', () => {
    const text = 'services:\n  web:\n    expose:\n      - "8080:80"\n';
    const r = scanCompose(text);
    assert.deepStrictEqual(r.problems.map((p) => [p.code, written(text, p)]), [['expose-mapping', '8080:80']]);
    assert.deepStrictEqual(r.mentions.map((m) => [m.role, m.port]), [['expose', 80]]);
  });

  it('the only expose entry and no ports: the fix renames expose to ports', () => {
    const text = 'services:\n  web:\n    image: nginx\n    expose:\n      - 8080:80\n';
    const fixed = applyOnlyFix(text, 'expose-mapping');
    assert.strictEqual(fixed, 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n');
    assert.deepStrictEqual(hostPorts(fixed, 'web'), [8080]);
  });

  it('one of several expose entries and no ports: the fix creates ports: and removes the entry', () => {
    const text = 'services:\n  web:\n    image: nginx\n    expose:\n      - "3000"\n      - "8080:80"\n    restart: always\n';
    const fixed = applyOnlyFix(text, 'expose-mapping');
    assert.strictEqual(fixed, 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n    expose:\n      - "3000"\n    restart: always\n');
  });

  it('existing block ports: the entry is appended after the last one with the same indentation', () => {
    const text = 'services:\n  web:\n    ports:\n    - "443:443"\n    - target: 80\n      published: 80\n    expose:\n    - "3000"\n    - "8080:80" # admin\n    - "4000"\n';
    const fixed = applyOnlyFix(text, 'expose-mapping');
    assert.strictEqual(fixed, 'services:\n  web:\n    ports:\n    - "443:443"\n    - target: 80\n      published: 80\n    - "8080:80"\n    expose:\n    - "3000"\n    - "4000"\n');
    assert.deepStrictEqual(hostPorts(fixed, 'web'), [443, 80, 8080]);
  });

  it('the only expose entry with existing ports: the expose key goes away', () => {
    const text = 'services:\n  web:\n    expose: ["8080:80"]\n    ports: ["443:443"]\n  db:\n    image: postgres\n';
    const fixed = applyOnlyFix(text, 'expose-mapping');
    assert.strictEqual(fixed, 'services:\n  web:\n    ports: ["443:443", "8080:80"]\n  db:\n    image: postgres\n');
  });

  it('flow style service and sequences', () => {
    const text = 'services:\n  web: {image: nginx, expose: ["3000", "8080:80"]}\n';
    const fixed = applyOnlyFix(text, 'expose-mapping');
    assert.strictEqual(fixed, 'services:\n  web: {image: nginx, ports: ["8080:80"], expose: ["3000"]}\n');
    assert.deepStrictEqual(hostPorts(fixed, 'web'), [8080]);
  });

  it('CRLF files keep CRLF line breaks', () => {
    const text = 'services:\r\n  web:\r\n    expose:\r\n      - "3000"\r\n      - "8080:80"\r\n';
    const fixed = applyOnlyFix(text, 'expose-mapping');
    assert.strictEqual(fixed, 'services:\r\n  web:\r\n    ports:\r\n      - "8080:80"\r\n    expose:\r\n      - "3000"\r\n');
  });

  it('an expose entry that comes from a merged anchor gets the problem but no fix (editing the anchor would change other services)', () => {
    const text = 'x-base: &base\n  expose: ["8080:80"]\nservices:\n  web:\n    <<: *base\n';
    const [problem] = scanCompose(text).problems;
    assert.strictEqual(problem.code, 'expose-mapping');
    assert.strictEqual(problem.fix, undefined);
  });
});

describe('scanCompose: network-mode-host-ports', () => {
  it('ports: on a service with network_mode: host is flagged on the ports key', () => {
    const text = 'services:\n  agent:\n    network_mode: host\n    ports:\n      - "9100:9100"\n';
    const r = scanCompose(text);
    assert.deepStrictEqual(r.problems.map((p) => [p.code, written(text, p)]), [['network-mode-host-ports', 'ports']]);
    assert.match(r.problems[0].message, /agent/);
  });

  it('other network modes and host mode without ports are fine', () => {
    assert.deepStrictEqual(scanCompose('services:\n  a:\n    network_mode: bridge\n    ports: ["80:80"]\n').problems, []);
    assert.deepStrictEqual(scanCompose('services:\n  a:\n    network_mode: host\n    expose: ["80"]\n').problems, []);
  });
});

describe('scanCompose: robustness', () => {
  it('invalid YAML, half-typed entries and tabs do not throw and keep what can be read', () => {
    const inputs = [
      'services:\n  web:\n    ports:\n      - "80', 'services:\n  web:\n    ports:\n      - "8080:80"\n  bad: [\n',
      'services:\n\tweb:\n\t\tports: ["80:80"]\n', ':\n- - -\n{{{', '', '---\n---\n', 'services: 12', 'services:\n  web:\n    ports: 8080:80\n',
      'services:\n  web:\n    ports:\n      - \n      - ${\n      - "${X:-"\n',
    ];
    for (const input of inputs) assert.doesNotThrow(() => scanCompose(input), input);
    const partial = scanCompose('services:\n  web:\n    ports:\n      - "8080:80"\n  bad: [\n');
    assert.deepStrictEqual(partial.mentions.map((m) => m.port), [8080, 80]);
  });

  it('offsets are UTF-16 and survive a BOM, CRLF and non-ASCII text before the port', () => {
    const text = '\uFEFF# 🐳 Ünïcode stack\r\nservices:\r\n  wébsite: # café ☕\r\n    ports: ["😀" , "8080:80"]\r\n';
    const r = scanCompose(text);
    const host = r.mentions.find((m) => m.role === 'host')!;
    assert.strictEqual(written(text, host), '8080');
    assert.strictEqual(host.service, 'wébsite');
    assert.deepStrictEqual(r.problems.map((p) => [p.code, written(text, p)]), [['invalid-port', '😀']]);
  });

  it('10,000 services are all read', () => {
    const lines = ['services:'];
    for (let i = 0; i < 10_000; i++) lines.push(`  s${i}:`, '    ports:', `      - "127.0.0.1:${10000 + i}:80"`);
    const r = scanCompose(lines.join('\n'));
    assert.strictEqual(r.mentions.length, 20_000);
    assert.strictEqual(r.mentions[19_998].port, 19_999);
  });

  it('alias bombs are cut off instead of blowing up', () => {
    const text = [
      'x-a: &a {ports: ["80:80", "81:81", "82:82", "83:83", "84:84", "85:85", "86:86", "87:87", "88:88", "89:89"]}',
      'x-b: &b {<<: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]}',
      'services:',
      ...Array.from({ length: 50 }, (_, i) => `  s${i}: {<<: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]}`),
    ].join('\n');
    const r = scanCompose(text);
    assert.ok(r.mentions.length <= 2 * (2 * text.length + 10_000));
    assert.ok(r.mentions.some((m) => m.service === 's0' && m.port === 80));
  });
});

describe('scanCompose: ports: or expose: written as one value', () => {
  it('expose: 27017 (MonitoRSS) is an invalid-port on the value, and the fix makes it a list', () => {
    const text = 'services:\n  mongo:\n    image: mongo:latest\n    expose: 27017\n  web:\n    build: .\n';
    const problems = scanCompose(text).problems;
    assert.deepStrictEqual(problems.map((p) => [p.code, written(text, p)]), [['invalid-port', '27017']]);
    assert.match(problems[0].message, /services\.mongo\.expose must be a array/);
    const fixed = applyOnlyFix(text, 'invalid-port');
    assert.strictEqual(fixed, 'services:\n  mongo:\n    image: mongo:latest\n    expose: [27017]\n  web:\n    build: .\n');
    assert.deepStrictEqual(scanCompose(fixed).mentions.map((m) => [m.role, m.port]), [['expose', 27017]]);
  });

  it('a quoted mapping under ports: is flagged too; lists, empty keys and aliases of lists are not', () => {
    const flagged = 'services:\n  web:\n    ports: "8080:80" # web\n';
    assert.deepStrictEqual(scanCompose(flagged).problems.map((p) => [p.code, written(flagged, p)]), [['invalid-port', '"8080:80"']]);
    const fine = 'x-ports: &p\n  - "80:80"\nservices:\n  a:\n    ports: *p\n    expose:\n  b:\n    ports: ["81:80"]\n    expose:\n      - 3000\n';
    assert.deepStrictEqual(scanCompose(fine).problems, []);
  });
});

describe('scanCompose: a port variable in the host-IP slot', () => {
  const problems = (text: string) => scanCompose(text).problems.filter((p) => p.code === 'invalid-port').map((p) => `${written(text, p)}: ${p.message}`);

  it('the variable the host port takes, written as the address too (skobkin/docker-stacks inbucket, held-out 14)', () => {
    const text = 'services:\n  inbucket:\n    image: inbucket/inbucket\n    ports:\n      - "${HOST_HTTP_PORT:-0.0.0.0}:${HOST_HTTP_PORT:-8389}:9000/tcp"\n';
    const found = problems(text);
    assert.strictEqual(found.length, 1);
    assert.match(found[0], /^\$\{HOST_HTTP_PORT:-0\.0\.0\.0\}: The host IP is written with \$\{HOST_HTTP_PORT\}, the variable this entry's host port takes/);
  });

  it('a variable named as a port in the address slot; quiet for an address variable', () => {
    assert.match(problems('services:\n  a:\n    ports:\n      - "${WEB_PORT:-127.0.0.1}:8080:80"\n')[0], /a port's variable/);
    assert.deepStrictEqual(problems('services:\n  a:\n    ports:\n      - "${HOST_HTTP_ADDR:-0.0.0.0}:${HOST_HTTP_PORT:-8389}:9000/tcp"\n'), []);
    assert.deepStrictEqual(problems('services:\n  a:\n    ports:\n      - "${BIND_IP}:${PORT}:80"\n      - "127.0.0.1:${PORT}:80"\n'), []);
  });
});

describe('scanCompose: a template placeholder in a ports: entry', () => {
  it('{{VAR:-default}} entries of a template filled by a script say nothing (brianpooe/synology-docker-services technitium); a written mistake beside them still does', () => {
    const text = [
      'services:',
      '  technitium:',
      '    image: technitium/dns-server:latest',
      '    ports:',
      '      - "{{DNS_BIND_IP:-0.0.0.0}}:53:53/udp"',
      '      - "{{TECHNITIUM_WEB_BIND_IP:-0.0.0.0}}:{{TECHNITIUM_WEB_PORT:-5380}}:{{TECHNITIUM_WEB_CONTAINER_PORT:-5380}}"',
      '      - "127.0.0.x:853:853"',
      '',
    ].join('\n');
    const found = scanCompose(text).problems.filter((p) => p.code === 'invalid-port').map((p) => written(text, p));
    assert.deepStrictEqual(found, ['127.0.0.x']);
  });
});

describe('scanCompose: a *_PORTS list of ports with their protocol', () => {
  it("hotio's WEBUI_PORTS: 8080/tcp,8080/udp is two ports, no mistake (brianpooe/synology-docker-services arr-stack); a word still is", () => {
    const text = [
      'services:',
      '  qbittorrent:',
      '    image: ghcr.io/hotio/qbittorrent:latest',
      '    environment:',
      '      WEBUI_PORTS: 8080/tcp,8080/udp',
      '      PEER_PORTS: 6881/tcp,68x1/udp',
      '',
    ].join('\n');
    const { problems, mentions } = scanCompose(text);
    assert.deepStrictEqual(problems.filter((p) => p.code === 'invalid-port').map((p) => written(text, p)), ['68x1']);
    assert.deepStrictEqual(mentions.filter((m) => m.context?.endsWith('WEBUI_PORTS')).map((m) => [m.port, written(text, m)]), [[8080, '8080'], [8080, '8080']]);
  });
});
