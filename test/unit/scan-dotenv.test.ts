import assert from 'assert';
import { scanDotenv } from '../../src/core/formats/dotenv';

const written = (text: string, m: { start: number; end: number }) => text.slice(m.start, m.end);
const shown = (text: string) => scanDotenv(text).mentions.map((m) => [m.role, m.port, m.context, written(text, m)]);

describe('scanDotenv', () => {
  it('KEY=value, export KEY=value and KEY: value', () => {
    const text = 'PORT=3000\nexport DB_PORT=5432\nREDIS_PORT: 6379\n';
    assert.deepStrictEqual(shown(text), [['setting', 3000, 'PORT', '3000'], ['setting', 5432, 'DB_PORT', '5432'], ['setting', 6379, 'REDIS_PORT', '6379']]);
  });

  it('single and double quotes; an inline # comment only ends unquoted values', () => {
    const text = "WEB_PORT='8080'\nAPI_PORT=\"9000\" # api\nADMIN_PORT=7000 # admin\nURL='http://h:81/#x'\n";
    assert.deepStrictEqual(shown(text), [
      ['setting', 8080, 'WEB_PORT', '8080'], ['setting', 9000, 'API_PORT', '9000'], ['setting', 7000, 'ADMIN_PORT', '7000'], ['setting', 81, 'URL', '81'],
    ]);
    assert.deepStrictEqual(scanDotenv(text).problems, []);
  });

  it('URL ports in any key, implicit scheme ports on the host, multi-host and lists of URLs', () => {
    const text = [
      'DATABASE_URL=postgres://u:p@db:5432/app',
      'API_URL=https://api.example.com/v1',
      'MONGO_URL=mongodb://m1:27017,m2:27018/app?replicaSet=rs0',
      'CORS_ORIGINS=http://localhost:3000,http://localhost:5173',
      'CACHE=redis://cache',
      '',
    ].join('\n');
    assert.deepStrictEqual(scanDotenv(text).mentions.map((m) => [m.port, m.implicit, written(text, m)]), [
      [5432, undefined, '5432'], [443, true, 'api.example.com'], [27017, undefined, '27017'], [27018, undefined, '27018'],
      [3000, undefined, '3000'], [5173, undefined, '5173'], [6379, true, 'cache'],
    ]);
  });

  it('*_PORTS lists, ranges and host:port in address keys', () => {
    const text = 'EXTRA_PORTS=80,443 8000-8010\nKAFKA_BOOTSTRAP_SERVERS=kafka-1:9092,kafka-2:9092\nTIME=12:30\n';
    assert.deepStrictEqual(scanDotenv(text).mentions.map((m) => [m.port, m.endPort, written(text, m)]), [
      [80, undefined, '80'], [443, undefined, '443'], [8000, 8010, '8000-8010'], [9092, undefined, '9092'], [9092, undefined, '9092'],
    ]);
  });

  it('${VAR} refers to keys defined earlier; unknown variables give nothing', () => {
    const text = 'DB_PORT=5432\nDATABASE_URL=postgres://db:${DB_PORT}/app\nOTHER_URL=http://x:${NOPE}/\nWEB_PORT=${WEB:-8080}\n';
    assert.deepStrictEqual(scanDotenv(text).mentions.map((m) => [m.context, m.port, written(text, m)]), [
      ['DB_PORT', 5432, '5432'], ['DATABASE_URL', 5432, '${DB_PORT}'], ['WEB_PORT', 8080, '8080'],
    ]);
  });

  it('single-quoted values stay literal', () => {
    assert.deepStrictEqual(scanDotenv("DB_PORT=5432\nURL='postgres://db:${DB_PORT}/x'\n").mentions.map((m) => m.context), ['DB_PORT']);
  });

  it('a key named like a port that holds no port is invalid-port', () => {
    const text = 'PORT=abc\nDB_PORT=70000\nEMPTY_PORT=\nSUPPORT=yes\n';
    const r = scanDotenv(text);
    assert.deepStrictEqual(r.problems.map((p) => [p.code, written(text, p)]), [['invalid-port', 'abc'], ['invalid-port', '70000']]);
    assert.match(r.problems[0].message, /PORT/);
  });

  it('multi-line double-quoted values are one value', () => {
    const text = 'CERT="line1\nPORT=1234\nline3"\nAPP_PORT=3000\n';
    assert.deepStrictEqual(shown(text), [['setting', 3000, 'APP_PORT', '3000']]);
  });

  it('comments, blank lines, CRLF, a BOM and non-ASCII before the port', () => {
    const text = '\uFEFF# 🐳 café\r\n\r\nNAME=Zoë ☕\r\nAPI_URL=http://ünï.example:8443/\r\nPORT=3000\r\n';
    assert.deepStrictEqual(scanDotenv(text).mentions.map((m) => written(text, m)), ['8443', '3000']);
  });

  it('half-typed lines do not throw', () => {
    for (const input of ['PORT', 'PORT=', 'PORT="', "PORT='80", 'export', '=80', 'A="\\', 'URL=http://', 'URL=http://:', 'X=${', '\uFEFF']) {
      assert.doesNotThrow(() => scanDotenv(input), input);
    }
    assert.deepStrictEqual(scanDotenv('WEB_PORT="8080\nAPI_PORT=9000\n').mentions.map((m) => m.port), [8080, 9000]);
  });
});

