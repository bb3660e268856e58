import * as assert from 'assert';
import { createWorkspace, type Finding, type PortWorkspace } from '../../src/core';
import { codeListenPorts } from '../../src/core/workspace/codeListenPorts';
import { runtimeOf } from '../../src/core/workspace/exposeContradictsCode';
import { applyEdits } from './applyEdits';

// The application's own source as evidence of where the image listens: expose-contradicts-config on a Dockerfile
// whose EXPOSE the code contradicts, and container-port-mismatch for a compose service built from it.

function found(workspace: PortWorkspace, path = 'Dockerfile'): Finding[] {
  return workspace.findings(path).filter((f) => f.code === 'expose-contradicts-config');
}

function project(files: Record<string, string>): PortWorkspace {
  const workspace = createWorkspace();
  for (const [path, text] of Object.entries(files)) workspace.set(path, text);
  return workspace;
}

// docker/scout-demo-service as it was before its fix (7c4fdbc): EXPOSE 8080 over an Express app on 3000.
const EXPRESS_APP = "const express = require('express');\nconst app = express();\nconst port = 3000;\n\napp.get('/', (req, res) => res.send('ok'));\n\napp.listen(port, () => {\n  console.log(`listening on ${port}`);\n});\n";
const NODE_DOCKERFILE = (expose: string) => `FROM node:18-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n${expose}\nCMD ["node", "app.js"]\n`;

// thelastguardian/tplinkexporter before c8571d7: a Go exporter whose --port flag defaults to 9717.
const GO_MAIN = 'package main\n\nvar (\n\tport = kingpin.Flag("port", "Metrics port to listen on").Default("9717").Int()\n)\n\nfunc main() {\n\tlog.Fatal(http.ListenAndServe(":"+strconv.Itoa(*port), nil))\n}\n';
const GO_DOCKERFILE = 'FROM golang:1.21 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /build/app .\n\nFROM scratch\nCOPY --from=build /build /\nEXPOSE 8080\nENTRYPOINT [ "/app" ]\n';

