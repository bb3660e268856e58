// What the hover says, for real snippets of each format, through the same calls the editor makes.
import * as assert from 'assert';
import { analyzePorts, hoverMarkdown, lookupPort, mentionAt, type ConfigFormat } from '../../src/core';

/** The hover text at the first occurrence of `needle` (offset `at` characters into it). */
function hoverAt(text: string, format: ConfigFormat, needle: string, at = 0): string {
  const offset = text.indexOf(needle) + at;
  assert.ok(offset >= at, `"${needle}" is in the snippet`);
  const analysis = analyzePorts(text, format);
  const sorted = [...analysis.mentions].sort((a, b) => a.start - b.start);
  const mention = mentionAt(sorted, offset);
  assert.ok(mention, `a mention under "${needle}"`);
  const findings = analysis.findings.filter((f) => f.start < mention.end && mention.start < f.end);
  return hoverMarkdown(mention, lookupPort(mention.port), findings);
}

describe('hoverMarkdown', () => {
  const compose = [
    'services:',
    '  db:',
    '    build: ./db',
    '    ports:',
    '      - "5432:5432"',
    '  web:',
    '    ports:',
    '      - "127.0.0.1:8080:80/udp"',
    '      - "50000:50000"',
    '',
  ].join('\n');

  it('names PostgreSQL first for 5432, with its range, its source link and the mapping it is part of', () => {
    const hover = hoverAt(compose, 'compose', '5432');
    assert.match(hover, /^\*\*Port 5432\/tcp\*\* · registered \(1024–49151\)\n/);
    const firstService = hover.split('\n').find((line) => line.startsWith('- '));
    assert.match(firstService ?? '', /\*\*PostgreSQL\*\*.*\[common software\]\(https:\/\/www\.postgresql\.org\//);
    assert.match(hover, /host 5432 on every interface → container 5432\/tcp \(service `db`\)/);
  });

  it('keeps a link whole when its URL holds parentheses or blanks', () => {
    const analysis = analyzePorts('PORT=8080\n', 'dotenv');
    const mention = analysis.mentions[0];
    const service = { name: 'thing', description: 'a service', protocols: ['tcp' as const], source: 'common' as const,
      url: 'https://example.com/a (b).html', references: [{ label: 'Spec', url: 'https://example.com/spec(1)' }] };
    const hover = hoverMarkdown(mention, { port: 8080, class: 'registered', services: [service] }, []);
    assert.ok(hover.includes('[common software](https://example.com/a%20%28b%29.html) · [Spec](https://example.com/spec%281%29)'), hover);
  });

  it('names the profiles and the replica count of the service, which decide whether its ports can collide', () => {
    const text = 'services:\n  debug:\n    profiles: [dev, tools]\n    deploy:\n      replicas: 2\n    ports:\n      - "127.0.0.1:9229:9229"\n';
    const hover = hoverAt(text, 'compose', '9229');
    assert.match(hover, /→ container 9229\/tcp \(service `debug`, profiles `dev`, `tools`, 2 replicas\)/);
    assert.match(hover, /See the problem reported here \(host-port-conflict\)/);
  });

  it('does not repeat the findings VS Code shows with the hover: one line names their codes', () => {
    const analysis = analyzePorts(compose, 'compose');
    const at = compose.indexOf('50000');
    const messages = analysis.findings.filter((f) => f.start <= at && at < f.end).map((f) => f.message);
    assert.ok(messages.length > 0, 'a finding on 50000');
    const hover = hoverAt(compose, 'compose', '50000');
    for (const message of messages) assert.ok(!hover.includes(message.slice(0, 40)), hover);
    assert.match(hover, /^_See the problem reported here \(dynamic-range\)\._$/m);
    assert.match(hover, /^\*\*Port 50000\/tcp\*\* · dynamic \(49152–65535\)/);
    assert.match(hoverAt(compose, 'compose', '5432'), /See the problem reported here \(exposed-all-interfaces\)/);
  });

  it('puts what the workspace says of a target first, then the registry\'s names on one line; ten lines at most', () => {
    const nginx = 'server {\n  location / { proxy_pass http://web:8080; }\n}\n';
    const mention = analyzePorts(nginx, 'nginx').mentions.find((m) => m.port === 8080)!;
    const lead = 'Reaches `web` (compose.yaml line 2), which listens on 3000 (Dockerfile line 13).';
    const lines = hoverMarkdown(mention, lookupPort(8080), [], { lead: [lead] }).split('\n').filter((line) => line !== '');
    assert.strictEqual(lines[1], lead);
    assert.ok(!lines.some((line) => line.startsWith('- ')), lines.join('\n'));
    assert.match(lines[lines.length - 1], /^Also used by: [^\n]*Spring Boot[^\n]* and \d+ more\.$/);
    assert.ok(lines.length <= 10, lines.join('\n'));
  });

  it('lists at most three registry entries when nothing more specific is known, the rest on one line', () => {
    const lines = hoverAt('HTTP_PORT=8080\n', 'dotenv', '8080').split('\n').filter((line) => line !== '');
    assert.strictEqual(lines.filter((line) => line.startsWith('- ')).length, 3, lines.join('\n'));
    assert.match(lines[lines.length - 1], /^Also used by: /);
    assert.ok(lines.length <= 10, lines.join('\n'));
  });

  it('explains "127.0.0.1:8080:80/udp" as host 8080 on loopback → container 80/udp', () => {
    assert.match(hoverAt(compose, 'compose', '8080'), /host 8080 on 127\.0\.0\.1 → container 80\/udp \(service `web`\)/);
    assert.match(hoverAt(compose, 'compose', ':80/', 1), /\*\*Container port:\*\* 80\/udp, published as host port 8080/);
  });

  it('explains an implicit nginx port on an address without one', () => {
    const nginx = 'server {\n    listen 127.0.0.1;\n}\n';
    const hover = hoverAt(nginx, 'nginx', '127.0.0.1', 2);
    assert.match(hover, /^\*\*Port 80\/tcp\*\* \(implicit/);
    assert.match(hover, /nginx listens\*\* on 127\.0\.0\.1, port 80/);
    assert.match(hover, /\*\*HTTP\*\*/);
  });

  it('names the setting a .env port belongs to', () => {
    const hover = hoverAt('REDIS_URL=redis://cache:6379/0\n', 'dotenv', '6379');
    assert.match(hover, /\*\*Setting:\*\* `REDIS_URL`/);
    assert.match(hover, /\*\*Redis\*\*/);
  });

  it('says so when nothing is registered on a port', () => {
    assert.match(hoverAt('EXPOSE 47999\n', 'dockerfile', '47999'), /No service is registered on this port/);
  });

  it('says Docker reads a port written across a line continuation whole, from the cursor on either piece', () => {
    const dockerfile = 'FROM node:22\nEXPOSE 30\\\n00\n';
    for (const piece of ['30\\', '00\n']) {
      const hover = hoverAt(dockerfile, 'dockerfile', piece, 1);
      // The stage's image comes first, right after the title.
      assert.match(hover, /^\*\*Port 3000\/tcp\*\* · registered \(1024–49151\)\n\n\*\*Node\.js runtime\*\*, from image `node`, [^\n]*\n\nWritten across a line continuation: Docker reads it as 3000\.\n/);
    }
    assert.doesNotMatch(hoverAt('EXPOSE 3000\n', 'dockerfile', '3000'), /line continuation/);
  });

  it('shows registry text as text, not as markup', () => {
    assert.match(hoverAt('APP_PORT=5432\n', 'dotenv', '5432'), /PostgreSQL/);
    const escaped = hoverMarkdown({ port: 1, start: 0, end: 1, role: 'setting' },
      { port: 1, class: 'well-known', services: [{ name: 'a*b_[c]', protocols: ['tcp'], description: '<img src=x>', source: 'user' }] }, []);
    assert.ok(escaped.includes('a\\*b\\_\\[c\\]') && escaped.includes('\\<img src=x\\>'), escaped);
  });
});
