// How the command line reads a file: as the editor shows it (UTF-8, no byte-order mark), or a reason why not.
import * as assert from 'assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTextFile } from '../../src/cli/readTextFile';

describe('port-lens reading a file', () => {
  let folder: string;
  beforeEach(() => { folder = mkdtempSync(join(tmpdir(), 'port-lens-read-')); });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(folder, name), content);
    return join(folder, name);
  };

  it('drops a UTF-8 byte-order mark, as VS Code does, so offsets are the editor\'s', () => {
    assert.deepStrictEqual(readTextFile(file('.env', Buffer.from('\ufeffPORT=5432\n', 'utf8')), 100), { kind: 'text', text: 'PORT=5432\n' });
  });

  it('a NUL byte makes a file binary (UTF-16 text included); invalid UTF-8 is not UTF-8', () => {
    assert.deepStrictEqual(readTextFile(file('a.env', Buffer.from('\ufeffPORT=1\n', 'utf16le')), 100), { kind: 'skipped', reason: 'binary' });
    assert.deepStrictEqual(readTextFile(file('b.env', Buffer.from([0x50, 0x3d, 0xe9, 0x0a])), 100), { kind: 'skipped', reason: 'not UTF-8' });
  });

  it('counts the size cap in characters, as portLens.maxFileSize does: 4 two-byte characters fit a cap of 4', () => {
    assert.deepStrictEqual(readTextFile(file('c.env', 'éééé'), 4), { kind: 'text', text: 'éééé' });
    assert.deepStrictEqual(readTextFile(file('d.env', 'ééééé'), 4),
      { kind: 'skipped', reason: 'too large: 5 characters, more than portLens.maxFileSize (4 characters)' });
    assert.match((readTextFile(file('e.env', 'x'.repeat(100)), 10) as { reason: string }).reason, /^too large: 100 bytes/);
  });

  it('a broken link, a folder and a missing file are unreadable, with the reason', () => {
    symlinkSync(join(folder, 'nowhere'), join(folder, 'Dockerfile'));
    mkdirSync(join(folder, 'compose.yaml'));
    assert.deepStrictEqual(readTextFile(join(folder, 'Dockerfile'), 100), { kind: 'unreadable', reason: 'it does not exist (or is a broken symbolic link)' });
    assert.deepStrictEqual(readTextFile(join(folder, 'compose.yaml'), 100), { kind: 'unreadable', reason: 'a folder' });
  });
});