describe('application source ports', () => {
  it('reads listen calls, listen settings with defaults, Python runs and Go flags and addresses', () => {
    assert.deepStrictEqual(codeListenPorts('app.js', EXPRESS_APP).ports.map((p) => p.port), [3000]);
    assert.deepStrictEqual(codeListenPorts('bin/www', "var port = normalizePort(process.env.PORT || '3000');\nserver.listen(port);\n").ports.map((p) => [p.port, p.setting]), [[3000, 'PORT']]);
    assert.deepStrictEqual(codeListenPorts('server.py', 'f = loop.create_server(handler, "0.0.0.0", 8080)\n').ports.map((p) => p.port), [8080]);
    assert.deepStrictEqual(codeListenPorts('app.py', 'if __name__ == "__main__":\n    app.run(host="0.0.0.0", port=5000)\n').ports.map((p) => p.port), [5000]);
    assert.deepStrictEqual(codeListenPorts('main.go', GO_MAIN).ports.map((p) => p.port), [9717]);
    assert.deepStrictEqual(codeListenPorts('main.go', 'BindAddr string `long:"bind-addr" description:"address" default:":8082"`\n').ports.map((p) => p.port), [8082]);
    assert.deepStrictEqual(codeListenPorts('main.go', 'http.ListenAndServe(":8080", nil)\n').ports.map((p) => p.port), [8080]);
    assert.deepStrictEqual(codeListenPorts('main.go', 'rootCmd.PersistentFlags().IntVarP(&listenPort, "port", "p", 8080, "server listen port")\n').ports.map((p) => p.port), [8080]);
    assert.deepStrictEqual(codeListenPorts('src/app.js', 'app.listen(8000, () => {\n  console.log("up");\n});\n').ports.map((p) => p.port), [8000]);
    // A number below 80 in such a statement is not taken for a server's port.
    assert.deepStrictEqual(codeListenPorts('a.js', 'app.listen(42);\n').ports, []);
    // A radix is not a port, and a flag's default is read whole (evershop's parseInt, ingress-nginx's 50051).
    assert.deepStrictEqual(codeListenPorts('n.js', 'const port = parseInt(process.env.PORT, 10) || 3000;\n').ports.map((p) => p.port), [3000]);
    assert.deepStrictEqual(codeListenPorts('main.go', 'port = flag.Int("port", 50051, "The server port")\n').ports.map((p) => p.port), [50051]);
  });

  // MiguelNdeCarvalho/speedtest-exporter before 3c2bd29: a prometheus_client exporter on its own SPEEDTEST_PORT.
  const EXPORTER = "import os\nfrom prometheus_client import start_http_server\n\ndef run(http_port):\n    start_http_server(http_port)\n\n"
    + "if __name__ == '__main__':\n    PORT = os.getenv('SPEEDTEST_PORT', 9800)\n    run(int(PORT))\n";
  const EXPORTER_DOCKERFILE = 'FROM python:3.9-alpine\nWORKDIR /app\nCOPY src/. .\nEXPOSE 9112\nCMD [ "python", "-u", "exporter.py" ]\n';

  it('reads a prometheus_client exporter and the one setting named for the application\'s own port', () => {
    const own = (path: string, text: string) => { const read = codeListenPorts(path, text); return read.appSetting && [read.appSetting.port, read.appSetting.setting]; };
    assert.deepStrictEqual(own('src/exporter.py', EXPORTER), [9800, 'SPEEDTEST_PORT']);
    assert.deepStrictEqual(codeListenPorts('m.py', 'start_http_server(9100)\n').ports.map((p) => p.port), [9100]);
    assert.deepStrictEqual(own('s.js', "const port = process.env.ORDERS_PORT || 4000;\napp.listen(port);\n"), [4000, 'ORDERS_PORT']);
    // A sidecar's port assigned to its own name (Dapr's quickstarts) is a client's.
    assert.strictEqual(own('server.js', "const daprPort = process.env.DAPR_HTTP_PORT ?? 3500;\napp.listen(process.env.PORT || port);\n"), undefined);
    // A client's setting, a side port's, or two own-looking settings (a server and a client) name no listen port.
    assert.strictEqual(own('c.py', "port = os.getenv('DB_PORT', 5432)\nstart_http_server(port)\n"), undefined);
    assert.strictEqual(own('d.js', "const port = process.env.DEBUG_PORT || 9229;\napp.listen(port);\n"), undefined);
    assert.strictEqual(own('t.py', "port = os.getenv('ORDERS_PORT', 8000)\nport = os.getenv('BILLING_PORT', 8001)\nstart_http_server(port)\n"), undefined);
    // Without a listen call by name, such a setting is not taken (it may be a client's).
    assert.strictEqual(own('e.py', "port = os.getenv('ORDERS_PORT', 8000)\n"), undefined);
  });

  it('warns on the EXPOSE of an exporter whose command names a program called exporter (no port in it)', () => {
    const [finding, ...rest] = found(project({ Dockerfile: EXPORTER_DOCKERFILE, 'src/exporter.py': EXPORTER }));
    assert.strictEqual(rest.length, 0);
    assert.match(finding.message, /listens on 9112, but the application this Dockerfile runs listens on 9800 unless SPEEDTEST_PORT is set \(exporter\.py line 8\)/);
    assert.deepStrictEqual(found(project({ Dockerfile: EXPORTER_DOCKERFILE.replace('9112', '9800'), 'src/exporter.py': EXPORTER })), []);
    // Another listen statement of the application (Flowise's worker health server beside its API docs on 6655): the
    // setting's default is not taken, and the other file's unread listen call leaves the application unknown.
    assert.deepStrictEqual(found(project({ Dockerfile: EXPORTER_DOCKERFILE, 'src/exporter.py': EXPORTER, 'src/docs.py': 'app.run(port=settings.port)\n' })), []);
    // A command that does name a port still leaves the code's defaults unjudged.
    assert.deepStrictEqual(found(project({ Dockerfile: EXPORTER_DOCKERFILE.replace('"exporter.py" ]', '"exporter.py", "--port", "9112" ]'), 'src/exporter.py': EXPORTER })), []);
  });

  it('does not take a client setting, a comment, a test file or an unread name for a listen port', () => {
    assert.deepStrictEqual(codeListenPorts('db.js', 'const db = new Client({ port: process.env.DB_PORT || 5432 });\n').ports, []);
    assert.deepStrictEqual(codeListenPorts('app.js', '// app.listen(3000)\n').ports, []);
    assert.deepStrictEqual(codeListenPorts('app.test.js', 'app.listen(3000);\n').ports, []);
    const unread = codeListenPorts('app.js', 'app.listen(config.port);\n');
    assert.deepStrictEqual([unread.ports, unread.unresolved], [[], true]);
    assert.strictEqual(codeListenPorts('main.go', 'port := os.Getenv("PORT")\nhttp.ListenAndServe(":"+port, nil)\n').unknowable, true);
    // A minified line is not read (nor scanned: the patterns stay linear in the file's length).
    assert.deepStrictEqual(codeListenPorts('bundle.js', `${'x'.repeat(2000)};app.listen(3000);\n`).ports, []);
    assert.deepStrictEqual(codeListenPorts('soup.js', `${'process.env.PORT ? '.repeat(40_000)}3000\n`).ports, []);
  });

  it('knows the runtime from the stages and the command, and not for a web server image or a command with a port', () => {
    assert.strictEqual(runtimeOf(NODE_DOCKERFILE('EXPOSE 8080')), 'node');
    assert.strictEqual(runtimeOf(GO_DOCKERFILE), 'go');
    assert.strictEqual(runtimeOf('FROM python:3.12\nCOPY . .\nCMD python3 -m app.server\n'), 'python');
    assert.strictEqual(runtimeOf('FROM node:20 AS build\nRUN npm run build\nFROM nginx:alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\nEXPOSE 80\n'), undefined);
    assert.strictEqual(runtimeOf('FROM node:20\nCMD ["node", "app.js", "--port", "8080"]\n'), undefined);
    // A Go tool built in one stage, a site served by nginx in the last: the image runs nginx.
    assert.strictEqual(runtimeOf('FROM golang:1.22 AS gen\nRUN go build -o /gen .\nFROM nginx:1.27\nCOPY --from=gen /out /usr/share/nginx/html\n'), undefined);
    assert.strictEqual(runtimeOf('FROM python:3.12\nCMD gunicorn --bind 0.0.0.0:8000 app:app\n'), undefined);
  });
});

