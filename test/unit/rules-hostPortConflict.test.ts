import * as assert from 'assert';
import { checkPorts } from '../../src/core/rules/checkPorts';
import { addressesOverlap, hostAddressOf } from '../../src/core/rules/hostAddress';
import { applyEdits } from './applyEdits';

function conflicts(text: string) {
  return checkPorts(text, 'compose').filter((f) => f.code === 'host-port-conflict');
}

/** A compose file with one service per entry: `[name, port entry]`. */
function services(...entries: [string, string][]): string {
  return 'services:\n' + entries.map(([name, port]) => `  ${name}:\n    image: ${name}\n    ports:\n      - ${port}\n`).join('');
}

describe('rule host-port-conflict', () => {
  it('marks both services publishing 8080, each message naming the other service and its line', () => {
    const text = services(['web', '"8080:80"'], ['api', '"8080:3000"']);
    const found = conflicts(text);
    assert.strictEqual(found.length, 2);
    assert.strictEqual(found[0].severity, 'error');
    assert.strictEqual(found[0].start, text.indexOf('8080:80'));
    assert.strictEqual(found[1].start, text.indexOf('8080:3000'));
    assert.strictEqual(text.slice(found[0].start, found[0].end), '8080');
    assert.match(found[0].message, /service "api" \(line 9\)/);
    assert.match(found[1].message, /service "web" \(line 5\)/);
    assert.match(found[0].message, /already allocated/);
  });

  it('127.0.0.1:8080 and 0.0.0.0:8080 conflict; a missing IP and :: overlap everything', () => {
    assert.strictEqual(conflicts(services(['a', '"127.0.0.1:8080:80"'], ['b', '"0.0.0.0:8080:80"'])).length, 2);
    assert.strictEqual(conflicts(services(['a', '"127.0.0.1:8080:80"'], ['b', '"8080:80"'])).length, 2);
    assert.strictEqual(conflicts(services(['a', '"127.0.0.1:8080:80"'], ['b', '"[::]:8080:80"'])).length, 2);
  });

  it('127.0.0.1:8080 and 127.0.0.2:8080 do not conflict; the same IP twice does', () => {
    assert.deepStrictEqual(conflicts(services(['a', '"127.0.0.1:8080:80"'], ['b', '"127.0.0.2:8080:80"'])), []);
    assert.strictEqual(conflicts(services(['a', '"127.0.0.1:8080:80"'], ['b', '"127.0.0.1:8080:81"'])).length, 2);
  });

  it('::1 and 127.0.0.1 do not conflict; [::1] and ::1 are the same address', () => {
    assert.deepStrictEqual(conflicts(services(['a', '"[::1]:6000:6000"'], ['b', '"127.0.0.1:6000:6000"'])), []);
    assert.strictEqual(conflicts(services(['a', '"[::1]:6000:6000"'], ['b', '"::1:6000:6000"'])).length, 2);
  });

  it('an interpolated host IP it cannot read conflicts with nothing', () => {
    assert.deepStrictEqual(conflicts(services(['a', '"${BIND_IP}:8080:80"'], ['b', '"8080:80"'])), []);
  });

  it('the same port over tcp and udp does not conflict; twice over udp does', () => {
    assert.deepStrictEqual(conflicts(services(['dns', '"53:53/udp"'], ['web', '"53:53/tcp"'])), []);
    const found = conflicts(services(['dns', '"53:53/udp"'], ['other', '"53:5353/udp"']));
    assert.strictEqual(found.length, 2);
    assert.match(found[0].message, /53\/udp/);
  });

  it('intersecting host ranges conflict, touching ones do not', () => {
    const text = services(['a', '"8000-8010:8000-8010"'], ['b', '"8005:80"']);
    const found = conflicts(text);
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['8000-8010', '8005']);
    assert.match(found[0].message, /^Host ports 8000-8010\/tcp overlap/);
    assert.deepStrictEqual(conflicts(services(['a', '"8000-8010:8000-8010"'], ['b', '"8011:80"'])), []);
  });

  it('a pick-one host range ("8000-9000:80") does not conflict with a fixed port inside it', () => {
    assert.deepStrictEqual(conflicts(services(['a', '"8000-9000:80"'], ['b', '"8500:80"'])), []);
  });

  it('container-only ports and expose entries never conflict', () => {
    assert.deepStrictEqual(conflicts(services(['a', '"3000"'], ['b', '"3000"'])), []);
    const text = 'services:\n  a:\n    image: a\n    expose: ["3000"]\n  b:\n    image: b\n    expose: ["3000"]\n';
    assert.deepStrictEqual(conflicts(text), []);
  });

  it('two entries of one service publishing the same port say so', () => {
    const text = 'services:\n  web:\n    image: web\n    ports:\n      - "8080:80"\n      - "8080:443"\n';
    const found = conflicts(text);
    assert.strictEqual(found.length, 2);
    assert.match(found[0].message, /another entry of this service \(line 6\)/);
  });

  it('a long-syntax published port conflicts with a short-syntax one', () => {
    const text = 'services:\n  a:\n    image: a\n    ports:\n      - target: 80\n        published: "8080"\n  b:\n    image: b\n    ports:\n      - "8080:80"\n';
    const found = conflicts(text);
    assert.strictEqual(found.length, 2);
    assert.match(found[0].message, /service "b"/);
    assert.match(found[1].message, /service "a" \(line 6\)/);
  });

  it('names at most three others and counts the rest when many services share a port', () => {
    const many = Array.from({ length: 1000 }, (_, i): [string, string] => [`svc${i}`, '"8080:80"']);
    const found = conflicts(services(...many));
    assert.strictEqual(found.length, 1000);
    assert.match(found[0].message, /service "svc1" \(line 9\), service "svc2" \(line 13\), service "svc3" \(line 17\) and 996 more/);
    assert.match(found[999].message, /service "svc0" \(line 5\).* and 996 more/);
  });

  it('a wildcard among addressed publishes collides with each, while they do not collide with one another', () => {
    const text = services(['a', '"127.0.0.1:8080:80"'], ['b', '"127.0.0.2:8080:80"'], ['c', '"8080:80"']);
    const found = conflicts(text);
    assert.strictEqual(found.length, 3);
    assert.match(found[0].message, /by service "c" \(line 13\) on/);
    assert.match(found[1].message, /by service "c" \(line 13\) on/);
    assert.match(found[2].message, /by service "a" \(line 5\) and service "b" \(line 9\) on/);
  });
});

