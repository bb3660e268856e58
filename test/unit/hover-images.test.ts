// What the hover says first when the service's image (or the Dockerfile stage's) is known.
import * as assert from 'assert';
import { analyzePorts, hoverMarkdown, lookupPort, mentionAt, type ConfigFormat } from '../../src/core';
import { imageRows } from '../../src/core/images/lookupImage';

/** The hover's lines at the first occurrence of `needle`. */
function hoverLines(text: string, format: ConfigFormat, needle: string): string[] {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const analysis = analyzePorts(text, format);
  const mention = mentionAt([...analysis.mentions].sort((a, b) => a.start - b.start), offset);
  assert.ok(mention, `a mention under "${needle}"`);
  const findings = analysis.findings.filter((f) => f.start < mention.end && mention.start < f.end);
  return hoverMarkdown(mention, lookupPort(mention.port), findings).split('\n').filter((line) => line !== '');
}

/** A hover line without the link to its image row's source (tested on its own below). */
function sentence(line: string): string {
  return line.replace(/ · \[(Dockerfile|documentation)\]\([^)]*\)$/, '');
}

const stack = [
  'services:',
  '  grafana:',
  '    image: grafana/grafana:10.4.2',
  '    ports:',
  '      - "3000:3000"',
  '  other:',
  '    image: grafana/grafana',
  '    ports:',
  '      - "18080:8080"',
  '  moved:',
  '    image: grafana/grafana',
  '    environment:',
  '      GF_SERVER_HTTP_PORT: "8081"',
  '    ports:',
  '      - "8081:8081"',
  '  app:',
  '    build: .',
  '    ports:',
  '      - "3001:3000"',
  '',
].join('\n');

