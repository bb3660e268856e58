import * as assert from 'assert';
import { hoverMarkdown, lookupPort } from '../../src/core';
import { analyzePorts, checkPorts } from '../../src/core/rules/checkPorts';
import type { CheckOptions } from '../../src/core/types';

// `docker compose up` merges compose.yaml with compose.override.yaml: a host port published in each file by
// different services fails with "port is already allocated", though neither file alone shows a conflict.

function conflicts(text: string, options: CheckOptions) {
  return checkPorts(text, 'compose', options).filter((f) => f.code === 'host-port-conflict');
}

const base = `services:
  web:
    image: nginx
    ports:
      - "8080:80"
  db:
    image: postgres:16
    ports:
      - "127.0.0.1:5432:5432"
`;

function override(text: string) {
  return { mergedWith: [{ name: 'compose.override.yaml', text }] };
}

describe('rule host-port-conflict across the files docker compose merges', () => {
  it('reports a port published in the override by another service on this file only, naming the other file and its line', () => {
    const other = 'services:\n  debug:\n    image: busybox\n    ports:\n      - "8080:8000"\n';
    const found = conflicts(base, override(other));
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].start, base.indexOf('8080'));
    assert.strictEqual(base.slice(found[0].start, found[0].end), '8080');
    assert.match(found[0].message, /Host port 8080\/tcp is also published by service "debug" in compose\.override\.yaml \(line 5\)/);
    // Every finding is an offset into this file: none stands for the other file's line.
    assert.ok(found.every((f) => f.end <= base.length));
  });

  it('also names a partner in this file plainly, and one in the other file with its name', () => {
    const text = base + '  api:\n    image: api\n    ports:\n      - "8080:3000"\n';
    const other = 'services:\n  debug:\n    image: busybox\n    ports:\n      - "8080:8000"\n';
    const found = conflicts(text, override(other));
    assert.strictEqual(found.length, 2);
    assert.match(found[0].message, /service "api" \(line 13\) and service "debug" in compose\.override\.yaml \(line 5\)/);
  });

  it('the same entry of the same service in both files is one port to Compose, not a conflict', () => {
    const other = 'services:\n  web:\n    environment:\n      DEBUG: "1"\n    ports:\n      - "8080:80"\n';
    assert.deepStrictEqual(conflicts(base, override(other)), []);
    // The long syntax of the same mapping is the same entry too.
    const long = 'services:\n  db:\n    ports:\n      - target: 5432\n        published: 5432\n        host_ip: 127.0.0.1\n';
    assert.deepStrictEqual(conflicts(base, override(long)), []);
  });

  it('the same service publishing the same host port to another container port in the other file conflicts', () => {
    const other = 'services:\n  web:\n    ports:\n      - "8080:81"\n';
    const found = conflicts(base, override(other));
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /another entry of this service in compose\.override\.yaml \(line 4\)/);
  });

  it('the same service and ports on another host IP in the other file is a second publish, and overlaps', () => {
    // "0.0.0.0:8080:80" is not merged with "8080:80" (host_ip differs as written), and 0.0.0.0 overlaps every interface.
    const other = 'services:\n  web:\n    ports:\n      - "0.0.0.0:8080:80"\n';
    assert.strictEqual(conflicts(base, override(other)).length, 1);
  });

  it('profiles still decide which services run together across files', () => {
    const withProfile = 'services:\n  web:\n    image: nginx\n    profiles: [dev]\n    ports:\n      - "8080:80"\n';
    const inCi = 'services:\n  web-ci:\n    image: nginx\n    profiles: [ci]\n    ports:\n      - "8080:80"\n';
    assert.deepStrictEqual(conflicts(withProfile, override(inCi)), []);
    const inDev = inCi.replace('[ci]', '[dev, ci]');
    assert.strictEqual(conflicts(withProfile, override(inDev)).length, 1);
  });

  it('reads ${PORT} in the other file with the same .env variables', () => {
    const other = 'services:\n  debug:\n    image: busybox\n    ports:\n      - "${DEBUG_PORT}:8000"\n';
    assert.deepStrictEqual(conflicts(base, override(other)), [], 'unknown without the variables');
    const found = conflicts(base, { ...override(other), variables: new Map([['DEBUG_PORT', '8080']]) });
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /service "debug" in compose\.override\.yaml \(line 5\)/);
  });

  it('a conflict between two services of the other file is not reported here', () => {
    const other = 'services:\n  a:\n    ports: ["9000:9000"]\n  b:\n    ports: ["9000:9001"]\n';
    assert.deepStrictEqual(conflicts(base, override(other)), []);
  });

  it('garbage or a bad entry as a merged file does not throw and leaves this file\'s findings as they were', () => {
    const text = base + '  api:\n    image: api\n    ports:\n      - "8080:3000"\n';
    const alone = checkPorts(text, 'compose');
    assert.strictEqual(alone.filter((f) => f.code === 'host-port-conflict').length, 2, 'web and api conflict in this file');
    for (const garbage of ['{{{[[[:::', 'services: [', '\u0000\uffff', 'x'.repeat(10000), '']) {
      assert.deepStrictEqual(checkPorts(text, 'compose', override(garbage)), alone, JSON.stringify(garbage.slice(0, 20)));
    }
    const bad = { mergedWith: [null, { name: 3, text: 7 }, undefined] } as unknown as CheckOptions;
    assert.deepStrictEqual(checkPorts(text, 'compose', bad), alone);
  });

  it('without merged files, or for another format, nothing changes', () => {
    const other = 'services:\n  debug:\n    ports:\n      - "8080:8000"\n';
    assert.deepStrictEqual(checkPorts(base, 'compose', { mergedWith: [] }), checkPorts(base, 'compose'));
    const nginx = 'server {\n  listen 8080;\n}\n';
    assert.deepStrictEqual(checkPorts(nginx, 'nginx', override(other)), checkPorts(nginx, 'nginx'));
  });
});