/** A compose file with one service per entry, each with its own extra lines (profiles, deploy…). */
function servicesWith(...entries: [string, string, string][]): string {
  return 'services:\n' + entries.map(([name, port, extra]) => `  ${name}:\n    image: ${name}\n${extra}    ports:\n      - ${port}\n`).join('');
}

describe('rule host-port-conflict with profiles', () => {
  it('services in profiles that share none are alternatives and do not conflict', () => {
    const text = servicesWith(['db', '"5432:5432"', '    profiles: [dev]\n'], ['db-ci', '"5432:5432"', '    profiles: ["ci"]\n']);
    assert.deepStrictEqual(conflicts(text), []);
  });

  it('a service without profiles always runs, so it conflicts with a service in any profile', () => {
    const text = servicesWith(['db', '"5432:5432"', '    profiles: [dev]\n'], ['always', '"5432:5432"', '']);
    const found = conflicts(text);
    assert.strictEqual(found.length, 2);
    assert.match(found[0].message, /service "always"/);
    // A plain docker compose up starts only "always": the failure comes with the profile, and the message says so.
    assert.match(found[0].message, /so docker compose up with profile dev enabled fails/);
    assert.match(found[1].message, /so docker compose up with profile dev enabled fails/);
  });

  it('services sharing one profile conflict, and a message names only the services that can run alongside', () => {
    const text = servicesWith(
      ['a', '"8080:80"', '    profiles: [dev, debug]\n'],
      ['b', '"8080:80"', '    profiles:\n      - debug\n'],
      ['c', '"8080:80"', '    profiles: [ci]\n'],
    );
    const found = conflicts(text);
    assert.deepStrictEqual(found.map((f) => text.slice(0, f.start).split('\n').length), [6, 12]);
    assert.match(found[0].message, /also published by service "b" \(line 12\) on/);
    assert.match(found[1].message, /also published by service "a" \(line 6\) on/);
    assert.match(found[0].message, /with profile debug enabled fails/);
  });

  it('profiles apply to port ranges that overlap, not only to equal ports', () => {
    const text = servicesWith(['a', '"8000-8010:8000-8010"', '    profiles: [x]\n'], ['b', '"8005:80"', '    profiles: [y]\n']);
    assert.deepStrictEqual(conflicts(text), []);
    const shared = servicesWith(['a', '"8000-8010:8000-8010"', '    profiles: [x]\n'], ['b', '"8005:80"', '    profiles: [x]\n']);
    assert.strictEqual(conflicts(shared).length, 2);
  });

  it('profiles that cannot be read (interpolated to nothing) count as any profile', () => {
    const text = servicesWith(['a', '"8080:80"', '    profiles: [dev]\n'], ['b', '"8080:80"', '    profiles: ["${PROFILE}"]\n']);
    assert.strictEqual(conflicts(text).length, 2);
  });
});

