import assert from 'assert';
import { scanCompose } from '../../src/core/formats/compose';
import type { PortMention, ScanResult } from '../../src/core/types';

/** A compose file with one service whose `ports:` holds the given entries (as written). */
function withPorts(...entries: string[]): string {
  return `services:\n  web:\n    image: nginx\n    ports:\n${entries.map((e) => `      - ${e}\n`).join('')}`;
}

const written = (text: string, m: { start: number; end: number }) => text.slice(m.start, m.end);

function only(result: ScanResult, role: PortMention['role']): PortMention[] {
  return result.mentions.filter((m) => m.role === role);
}

function codes(result: ScanResult): string[] {
  return result.problems.map((p) => p.code);
}

describe('scanCompose: ports short syntax', () => {
  it('a container-only "3000" gives one container mention and no host mention', () => {
    const text = withPorts('"3000"');
    const r = scanCompose(text);
    assert.strictEqual(r.mentions.length, 1);
    const [m] = r.mentions;
    assert.deepStrictEqual([m.role, m.port, m.protocol, m.service, m.hostIp, written(text, m)], ['container', 3000, 'tcp', 'web', undefined, '3000']);
    assert.deepStrictEqual(m.entry, { syntax: 'short', start: text.indexOf('3000'), end: text.indexOf('3000') + 4 });
    assert.deepStrictEqual(r.problems, []);
  });

  it('a container range "3000-3005" is one mention covering the range', () => {
    const text = withPorts('"3000-3005"');
    const [m] = scanCompose(text).mentions;
    assert.deepStrictEqual([m.role, m.port, m.endPort, written(text, m)], ['container', 3000, 3005, '3000-3005']);
  });

  it('"8080:80" gives host 8080 and container 80, each naming the other as peer', () => {
    const text = withPorts('"8080:80"');
    const r = scanCompose(text);
    const [host] = only(r, 'host');
    const [container] = only(r, 'container');
    assert.deepStrictEqual([host.port, written(text, host), host.peer, host.protocol, host.hostIp], [8080, '8080', { port: 80 }, 'tcp', undefined]);
    assert.deepStrictEqual([container.port, written(text, container), container.peer, container.context], [80, '80', { port: 8080 }, 'ports']);
  });

  it('"127.0.0.1:8080:80/udp" gives host 8080 on 127.0.0.1 over udp and container 80 over udp', () => {
    const text = withPorts('"127.0.0.1:8080:80/udp"');
    const r = scanCompose(text);
    const [host] = only(r, 'host');
    const [container] = only(r, 'container');
    assert.deepStrictEqual([host.port, host.hostIp, host.protocol, written(text, host)], [8080, '127.0.0.1', 'udp', '8080']);
    assert.deepStrictEqual([container.port, container.hostIp, container.protocol, written(text, container)], [80, undefined, 'udp', '80']);
  });

  it('an IPv6 host IP without brackets: everything before the last two parts is the IP', () => {
    const text = withPorts('"::1:6000:6001"');
    const [host] = only(scanCompose(text), 'host');
    assert.deepStrictEqual([host.hostIp, host.port, written(text, host)], ['::1', 6000, '6000']);
  });

  it('a bracketed IPv6 host IP loses its brackets', () => {
    const text = withPorts('"[::1]:6000:6001"', '"[2001:db8::1]:443:8443"');
    const hosts = only(scanCompose(text), 'host');
    assert.deepStrictEqual(hosts.map((m) => [m.hostIp, written(text, m)]), [['::1', '6000'], ['2001:db8::1', '443']]);
  });

  it('an empty host part "127.0.0.1::80" publishes a random host port: only the container mention', () => {
    const text = withPorts('"127.0.0.1::80"');
    const r = scanCompose(text);
    assert.deepStrictEqual(r.mentions.map((m) => [m.role, m.port, written(text, m)]), [['container', 80, '80']]);
    assert.deepStrictEqual(r.problems, []);
  });

  it('protocols are case-insensitive, and "80/" means tcp', () => {
    const text = withPorts('"53:53/UDP"', '"80/"', '"9000/sctp"');
    const containers = only(scanCompose(text), 'container');
    assert.deepStrictEqual(containers.map((m) => [m.port, m.protocol]), [[53, 'udp'], [80, 'tcp'], [9000, 'sctp']]);
    assert.deepStrictEqual(codes(scanCompose(text)), []);
  });

  it('a protocol other than tcp/udp/sctp is invalid-protocol, marked on the protocol', () => {
    for (const [entry, bad] of [['"8080:80/http"', 'http'], ['"80/tcp/x"', 'tcp/x']]) {
      const text = withPorts(entry);
      const r = scanCompose(text);
      assert.deepStrictEqual(codes(r), ['invalid-protocol'], entry);
      assert.strictEqual(written(text, r.problems[0]), bad);
      assert.match(r.problems[0].message, /tcp, udp or sctp/);
    }
  });

  it('matching host and container ranges map one to one', () => {
    const text = withPorts('"8000-8010:9000-9010"');
    const r = scanCompose(text);
    const [host] = only(r, 'host');
    const [container] = only(r, 'container');
    assert.deepStrictEqual([host.port, host.endPort, written(text, host), host.peer], [8000, 8010, '8000-8010', { port: 9000, endPort: 9010 }]);
    assert.deepStrictEqual([container.port, container.endPort, written(text, container)], [9000, 9010, '9000-9010']);
    assert.deepStrictEqual(r.problems, []);
  });

  it('a host range with a single container port is allowed (one free host port is picked)', () => {
    const r = scanCompose(withPorts('"8000-9000:80"'));
    assert.deepStrictEqual(r.problems, []);
    assert.deepStrictEqual(only(r, 'host')[0].endPort, 9000);
  });

  it('"8000-8000" is one port, its mention keeping the end as written', () => {
    const { mentions, problems } = scanCompose(withPorts('"8000-8000:80"\n      - target: 81\n        published: 9000-9000'));
    assert.deepStrictEqual(mentions.map((m) => [m.role, m.port, m.endPort]), [['host', 8000, 8000], ['container', 80, undefined], ['container', 81, undefined], ['host', 9000, 9000]]);
    assert.deepStrictEqual(problems, []);
  });

  it('ranges of different lengths are range-mismatch, marked on the whole entry', () => {
    for (const entry of ['8000-8010:9000-9005', '80:8000-8010']) {
      const text = withPorts(`"${entry}"`);
      const r = scanCompose(text);
      assert.deepStrictEqual(codes(r), ['range-mismatch'], entry);
      assert.strictEqual(written(text, r.problems[0]), entry);
    }
  });

  it('a range that ends below its start is invalid-port', () => {
    const text = withPorts('"8010-8000:80"');
    const r = scanCompose(text);
    assert.deepStrictEqual(codes(r), ['invalid-port']);
    assert.strictEqual(written(text, r.problems[0]), '8010-8000');
    assert.match(r.problems[0].message, /8000-8010/);
  });

  it('leading zeros and a plus sign are accepted, as Docker does', () => {
    const text = withPorts('"080:+81"');
    const r = scanCompose(text);
    assert.deepStrictEqual(r.mentions.map((m) => [m.role, m.port, written(text, m)]), [['host', 80, '080'], ['container', 81, '+81']]);
    assert.deepStrictEqual(r.problems, []);
  });

  it('ports out of range, empty and non-numeric parts are invalid-port, and valid parts still give mentions', () => {
    const cases: [string, string][] = [['"70000:80"', '70000'], ['"8080:abc"', 'abc'], ['"8080:"', '8080:'], ['"300.1.1.1:80:80"', '300.1.1.1']];
    for (const [entry, marked] of cases) {
      const text = withPorts(entry);
      const r = scanCompose(text);
      assert.deepStrictEqual(codes(r), ['invalid-port'], entry);
      assert.strictEqual(written(text, r.problems[0]), marked, entry);
    }
    assert.deepStrictEqual(only(scanCompose(withPorts('"70000:80"')), 'container').map((m) => m.port), [80]);
  });

  it('${VAR:-8080} resolves to its default, with the mention on the default digits', () => {
    const text = withPorts('"${WEB_PORT:-8080}:80"', '"${BIND_IP:-127.0.0.1}:${API_PORT-9000}:9000"');
    const hosts = only(scanCompose(text), 'host');
    assert.deepStrictEqual(hosts.map((m) => [m.port, m.hostIp, written(text, m)]), [[8080, undefined, '8080'], [9000, '127.0.0.1', '9000']]);
  });

  it('a variable without default gives no mention for its part, not a wrong number', () => {
    const text = withPorts('"${WEB_PORT}:80"', '"$HOST_PORT:81"', '"${PORTS:?set PORTS}"');
    const r = scanCompose(text);
    assert.deepStrictEqual(r.mentions.map((m) => [m.role, m.port]), [['container', 80], ['container', 81]]);
    assert.deepStrictEqual(r.problems, []);
  });

  it('unquoted and numeric entries, in block and flow style', () => {
    const text = 'services:\n  web:\n    ports: [8080:80, 443, "53:53/udp"]\n  api:\n    ports:\n      - 3000\n      - 9090:90\n';
    const r = scanCompose(text);
    assert.deepStrictEqual(r.mentions.map((m) => [m.service, m.role, m.port, written(text, m)]), [
      ['web', 'host', 8080, '8080'], ['web', 'container', 80, '80'], ['web', 'container', 443, '443'],
      ['web', 'host', 53, '53'], ['web', 'container', 53, '53'],
      ['api', 'container', 3000, '3000'], ['api', 'host', 9090, '9090'], ['api', 'container', 90, '90'],
    ]);
  });

  it('the entry range of a short-syntax entry is the text inside the quotes', () => {
    const text = withPorts("'127.0.0.1:8080:80'");
    const [m] = scanCompose(text).mentions;
    assert.strictEqual(text.slice(m.entry!.start, m.entry!.end), '127.0.0.1:8080:80');
  });
});

