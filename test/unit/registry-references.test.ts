// IANA's references as links where a person reads an entry: the hover (the lookup's entry: lookup-items.test.ts).
import * as assert from 'assert';
import { analyzePorts, hoverMarkdown, lookupPort, mentionAt } from '../../src/core';

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
});
