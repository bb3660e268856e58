import * as assert from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mountedFilesFor } from '../../src/cli/mountedFiles';
import { Parser } from 'yaml';
import { createWorkspace } from '../../src/core';

// container-port-mismatch with the config files a service mounts read (src/core/workspace/mountedConfigPort.ts):
// a mount no longer silences the check when every mounted file is in the workspace and none names the port.

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

function mismatches(files: Record<string, string>, path = 'compose.yaml'): string[] {
  const workspace = createWorkspace();
  for (const [name, text] of Object.entries(files)) workspace.set(name, text);
  const text = files[path];
  return workspace.findings(path).filter((f) => f.code === 'container-port-mismatch').map((f) => `${text.slice(f.start, f.end)}: ${f.message}`);
}

const mariadb = (ports: string) => lines('services:', '  mariadb:', '    image: "mariadb"', '    environment:', '      - MYSQL_ROOT_PASSWORD=123',
  '    volumes:', '      - ./conf/mariadb-conf.d:/etc/mysql/conf.d', '    ports:', `      - "${ports}"`);
const noPort = lines('[mysqld]', 'character-set-server = utf8mb4', '!includedir /etc/mysql/conf.d/');

describe('container-port-mismatch: mounted config files read', () => {
  it('mariadb published on 3307 while the mounted conf.d names no 3307 (frappe_docker)', () => {
    const found = mismatches({ 'compose.yaml': mariadb('3307:3307'), 'conf/mariadb-conf.d/my.cnf': noPort, 'conf/mariadb-conf.d/mysql.cnf': '[mysql]\n' });
    assert.strictEqual(found.length, 1);
    assert.match(found[0], /^3307: MariaDB \(image mariadb\) listens on 3306\/tcp .*mounted at \/etc\/mysql\/conf\.d names 3307/);
  });

  it('quiet when a mounted file names the port, when the mount is not in the workspace, for the image\'s own port', () => {
    assert.deepStrictEqual(mismatches({ 'compose.yaml': mariadb('3307:3307'), 'conf/mariadb-conf.d/my.cnf': lines('[mysqld]', 'port = 3307') }), []);
    assert.deepStrictEqual(mismatches({ 'compose.yaml': mariadb('3307:3307') }), []);
    assert.deepStrictEqual(mismatches({ 'compose.yaml': mariadb('3307:3306'), 'conf/mariadb-conf.d/my.cnf': noPort }), []);
    // A named volume at a config path, or a host path outside the workspace, cannot be read: it may move the port.
    const named = mariadb('3307:3307').replace('./conf/mariadb-conf.d:', 'conf:').replace('ports:', 'ports:').concat('volumes:\n  conf:\n');
    assert.deepStrictEqual(mismatches({ 'compose.yaml': named, 'conf/mariadb-conf.d/my.cnf': noPort }), []);
    const outside = mariadb('3307:3307').replace('- ./conf/mariadb-conf.d:/etc/mysql/conf.d', '- ./conf/mariadb-conf.d:/etc/mysql/conf.d\n      - /srv/mysql:/etc/mysql/mariadb.conf.d');
    assert.deepStrictEqual(mismatches({ 'compose.yaml': outside, 'conf/mariadb-conf.d/my.cnf': noPort }), []);
    // Anything else that may move it: a command, an environment port setting.
    const command = mariadb('3307:3307').replace('    ports:', '    command: --port=3307\n    ports:');
    assert.deepStrictEqual(mismatches({ 'compose.yaml': command, 'conf/mariadb-conf.d/my.cnf': noPort }), []);
  });

  it('redis-sentinel (or redis-server --sentinel) listens on Sentinel\'s 26379, which its mounted sentinel.conf need not name (linweiyuan/docker-services)', () => {
    const sentinel = (command: string) => lines('services:', '  redis-sentinel:', '    image: redis:7-alpine', '    ports:', '      - 26379:26379',
      '    volumes:', '      - ./conf/sentinel.conf:/conf/sentinel.conf', '      - ./data:/data', `    command: ${command}`);
    const conf = lines('sentinel monitor mymaster redis-master 6379 1', 'sentinel auth-pass mymaster toor');
    assert.deepStrictEqual(mismatches({ 'compose.yaml': sentinel('redis-sentinel /conf/sentinel.conf'), 'conf/sentinel.conf': conf }), []);
    assert.deepStrictEqual(mismatches({ 'compose.yaml': sentinel('redis-server /conf/sentinel.conf --sentinel'), 'conf/sentinel.conf': conf }), []);
    // A plain redis-server with the same file is still not on 26379.
    assert.match(mismatches({ 'compose.yaml': sentinel('redis-server /conf/sentinel.conf'), 'conf/sentinel.conf': conf })[0], /^26379: Redis \(image redis\) listens on 6379/);
  });

  it('any image, crossed: the mounted file listens on the host side and never names the container side (uptrace)', () => {
    const compose = lines('services:', '  uptrace:', "    image: 'example/uptrace:latest'", '    volumes:', '      - ./uptrace.yml:/etc/uptrace/uptrace.yml',
      '    ports:', "      - '14317:4317' # OTLP", "      - '15678:15678' # UI");
    const config = lines('listen:', '  # HTTP API and Vue app.', "  http: ':15678'", '  grpc:', "    addr: ':14317'");
    const found = mismatches({ 'compose.yaml': compose, 'uptrace.yml': config });
    assert.strictEqual(found.length, 1);
    assert.match(found[0], /^4317: uptrace\.yml, mounted into this container, listens on 14317, the host side of this mapping, and never names 4317/);
    // The file names the container port too (another listener, a comment): quiet.
    assert.deepStrictEqual(mismatches({ 'compose.yaml': compose, 'uptrace.yml': `${config}# OTLP clients send to :4317\n` }), []);
    // The host side is not where the file listens (a client's address of that port is no listen address).
    assert.deepStrictEqual(mismatches({ 'compose.yaml': compose, 'uptrace.yml': config.replace("':14317'", 'otel:14317') }), []);
  });

  it('the command line reads the files at the sources the workspace names, not those read already', () => {
    const root = mkdtempSync(join(tmpdir(), 'port-lens-mounts-'));
    try {
      for (const path of ['conf/a.cnf', 'conf/sub/b.cnf', 'uptrace.yml', 'compose.yaml', 'other/c.cnf']) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), '# x\n');
      }
      writeFileSync(join(root, 'conf/binary.db'), Buffer.from([1, 0, 2]));
      const read = mountedFilesFor(root, ['conf', 'uptrace.yml', 'missing.yml', '../outside'], (path) => path === 'conf/a.cnf').map((file) => file.path);
      assert.deepStrictEqual(read, ['conf/sub/b.cnf', 'uptrace.yml']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the mount sources parse each compose file once: its ports and its services share the parse', () => {
    // The command line asks for the sources before any finding, so this read is where every compose file is first
    // parsed; read twice, it was a fifth of the command's time on the bench's 5,000 files.
    const workspace = createWorkspace();
    const composeFiles = ['compose.yaml', 'a/compose.yaml', 'b/docker-compose.yml'];
    composeFiles.forEach((path, i) => workspace.set(path, mariadb(`330${7 + i}:330${7 + i}`)));
    workspace.set('conf/mariadb-conf.d/my.cnf', noPort);
    const parser = Parser.prototype as unknown as { end: () => Generator };
    const end = parser.end;
    let parses = 0;
    parser.end = function (this: unknown) {
      parses++;
      return end.call(this);
    };
    try {
      assert.deepStrictEqual(workspace.mountedConfigSources(), ['a/conf/mariadb-conf.d', 'b/conf/mariadb-conf.d', 'conf/mariadb-conf.d']);
    } finally {
      parser.end = end;
    }
    assert.strictEqual(parses, composeFiles.length);
  });
});
