import assert from 'assert';
import fc from 'fast-check';
import { formatOf } from '../../src/core/formats/detectFormat';
import { createWorkspace } from '../../src/core/workspace/workspace';

const gotify = `services:
  gotify:
    image: gotify/server:2.4.0
    ports:
      - "8080:80"
`;

describe('formatOf: by content, where the name does not decide', () => {
  it('a YAML file whose top level is a Compose services: map is Compose, whatever its name', () => {
    assert.strictEqual(formatOf('apps/gotify/gotify.yaml', undefined, gotify), 'compose');
    assert.strictEqual(formatOf('.apps/plex/plex.yml', undefined, `# comment\nversion: "3"\nservices:\n  plex:\n    container_name: plex\n    build: .\n`), 'compose');
    assert.strictEqual(formatOf('templates/compose/app.yaml', undefined, `# documentation: x\nservices:\n  app:\n    ports:\n      - 3000\nvolumes:\n  data:\nx-casaos:\n  port_map: "80"\n`), 'compose');
  });

  it('the name still wins, and without text nothing changes', () => {
    assert.strictEqual(formatOf('apps/gotify/gotify.yaml'), undefined);
    assert.strictEqual(formatOf('Dockerfile', undefined, gotify), 'dockerfile');
  });

  it('a GitHub Actions workflow with services: is not Compose', () => {
    const workflow = `name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    services:\n      postgres:\n        image: postgres\n        ports:\n          - 5432:5432\n`;
    assert.strictEqual(formatOf('.github/workflows/ci.yml', undefined, workflow), undefined);
    // Even with services: at the top (another CI's syntax), its other keys rule it out.
    assert.strictEqual(formatOf('.woodpecker.yml', undefined, `steps:\n  build:\n    image: node\nservices:\n  db:\n    image: postgres\n`), undefined);
  });

  it('Kubernetes manifests, OpenAPI, Ansible, GitLab CI and Helm values are not Compose', () => {
    const texts = [
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n`,
      `apiVersion: apps/v1\nkind: Deployment\nservices:\n  web:\n    image: nginx\n`,
      `openapi: 3.0.0\npaths:\n  /services:\n    get: {}\n`,
      `- hosts: all\n  tasks:\n    - name: start\n      docker_container:\n        image: nginx\n        ports:\n          - "80:80"\n`,
      `image: node:20\nservices:\n  - postgres:15\ntest:\n  script: npm test\n`,
      `replicaCount: 1\nservices:\n  web:\n    image: nginx\n`,
      `services:\n  web:\n    image:\n      repository: nginx\n      tag: latest\n`,
      `services:\n  - name: web\n    image: nginx\n`,
      `services: {}\n`,
      `services:\n  web:\n    environment:\n      A: b\n`,
      `---\napiVersion: v1\nkind: ConfigMap\n---\nservices:\n  web:\n    image: nginx\n`,
    ];
    for (const text of texts) assert.notStrictEqual(formatOf('deploy/app.yaml', undefined, text), 'compose', text);
  });

  it('an nginx config by its blocks and directives: *.subdomain.conf.sample, a server block in any *.conf', () => {
    const swag = `## Version 2023/05/31\nserver {\n    listen 443 ssl;\n    server_name gotify.*;\n    location / {\n        set $upstream_app gotify;\n        set $upstream_port 80;\n        proxy_pass $upstream_proto://$upstream_app:$upstream_port;\n    }\n}\n`;
    assert.strictEqual(formatOf('gotify.subdomain.conf.sample', undefined, swag), 'nginx');
    assert.strictEqual(formatOf('proxy/site.conf', undefined, 'location ^~ /app/ {\n  proxy_pass http://app:8080;\n}\n'), 'nginx');
    assert.strictEqual(formatOf('supervisord.conf', undefined, '[program:x]\ncommand=/bin/x --port 80\n'), undefined);
    assert.strictEqual(formatOf('sphinx.conf', undefined, 'searchd {\n  listen = 9312\n}\n'), undefined);
    assert.strictEqual(formatOf('notes.txt', undefined, swag), undefined);
  });

  it('honours the language id: one of ours decides, another language keeps the text from deciding', () => {
    assert.strictEqual(formatOf('untitled:Untitled-1', 'dockercompose', 'x: 1'), 'compose');
    assert.strictEqual(formatOf('app.yaml', 'yaml', gotify), 'compose');
    assert.strictEqual(formatOf('app.yaml', 'ansible', gotify), undefined);
    assert.strictEqual(formatOf('app.yaml', 'github-actions-workflow', gotify), undefined);
  });

  it('the workspace reads a Compose file named after its app', () => {
    const workspace = createWorkspace();
    workspace.set('apps/grafana/grafana.yml', 'services:\n  grafana:\n    image: grafana/grafana\n    ports:\n      - "3000:8080"\n');
    assert.ok(workspace.mentions('apps/grafana/grafana.yml').length > 0);
    assert.ok(workspace.findings('apps/grafana/grafana.yml').some((found) => found.code === 'container-port-mismatch'));
    workspace.set('ci.yml', 'on: push\njobs:\n  a:\n    services:\n      db:\n        image: postgres\n        ports: ["1:2"]\n');
    assert.deepStrictEqual(workspace.mentions('ci.yml'), []);
  });

  it('looks only at the head of a large file', () => {
    const big = gotify + `x-padding:\n${'  # filler line of a long comment\n'.repeat(20_000)}`;
    assert.strictEqual(formatOf('big.yaml', undefined, big), 'compose');
    const late = `x-padding:\n${'  # filler\n'.repeat(5_000)}${gotify}`;
    assert.strictEqual(formatOf('late.yaml', undefined, late), undefined);
  });
});

describe('formatOf by content: properties', () => {
  const names = fc.constantFrom('a.yaml', 'x/app.yml', 'site.conf', 'a.subdomain.conf.sample', 'notes.txt', 'data.json', 'Makefile', 'x.md', 'app.yaml.bak');
  const yamlish = fc.array(fc.constantFrom('services:\n', '  web:\n', '    image: nginx\n', '    ports:\n', '      - "80:80"\n', 'on: push\n',
    'kind: Pod\n', '---\n', '- hosts: all\n', '\t', '# c\n', 'server {\n', 'listen 80;\n', '}\n', '"', '{', ':', ' '), { maxLength: 30 }).map((parts) => parts.join(''));

  it('never throws, on any text and any name', () => {
    fc.assert(fc.property(fc.oneof(names, fc.string()), fc.oneof(fc.string(), yamlish), fc.option(fc.constantFrom('yaml', 'plaintext', 'ansible', 'nginx'), { nil: undefined }),
      (name, text, language) => {
        formatOf(name, language, text);
      }), { numRuns: 2000 });
  });

  it('never claims a file that is not YAML as Compose, nor anything as a format its name cannot hold', () => {
    fc.assert(fc.property(names, fc.oneof(fc.string(), yamlish), (name, text) => {
      const found = formatOf(name, undefined, text);
      if (found === undefined || found === formatOf(name)) return;
      if (found === 'compose') assert.match(name, /\.ya?ml$/);
      else if (found === 'nginx') assert.match(name, /\.conf(\.sample)?$/);
      else assert.fail(`${name} read as ${found}`);
    }), { numRuns: 2000 });
  });

  it('a claimed Compose file has, in its first document, a top-level services: line and no top-level key Compose rejects', () => {
    // The detector reads the first YAML document only (a later one, even a Pod's, does not decide), so the
    // property holds for that document: `services:\n  web: …\n---\nkind: Pod` is claimed by its first one.
    fc.assert(fc.property(yamlish, (text) => {
      if (formatOf('a.yaml', undefined, text) !== 'compose') return;
      const first = firstDocument(text);
      assert.match(first, /^services:/m);
      assert.doesNotMatch(first, /^(on|kind|apiVersion|jobs|steps):/m);
    }), { numRuns: 3000 });
  });
});

describe('compose files known by their content stand alone', () => {
  it('two app-store files in one folder are two projects: a service of one is not the other\'s', () => {
    const workspace = createWorkspace();
    workspace.set('templates/compose/azimutt.yaml', 'services:\n  backend:\n    image: example/azimutt\n    environment:\n      - PORT=4000\n    expose:\n      - "4000"\n');
    workspace.set('templates/compose/convex.yaml', 'services:\n  backend:\n    image: example/convex\n    expose:\n      - "3210"\n    environment:\n      - SERVICE_FQDN_CONVEX_3210\n');
    assert.deepStrictEqual(workspace.findings('templates/compose/convex.yaml').filter((f) => f.code === 'unreachable-port'), []);
    assert.deepStrictEqual(workspace.services().map((service) => `${service.project} ${service.name}`),
      ['templates/compose/azimutt.yaml backend', 'templates/compose/convex.yaml backend']);
  });

  it('files docker compose finds by name still merge as one project, and a .env beside a standalone file is its dependant', () => {
    const workspace = createWorkspace();
    workspace.set('app/compose.yaml', 'services:\n  web:\n    image: example/web\n    ports: ["8080:80"]\n');
    workspace.set('app/docker-compose.prod.yml', 'services:\n  web:\n    environment:\n      - A=b\n');
    workspace.set('app/gotify.yml', gotify);
    workspace.set('app/.env', 'X=1\n');
    assert.deepStrictEqual(workspace.services().map((service) => `${service.project} ${service.name}`), ['app web', 'app/gotify.yml gotify']);
    assert.ok(workspace.dependants('app/.env').includes('app/gotify.yml'));
  });
});

/** The lines of a YAML text's first document: after any leading `---` and blank lines, up to the next `---` or `...`. */
function firstDocument(text: string): string {
  const lines: string[] = [];
  let started = false;
  for (const line of text.split('\n')) {
    if (/^---\s*(#.*)?$/.test(line)) {
      if (started) break;
      continue;
    }
    if (line.startsWith('...')) break;
    if (!/^\s*(#.*)?$/.test(line)) started = true;
    lines.push(line);
  }
  return lines.join('\n');
}
