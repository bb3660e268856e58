import assert from 'assert';
import { scanDockerfile } from '../../src/core/formats/dockerfile';
import { applyEdits } from './applyEdits';

const written = (text: string, m: { start: number; end: number }) => text.slice(m.start, m.end);
const shown = (text: string) => scanDockerfile(text).mentions.map((m) => [m.role, m.port, m.endPort, m.protocol, m.context, written(text, m)]);

describe('scanDockerfile: EXPOSE', () => {
  it('several ports on one line with protocols; tcp by default', () => {
    const text = 'FROM nginx\nEXPOSE 80 443/tcp 53/udp 9000/SCTP\n';
    assert.deepStrictEqual(shown(text), [
      ['expose', 80, undefined, 'tcp', 'EXPOSE', '80'], ['expose', 443, undefined, 'tcp', 'EXPOSE', '443'],
      ['expose', 53, undefined, 'udp', 'EXPOSE', '53'], ['expose', 9000, undefined, 'sctp', 'EXPOSE', '9000'],
    ]);
  });

  it('ranges and line continuations', () => {
    const text = 'FROM alpine\nEXPOSE 8000-8010 \\\n    9000/udp\n';
    assert.deepStrictEqual(shown(text), [
      ['expose', 8000, 8010, 'tcp', 'EXPOSE', '8000-8010'], ['expose', 9000, undefined, 'udp', 'EXPOSE', '9000'],
    ]);
  });

  it('$VAR and ${VAR} resolve from earlier ARG/ENV defaults, marked on the variable', () => {
    const text = 'ARG APP_PORT=3000\nFROM node:20\nARG APP_PORT\nENV METRICS=9100\nEXPOSE $APP_PORT ${METRICS}/tcp ${DEBUG_PORT:-9229}\n';
    const expose = scanDockerfile(text).mentions.filter((m) => m.role === 'expose');
    assert.deepStrictEqual(expose.map((m) => [m.port, written(text, m)]), [[3000, '$APP_PORT'], [9100, '${METRICS}'], [9229, '9229']]);
  });

  it('an ARG without default, or a variable never declared, gives no mention and no problem', () => {
    const text = 'FROM node\nARG PORT\nEXPOSE $PORT $UNDECLARED ${ALSO_UNDECLARED}\n';
    const r = scanDockerfile(text);
    assert.deepStrictEqual(r.mentions, []);
    assert.deepStrictEqual(r.problems, []);
  });

  it('each FROM starts a new scope: a stage ARG does not leak into the next stage', () => {
    const text = 'FROM node AS build\nARG PORT=1234\nEXPOSE $PORT\nFROM nginx\nEXPOSE $PORT\n';
    assert.deepStrictEqual(scanDockerfile(text).mentions.filter((m) => m.role === 'expose').map((m) => m.port), [1234]);
  });

  it('bad ports and protocols are problems on the written text', () => {
    const text = 'FROM x\nEXPOSE 70000 80/http 90-80 abc\n';
    const r = scanDockerfile(text);
    assert.deepStrictEqual(r.problems.map((p) => [p.code, written(text, p)]), [
      ['invalid-port', '70000'], ['invalid-protocol', 'http'], ['invalid-port', '90-80'], ['invalid-port', 'abc'],
    ]);
  });

  it("the instruction's syntax copied as is is one problem on the line, not one per placeholder (khs1994's cheat sheet)", () => {
    const text = 'FROM x\nEXPOSE <port> [<port>/<protocol>...]\nEXPOSE 80\n';
    const r = scanDockerfile(text);
    assert.deepStrictEqual(r.problems.map((p) => [p.code, written(text, p)]), [['invalid-port', '<port> [<port>/<protocol>...]']]);
    assert.match(r.problems[0].message, /^"<port>" is a placeholder, not a port/);
    assert.deepStrictEqual(r.mentions.map((m) => m.port), [80]);
  });

  it('a HOST:CONTAINER mapping is expose-mapping; the fix keeps the container port', () => {
    const text = 'FROM nginx\nEXPOSE 8080:80/tcp 443\n';
    const r = scanDockerfile(text);
    assert.deepStrictEqual(r.problems.map((p) => [p.code, written(text, p)]), [['expose-mapping', '8080:80/tcp']]);
    const fixed = applyEdits(text, r.problems[0].fix!.edits);
    assert.strictEqual(fixed, 'FROM nginx\nEXPOSE 80/tcp 443\n');
    assert.deepStrictEqual(scanDockerfile(fixed).problems, []);
    assert.deepStrictEqual(r.mentions.map((m) => m.port), [80, 443]);
  });
});