// Websoft9's ollama app (apps/ollama/docker-compose.yml): a CPU and a GPU variant of one container, told apart by a
// profile, both named by container_name. docker compose never runs two containers of one name.
describe('rule host-port-conflict with the same container_name', () => {
  const ollama = (gpuExtra: string, cpuName = 'ollama', gpuName = 'ollama') => servicesWith(
    ['app-nogpu', '"9001:11434"', `    container_name: ${cpuName}\n`],
    ['app-nvidia', '"9001:11434"', `    container_name: ${gpuName}\n${gpuExtra}`]);

  it('two services of one container_name under different profiles are alternatives, not a conflict', () => {
    assert.deepStrictEqual(conflicts(ollama('    profiles: [nvidia]\n')), []);
  });

  it('the name read through the .env beside the file counts as written', () => {
    const text = ollama('    profiles: [nvidia]\n', '$W9_ID', '${W9_ID}');
    const found = checkPorts(text, 'compose', { variables: new Map([['W9_ID', 'ollama']]) }).filter((f) => f.code === 'host-port-conflict');
    assert.deepStrictEqual(found, []);
  });

  it('different container names, or the same under the same profiles, still conflict', () => {
    assert.strictEqual(conflicts(ollama('    profiles: [nvidia]\n', 'ollama-cpu', 'ollama-gpu')).length, 2);
    // Both always run: the file is broken (docker compose refuses the second container name), the shared port is kept.
    assert.strictEqual(conflicts(ollama('')).length, 2);
    const bothGpu = servicesWith(['a', '"9001:11434"', '    container_name: ollama\n    profiles: [gpu]\n'], ['b', '"9001:11434"', '    container_name: ollama\n    profiles: [gpu]\n']);
    assert.strictEqual(conflicts(bothGpu).length, 2);
  });

  it('a name that cannot be read proves nothing: the pair still conflicts', () => {
    // $W9_ID unset here: it may be empty (no container_name at all), so both may well run.
    assert.strictEqual(conflicts(ollama('    profiles: [nvidia]\n', '$W9_ID', '$W9_ID')).length, 2);
  });

  it('the container_name set by an override file counts for the base file\'s publish', () => {
    const base = servicesWith(['app-nogpu', '"9001:11434"', ''], ['app-nvidia', '"9001:11434"', '    profiles: [nvidia]\n']);
    const override = 'services:\n  app-nogpu:\n    container_name: ollama\n  app-nvidia:\n    container_name: ollama\n';
    const found = checkPorts(base, 'compose', { mergedWith: [{ name: 'compose.override.yaml', text: override, after: true }] }).filter((f) => f.code === 'host-port-conflict');
    assert.deepStrictEqual(found, []);
    assert.strictEqual(conflicts(base).length, 2);
  });
});

