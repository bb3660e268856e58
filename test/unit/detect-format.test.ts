import assert from 'assert';
import { formatOf } from '../../src/core/formats/detectFormat';

function table(format: string | undefined, names: string[]): void {
  for (const name of names) assert.strictEqual(formatOf(name), format, name);
}

describe('formatOf: by file name', () => {
  it('Compose file names', () => {
    table('compose', ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml', 'docker-compose.prod.yml',
      'docker-compose-dev.yaml', 'compose.override.yaml', 'compose.staging.yml', 'Docker-Compose.YML']);
  });

  it('YAML that is not Compose is not ours', () => {
    table(undefined, ['values.yaml', '.github/workflows/ci.yml', 'compose.json', 'my-compose.yaml', 'compose.yaml.bak', 'composer.yaml']);
  });

  it('Dockerfile names', () => {
    table('dockerfile', ['Dockerfile', 'dockerfile', 'api.Dockerfile', 'Dockerfile.dev', 'Dockerfile.prod', 'Containerfile', 'services/web/Dockerfile']);
  });

  it('a Dockerfile-specific ignore file is not a Dockerfile', () => {
    table(undefined, ['Dockerfile.dockerignore', '.dockerignore']);
  });

  it('.env names', () => {
    table('dotenv', ['.env', '.env.local', '.env.production', '.env.example', 'prod.env', 'app/config/db.env']);
  });

  it('names that only look like .env are not', () => {
    table(undefined, ['.envrc', 'environment.ts', 'env', '.environment']);
  });

  it('nginx.conf, *.nginx and *.conf.template anywhere', () => {
    table('nginx', ['nginx.conf', '/etc/nginx/nginx.conf', 'site.nginx', 'templates/default.conf.template']);
  });

  it('*.conf under nginx/ at any depth, and extensionless files there (fastcgi_params)', () => {
    table('nginx', ['nginx/default.conf', 'deploy/nginx/conf.d/app.conf', 'docker/nginx/snippets/ssl.conf', 'nginx/fastcgi_params']);
  });

  it('*.conf in conf.d/', () => {
    table('nginx', ['conf.d/default.conf', '/etc/nginx/conf.d/upstreams.conf']);
  });

  it('every file in sites-available/ and sites-enabled/, with or without an extension', () => {
    table('nginx', ['/etc/nginx/sites-available/default', '/etc/nginx/sites-enabled/example.com', 'sites-enabled/api.conf']);
  });

  it('other .conf files and non-configs beside nginx files are not nginx', () => {
    table(undefined, ['supervisord.conf', 'etc/mysql/conf.d/my.cnf', 'nginx/README', 'nginx/notes.md', 'sites-enabled/.gitkeep', 'package.json', 'README.md', '']);
  });

  it('a more specific name wins inside an nginx folder', () => {
    assert.strictEqual(formatOf('deploy/nginx/Dockerfile'), 'dockerfile');
    assert.strictEqual(formatOf('deploy/nginx/.env'), 'dotenv');
    assert.strictEqual(formatOf('nginx/compose.yaml'), 'compose');
  });
});

describe('formatOf: paths and URIs', () => {
  it('Windows paths with backslashes', () => {
    assert.strictEqual(formatOf('C:\\work\\shop\\nginx\\default.conf'), 'nginx');
    assert.strictEqual(formatOf('C:\\work\\shop\\docker-compose.yml'), 'compose');
  });

  it('URIs, percent-encoded, with a query or fragment', () => {
    assert.strictEqual(formatOf('file:///c%3A/work/shop/compose.yaml'), 'compose');
    assert.strictEqual(formatOf('file:///home/me/my%20app/sites-enabled/default'), 'nginx');
    assert.strictEqual(formatOf('vscode-vfs://github/acme/shop/deploy/nginx/app.conf'), 'nginx');
    assert.strictEqual(formatOf('file:///home/me/.env.local#L3'), 'dotenv');
  });

  it('a folder named like a file does not count as the file', () => {
    assert.strictEqual(formatOf('/work/compose.yaml/notes.txt'), undefined);
  });
});

describe('formatOf: language ids', () => {
  it('a language id decides for a name that says nothing (an untitled file)', () => {
    assert.strictEqual(formatOf('Untitled-1', 'dockercompose'), 'compose');
    assert.strictEqual(formatOf('untitled:Untitled-2', 'dockerfile'), 'dockerfile');
    assert.strictEqual(formatOf('Untitled-3', 'dotenv'), 'dotenv');
    assert.strictEqual(formatOf('Untitled-4', 'nginx'), 'nginx');
    assert.strictEqual(formatOf('Untitled-5', 'NGINX'), 'nginx');
  });

  it('other language ids decide nothing', () => {
    assert.strictEqual(formatOf('Untitled-1', 'yaml'), undefined);
    assert.strictEqual(formatOf('package.json', 'json'), undefined);
    assert.strictEqual(formatOf('Untitled-1'), undefined);
    assert.strictEqual(formatOf('Untitled-1', 'constructor'), undefined);
  });

  it('a decisive file name wins over the language id', () => {
    assert.strictEqual(formatOf('compose.yaml', 'yaml'), 'compose');
    assert.strictEqual(formatOf('Dockerfile', 'plaintext'), 'dockerfile');
    assert.strictEqual(formatOf('/etc/nginx/conf.d/app.conf', 'dockerfile'), 'nginx');
    assert.strictEqual(formatOf('.env', 'properties'), 'dotenv');
  });
});
