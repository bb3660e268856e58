import assert from 'assert';
import { scanNginx } from '../../src/core/formats/nginx';
import type { PortMention } from '../../src/core/types';

/** A mention without its offsets, plus the exact text it covers. */
function described(text: string, mention: PortMention): Record<string, unknown> {
  const { start, end, ...rest } = mention;
  return { ...rest, written: text.slice(start, end) };
}

function only(text: string): Record<string, unknown> {
  const { mentions, problems } = scanNginx(text);
  assert.deepStrictEqual(problems, [], `no problems expected in ${text}`);
  assert.strictEqual(mentions.length, 1, `one mention expected in ${text}: ${JSON.stringify(mentions)}`);
  return described(text, mentions[0]);
}

/** Asserts the single mention of `text`, and that it starts where `written` first appears after `after`. */
function expectMention(text: string, after: string, expected: Record<string, unknown>): void {
  const { mentions } = scanNginx(text);
  assert.deepStrictEqual(only(text), expected);
  assert.strictEqual(mentions[0].start, text.indexOf(String(expected.written), text.indexOf(after) + after.length));
}

function problemsOf(text: string) {
  return scanNginx(text).problems.map((problem) => ({
    code: problem.code, severity: problem.severity, written: text.slice(problem.start, problem.end),
    message: problem.message, fix: problem.fix,
  }));
}

describe('scanNginx: listen', () => {
  it('listen 80 is an explicit tcp port on every address', () => {
    expectMention('server {\n    listen 80;\n}\n', 'listen', { port: 80, role: 'listen', protocol: 'tcp', context: 'listen', written: '80' });
  });

  it('listen 127.0.0.1:8080 covers the port digits and keeps the host IP', () => {
    expectMention('server { listen 127.0.0.1:8080; }', ':', {
      port: 8080, role: 'listen', protocol: 'tcp', context: 'listen', hostIp: '127.0.0.1', written: '8080',
    });
  });

  it('listen [::]:443 ssl strips the brackets from the host IP', () => {
    expectMention('server { listen [::]:443 ssl; }', ']:', {
      port: 443, role: 'listen', protocol: 'tcp', context: 'listen', hostIp: '::', written: '443',
    });
  });

  it('listen [::1] without a port is an implicit 80 covering the bracketed address', () => {
    expectMention('server { listen [::1]; }', 'listen ', {
      port: 80, role: 'listen', protocol: 'tcp', context: 'listen', hostIp: '::1', implicit: true, written: '[::1]',
    });
  });

  it('listen *:80 is a wildcard: no host IP', () => {
    expectMention('server { listen *:80; }', '*:', { port: 80, role: 'listen', protocol: 'tcp', context: 'listen', written: '80' });
  });

  it('listen localhost:8000 keeps the host name as written', () => {
    expectMention('server { listen localhost:8000; }', 'localhost:', {
      port: 8000, role: 'listen', protocol: 'tcp', context: 'listen', hostIp: 'localhost', written: '8000',
    });
  });

  it('listen 127.0.0.1 alone listens on the implicit port 80, shown on the address', () => {
    expectMention('server { listen 127.0.0.1; }', 'listen ', {
      port: 80, role: 'listen', protocol: 'tcp', context: 'listen', hostIp: '127.0.0.1', implicit: true, written: '127.0.0.1',
    });
  });

  it('listen unix:/run/app.sock mentions no port', () => {
    assert.deepStrictEqual(scanNginx('server { listen unix:/run/app.sock; }'), { mentions: [], problems: [] });
  });

  it('listen 8000-8010 is one mention of the range', () => {
    expectMention('server { listen 8000-8010; }', 'listen ', {
      port: 8000, endPort: 8010, role: 'listen', protocol: 'tcp', context: 'listen', written: '8000-8010',
    });
  });

  it('listen 127.0.0.1:8000-8010 reads a range after an address', () => {
    expectMention('server { listen 127.0.0.1:8000-8010; }', ':', {
      port: 8000, endPort: 8010, role: 'listen', protocol: 'tcp', context: 'listen', hostIp: '127.0.0.1', written: '8000-8010',
    });
  });

  it('parameters after the address do not change the port (default_server, http2, proxy_protocol, backlog=N)', () => {
    expectMention('server { listen 8443 ssl http2 default_server proxy_protocol reuseport backlog=4096 so_keepalive=on; }', 'listen ', {
      port: 8443, role: 'listen', protocol: 'tcp', context: 'listen', written: '8443',
    });
  });

  it('the quic parameter makes the socket udp', () => {
    expectMention('server { listen 443 quic reuseport; }', 'listen ', { port: 443, role: 'listen', protocol: 'udp', context: 'listen', written: '443' });
  });

  it("the stream module's udp parameter makes the socket udp", () => {
    expectMention('stream { server { listen 53 udp; } }', 'listen ', { port: 53, role: 'listen', protocol: 'udp', context: 'listen', written: '53' });
  });

  it('a stream server address without a port has no implicit 80', () => {
    assert.deepStrictEqual(scanNginx('stream { server { listen 10.0.0.1; proxy_pass db:5432; } }').mentions.map((m) => m.port), [5432]);
  });

  it('a quoted listen value is read like a bare one, inside the quotes', () => {
    expectMention('server { listen "127.0.0.1:8081"; }', ':', {
      port: 8081, role: 'listen', protocol: 'tcp', context: 'listen', hostIp: '127.0.0.1', written: '8081',
    });
  });

  it('a listen in a comment is not a port', () => {
    assert.deepStrictEqual(scanNginx('server {\n    # listen 8080;\n    listen 80; # was listen 81;\n}').mentions.map((m) => m.port), [80]);
  });
});

