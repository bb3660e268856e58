// Compose interpolates a compose file with the variables of the `.env` file beside it: dotenvVariables reads
// that file as Compose does, and analyzePorts uses the variables it is given.
import assert from 'assert';
import { analyzePorts, dotenvVariables, hoverMarkdown, lookupPort, mentionAt } from '../../src/core';

const hostMentions = (text: string, variables?: ReadonlyMap<string, string>) =>
  analyzePorts(text, 'compose', { variables }).mentions
    .filter((m) => m.role === 'host')
    .map((m) => [m.port, text.slice(m.start, m.end), m.variable?.name]);

describe('dotenvVariables', () => {
  it('reads every key the way Compose reads .env: export, quotes, inline comments, KEY: value', () => {
    const vars = dotenvVariables('# web\nexport WEB_PORT=8080\nDB_PORT="5432"\nRAW=\'${X}\'\nAPI_PORT=9000 # the API\nMAIL: 587\n');
    assert.deepStrictEqual([...vars], [['WEB_PORT', '8080'], ['DB_PORT', '5432'], ['RAW', '${X}'], ['API_PORT', '9000'], ['MAIL', '587']]);
  });

  it('interpolates from the keys above, and leaves out a value that needs the shell', () => {
    const vars = dotenvVariables('BASE=80\nWEB_PORT=${BASE}80\nHOME_PORT=${HOME}\nLATER=${NEXT}\nNEXT=1\n');
    assert.strictEqual(vars.get('WEB_PORT'), '8080');
    assert.strictEqual(vars.has('HOME_PORT'), false);
    assert.strictEqual(vars.has('LATER'), false);
  });

  it('a key set twice keeps its last value; garbage and binary text give what can be read and never throw', () => {
    assert.strictEqual(dotenvVariables('P=1\nP=2\n').get('P'), '2');
    assert.deepStrictEqual([...dotenvVariables('\u0000\u0001=\n===\n"unclosed\nOK=1')], [['OK', '1']]);
    assert.strictEqual(dotenvVariables(undefined as unknown as string).size, 0);
  });
});

describe('compose interpolation with .env variables', () => {
  const compose = 'services:\n  web:\n    ports:\n      - "${WEB_PORT}:80"\n      - "${ADMIN_PORT:-8025}:8025"\n      - "${UNSET}:9000"\n';

  it('without variables, ${VAR} reads as nothing and ${VAR:-default} as its default', () => {
    assert.deepStrictEqual(hostMentions(compose), [[8025, '8025', undefined]]);
  });

  it('with them, the port is the variable\'s value, shown on the reference and naming the variable', () => {
    const vars = dotenvVariables('WEB_PORT=8080\nADMIN_PORT=8026\n');
    assert.deepStrictEqual(hostMentions(compose, vars), [
      [8080, '${WEB_PORT}', 'WEB_PORT'], [8026, '${ADMIN_PORT:-8025}', 'ADMIN_PORT']]);
  });

  it('the rules see the values: a .env port in the dynamic range is flagged, two services on one .env port conflict', () => {
    const vars = dotenvVariables('PORT=50000\n');
    const text = 'services:\n  a:\n    ports: ["${PORT}:80"]\n  b:\n    ports: ["${PORT}:81"]\n';
    const codes = analyzePorts(text, 'compose', { variables: vars }).findings.map((f) => `${f.code}@${text.slice(f.start, f.end)}`);
    assert.deepStrictEqual(codes, ['dynamic-range@${PORT}', 'host-port-conflict@${PORT}', 'dynamic-range@${PORT}', 'host-port-conflict@${PORT}']);
  });

  it('a .env value that is not a port is reported where the reference is written', () => {
    const text = 'services:\n  a:\n    ports: ["${PORT}:80"]\n';
    const problems = analyzePorts(text, 'compose', { variables: dotenvVariables('PORT=70000\n') }).findings;
    assert.deepStrictEqual(problems.map((f) => [f.code, text.slice(f.start, f.end)]), [['invalid-port', '${PORT}']]);
  });

  it('the hover says whose value the port is and where it comes from', () => {
    const vars = dotenvVariables('WEB_PORT=8080\n');
    const analysis = analyzePorts(compose, 'compose', { variables: vars });
    const mention = mentionAt([...analysis.mentions].sort((a, b) => a.start - b.start), compose.indexOf('${WEB_PORT}') + 3)!;
    const hover = hoverMarkdown(mention, lookupPort(mention.port), []);
    assert.match(hover, /^\*\*Port 8080\/tcp\*\*/);
    assert.match(hover, /The value of `WEB_PORT` in the \.env file beside this compose file\./);
  });

  it('a part set by a variable the .env does not set is named in the hover, never guessed', () => {
    const text = 'services:\n  web:\n    ports:\n      - "${WEB_PORT}:80"\n      - "${BIND_IP}:8080:81"\n'
      + '      - target: 90\n        published: "${PUB}"\n';
    const hover = (needle: string) => {
      const analysis = analyzePorts(text, 'compose', { variables: dotenvVariables('OTHER=1\n') });
      const mention = mentionAt([...analysis.mentions].sort((a, b) => a.start - b.start), text.indexOf(needle) + 1)!;
      return hoverMarkdown(mention, lookupPort(mention.port), []);
    };
    // Not "a host port the engine picks": the host port is whatever ${WEB_PORT} is when compose runs.
    assert.match(hover(':80"'), /Container port:\*\* 80\/tcp, published as the host port from `\$\{WEB_PORT\}`, which the \.env beside this file does not set/);
    // Not "on every interface": the address is whatever ${BIND_IP} is.
    assert.match(hover('8080'), /host 8080 on the address from `\$\{BIND_IP\}` → container 81\/tcp/);
    assert.match(hover('90'), /published as the host port from `\$\{PUB\}`/);
  });

  it('unset-variable: a port variable the .env does not set, with no default, is a hint on the reference', () => {
    const text = 'services:\n  web:\n    ports:\n      - "${WEB_PORT}:80"\n      - "${SET}:81"\n      - "${DEF:-8082}:82"\n'
      + '      - "8083:${APP}"\n      - target: 90\n        published: "${PUB}"\n';
    const unset = (variables?: ReadonlyMap<string, string>) => analyzePorts(text, 'compose', { variables }).findings
      .filter((f) => f.code === 'unset-variable').map((f) => [f.severity, text.slice(f.start, f.end)]);
    assert.deepStrictEqual(unset(dotenvVariables('SET=8081\n')), [['hint', '${WEB_PORT}'], ['hint', '${APP}'], ['hint', '${PUB}']]);
    const [first] = analyzePorts(text, 'compose', { variables: new Map() }).findings.filter((f) => f.code === 'unset-variable');
    assert.match(first.message, /^WEB_PORT is not set in the \.env file beside this compose file and has no default/);
    // Without the .env's variables (nobody read it) nothing can be said about them.
    assert.deepStrictEqual(unset(undefined), []);
  });

  it('a Dockerfile port taken from an ARG names it too', () => {
    const text = 'FROM a\nARG PORT=3000\nEXPOSE $PORT\n';
    const exposed = analyzePorts(text, 'dockerfile').mentions.find((m) => m.role === 'expose')!;
    assert.deepStrictEqual(exposed.variable, { name: 'PORT', source: 'set by an ARG or ENV above' });
  });
});