describe('hover with a known image', () => {
  it('names the software and the image right after the title, then the rest, then the registry on one line', () => {
    const lines = hoverLines(stack, 'compose', '3000:');
    assert.strictEqual(lines[0], '**Port 3000/tcp** · registered (1024–49151)');
    assert.strictEqual(sentence(lines[1]), '**Grafana** web UI, from image `grafana/grafana`');
    assert.match(lines[2], /^\*\*Published:\*\* host 3000/);
    assert.match(lines[3], /^Also used by: .*Express/);
    assert.ok(!/Grafana/.test(lines[3]), 'Grafana is not repeated among the other uses');
    assert.ok(!lines.some((line) => line.startsWith('- ')), 'no list of equals');
  });

  it('does not repeat the software\'s name when the port\'s description starts with it', () => {
    const text = 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n';
    assert.strictEqual(sentence(hoverLines(text, 'compose', '5432')[1]), '**PostgreSQL** protocol, from image `postgres`');
  });

  it('says so on both sides of a publish when the image does not listen on the container port', () => {
    for (const needle of ['18080', '8080"']) {
      const lines = hoverLines(stack, 'compose', needle);
      assert.strictEqual(sentence(lines[1]), '**Grafana**, from image `grafana/grafana`, does not listen on container port 8080 by default: '
        + 'it listens on 3000/tcp (web UI), unless configured otherwise (`GF_SERVER_HTTP_PORT`).');
    }
    assert.ok(hoverLines(stack, 'compose', '8080"').some((line) => /\(container-port-mismatch\)/.test(line)));
  });

  it('keeps the team\'s own names for the port whole, above the shortened registry line', () => {
    const mention = analyzePorts(stack, 'compose').mentions.find((m) => m.role === 'container' && m.port === 3000)!;
    const info = lookupPort(mention.port)!;
    const user = { name: 'Grafana (staging)', protocols: [], description: 'The team\'s staging dashboards', source: 'user' as const };
    const lines = hoverMarkdown(mention, { ...info, services: [user, ...info.services] }, []).split('\n').filter((l) => l !== '');
    assert.strictEqual(sentence(lines[1]), '**Grafana** web UI, from image `grafana/grafana`');
    const userLine = lines.findIndex((l) => l.startsWith('- **Grafana (staging)**'));
    assert.ok(userLine > 1 && /^Also used by: .*Express/.test(lines[userLine + 1]), lines.join('\n'));
  });

  it('leaves the registry line out when the registry knows the port only as the image\'s software', () => {
    const text = 'services:\n  ci:\n    image: jenkins/jenkins:lts\n    ports:\n      - "50000:50000"\n';
    const mention = analyzePorts(text, 'compose').mentions.find((m) => m.role === 'container')!;
    const hover = hoverMarkdown(mention, lookupPort(50000), []);
    assert.match(hover, /\*\*Jenkins\*\* inbound \(JNLP\) agent connections, from image `jenkins\/jenkins`/);
    assert.doesNotMatch(hover, /Also used by|^- /m);
  });

  it('says a port published on a VPN container may belong to the service that joins its network', () => {
    const text = 'services:\n  app:\n    image: example/app\n    network_mode: service:vpn\n  vpn:\n    image: lscr.io/linuxserver/wireguard\n    ports:\n      - "3333:3333"\n';
    assert.match(sentence(hoverLines(text, 'compose', '3333"')[1]), /^\*\*WireGuard\*\*, from image `linuxserver\/wireguard`, does not listen on container port 3333 itself: the port may be published here for `app`, which joins this service's network \(`network_mode: service:vpn`\)\.$/);
  });

  it('names what in the service may have moved the port there', () => {
    assert.match(sentence(hoverLines(stack, 'compose', '8081:')[1]), /does not listen on container port 8081 by default: .*; the service's environment GF\\_SERVER\\_HTTP\\_PORT may move it here\.$/);
    // On the image's own port setting, the hover says that this is where it listens now.
    assert.strictEqual(sentence(hoverLines(stack, 'compose', '8081"')[1]), '**Grafana**, from image `grafana/grafana`, listens on 8081 as `GF_SERVER_HTTP_PORT` '
      + 'sets it, instead of its default 3000/tcp (web UI).');
    assert.strictEqual(sentence(hoverLines('FROM grafana/grafana\nENV GF_SERVER_HTTP_PORT=3000\n', 'dockerfile', '3000')[1]), '**Grafana** web UI, from image `grafana/grafana`');
  });

  it('without an image, or for a URL to another service, lists the registry as before', () => {
    const lines = hoverLines(stack, 'compose', '3001:');
    assert.match(lines[1], /^\*\*Published:\*\* host 3001/);
    assert.ok(lines.some((line) => line.startsWith('- **')), 'the registry list');
    const url = 'services:\n  grafana:\n    image: grafana/grafana\n    environment:\n      - GF_DATABASE_URL=postgres://db:5432/grafana\n';
    assert.ok(!hoverLines(url, 'compose', '5432').some((line) => /from image/.test(line)));
  });

  it('Dockerfile: the stage\'s image speaks for EXPOSE, through a stage name', () => {
    const text = 'FROM grafana/grafana:10.4.2 AS base\nFROM base\nEXPOSE 3000\n';
    assert.strictEqual(sentence(hoverLines(text, 'dockerfile', '3000')[1]), '**Grafana** web UI, from image `grafana/grafana`');
  });

  it('links the source that states the image\'s ports: its Dockerfile, or the vendor\'s documentation', () => {
    const postgres = imageRows().find((row) => row.image === 'postgres');
    const grafana = imageRows().find((row) => row.image === 'grafana/grafana');
    assert.ok(postgres && grafana, 'the rows this test relies on');
    assert.ok(postgres.url.endsWith('/Dockerfile') && !grafana.url.includes('Dockerfile'), 'sources of both kinds');
    const compose = 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n';
    assert.ok(hoverLines(compose, 'compose', '5432')[1].endsWith(` · [Dockerfile](${postgres.url})`));
    assert.ok(hoverLines(stack, 'compose', '3000:3000')[1].endsWith(` · [documentation](${grafana.url})`));
    // Every sentence the image line can say gets the link, once.
    for (const needle of ['18080:8080', '8081:', '8081"']) {
      const line = hoverLines(stack, 'compose', needle)[1];
      assert.strictEqual(line.split(' · [documentation](').length, 2, line);
    }
  });

  it('a runtime image that listens on nothing says the port is the application\'s own, and shortens the registry', () => {
    const runtime = imageRows().find((row) => row.ports.length === 0);
    assert.ok(runtime, 'the table has a runtime image (ports: [])');
    const text = `FROM ${runtime.image}:latest\nENV PORT=3000\nEXPOSE 3000\n`;
    for (const needle of ['3000\nEXPOSE', '3000\n']) {
      const lines = hoverLines(text, 'dockerfile', needle);
      assert.match(lines[1], new RegExp(`, from image \`${runtime.image.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\`, listens on no fixed port of its own: this one is the application's`));
      assert.ok(lines.some((line) => line.startsWith('Also used by: ')));
      assert.ok(!lines.some((line) => line.startsWith('- ')));
    }
  });
});
