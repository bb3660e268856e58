// container-port-mismatch on a mapping whose two sides are variables named for different protocols. The positive
// is shaped after a real fix (Websoft9 docker-library apps/gogs before 398befd: ${W9_HTTP_PORT_SET}:${W9_SSH_PORT}).
import assert from 'assert';
import { checkPorts } from '../../src/core/rules/checkPorts';

const crossed = (ports: string) => {
  const text = `services:\n  gogs:\n    image: gogs/gogs:0.13\n    ports:\n${ports}`;
  return checkPorts(text, 'compose').filter((f) => f.code === 'container-port-mismatch').map((f) => [text.slice(f.start, f.end), f.message]);
};

describe('container-port-mismatch: the two sides of a mapping name different protocols', () => {
  it('reports the container side, naming both variables', () => {
    const [[at, message], ...rest] = crossed('      - ${W9_HTTP_PORT_SET}:${W9_SSH_PORT}\n      - ${W9_SSH_PORT_SET}:${W9_SSH_PORT}\n');
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(at, '${W9_SSH_PORT}');
    assert.match(message, /W9_HTTP_PORT_SET names HTTP, but the container side W9_SSH_PORT names SSH/);
    assert.doesNotMatch(message, /`/);
    assert.strictEqual(crossed('      - "${GITEA_WEB_PORT:-3000}:${GITEA_SSH_PORT:-22}"\n').length, 1);
  });

  it('is quiet when the names agree, say nothing, or say two things', () => {
    assert.deepStrictEqual(crossed('      - ${WEB_PORT}:${HTTP_PORT}\n      - ${HTTPS_PORT}:${WEB_PORT}\n'), []);
    assert.deepStrictEqual(crossed('      - ${SSH_PORT}:22\n      - 8080:${HTTP_PORT}\n      - ${APP_PORT}:${SSH_PORT}\n'), []);
    // A name that says two protocols (an SSH web console) decides nothing.
    assert.deepStrictEqual(crossed('      - ${SSH_WEB_PORT}:${SSH_PORT}\n'), []);
    // Words inside other words do not count (DBUI is not DB, SSHD_X is not SSH).
    assert.deepStrictEqual(crossed('      - ${ADMINER_UI_PORT}:${DBUI_PORT}\n      - ${WEBHOOK_PORT}:${SSHD_PORT}\n'), []);
  });
});
