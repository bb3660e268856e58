// container-port-mismatch: an image with one port whose own documented setting moves it (AppStore's Navidrome
// before 71bb3c2, held-out 5: ND_PORT: 80 beside expose 4533). The image's port no longer answers, so a publish or
// expose of it reaches nothing; for images with several ports the setting may name another one (MinIO's console).
import assert from 'assert';
import { checkPorts } from '../../src/core/rules/checkPorts';
import { applyEdits } from './applyEdits';

const mismatches = (text: string) => checkPorts(text, 'compose').filter((f) => f.code === 'container-port-mismatch');

describe('container-port-mismatch: the one port of an image, moved by its own setting', () => {
  it('GOTIFY_SERVER_PORT=8080 beside "8081:80" for gotify/server (80 alone): reported on 80, fixed to the setting', () => {
    const text = 'services:\n  gotify:\n    image: gotify/server:2.5\n    environment:\n      GOTIFY_SERVER_PORT: 8080\n    ports:\n      - "8081:80"\n';
    const found = mismatches(text);
    assert.deepStrictEqual(found.map((f) => `${text.slice(f.start, f.end)}@${text.slice(0, f.start).split('\n').length}`), ['80@7']);
    assert.match(found[0].message, /^GOTIFY_SERVER_PORT on line 5 tells the service to listen on 8080, but ports: names container port 80/);
    assert.strictEqual(applyEdits(text, found[0].fix!.edits), text.replace('"8081:80"', '"8081:8080"'));
  });

  it('negatives: the setting names the published port, a generic PORT the image does not read, an image with several ports', () => {
    assert.deepStrictEqual(mismatches('services:\n  gotify:\n    image: gotify/server\n    environment:\n      GOTIFY_SERVER_PORT: 80\n    ports:\n      - "8081:80"\n'), []);
    assert.deepStrictEqual(mismatches('services:\n  gotify:\n    image: gotify/server\n    environment:\n      PORT: 8080\n    ports:\n      - "8081:80"\n'), []);
    // qBittorrent serves its web UI on 8080 and peers on 6881: TORRENTING_PORT moves the peers' port, not the UI's.
    assert.deepStrictEqual(mismatches('services:\n  qb:\n    image: lscr.io/linuxserver/qbittorrent\n    environment:\n      TORRENTING_PORT: 6882\n    ports:\n      - "8080:8080"\n'), []);
  });
});