describe('scanNginx: listen problems', () => {
  it('port 0 is invalid', () => {
    const [problem] = problemsOf('server { listen 0; }');
    assert.strictEqual(problem.code, 'invalid-port');
    assert.strictEqual(problem.severity, 'error');
    assert.strictEqual(problem.written, '0');
    assert.match(problem.message, /1 to 65535/);
    assert.deepStrictEqual(scanNginx('server { listen 0; }').mentions, []);
  });

  it('a port above 65535 is invalid, after an address too', () => {
    assert.deepStrictEqual(problemsOf('server { listen 65536; listen 127.0.0.1:99999; }').map((p) => [p.code, p.written]),
      [['invalid-port', '65536'], ['invalid-port', '99999']]);
  });

  it('65535 and 1 are the valid extremes', () => {
    const { mentions, problems } = scanNginx('server { listen 65535; listen 1; }');
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(mentions.map((m) => m.port), [65535, 1]);
  });

  it('a non-numeric port after ":" is invalid and says what nginx expects', () => {
    const [problem] = problemsOf('server { listen localhost:http; }');
    assert.strictEqual(problem.written, 'http');
    assert.match(problem.message, /'http' is not a port number/);
  });

  it('an empty port after ":" is invalid, marked on the colon', () => {
    const [problem] = problemsOf('server { listen 127.0.0.1:; }');
    assert.strictEqual(problem.code, 'invalid-port');
    assert.strictEqual(problem.written, ':');
  });

  it('listen ::1:80 needs brackets: the fix writes [::1]:80', () => {
    const text = 'server { listen ::1:80; }';
    const [problem] = problemsOf(text);
    assert.strictEqual(problem.code, 'invalid-port');
    assert.strictEqual(problem.written, '::1:80');
    assert.match(problem.message, /invalid port/);
    assert.match(problem.message, /needs brackets/);
    assert.match(problem.message, /\[::1\]:80/);
    assert.ok(problem.fix);
    const [edit] = problem.fix.edits;
    const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    assert.strictEqual(fixed, 'server { listen [::1]:80; }');
    assert.deepStrictEqual(scanNginx(fixed).problems, []);
    assert.deepStrictEqual(scanNginx(fixed).mentions.map((m) => [m.port, m.hostIp]), [[80, '::1']]);
  });

  it('an unbracketed IPv6 address with no port is bracketed whole (fe80::1 is not host fe80: and port 1)', () => {
    const [problem] = problemsOf('server { listen fe80::1; }');
    assert.strictEqual(problem.fix?.edits[0].newText, '[fe80::1]');
  });

  it('a range whose end is below its start is invalid, and the fix swaps the ends', () => {
    const text = 'server { listen 8010-8000; }';
    const [problem] = problemsOf(text);
    assert.strictEqual(problem.written, '8010-8000');
    assert.match(problem.message, /ends below its start/);
    const [edit] = problem.fix!.edits;
    const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    assert.strictEqual(fixed, 'server { listen 8000-8010; }');
    assert.deepStrictEqual(scanNginx(fixed).problems, []);
  });

  it('a range with an out-of-range end is invalid', () => {
    assert.deepStrictEqual(problemsOf('server { listen 8000-70000; }').map((p) => p.written), ['70000']);
  });

  it('listen +80 is invalid-port, not port 80: nginx reads a port only as plain digits', () => {
    const text = 'server { listen +80; }';
    const [problem] = problemsOf(text);
    assert.strictEqual(problem.code, 'invalid-port');
    assert.strictEqual(problem.severity, 'error');
    assert.strictEqual(problem.written, '+80');
    assert.match(problem.message, /'\+80' is not a port/);
    assert.deepStrictEqual(scanNginx(text).mentions, []);
    const [edit] = problem.fix!.edits;
    const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    assert.strictEqual(fixed, 'server { listen 80; }');
    assert.deepStrictEqual(scanNginx(fixed).problems, []);
  });

  it('signed, hex and space-padded listen ports are invalid-port with no mention', () => {
    const text = 'server { listen -80; listen 0x50; listen "80 "; listen " 8080"; listen +8000-8010; listen 0X1F90; }';
    const { mentions, problems } = scanNginx(text);
    assert.deepStrictEqual(mentions, []);
    assert.deepStrictEqual(problems.map((p) => [p.code, text.slice(p.start, p.end), p.fix?.edits[0].newText]), [
      ['invalid-port', '-80', undefined], ['invalid-port', '0x50', '80'], ['invalid-port', '80 ', '80'], ['invalid-port', ' 8080', '8080'],
      ['invalid-port', '+8000-8010', undefined], ['invalid-port', '0X1F90', '8080'],
    ]);
  });

  it('listen 8080 ; with a space before the semicolon is port 8080', () => {
    expectMention('server { listen 8080 ; }', 'listen ', { port: 8080, role: 'listen', protocol: 'tcp', context: 'listen', written: '8080' });
  });

  it('a host name is not a problem: listen app-host listens on 80 there', () => {
    expectMention('server { listen app-host; }', 'listen ', {
      port: 80, role: 'listen', protocol: 'tcp', context: 'listen', hostIp: 'app-host', implicit: true, written: 'app-host',
    });
  });
});