describe('scanCompose: ports long syntax', () => {
  it('target, published (number), host_ip and protocol', () => {
    const text = withPorts('target: 80\n        published: 8080\n        host_ip: 127.0.0.1\n        protocol: UDP\n        mode: host');
    const r = scanCompose(text);
    const [host] = only(r, 'host');
    const [container] = only(r, 'container');
    assert.deepStrictEqual([host.port, host.hostIp, host.protocol, host.peer, written(text, host)], [8080, '127.0.0.1', 'udp', { port: 80 }, '8080']);
    assert.deepStrictEqual([container.port, container.protocol, container.peer, written(text, container)], [80, 'udp', { port: 8080 }, '80']);
    assert.strictEqual(host.entry!.syntax, 'long');
    assert.strictEqual(text.slice(host.entry!.start, host.entry!.end),
      'target: 80\n        published: 8080\n        host_ip: 127.0.0.1\n        protocol: UDP\n        mode: host');
    assert.deepStrictEqual(r.problems, []);
  });

  it('published as a string range, flow mapping entry range includes the braces', () => {
    const text = withPorts('{ target: 9000, published: "9000-9010" }');
    const r = scanCompose(text);
    const [host] = only(r, 'host');
    assert.deepStrictEqual([host.port, host.endPort, written(text, host), host.protocol], [9000, 9010, '9000-9010', 'tcp']);
    assert.strictEqual(text.slice(host.entry!.start, host.entry!.end), '{ target: 9000, published: "9000-9010" }');
  });

  it('without published only the container port is a mention', () => {
    const r = scanCompose(withPorts('target: 5432'));
    assert.deepStrictEqual(r.mentions.map((m) => [m.role, m.port]), [['container', 5432]]);
  });

  it('bad values in the long syntax are reported on the value', () => {
    const text = withPorts('target: 80\n        published: 70000\n        protocol: http\n        host_ip: localhost');
    const r = scanCompose(text);
    assert.deepStrictEqual(r.problems.map((p) => [p.code, written(text, p)]).sort(),
      [['invalid-port', '70000'], ['invalid-port', 'localhost'], ['invalid-protocol', 'http']]);
  });

  it('a long-syntax entry without target is invalid-port', () => {
    const r = scanCompose(withPorts('{ published: 8080 }'));
    assert.deepStrictEqual(codes(r), ['invalid-port']);
  });
});