describe('scanDotenv: values that are not ports written wrong', () => {
  it('a switch, a null or a connection string under a port-like name is no invalid port; a typo still is', () => {
    // Websoft9's couchbase W9_URL_WITH_PORT=false; wallabag's SYMFONY__ENV__DATABASE_PORT=~; falcon's MYSQL_PORT DSN.
    const text = 'W9_URL_WITH_PORT=false\nSYMFONY__ENV__DATABASE_PORT=~\nMYSQL_PORT=root:root@tcp(falcon-mysql:3306)/db\nAPI_PORT=80a\n';
    const problems = scanDotenv(text).problems;
    assert.deepStrictEqual(problems.map((p) => text.slice(p.start, p.end)), ['80a']);
  });

  it('a serial port, a socket path or a let-the-program-choose word is no invalid port; a typo still is', () => {
    // zigbee2mqtt's serial port; Nutify's UPS_PORT=auto (NUT's own word for a USB UPS); Windows' COM3.
    const text = 'ZIGBEE2MQTT_CONFIG_SERIAL_PORT=/dev/ttyACM0\nUPS_PORT=auto\nSERIAL_PORT=COM3\nAPP_PORT=random\nAPI_PORT=COM\nWEB_PORT=8o80\n';
    const problems = scanDotenv(text).problems;
    assert.deepStrictEqual(problems.map((p) => text.slice(p.start, p.end)), ['COM', '8o80']);
  });

  it('a value SOPS encrypted is no invalid port; a bracket that only looks like it still is', () => {
    // soodoh/docker-compose's secrets/production.sops.env.
    const text = 'AUTHENTIK_EMAIL__PORT=ENC[AES256_GCM,data:iijl,iv:uB8+vcYXm85p=,tag:OkHLKyRXSTQ=,type:str]\nSMTP_PORT=ENC[587\n';
    const problems = scanDotenv(text).problems;
    assert.deepStrictEqual(problems.map((p) => text.slice(p.start, p.end)), ['ENC[587']);
  });

  it('a bracketed list of ports (TOML style) gives each port; a name of a port variable is a placeholder', () => {
    // matrix-construct/tuwunel's TUWUNEL_PORT="[8448]"; a start-up script's API_PORT placeholder.
    const text = 'TUWUNEL_PORT=[8448, 8008]\nLISTEN_PORT=API_PORT\nBAD_PORT=[80x]\n';
    const r = scanDotenv(text);
    assert.deepStrictEqual(r.mentions.map((m) => [m.port, text.slice(m.start, m.end)]), [[8448, '8448'], [8008, '8008']]);
    assert.deepStrictEqual(r.problems.map((p) => text.slice(p.start, p.end)), ['80x']);
    // A list nested 100,000 deep is one invalid value, read without recursing.
    const nested = `X_PORT=${'['.repeat(100000)}1${']'.repeat(100000)}\n`;
    assert.strictEqual(scanDotenv(nested).problems.length, 1);
  });

  it('every listener of a Kafka listener list, whose names hold underscores', () => {
    // grafana/alloy's loki-azure-event-hubs test stack.
    const text = 'KAFKA_LISTENERS=SASL_SSL://:9093,SASL_SSL_HOST://:29093,CONTROLLER://:9094\n';
    assert.deepStrictEqual(scanDotenv(text).mentions.map((m) => m.port), [9093, 29093, 9094]);
  });

  it('a template placeholder, a comment for a value and a URL inside a list are no invalid ports', () => {
    // cachethq/docker's .env.docker; stack-auth's apps/backend/.env; vimagick/dockerfiles' Logstash.
    const text = 'DB_PORT={{DB_PORT}}\nMAIL_PORT=@MAIL_PORT@\nSTACK_EMAIL_PORT=# for local inbucket: 8129\nHOSTS=[http://elasticsearch:9200]\nV6=http://[::1]:8080/\nAPI_PORT=80a\n';
    const { problems, mentions } = scanDotenv(text);
    assert.deepStrictEqual(problems.map((p) => text.slice(p.start, p.end)), ['80a']);
    assert.deepStrictEqual(mentions.map((m) => m.port), [9200, 8080]);
  });

  it('a phrase that says where a port goes is a placeholder; a word that names no port is still no port', () => {
    // finallyjay/selfhosted-docker-services' traccar/.env.example.
    const text = '5013_EXTERNAL_PORT=port_goes_here\nWEB_PORT=your_port\nAPI_PORT=eighty\nDB_PORT=db_host\n';
    assert.deepStrictEqual(scanDotenv(text).problems.map((p) => text.slice(p.start, p.end)), ['eighty', 'db_host']);
  });

  it('an image reference after docker:// is no host and port', () => {
    // traefikturkey/onramp's GITEA_RUNNER_LABELS: a runner label names the job image node:20-bookworm.
    const text = 'GITEA_RUNNER_LABELS=ubuntu-latest:docker://node:20-bookworm,ubuntu-22.04:docker://node:20-bookworm\nAPI_URL=http://api:80x/\n';
    const problems = scanDotenv(text).problems;
    assert.deepStrictEqual(problems.map((p) => text.slice(p.start, p.end)), ['80x']);
  });

  it('a URL whose port is left to the shell or a wildcard is no invalid port', () => {
    // Websoft9's APP_URL=http://${W9_URL} with W9_URL=internet_ip:$W9_HTTP_PORT_SET; OxiCloud's frame ancestors.
    const text = 'W9_URL=internet_ip:$W9_HTTP_PORT_SET\nAPP_URL=http://${W9_URL}\nANCESTORS=http://localhost:* http://127.0.0.1:*\nBAD_URL=http://localhost:80x\n';
    const problems = scanDotenv(text).problems;
    assert.deepStrictEqual(problems.map((p) => text.slice(p.start, p.end)), ['80x']);
  });
});