describe('rule host-port-conflict with replicas', () => {
  it('a fixed host port on a service with deploy.replicas: 3 is flagged, with the range to use instead', () => {
    const text = servicesWith(['web', '"8080:80"', '    deploy:\n      replicas: 3\n']);
    const found = conflicts(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(text.slice(found[0].start, found[0].end), '8080');
    assert.match(found[0].message, /Service "web" runs 3 containers \(deploy\.replicas: 3\)/);
    assert.match(found[0].message, /"8080-8082:80"/);
  });

  it('the quick fix widens the host port to one per replica, and the result checks clean', () => {
    const text = servicesWith(['web', '8080:80', '    deploy:\n      replicas: 3\n']);
    const [found] = conflicts(text);
    assert.strictEqual(found.fix?.title, 'Publish host ports 8080-8082, one per replica');
    const fixed = applyEdits(text, found.fix!.edits);
    assert.match(fixed, /\n {6}- 8080-8082:80\n/);
    assert.deepStrictEqual(conflicts(fixed), []);
  });

  it('offers no fix inside an interpolation default or when the container side is a range', () => {
    const [interpolated] = conflicts(servicesWith(['web', '"${WEB_PORT:-8080}:80"', '    scale: 2\n']));
    assert.strictEqual(interpolated.fix, undefined);
    const [ranged] = conflicts(servicesWith(['web', '"7000-7001:70-71"', '    scale: 2\n']));
    assert.strictEqual(ranged.fix, undefined);
  });

  it('scale: 2 counts as well', () => {
    const found = conflicts(servicesWith(['worker', '"6000:6000"', '    scale: 2\n']));
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /\(scale: 2\)/);
  });

  it('a host range with one container port at least as wide as the replicas is fine; a narrower one is flagged', () => {
    assert.deepStrictEqual(conflicts(servicesWith(['web', '"8000-8002:80"', '    deploy: {replicas: 3}\n'])), []);
    const narrow = conflicts(servicesWith(['web', '"8000-8001:80"', '    deploy: {replicas: 3}\n']));
    assert.strictEqual(narrow.length, 1);
    assert.match(narrow[0].message, /give only 2 to pick from/);
  });

  it('one replica, a container-only port, port 0 and an interpolated count are all fine', () => {
    assert.deepStrictEqual(conflicts(servicesWith(['web', '"8080:80"', '    deploy:\n      replicas: 1\n'])), []);
    assert.deepStrictEqual(conflicts(servicesWith(['web', '"80"', '    deploy:\n      replicas: 3\n'])), []);
    assert.deepStrictEqual(conflicts(servicesWith(['web', '"0:80"', '    deploy:\n      replicas: 3\n'])), []);
    assert.deepStrictEqual(conflicts(servicesWith(['web', '"8080:80"', '    deploy:\n      replicas: ${N}\n'])), []);
  });

  it('the long syntax published port is flagged the same way', () => {
    const text = 'services:\n  web:\n    deploy:\n      replicas: 2\n    ports:\n      - target: 80\n        published: "8080"\n';
    const found = conflicts(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(text.slice(found[0].start, found[0].end), '8080');
  });
});

describe('rule host-port-conflict with replicas in a swarm stack', () => {
  const stack = (extra: string, mode = '') => 'services:\n  web:\n    image: gitea/gitea\n    ports:\n      - target: 3000\n        published: 3000\n'
    + mode + '    deploy:\n      replicas: 4\n' + extra;

  it('the routing mesh shares one published port among the replicas: an overlay network, a swarm-only deploy key, mode: ingress', () => {
    assert.deepStrictEqual(conflicts(stack('networks:\n  front:\n    driver: overlay\n')), []);
    assert.deepStrictEqual(conflicts(stack('      placement:\n        constraints:\n          - node.role == manager\n')), []);
    assert.deepStrictEqual(conflicts(stack('      update_config:\n        parallelism: 2\n')), []);
    assert.deepStrictEqual(conflicts(stack('', '        mode: ingress\n')), []);
  });

  it('a comment that says the file is for swarm (example-voting-app\'s docker-stack.yml) or deploys it as a stack', () => {
    assert.deepStrictEqual(conflicts('# this file is meant for Docker Swarm stacks only\n' + stack('')), []);
    assert.deepStrictEqual(conflicts(stack('# docker stack deploy -c stack.yml app\n')), []);
    // The word in a value, not a comment, says nothing about where the file runs.
    assert.strictEqual(conflicts(stack('      labels:\n        - "com.example.note=swarm"\n')).length, 1);
  });

  it('mode: host binds the port in each container, swarm or not; a plain compose file is flagged', () => {
    const host = stack('      placement:\n        constraints: [node.role == manager]\n', '        mode: host\n');
    assert.deepStrictEqual(conflicts(host).map((f) => host.slice(f.start, f.end)), ['3000']);
    // In a swarm stack the scheduler, not the engine, meets it: one task per node, the rest pending; no range fix.
    const [inSwarm] = conflicts(host);
    assert.match(inSwarm.message, /^Service "web" runs 4 tasks \(deploy\.replicas: 4\), each binding host port 3000 of its node \(mode: host\): swarm places one per node and leaves the rest pending/);
    assert.strictEqual(inSwarm.fix, undefined);
    assert.match(conflicts(stack('', '        mode: host\n'))[0].message, /the others fail with "port is already allocated"/);
    assert.deepStrictEqual(conflicts(stack('      restart_policy:\n        condition: any\n')).length, 1);
  });
});

describe('host address overlap', () => {
  const overlap = (a?: string, b?: string) => addressesOverlap(hostAddressOf(a), hostAddressOf(b));

  it('treats a missing IP, 0.0.0.0 and :: (in any spelling) as every interface', () => {
    assert.ok(overlap(undefined, '10.0.0.1'));
    assert.ok(overlap('0.0.0.0', '::1'));
    assert.ok(overlap('0:0:0:0:0:0:0:0', '192.168.1.2'));
    assert.ok(overlap('[::]', '127.0.0.1'));
  });

  it('compares single addresses exactly, IPv6 after expansion', () => {
    assert.ok(!overlap('127.0.0.1', '127.0.0.2'));
    assert.ok(!overlap('::1', '127.0.0.1'));
    assert.ok(overlap('::1', '0:0:0:0:0:0:0:1'));
    assert.ok(overlap('FE80::1', 'fe80:0::1'));
  });

  it('never claims an overlap for an interpolated IP it cannot read', () => {
    assert.ok(!overlap('${BIND_IP}', undefined));
  });
});