describe('scanNginx: proxy_pass and the other *_pass directives', () => {
  it('proxy_pass http://127.0.0.1:3000 is an upstream port', () => {
    expectMention('location / { proxy_pass http://127.0.0.1:3000/api/; }', '127.0.0.1:', {
      port: 3000, role: 'upstream', protocol: 'tcp', context: 'proxy_pass', written: '3000',
    });
  });

  it('http:// without a port means 80, shown on the host', () => {
    expectMention('location / { proxy_pass http://app/; }', '//', {
      port: 80, role: 'upstream', protocol: 'tcp', context: 'proxy_pass', implicit: true, written: 'app',
    });
  });

  it('https:// without a port means 443', () => {
    expectMention('location / { proxy_pass https://api.example.com; }', '//', {
      port: 443, role: 'upstream', protocol: 'tcp', context: 'proxy_pass', implicit: true, written: 'api.example.com',
    });
  });

  it('the scheme is case-insensitive as in nginx', () => {
    assert.deepStrictEqual(scanNginx('location / { proxy_pass HTTPS://secure; }').mentions.map((m) => m.port), [443]);
  });

  it('an upstream name without a port is not a port, wherever the upstream block is', () => {
    const text = 'server { location / { proxy_pass http://backend; } }\nupstream backend { server app:8080; }';
    assert.deepStrictEqual(scanNginx(text).mentions.map((m) => [m.port, m.context]), [[8080, 'server']]);
  });

  it('a port on an upstream name is invalid (nginx: upstream may not have port), and the fix removes it', () => {
    const text = 'upstream backend { server app:8080; }\nserver { location / { proxy_pass http://backend:8080/; } }';
    const { mentions, problems } = scanNginx(text);
    assert.deepStrictEqual(mentions.map((m) => m.context), ['server']);
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(text.slice(problems[0].start, problems[0].end), '8080');
    assert.match(problems[0].message, /may not have port 8080/);
    const [edit] = problems[0].fix!.edits;
    const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    assert.ok(fixed.includes('proxy_pass http://backend/;'));
    assert.deepStrictEqual(scanNginx(fixed).problems, []);
    assert.deepStrictEqual(scanNginx(fixed).mentions.map((m) => m.port), [8080]);
  });

  it('a port on an upstream name is invalid when the upstream block comes later too, and the results keep their order', () => {
    const text = 'server { listen 81; location / { proxy_pass http://backend:8080/; } listen 82; }\nupstream backend { server app:8080; }';
    const { mentions, problems } = scanNginx(text);
    assert.deepStrictEqual(mentions.map((m) => [m.port, m.context]), [[81, 'listen'], [82, 'listen'], [8080, 'server']]);
    assert.deepStrictEqual(problems.map((p) => [text.slice(p.start, p.end), p.start]), [['8080', text.indexOf('8080')]]);
    assert.match(problems[0].message, /upstream block "backend"/);
  });

  it('a written port after a variable host counts; a variable port does not', () => {
    expectMention('location / { proxy_pass http://$upstream_host:8443$request_uri; }', 'host:', {
      port: 8443, role: 'upstream', protocol: 'tcp', context: 'proxy_pass', written: '8443',
    });
    assert.deepStrictEqual(scanNginx('location / { proxy_pass http://$backend; proxy_pass http://app:$port; proxy_pass $scheme://app:80; }'),
      { mentions: [], problems: [] });
  });

  it('proxy_pass to a unix socket has no port', () => {
    assert.deepStrictEqual(scanNginx('location / { proxy_pass http://unix:/tmp/backend.socket:/uri/; }'), { mentions: [], problems: [] });
  });

  it('[v6]:port in a URL', () => {
    expectMention('location / { proxy_pass http://[::1]:9000; }', ']:', {
      port: 9000, role: 'upstream', protocol: 'tcp', context: 'proxy_pass', written: '9000',
    });
  });

  it('port 0 and ranges are invalid in proxy_pass', () => {
    assert.deepStrictEqual(problemsOf('location / { proxy_pass http://app:0; proxy_pass http://app:8000-8010; }').map((p) => [p.code, p.written]),
      [['invalid-port', '0'], ['invalid-port', '8000-8010']]);
    assert.match(problemsOf('location / { proxy_pass http://app:8000-8010; }')[0].message, /only listen accepts port ranges/);
  });

  it('fastcgi_pass host:port is an upstream port; without a port nginx has no default', () => {
    expectMention('location ~ \\.php$ { fastcgi_pass php-fpm:9000; }', 'fpm:', {
      port: 9000, role: 'upstream', protocol: 'tcp', context: 'fastcgi_pass', written: '9000',
    });
    assert.deepStrictEqual(scanNginx('location / { fastcgi_pass php-fpm; fastcgi_pass unix:/run/php/php8.2-fpm.sock; }').mentions, []);
  });

  it('grpc_pass reads grpc:// and grpcs:// addresses and bare ones', () => {
    const text = 'location / { grpc_pass grpc://127.0.0.1:9000; grpc_pass grpcs://api:50051; grpc_pass localhost:9090; }';
    assert.deepStrictEqual(scanNginx(text).mentions.map((m) => described(text, m)), [
      { port: 9000, role: 'upstream', protocol: 'tcp', context: 'grpc_pass', written: '9000' },
      { port: 50051, role: 'upstream', protocol: 'tcp', context: 'grpc_pass', written: '50051' },
      { port: 9090, role: 'upstream', protocol: 'tcp', context: 'grpc_pass', written: '9090' },
    ]);
  });

  it('grpc_pass without a port gets no default (nginx: "no port in upstream")', () => {
    assert.deepStrictEqual(scanNginx('location / { grpc_pass grpc://api; grpc_pass grpcs://api; }').mentions, []);
  });

  it('uwsgi_pass, scgi_pass and memcached_pass addresses', () => {
    const text = 'location / { uwsgi_pass uwsgi://django:3031; scgi_pass 127.0.0.1:4000; memcached_pass cache:11211; }';
    assert.deepStrictEqual(scanNginx(text).mentions.map((m) => [m.port, m.context, text.slice(m.start, m.end)]),
      [[3031, 'uwsgi_pass', '3031'], [4000, 'scgi_pass', '4000'], [11211, 'memcached_pass', '11211']]);
  });

  it('stream proxy_pass takes an address without a scheme', () => {
    expectMention('stream { server { proxy_pass db.internal:5432; } }', 'internal:', {
      port: 5432, role: 'upstream', protocol: 'tcp', context: 'proxy_pass', written: '5432',
    });
  });
});