describe('service settings merged across the files docker compose merges', () => {
  const overrideFile = (text: string) => ({ mergedWith: [{ name: 'compose.override.yaml', text, after: true }] });
  const baseFile = (text: string) => ({ mergedWith: [{ name: 'compose.yaml', text }] });

  it('profiles set on a service in the base file apply to the ports the override adds to it', () => {
    const compose = 'services:\n  db:\n    profiles: [dev]\n    image: postgres\n  db-ci:\n    profiles: [ci]\n    image: postgres\n    ports: ["5432:5432"]\n';
    const other = 'services:\n  db:\n    ports: ["5432:5432"]\n';
    // db runs only in dev and db-ci only in ci: never together, even though db's port is in the override.
    assert.deepStrictEqual(conflicts(compose, overrideFile(other)), []);
    // Without the base file's profiles db would always run, and conflict.
    assert.strictEqual(conflicts('services:\n  db-ci:\n    profiles: [ci]\n    ports: ["5432:5432"]\n', overrideFile(other)).length, 1);
  });

  it('replicas set in the override apply to the base file\'s ports, and the hover shows them', () => {
    const compose = 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n';
    const other = 'services:\n  web:\n    deploy:\n      replicas: 3\n';
    const found = conflicts(compose, overrideFile(other));
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /Service "web" runs 3 containers \(deploy\.replicas: 3\)/);
    const mention = analyzePorts(compose, 'compose', overrideFile(other)).mentions.find((m) => m.role === 'host')!;
    assert.match(hoverMarkdown(mention, lookupPort(mention.port), []), /\(service `web`, 3 replicas\)/);
  });

  it('the later file\'s replica count wins: an override that sets 1 clears the base file\'s 3', () => {
    const compose = 'services:\n  web:\n    deploy:\n      replicas: 3\n    ports:\n      - "8080:80"\n';
    assert.strictEqual(conflicts(compose, {}).length, 1, 'alone, 3 replicas on one host port');
    assert.deepStrictEqual(conflicts(compose, overrideFile('services:\n  web:\n    deploy:\n      replicas: 1\n')), []);
    // Checked from the override's side, the base file comes first and the override still wins.
    const fromOverride = 'services:\n  web:\n    deploy:\n      replicas: 1\n    ports:\n      - "9090:90"\n';
    assert.deepStrictEqual(conflicts(fromOverride, baseFile(compose)).filter((f) => /containers/.test(f.message)), []);
  });

  it('checking again after this file changed uses the new settings, not those of the last check', () => {
    // The override is read once and reused while it does not change: what one check writes onto its ports
    // (this file's profiles) must not stay for the next.
    const other = 'services:\n  db:\n    ports: ["5432:5432"]\n';
    const withProfiles = 'services:\n  db:\n    profiles: [dev]\n  db-ci:\n    profiles: [ci]\n    ports: ["5432:5432"]\n';
    const withoutProfiles = 'services:\n  db:\n    image: postgres\n  db-ci:\n    profiles: [ci]\n    ports: ["5432:5432"]\n';
    assert.deepStrictEqual(conflicts(withProfiles, overrideFile(other)), []);
    assert.strictEqual(conflicts(withoutProfiles, overrideFile(other)).length, 1);
    assert.deepStrictEqual(conflicts(withProfiles, overrideFile(other)), []);
  });
});

describe('host-port-conflict and Compose merge tags (ports: !override, !reset)', () => {
  const minio = 'services:\n  minio:\n    image: minio/minio\n    ports:\n      - "9000-9001:9000-9001"\n';
  const replacing = (tag: string) => `services:\n  minio:\n    ports: ${tag}\n      - "\${MINIO_SERVER_PORT:-9000}:9000"\n`;

  it('an override whose ports: !override replace the base list does not collide with it, in either file', () => {
    const over = replacing('!override');
    assert.deepStrictEqual(conflicts(minio, { mergedWith: [{ name: 'compose.override.yaml', text: over, after: true }] }), []);
    assert.deepStrictEqual(conflicts(over, { mergedWith: [{ name: 'compose.yaml', text: minio }] }), []);
  });

  it('ports: !reset drops the base list too', () => {
    assert.deepStrictEqual(conflicts(minio, { mergedWith: [{ name: 'compose.override.yaml', text: replacing('!reset'), after: true }] }), []);
  });

  it('without the tag the lists are appended, so the same host port in both is still a conflict', () => {
    assert.strictEqual(conflicts(minio, { mergedWith: [{ name: 'compose.override.yaml', text: replacing(''), after: true }] }).length, 1);
  });

  it('the tag replaces only its own service: another service of the base file still collides', () => {
    const base = `${minio}  other:\n    image: nginx\n    ports:\n      - "9000:80"\n`;
    const found = conflicts(base, { mergedWith: [{ name: 'compose.override.yaml', text: replacing('!override'), after: true }] });
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /minio/);
  });
});
