import assert from 'assert';
import { waitFor } from './waitFor';
import { activatePortLens, hoverText, openFixture, positionOf } from './workspace';

/** Waits for a hover at the position (providers register during activation) and returns its text. */
async function hoverAt(relativePath: string, needle: string, after?: string): Promise<string> {
  const { document } = await openFixture(relativePath);
  const position = positionOf(document, needle, 1, after);
  return waitFor(`a hover over ${needle} in ${relativePath}`, async () => (await hoverText(document, position)) || undefined);
}

describe('Hover', () => {
  before(activatePortLens);

  it('names PostgreSQL over 5432 published in compose.yaml', async () => {
    const text = await hoverAt('compose.yaml', '5432', '"5432:5432"');
    assert.ok(/PostgreSQL/.test(text), `hover text does not name PostgreSQL:\n${text}`);
    assert.ok(text.includes('5432'), `hover text does not show the port:\n${text}`);
  });

  it('lists IANA\'s row over DB_PORT=5432 in .env (the registry\'s data file read through the host\'s file system)', async () => {
    const text = await hoverAt('.env', '5432', 'DB_PORT=');
    assert.match(text, /\*\*postgresql\*\* \(tcp, udp\) — PostgreSQL Database · \[IANA\]/, text);
  });

  it('explains the port of an nginx listen directive (443 is HTTPS)', async () => {
    const text = await hoverAt('nginx/nginx.conf', '443', 'listen 443 ssl');
    assert.ok(text.includes('443'), `hover text does not show the port:\n${text}`);
    assert.ok(/https/i.test(text), `hover text does not name HTTPS:\n${text}`);
  });

  it('names PostgreSQL over DB_PORT=5432 in .env', async () => {
    const text = await hoverAt('.env', '5432', 'DB_PORT=');
    assert.ok(/PostgreSQL/.test(text), `hover text does not name PostgreSQL:\n${text}`);
  });

  it('explains a port in a Dockerfile EXPOSE, leading with what reaches it from the workspace', async () => {
    const text = await waitFor('a hover naming what reaches EXPOSE 3000', async () => {
      const shown = await hoverAt('Dockerfile', '3000', 'EXPOSE 3000');
      return shown.includes('Reached at') && shown;
    });
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    assert.match(lines[0], /^\*\*Port 3000\/tcp\*\* · registered \(1024–49151\)$/);
    // The workspace's fact first; the registry's many uses of 3000 on one line, not a list.
    // Its own health check (localhost:3000 inside the container) and nginx reach it.
    assert.strictEqual(lines[1], 'Reached at `web` from `compose.yaml` line 25, `nginx/nginx.conf` line 8.');
    assert.ok(!lines.some((line) => line.startsWith('- ')), text);
    assert.match(text, /^Also used by: .* and \d+ more\.$/m);
  });

  it('offers no hover over a number that is not a port (worker_connections 1024)', async () => {
    // Proves first that hovers work in this file, so that the empty answer below means something.
    await hoverAt('nginx/nginx.conf', '80', 'listen 80');
    const { document } = await openFixture('nginx/nginx.conf');
    const text = await hoverText(document, positionOf(document, '1024', 1, 'worker_connections'));
    assert.strictEqual(text, '');
  });
});