describe('scanNginx: upstream, resolver and syslog', () => {
  it('upstream { server app:8080; } is an upstream port with its parameters ignored', () => {
    expectMention('upstream backend {\n    server app:8080 weight=5 max_fails=3;\n}', 'app:', {
      port: 8080, role: 'upstream', protocol: 'tcp', context: 'server', written: '8080',
    });
  });

  it('an upstream server without a port is an implicit 80 on its address', () => {
    expectMention('upstream backend { server 10.0.0.2 backup; }', 'server ', {
      port: 80, role: 'upstream', protocol: 'tcp', context: 'server', implicit: true, written: '10.0.0.2',
    });
  });

  it('server blocks are not upstream servers', () => {
    assert.deepStrictEqual(scanNginx('http { server { server_name a; } server { listen 81; } }').mentions.map((m) => m.context), ['listen']);
  });

  it('resolver 127.0.0.11:53 is a setting; without a port it is an implicit 53', () => {
    const text = 'resolver 127.0.0.11:53 8.8.8.8 [2001:4860:4860::8888] valid=30s ipv6=off;';
    assert.deepStrictEqual(scanNginx(text).mentions.map((m) => described(text, m)), [
      { port: 53, role: 'setting', protocol: 'udp', context: 'resolver', written: '53' },
      { port: 53, role: 'setting', protocol: 'udp', context: 'resolver', implicit: true, written: '8.8.8.8' },
      { port: 53, role: 'setting', protocol: 'udp', context: 'resolver', implicit: true, written: '[2001:4860:4860::8888]' },
    ]);
  });

  it('access_log and error_log syslog servers default to 514', () => {
    const text = 'access_log syslog:server=10.0.0.1:1514,facility=local7 combined;\nerror_log syslog:tag=web,server=logs warn;\nerror_log syslog:server=unix:/dev/log;';
    assert.deepStrictEqual(scanNginx(text).mentions.map((m) => described(text, m)), [
      { port: 1514, role: 'setting', protocol: 'udp', context: 'access_log', written: '1514' },
      { port: 514, role: 'setting', protocol: 'udp', context: 'error_log', implicit: true, written: 'logs' },
    ]);
  });

  it('a plain log file path is not a port', () => {
    assert.deepStrictEqual(scanNginx('access_log /var/log/nginx/access.log:80 main;').mentions, []);
  });
});

