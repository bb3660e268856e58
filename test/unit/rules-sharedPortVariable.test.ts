import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkPorts } from '../../src/core';
import { installCatalogTable } from '../../src/core/images/catalogTable';
import { CATALOG_TABLE_FILE } from '../../scripts/generate-image-table';

// container-port-mismatch, latent (src/core/rules/sharedPortVariable.ts): one variable sets the listen port and the
// host side, while the container side is its default written as a number.

const mismatches = (text: string) => checkPorts(text, 'compose').filter((f) => f.code === 'container-port-mismatch').map((f) => `${text.slice(f.start, f.end)}: ${f.message}`);
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

// budget-board's client before its fix (held-out 10, issue #1008).
const client = (portSetting: string, mapping: string, image = 'ghcr.io/teelur/budget-board/client:v3') => lines('services:', '  budget-board-client:',
  `    image: ${image}`, '    environment:', `      ${portSetting}`, '      VITE_SERVER_ADDRESS: budget-board-server', '    ports:', `      - ${mapping}`);

describe('container-port-mismatch: a listen setting and the host side share a variable', () => {
  it('PORT: ${PORT:-6253} beside ${PORT:-6253}:6253 (budget-board)', () => {
    const found = mismatches(client('PORT: ${PORT:-6253}', '${PORT:-6253}:6253'));
    assert.strictEqual(found.length, 1);
    assert.match(found[0], /^6253: PORT and the host side of the publish on line 8 both take \$\{PORT\}, while its container side is written as 6253: they agree only at the default/);
    // The list form of environment, and a setting the image documents (gitea's GITEA__server__HTTP_PORT).
    assert.strictEqual(mismatches(client('- PORT=${PORT:-6253}', '"${PORT:-6253}:6253"').replace('    environment:\n', '    environment:\n')).length, 1);
  });

  it('quiet when the container side follows the variable, for another variable, or a setting the image does not listen by', () => {
    assert.deepStrictEqual(mismatches(client('PORT: ${PORT:-6253}', '${PORT:-6253}:${PORT:-6253}')), []);
    assert.deepStrictEqual(mismatches(client('PORT: ${APP_PORT:-6253}', '${PORT:-6253}:6253')), []);
    assert.deepStrictEqual(mismatches(client('PORT: 6253', '${PORT:-6253}:6253')), []);
    // rabbitmq does not read PORT: the variable only moves the host side there.
    assert.deepStrictEqual(mismatches(client('PORT: ${PORT:-5672}', '${PORT}:5672', 'rabbitmq:3-management')), []);
    // A public-port setting is not where the software listens.
    assert.deepStrictEqual(mismatches(client('PUBLIC_PORT: ${PANEL_APP_PORT_HTTP:-8090}', '${PANEL_APP_PORT_HTTP:-8090}:8090')), []);
  });
});

describe('container-port-mismatch: a shared port variable, by what the image table says', () => {
  it('a curated row\'s own setting (gitea) is read; a catalog-generated row\'s settings are not (itzg/minecraft-server)', () => {
    const gitea = lines('services:', '  gitea:', '    image: gitea/gitea:latest', '    environment:', '      - GITEA__server__HTTP_PORT=${GITEA_HTTP_PORT:-3000}',
      '    ports:', '      - "${GITEA_HTTP_PORT:-3000}:3000"');
    assert.strictEqual(mismatches(gitea).length, 1);
    // With the catalog's rows installed, as the command line and the editor read them on first use.
    assert.ok(installCatalogTable(readFileSync(join(__dirname, '../..', CATALOG_TABLE_FILE), 'utf8')));
    const minecraft = lines('services:', '  mc:', '    image: itzg/minecraft-server', '    ports:', '      - ${PORT}:25565', '    environment:', '      - PORT=${PORT:-25565}');
    assert.deepStrictEqual(mismatches(minecraft), []);
  });
});
