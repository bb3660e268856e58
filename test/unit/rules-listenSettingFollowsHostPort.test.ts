// container-port-mismatch for a listen setting that takes the host side's variable of a publish with a fixed
// container side. Positive shaped after teelur/budget-board cced492 (held-out 10). Negatives: the precision corpora's
// shapes that must stay quiet (Coolify's rabbitmq template, where PORT is only the template's host port and the image
// reads no PORT; a client's REDIS_PORT), and every shape where the pair stays consistent.
import * as assert from 'assert';
import { checkPorts } from '../../src/core';
import type { Finding } from '../../src/core/types';
import { applyEdits } from './applyEdits';

function follows(text: string): Finding[] {
  return checkPorts(text, 'compose').filter((f) => f.code === 'container-port-mismatch' && /is set from the variable/.test(f.message));
}
const at = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end));

const budgetBoard = (environment: string, ports = '      - ${PORT:-6253}:6253\n', more = '') => `services:
  budget-board-client:
    image: ghcr.io/teelur/budget-board/client:v3
    build: ./client
    environment:
${environment}    ports:
${ports}${more}`;

describe('rule container-port-mismatch: a listen setting that follows the host side\'s variable', () => {
  it('budget-board: PORT: ${PORT:-6253} beside ${PORT:-6253}:6253', () => {
    const text = budgetBoard('      PORT: ${PORT:-6253}\n      VITE_SERVER_ADDRESS: budget-board-server\n');
    const found = follows(text);
    assert.deepStrictEqual(at(text, found), ['${PORT:-6253}']);
    assert.strictEqual(found[0].message, 'PORT is set from the variable PORT, which is also the host side of a publish whose container side is 6253: '
      + 'changing PORT moves where the service listens inside the container, but the publish still forwards to 6253, '
      + 'so nothing answers unless PORT is 6253. Give PORT the container port 6253 and the host side a variable of its own.');
    assert.ok(!found[0].message.includes('`'));
    const fixed = applyEdits(text, found[0].fix!.edits);
    assert.ok(fixed.includes('      PORT: 6253\n'));
    assert.deepStrictEqual(follows(fixed), []);
  });

  it('the list form, a quoted publish, and another listen setting name', () => {
    const text = `services:
  app:
    build: .
    ports:
      - '\${HTTP_PORT:-5050}:5050'
    environment:
      - HTTP_PORT=\${HTTP_PORT:-5050}
`;
    assert.deepStrictEqual(at(text, follows(text)), ['${HTTP_PORT:-5050}']);
  });

  it('is quiet whenever the pair stays consistent or the setting is not a listen setting of the software', () => {
    for (const text of [
      // a literal setting; a setting from another variable
      budgetBoard('      PORT: 6253\n'),
      budgetBoard('      PORT: ${APP_PORT:-6253}\n'),
      // the container side follows the variable too
      budgetBoard('      PORT: ${PORT:-6253}\n', '      - ${PORT:-6253}:${PORT:-6253}\n'),
      // the host side is a literal; the publish has no variable
      budgetBoard('      PORT: ${PORT:-6253}\n', '      - 6253:6253\n'),
      // another container's network decides
      budgetBoard('      PORT: ${PORT:-6253}\n', '      - ${PORT:-6253}:6253\n', '    network_mode: host\n'),
      // a client setting, not where this service listens
      budgetBoard('      REDIS_PORT: ${PORT:-6253}\n'),
      // someone else's image Port Lens does not know, not built here: PORT may be only the template's host port
      'services:\n  mc:\n    image: example.org/games/minecraft-server\n    ports:\n      - ${PORT}:25565\n    environment:\n      - PORT=${PORT:-25565}\n',
      // Coolify's minecraft template: someone else's image, not built here (its generated row, where loaded, takes
      // app stores' PORT for its setting; itzg's image reads SERVER_PORT)
      'services:\n  mc:\n    image: itzg/minecraft-server\n    ports:\n      - ${PORT}:25565\n    environment:\n      - PORT=${PORT:-25565}\n',
      // Coolify's rabbitmq template: the image reads no PORT (its own port settings are RabbitMQ's)
      'services:\n  rabbitmq:\n    image: rabbitmq:3-management\n    environment:\n      - PORT=${PORT:-5672}\n    ports:\n      - ${PORT}:5672\n',
    ]) {
      assert.deepStrictEqual(follows(text), [], text);
    }
  });
});