describe('scanCompose: expose, environment, healthcheck, labels', () => {
  it('expose entries are container ports with role expose', () => {
    const text = 'services:\n  app:\n    expose:\n      - "3000"\n      - 8000-8010\n      - "9000/udp"\n      - 4000\n';
    const r = scanCompose(text);
    assert.deepStrictEqual(r.mentions.map((m) => [m.role, m.port, m.endPort, m.protocol, m.context, written(text, m)]), [
      ['expose', 3000, undefined, 'tcp', 'expose', '3000'], ['expose', 8000, 8010, 'tcp', 'expose', '8000-8010'],
      ['expose', 9000, undefined, 'udp', 'expose', '9000'], ['expose', 4000, undefined, 'tcp', 'expose', '4000'],
    ]);
    assert.deepStrictEqual(r.problems, []);
  });

  it('environment in list and map form: port keys and URL ports are settings', () => {
    const text = [
      'services:',
      '  api:',
      '    environment:',
      '      - PORT=3000',
      '      - DATABASE_URL=postgres://app:secret@db:5432/app',
      '      - LOG_LEVEL=debug',
      '  worker:',
      '    environment:',
      '      REDIS_PORT: 6379',
      '      BROKER_URL: "amqp://guest:guest@rabbitmq:5672/"',
      '      API_URL: https://api.example.com/v1',
      '      METRICS_PORT: "${METRICS_PORT:-9100}"',
      '',
    ].join('\n');
    const r = scanCompose(text);
    assert.deepStrictEqual(r.mentions.map((m) => [m.service, m.role, m.port, m.context, written(text, m), m.implicit]), [
      ['api', 'setting', 3000, 'environment PORT', '3000', undefined],
      ['api', 'setting', 5432, 'environment DATABASE_URL', '5432', undefined],
      ['worker', 'setting', 6379, 'environment REDIS_PORT', '6379', undefined],
      ['worker', 'setting', 5672, 'environment BROKER_URL', '5672', undefined],
      ['worker', 'setting', 443, 'environment API_URL', 'api.example.com', true],
      ['worker', 'setting', 9100, 'environment METRICS_PORT', '9100', undefined],
    ]);
  });

  it('a quoted port in list-form environment (Compose keeps the quotes) is the port inside them', () => {
    // big-bear-casaos' Coolify app (- DB_PORT="5432"), traefikturkey/onramp's Semaphore (- SEMAPHORE_LDAP_PORT='636').
    const text = 'services:\n  app:\n    environment:\n      - DB_PORT="5432"\n      - SEMAPHORE_LDAP_PORT=\'636\'\n      - WEB_PORT="80x"\n';
    const r = scanCompose(text);
    assert.deepStrictEqual(r.mentions.map((m) => [m.context, m.port, written(text, m)]), [
      ['environment DB_PORT', 5432, '5432'], ['environment SEMAPHORE_LDAP_PORT', 636, '636'],
    ]);
    assert.deepStrictEqual(r.problems.map((p) => [p.code, written(text, p)]), [['invalid-port', '"80x"']]);
  });

  it('a port key that holds no port is invalid-port', () => {
    const list = 'services:\n  api:\n    environment:\n      - PORT=abc\n';
    const r = scanCompose(list);
    assert.deepStrictEqual(r.problems.map((p) => [p.code, written(list, p)]), [['invalid-port', 'abc']]);
    assert.match(r.problems[0].message, /PORT/);
    const map = 'services:\n  api:\n    environment:\n      DB_PORT: 70000\n';
    assert.deepStrictEqual(scanCompose(map).problems.map((p) => [p.code, written(map, p)]), [['invalid-port', '70000']]);
  });

  it('healthcheck test URLs and host:port addresses, in string and list form', () => {
    const text = [
      'services:',
      '  web:',
      '    healthcheck:',
      '      test: ["CMD", "curl", "-f", "http://localhost:8080/health"]',
      '  api:',
      '    healthcheck:',
      '      test: wget -qO- localhost:3000/ready || exit 1',
      '',
    ].join('\n');
    const r = scanCompose(text);
    assert.deepStrictEqual(r.mentions.map((m) => [m.service, m.role, m.port, m.context, written(text, m)]), [
      ['web', 'setting', 8080, 'healthcheck', '8080'], ['api', 'setting', 3000, 'healthcheck', '3000'],
    ]);
  });

  it('a health check URL whose path starts with a variable right after the port reads the digits as the port', () => {
    // bolens/homelab's Stirling-PDF: $$ is Compose's escaped $, the container's shell expands the root path.
    const text = [
      'services:',
      '  pdf:',
      '    healthcheck:',
      '      test: ["CMD-SHELL", "curl -fs http://localhost:8080$${SYSTEM_ROOTURIPATH:-}/api/v1/info/status || exit 1"]',
      '  app:',
      '    healthcheck:',
      '      test: wget -qO- http://127.0.0.1:3000${BASE_PATH}/health',
      '',
    ].join('\n');
    const r = scanCompose(text);
    // The second URL's variable is Compose's own (not escaped): its value is unknown here, so nothing is read or reported.
    assert.deepStrictEqual(r.problems, []);
    assert.deepStrictEqual(r.mentions.map((m) => [m.service, m.port, written(text, m)]), [['pdf', 8080, '8080']]);
  });

  it('Traefik loadbalancer.server.port labels in list and map form', () => {
    const text = [
      'services:',
      '  web:',
      '    labels:',
      '      - "traefik.enable=true"',
      '      - "traefik.http.services.web.loadbalancer.server.port=8080"',
      '  api:',
      '    labels:',
      '      traefik.http.services.api.loadbalancer.server.port: 3000',
      '',
    ].join('\n');
    const r = scanCompose(text);
    assert.deepStrictEqual(r.mentions.map((m) => [m.service, m.role, m.port, m.context, written(text, m)]), [
      ['web', 'setting', 8080, 'label', '8080'], ['api', 'setting', 3000, 'label', '3000'],
    ]);
  });
});

