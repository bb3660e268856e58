// A catalog's generic web words ("WebUI") on 443 or 8443 do not make the port plain HTTP in a generated row
// (scripts/images/mergeClaims.ts, portOf): LinuxServer's pydio page says "443 | WebUI" for its HTTPS server.
import * as assert from 'assert';
import { readLinuxServerPage } from '../../scripts/images/linuxserverDocs';
import { mergeClaims } from '../../scripts/images/mergeClaims';
import { readPortWords } from '../../scripts/images/portWords';

const page = (image: string, rows: string) => `---\ntitle: ${image}\n---\n\n## Usage\n\n\`\`\`yaml\nservices:\n  app:\n    image: lscr.io/linuxserver/${image}\n\`\`\`\n\n### Ports (\`-p\`)\n\n| Parameter | Function |\n| :----: | --- |\n${rows}\n\n### Environment Variables (\`-e\`)\n\n| Env | Function |\n| :----: | --- |\n`;

function portsOf(image: string, rows: string) {
  const claim = readLinuxServerPage(page(image, rows), 'linuxserver/docker-documentation', `https://github.com/linuxserver/docker-documentation/blob/0/docs/images/docker-${image}.md`, `linuxserver/${image}`);
  assert.ok(claim, 'the page gives a claim');
  return mergeClaims([claim], new Set())[0].ports.map((p) => [p.port, p.speaks ?? '-']);
}

describe('image table generator: generic web words on an HTTPS port', () => {
  it('says nothing about what 443 or 8443 speaks when the catalog only says WebUI', () => {
    assert.deepStrictEqual(portsOf('pydio', '| `443` | WebUI |'), [[443, '-']]);
    assert.deepStrictEqual(portsOf('crafty', '| `8443` | web interface |'), [[8443, '-']]);
  });

  it('keeps http on other ports and tls where the catalog says https', () => {
    assert.deepStrictEqual(portsOf('app', '| `80` | WebUI |\n| `443` | https gui |'), [[80, 'http'], [443, 'tls']]);
    assert.deepStrictEqual(portsOf('kasm', '| `3000` | desktop gui HTTP |\n| `3001` | desktop gui HTTPS |'), [[3000, 'http'], [3001, 'tls']]);
  });

  it('says nothing when the words name both HTTP and HTTPS (lnxd/phoenixminer: "monitoring over http/https")', () => {
    assert.strictEqual(readPortWords('Used for basic monitoring over http/https built into PhoenixMiner').speaks, undefined);
    assert.strictEqual(readPortWords('web UI, HTTP or HTTPS').speaks, undefined);
    assert.strictEqual(readPortWords('HTTPS web UI').speaks, 'tls');
    // A forward proxy asked for http and https URLs still speaks HTTP.
    assert.strictEqual(readPortWords('http/https proxy port').speaks, 'http');
  });
});