describe('rule expose-contradicts-config (application source)', () => {
  it('warns on EXPOSE 8080 over an Express app on 3000, names both, relates the code and fixes', () => {
    const dockerfile = NODE_DOCKERFILE('EXPOSE 8080');
    const workspace = project({ Dockerfile: dockerfile, 'app.js': EXPRESS_APP });
    const [finding, ...rest] = found(workspace);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(finding.start, dockerfile.indexOf('EXPOSE 8080') + 7);
    assert.strictEqual(finding.message, 'EXPOSE says the container listens on 8080, but the application this Dockerfile runs listens on 3000 (app.js line 3).');
    assert.ok(!finding.message.includes('`'));
    assert.deepStrictEqual(finding.related?.map((r) => [r.path, r.start]), [['app.js', EXPRESS_APP.indexOf('3000')]]);
    workspace.set('Dockerfile', applyEdits(dockerfile, finding.fix!.edits));
    assert.deepStrictEqual(found(workspace), []);
  });

  it('warns on a Go image whose flag default is elsewhere', () => {
    assert.match(found(project({ Dockerfile: GO_DOCKERFILE, 'main.go': GO_MAIN }))[0].message, /listens on 8080, but the application this Dockerfile runs listens on 9717 \(main\.go line 4\)/);
  });

  it('stays quiet when the code agrees, is unread, sets its port from the Dockerfile, serves a built site, or lives in tests', () => {
    assert.deepStrictEqual(found(project({ Dockerfile: NODE_DOCKERFILE('EXPOSE 3000'), 'app.js': EXPRESS_APP })), []);
    assert.deepStrictEqual(found(project({ Dockerfile: NODE_DOCKERFILE('EXPOSE 8080'), 'app.js': 'app.listen(config.port);\n' })), []);
    assert.deepStrictEqual(found(project({ Dockerfile: NODE_DOCKERFILE('ENV PORT=8080\nEXPOSE 8080'), 'app.js': 'app.listen(process.env.PORT || 3000);\n' })), []);
    assert.deepStrictEqual(found(project({ Dockerfile: 'FROM node:20 AS build\nCOPY . .\nRUN npm run build\nFROM nginx:alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\nEXPOSE 80\n', 'server.js': EXPRESS_APP })), []);
    assert.deepStrictEqual(found(project({ Dockerfile: NODE_DOCKERFILE('EXPOSE 8080'), 'test/server.js': EXPRESS_APP })), []);
    // gonic's image sets its listen address by ENV, which its flags read (GONIC_LISTEN_ADDR=:80 beside EXPOSE 80).
    assert.deepStrictEqual(found(project({ Dockerfile: GO_DOCKERFILE.replace('EXPOSE 8080', 'ENV APP_LISTEN_ADDR=:8080\nEXPOSE 8080'), 'main.go': GO_MAIN })), []);
    // A Flask run() without a port listens on the framework's default, which is not read: nothing is known.
    assert.deepStrictEqual(found(project({ Dockerfile: 'FROM python:3.12\nCOPY . .\nEXPOSE 8080\nCMD ["python3", "index.py"]\n', 'index.py': 'app.run(debug=True, host="0.0.0.0")\n', 'api.py': 'app.run(host="0.0.0.0", port="9596")\n' })), []);
    // Cloud Run and Knative set PORT=8080: code that reads PORT listens there.
    assert.deepStrictEqual(found(project({ Dockerfile: NODE_DOCKERFILE('EXPOSE 8080'), 'index.js': 'const port = process.env.PORT || 3000;\napp.listen(port);\n' })), []);
  });

  it('reports the compose mapping of a built service whose Dockerfile exposes nothing, by the code (chibisafe before 075902a)', () => {
    const compose = 'services:\n  chibisafe:\n    build: .\n    ports:\n      - 24424:24424\n';
    const settings = 'SETTINGS.port = Number.isNaN(Number(process.env.PORT)) ? 8000 : Number(process.env.PORT);\n';
    const workspace = project({ 'compose.yaml': compose, Dockerfile: NODE_DOCKERFILE('').replace('\n\n', '\n'), 'src/settings.ts': settings, 'src/main.ts': 'await server.listen({ port: Number(SETTINGS.port) });\n' });
    const [finding] = workspace.findings('compose.yaml').filter((f) => f.code === 'container-port-mismatch');
    assert.strictEqual(finding?.start, compose.indexOf('24424:24424') + 6);
    assert.match(finding.message, /listens on 8000 \(the application its Dockerfile runs\), not on 24424/);
    // The publish the code agrees with is right, even when EXPOSE says otherwise (that is the Dockerfile's finding).
    const agreeing = project({ 'compose.yaml': compose.replace('24424:24424', '8000:8000'), Dockerfile: NODE_DOCKERFILE('EXPOSE 8080'), 'app.js': EXPRESS_APP.replace('3000', '8000') });
    assert.deepStrictEqual(agreeing.findings('compose.yaml').filter((f) => f.code === 'container-port-mismatch'), []);
    assert.strictEqual(found(agreeing).length, 1);
  });
  it('reports the one EXPOSE port of a list the code does not listen on, when one of its ports is exposed by none (Spectra-Server before 5b2da2e)', () => {
    const sources = {
      'src/index.ts': "const port = 5101;\napp.listen(port, () => {});\n",
      'src/connector/websocketIncoming.ts': 'serverInstance.listen(5100);\n',
      'src/connector/websocketOutgoing.ts': 'serverInstance.listen(5200);\n',
    };
    const dockerfile = NODE_DOCKERFILE('EXPOSE 5100\nEXPOSE 5101\nEXPOSE 5102');
    const findings = found(project({ Dockerfile: dockerfile, ...sources }));
    assert.deepStrictEqual(findings.map((f) => dockerfile.slice(f.start, f.end)), ['5102']);
    assert.match(findings[0].message, /listens on 5102, but no listen statement .* names it, and the one that listens on 5200 \(websocketOutgoing\.ts line 1\) is exposed by no EXPOSE/);
    assert.strictEqual(applyEdits(dockerfile, findings[0].fix!.edits), dockerfile.replace('EXPOSE 5102', 'EXPOSE 5200'));
    assert.deepStrictEqual(findings[0].related?.map((r) => r.path), ['src/connector/websocketOutgoing.ts']);
    // A side port beside a fully exposed application (the Node inspector's 9229 beside 3000): quiet.
    assert.deepStrictEqual(found(project({ Dockerfile: NODE_DOCKERFILE('EXPOSE 3000 9229'), 'app.js': EXPRESS_APP })), []);
    // Two ports off, or two of the code's ports unexposed: which pairs with which is not known.
    assert.deepStrictEqual(found(project({ Dockerfile: NODE_DOCKERFILE('EXPOSE 5100 5101 5102 5103'), ...sources })), []);
    assert.deepStrictEqual(found(project({ Dockerfile: NODE_DOCKERFILE('EXPOSE 5100 5102'), ...sources })), []);
    // A listen setting's default may be moved by the setting: quiet.
    assert.deepStrictEqual(found(project({ Dockerfile: NODE_DOCKERFILE('EXPOSE 5100 5101 5102'), ...sources, 'src/index.ts': 'app.listen(process.env.PORT || 5101);\n' })), []);
  });
});