describe('scanCompose: YAML structure', () => {
  it('merge keys bring ports from an anchor; explicit keys win over merged ones', () => {
    const text = [
      'x-web: &web',
      '  ports:',
      '    - "8080:80"',
      '  expose: ["9000"]',
      'services:',
      '  a:',
      '    <<: *web',
      '  b:',
      '    <<: *web',
      '    ports:',
      '      - "8081:80"',
      '',
    ].join('\n');
    const hosts = only(scanCompose(text), 'host');
    assert.deepStrictEqual(hosts.map((m) => [m.service, m.port, written(text, m)]), [['a', 8080, '8080'], ['b', 8081, '8081']]);
    const exposes = only(scanCompose(text), 'expose');
    assert.deepStrictEqual(exposes.map((m) => m.service), ['a', 'b']);
    assert.strictEqual(exposes[0].start, exposes[1].start);
  });

  it('aliases on a ports list and on a whole service are followed', () => {
    const text = 'services:\n  a: &svc\n    ports: &p ["5000:5000"]\n  b:\n    ports: *p\n  c: *svc\n';
    const hosts = only(scanCompose(text), 'host');
    assert.deepStrictEqual(hosts.map((m) => m.service), ['a', 'b', 'c']);
  });

  it('every document of a multi-document file is read', () => {
    const text = 'services:\n  a:\n    ports: ["80:80"]\n---\nservices:\n  b:\n    ports: ["81:81"]\n';
    assert.deepStrictEqual(only(scanCompose(text), 'host').map((m) => [m.service, m.port]), [['a', 80], ['b', 81]]);
  });

  it('ports outside services (extension fields, top-level keys) are not mentions', () => {
    const text = 'x-defaults:\n  ports: ["80:80"]\nservices:\n  a:\n    image: x\n';
    assert.deepStrictEqual(scanCompose(text).mentions, []);
  });
});