describe('scanDockerfile: ENV, ARG and HEALTHCHECK', () => {
  it('ENV and ARG port variables in key=value, quoted and old `ENV KEY value` form', () => {
    const text = 'ARG PORT=3000\nFROM node\nENV DB_PORT="5432" REDIS_URL=redis://cache:6379/0\nENV HTTP_PORT 8080\nENV NAME=app\n';
    assert.deepStrictEqual(scanDockerfile(text).mentions.map((m) => [m.role, m.port, m.context, written(text, m)]), [
      ['setting', 3000, 'ARG PORT', '3000'], ['setting', 5432, 'ENV DB_PORT', '5432'],
      ['setting', 6379, 'ENV REDIS_URL', '6379'], ['setting', 8080, 'ENV HTTP_PORT', '8080'],
    ]);
  });

  it('a port variable that holds no port is invalid-port', () => {
    const text = 'FROM node\nENV PORT=http\nARG ADMIN_PORT=99999\n';
    assert.deepStrictEqual(scanDockerfile(text).problems.map((p) => [p.code, written(text, p)]), [['invalid-port', 'http'], ['invalid-port', '99999']]);
  });

  it('HEALTHCHECK URLs and addresses in shell and exec form; ENV values resolve, ARGs do not (they are gone at run time)', () => {
    const text = [
      'FROM node',
      'ARG BUILD_PORT=1111',
      'ENV PORT=3000',
      'HEALTHCHECK --interval=30s CMD curl -f http://localhost:${PORT}/health || exit 1',
      'HEALTHCHECK CMD ["wget", "-qO-", "127.0.0.1:8081/ready"]',
      'HEALTHCHECK CMD curl http://localhost:$BUILD_PORT/',
      '',
    ].join('\n');
    const health = scanDockerfile(text).mentions.filter((m) => m.context === 'HEALTHCHECK');
    assert.deepStrictEqual(health.map((m) => [m.role, m.port, written(text, m)]), [['setting', 3000, '${PORT}'], ['setting', 8081, '8081']]);
  });
});

describe('scanDockerfile: robustness', () => {
  it('offsets survive CRLF, a BOM and non-ASCII text before the port', () => {
    const text = '\uFEFFFROM node\r\n# 🐳 déjà vu\r\nLABEL note="ünïcode ☕" \r\nEXPOSE 8080 \\\r\n  9090\r\n';
    assert.deepStrictEqual(scanDockerfile(text).mentions.map((m) => written(text, m)), ['8080', '9090']);
  });

  it('the escape directive changes the continuation character', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore\nEXPOSE 80 `\n  443\n';
    assert.deepStrictEqual(scanDockerfile(text).mentions.map((m) => written(text, m)), ['80', '443']);
  });

  it('half-typed and odd input does not throw', () => {
    for (const input of ['', 'EXPOSE', 'EXPOSE \\', 'ENV', 'ENV PORT=', 'EXPOSE ${', 'ARG X=${X:-${X:-', 'HEALTHCHECK CMD', 'FROM\nEXPOSE 80:']) {
      assert.doesNotThrow(() => scanDockerfile(input), input);
    }
  });
});

describe('scanDockerfile: quoted EXPOSE words', () => {
  it('BuildKit takes the quotes off: EXPOSE "$PORT" exposes the port PORT holds, EXPOSE "8080" exposes 8080', () => {
    // pipe-cd/pipecd's firestore emulator: ENV PORT=8080, EXPOSE "$PORT".
    const text = 'FROM alpine\nENV PORT=8080\nEXPOSE "$PORT" "9090/udp"\n';
    const scanned = scanDockerfile(text);
    assert.deepStrictEqual(scanned.problems, []);
    const exposed = scanned.mentions.filter((m) => m.role === 'expose');
    assert.deepStrictEqual(exposed.map((m) => m.port), [8080, 9090]);
    assert.strictEqual(exposed[1].protocol, 'udp');
  });

  it("a single-quoted word is not expanded, so '$PORT' is still no port", () => {
    const text = "FROM alpine\nENV PORT=8080\nEXPOSE '$PORT'\n";
    assert.deepStrictEqual(scanDockerfile(text).mentions.filter((m) => m.role === 'expose'), []);
    assert.strictEqual(scanDockerfile(text).problems.length, 1);
  });
});
