// IANA's references as links where a person reads an entry: the hover and the lookup command's entry.
import * as assert from 'assert';
import { analyzePorts, hoverMarkdown, lookupPort, mentionAt, type PortInfo } from '../../src/core';
import { lookupEntryText } from '../../src/features/lookupEntryText';

const rfc9110 = '[RFC 9110](https://www.rfc-editor.org/rfc/rfc9110)';

function hoverOn(text: string, needle: string): string {
  const analysis = analyzePorts(text, 'compose');
  const mention = mentionAt([...analysis.mentions].sort((a, b) => a.start - b.start), text.lastIndexOf(needle));
  assert.ok(mention, `a mention under ${needle}`);
  return hoverMarkdown(mention, lookupPort(mention.port), []);
}

describe('registry references: links in the hover and the lookup entry', () => {
  const compose = 'services:\n  web:\n    ports:\n      - "8080:80"\n';

  it('the hover on container port 80 links IANA\'s http to RFC 9110, on its own line', () => {
    const hover = hoverOn(compose, '80"');
    const http = hover.split('\n').find((line) => line.startsWith('- **http**'));
    assert.ok(http, hover);
    assert.ok(http.endsWith(` · ${rfc9110}`), http);
    // www-http (which cites no RFC) is past the three entries listed: named on the one line of other uses.
    assert.match(hover, /^Also used by: www-http\.$/m);
  });

  it('the lookup entry for 80 names every IANA name and links http\'s RFC', () => {
    const text = lookupEntryText(lookupPort(80)!);
    assert.match(text, /^Port 80 — /);
    for (const name of ['http (tcp/udp, IANA)', 'www (tcp/udp, IANA)', 'www-http (tcp/udp, IANA)']) assert.ok(text.includes(name), name);
    assert.ok(text.includes(`http (tcp/udp, IANA): World Wide Web HTTP (${rfc9110})`), text);
  });

  it('keeps a link whole in a notification: no brackets in its label, no parentheses or spaces in its URL', () => {
    const info: PortInfo = {
      port: 7202,
      class: 'registered',
      services: [{ name: 'x', protocols: [], description: '', source: 'iana', references: [{ label: 'TR [352]', url: 'https://example.com/a (b).pdf' }] }],
    };
    assert.ok(lookupEntryText(info).endsWith(' x (protocol not stated, IANA) ([TR 352](https://example.com/a%20%28b%29.pdf))'), lookupEntryText(info));
  });

  it('says when no service is registered', () => {
    assert.match(lookupEntryText(lookupPort(4)!), /^Port 4 — .* No service is registered on this port\.$/);
  });
});