describe('scanNginx: set $upstream_app and $upstream_port (LinuxServer.io SWAG)', () => {
  const ports = (text: string) => scanNginx(text).mentions.map((m) => [m.port, m.host, m.context]);

  it('the port is a target of the app its block sets, before or after it', () => {
    assert.deepStrictEqual(ports('location / { set $upstream_app gotify; set $upstream_port 80; }'), [[80, 'gotify', 'set $upstream_port']]);
    assert.deepStrictEqual(ports('location / { set $upstream_port 80; set $upstream_app gotify; }'), [[80, 'gotify', 'set $upstream_port']]);
  });

  it("the block's last set $upstream_app counts, wherever it is, and another block's none", () => {
    const text = 'location / { set $upstream_app first; set $upstream_port 80; set $upstream_app last; }\n'
      + 'location /b { set $upstream_port 81; } listen 82;';
    assert.deepStrictEqual(ports(text), [[80, 'last', 'set $upstream_port'], [82, undefined, 'listen']]);
  });
});

describe('scanNginx: ${VAR} placeholders in *.template files', () => {
  it('listen ${NGINX_PORT} gives no mention and no problem', () => {
    assert.deepStrictEqual(scanNginx('server {\n    listen ${NGINX_PORT};\n    listen [::]:${NGINX_PORT} ssl;\n    listen 127.0.0.1:$PORT;\n}'),
      { mentions: [], problems: [] });
  });

  it('a template engine\'s or a start-up script\'s placeholder gives no mention and no problem; a word still is a problem', () => {
    // crazy-max/docker-rtorrent-rutorrent's rootfs/tpls: listen 127.0.0.1:@XMLRPC_HEALTH_PORT@, filled by sed.
    assert.deepStrictEqual(scanNginx('server {\n    listen 127.0.0.1:@XMLRPC_HEALTH_PORT@;\n    listen {{ port }};\n    listen __PORT__;\n}'),
      { mentions: [], problems: [] });
    // open-eats/OpenEats' alpine/default.conf: server API_HOST:API_PORT, filled from the Dockerfile's ENV at start-up.
    assert.deepStrictEqual(scanNginx('upstream api {\n    server API_HOST:API_PORT;\n}'), { mentions: [], problems: [] });
    assert.strictEqual(scanNginx('upstream api {\n    server api:apiport;\n}').problems.length, 1);
    assert.strictEqual(scanNginx('upstream api {\n    server api:Api_PORT;\n}').problems.length, 1);
  });

  it('a %%name%% placeholder filled by sed is no port; a port written before one still is', () => {
    // alexbelgium/hassio-addons photoprism/rootfs/etc/nginx/servers/ingress.conf: 32-nginx_ingress.sh runs
    // sed -i "s/%%port%%/${ingress_port}/g" (and %%interface%%, %%ingress_entry%%) before nginx starts.
    const text = 'server {\n    listen %%interface%%:%%port%% default_server;\n    location / {\n'
      + '       proxy_pass http://127.0.0.1:2341%%ingress_entry%%/;\n    }\n}';
    const { mentions, problems } = scanNginx(text);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(mentions.map((m) => described(text, m)), [
      { port: 2341, role: 'upstream', protocol: 'tcp', context: 'proxy_pass', written: '2341' },
    ]);
    // A word between single percent signs is no placeholder convention: still reported.
    assert.strictEqual(scanNginx('server {\n    listen 127.0.0.1:%port%;\n}').problems.length, 1);
  });

  it('a placeholder host with a written port still gives the port', () => {
    expectMention('location / { proxy_pass http://${BACKEND_HOST}:8000; }', '}:', {
      port: 8000, role: 'upstream', protocol: 'tcp', context: 'proxy_pass', written: '8000',
    });
  });

  it('a placeholder host without a port is unresolvable: no implicit 80', () => {
    assert.deepStrictEqual(scanNginx('upstream app { server ${APP_HOST}; } location / { proxy_pass http://${BACKEND}; }'),
      { mentions: [], problems: [] });
  });
});
