// Templates a catalog has removed (deprecated images people still pull): read from the catalog's git history, each
// at the parent of the commit that removed it, and heard only where no current claim states the image's ports.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { openCatalog } from '../../scripts/images/catalogFiles';
import type { ImageClaim } from '../../scripts/images/claims';
import { mergeClaims } from '../../scripts/images/mergeClaims';
import { readCatalog } from '../../scripts/images/readCatalog';

function template(image: string, ports: string[]): string {
  const configs = ports.map((p) => {
    const [port, mode] = p.split('/');
    return `  <Config Name="Port" Target="${port}" Default="${port}" Mode="${mode ?? 'tcp'}" Type="Port"/>`;
  });
  return `<?xml version="1.0"?>\n<Container version="2">\n  <Name>${image.split('/').pop()}</Name>\n  <Repository>${image}</Repository>\n  <Network>bridge</Network>\n${configs.join('\n')}\n</Container>\n`;
}

/** A git work tree whose history is the given steps, each a commit of files written (text) or removed (null). */
function history(steps: Record<string, string | null>[]): string {
  const root = mkdtempSync(join(tmpdir(), 'retired-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { stdio: 'pipe' });
  git('init', '-q');
  steps.forEach((step, i) => {
    for (const [path, text] of Object.entries(step)) {
      if (text === null) git('rm', '-q', path);
      else {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
        git('add', path);
      }
    }
    git('commit', '-q', '-m', `step ${i}`);
  });
  return root;
}

function commitOf(root: string, rev: string): string {
  return execFileSync('git', ['-C', root, 'rev-parse', rev], { encoding: 'utf8' }).trim();
}

describe('image catalogs: retired templates from a catalog\'s history', () => {
  const roots: string[] = [];
  after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

  it('reads a removed template at the parent of the commit that removed it, as the owner\'s retired word', () => {
    const root = history([
      { 'readarr.xml': template('ghcr.io/hotio/readarr', ['8787']), 'sonarr.xml': template('ghcr.io/hotio/sonarr', ['8989']) },
      { 'readarr.xml': null },
      { 'sonarr.xml': template('ghcr.io/hotio/sonarr', ['8989']) + '<!-- edited -->\n' },
    ]);
    roots.push(root);
    const claims = readCatalog(openCatalog(`${root}=hotio/unraid-templates`));
    const readarr = claims.filter((c) => c.key === 'ghcr.io/hotio/readarr');
    assert.strictEqual(readarr.length, 1);
    assert.strictEqual(readarr[0].retired, true);
    assert.strictEqual(readarr[0].owner, true);
    assert.deepStrictEqual(readarr[0].ports.map((p) => p.port), [8787]);
    // The permalink is the file at the commit before the removal (the first commit), not at HEAD where it is gone.
    assert.strictEqual(readarr[0].url, `https://github.com/hotio/unraid-templates/blob/${commitOf(root, 'HEAD~2')}/readarr.xml`);
    const sonarr = claims.filter((c) => c.key === 'ghcr.io/hotio/sonarr');
    assert.deepStrictEqual(sonarr.map((c) => c.retired), [undefined]);
  });

  it('takes no retired template for an image a current template names, for one whose removed templates disagree, nor from a path written again', () => {
    const root = history([
      { 'old/plex.xml': template('hotio/plex', ['32400']), 'a.xml': template('hotio/moved', ['1000']), 'b.xml': template('hotio/moved', ['2000']),
        'keep.xml': template('hotio/keep', ['1']), 'c.xml': template('hotio/oldname', ['3000']) },
      { 'old/plex.xml': null, 'plex.xml': template('hotio/plex', ['32400', '1900/udp']), 'c.xml': null },
      { 'a.xml': null, 'b.xml': null, 'c.xml': template('hotio/newname', ['3000']) },
    ]);
    roots.push(root);
    const claims = readCatalog(openCatalog(`${root}=hotio/unraid-templates`));
    assert.deepStrictEqual(claims.filter((c) => c.key === 'hotio/plex').map((c) => c.retired), [undefined]);
    assert.deepStrictEqual(claims.filter((c) => c.key === 'hotio/moved'), []);
    // A path removed and then written again is a current file: its older text is no retired template.
    assert.deepStrictEqual(claims.filter((c) => c.key === 'hotio/oldname'), []);
  });

  it('reads no history of a repository without current templates (its XML is a build file now)', () => {
    const root = history([{ 'docs/old.xml': template('someone/thing', ['80']), 'pom.xml': '<project/>\n' }, { 'docs/old.xml': null }]);
    roots.push(root);
    assert.deepStrictEqual(readCatalog(openCatalog(`${root}=someone/thing`)), []);
  });

  it('hears a retired claim only where no current claim states the image\'s ports', () => {
    const claim = (catalog: string, port: number, retired?: true): ImageClaim => ({
      key: 'hotio/readarr', catalog, owner: true, url: `https://github.com/${catalog}/blob/x/a.xml`, app: 'a', main: true,
      categories: [], ports: [{ port, protocol: 'tcp' }], portSettings: [], ...(retired ? { retired } : {}),
    });
    const alone = mergeClaims([claim('hotio/unraid-templates', 8787, true)], new Set());
    assert.deepStrictEqual(alone.map((r) => r.ports.map((p) => p.port)), [[8787]]);
    const both = mergeClaims([claim('hotio/unraid-templates', 8787, true), claim('other/templates', 9000)], new Set());
    assert.deepStrictEqual(both.map((r) => r.ports.map((p) => p.port)), [[9000]]);
  });

  it('counts one file a fork holds at the same commit as one statement, not two catalogs that agree', () => {
    const store = (catalog: string, commit: string): ImageClaim => ({
      key: 'needo/deluge', catalog, owner: false, url: `https://github.com/${catalog}/blob/${commit.repeat(40)}/needo/Deluge.xml`, app: 'a', main: true,
      categories: [], ports: [{ port: 8112, protocol: 'tcp' }], portSettings: [],
    });
    assert.deepStrictEqual(mergeClaims([store('binhex/docker-templates', 'a'), store('agusalex/docker-templates', 'a')], new Set()), []);
    assert.strictEqual(mergeClaims([store('binhex/docker-templates', 'a'), store('agusalex/docker-templates', 'b')], new Set()).length, 1);
  });
});