describe('build args', () => {
  const rows = (text: string, r: ScanResult) => r.mentions.map((m) => [m.service, m.role, m.port, m.context, written(text, m)]);

  it('map-form build args: a port key is a setting with context "build arg KEY"', () => {
    const text = 'services:\n  api:\n    build:\n      context: .\n      args:\n        PORT: 8080\n';
    const r = scanCompose(text);
    assert.deepStrictEqual(rows(text, r), [['api', 'setting', 8080, 'build arg PORT', '8080']]);
    assert.deepStrictEqual(r.problems, []);
  });

  it('list-form build args: KEY=value items are read, a bare KEY (taken from the shell) is skipped', () => {
    const text = 'services:\n  api:\n    build:\n      context: .\n      args:\n        - API_PORT=9000\n        - PORT\n        - DATABASE_URL=postgres://db:5432/app\n';
    const r = scanCompose(text);
    assert.deepStrictEqual(rows(text, r), [
      ['api', 'setting', 9000, 'build arg API_PORT', '9000'],
      ['api', 'setting', 5432, 'build arg DATABASE_URL', '5432'],
    ]);
    assert.deepStrictEqual(r.problems, []);
  });

  it('an interpolated default ${PORT:-8080} gives the default port, spanning the default as written', () => {
    const text = 'services:\n  api:\n    build:\n      context: .\n      args:\n        PORT: ${PORT:-8080}\n';
    const r = scanCompose(text);
    assert.deepStrictEqual(rows(text, r), [['api', 'setting', 8080, 'build arg PORT', '8080']]);
    assert.deepStrictEqual(r.problems, []);
  });

  it('a build arg not named like a port, holding a number, is not a mention', () => {
    const text = 'services:\n  api:\n    build:\n      context: .\n      args:\n        NODE_VERSION: 20\n        WORKERS: 8080\n';
    const r = scanCompose(text);
    assert.deepStrictEqual(r.mentions, []);
    assert.deepStrictEqual(r.problems, []);
  });

  it('build: as a plain string context has no args and gives nothing', () => {
    const text = 'services:\n  api:\n    build: .\n    environment:\n      PORT: 3000\n';
    const r = scanCompose(text);
    assert.deepStrictEqual(rows(text, r), [['api', 'setting', 3000, 'environment PORT', '3000']]);
    assert.deepStrictEqual(r.problems, []);
  });

  it('a port build arg that holds no port is invalid-port, in list and map form', () => {
    const list = 'services:\n  api:\n    build:\n      args:\n        - PORT=abc\n';
    const r = scanCompose(list);
    assert.deepStrictEqual(r.problems.map((p) => [p.code, written(list, p)]), [['invalid-port', 'abc']]);
    assert.match(r.problems[0].message, /PORT/);
    assert.deepStrictEqual(r.mentions, []);
    const map = 'services:\n  api:\n    build:\n      args:\n        DB_PORT: 70000\n';
    assert.deepStrictEqual(scanCompose(map).problems.map((p) => [p.code, written(map, p)]), [['invalid-port', '70000']]);
  });
});
