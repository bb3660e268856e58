// container-port-mismatch: a publish whose container side is a variable the container never receives. Positives are
// getzep/zep before 7bb1576 (held-out 9: neo4j published as "${NEO4J_PORT}:${NEO4J_PORT}", Bolt is 7687) and
// getumbrel/umbrel-apps before 8c96693 (held-out 8: LND's port variables published on a UI service whose PORT is 3006).
import assert from 'assert';
import { checkPorts } from '../../src/core/rules/checkPorts';

const found = (text: string, variables?: Map<string, string>) =>
  checkPorts(text, 'compose', variables ? { variables } : undefined).filter((f) => f.code === 'container-port-mismatch');
const at = (text: string, variables?: Map<string, string>) =>
  found(text, variables).map((f) => `${text.slice(f.start, f.end)}@${text.slice(0, f.start).split('\n').length}`);

const neo4j = (ports: string, extra = '') =>
  `services:\n  neo4j:\n    image: neo4j:5.22.0\n    ports:\n      - "7474:7474"\n      - ${ports}\n    environment:\n      - NEO4J_AUTH=neo4j/secret\n${extra}`;
const ui = (ports: string, extra = '') =>
  `services:\n  app:\n    image: example/lightning-ui:v1\n    environment:\n      PORT: "3006"\n${extra}    ports:\n      - ${ports}\n`;

describe('container-port-mismatch: a container port that is a variable the container never receives', () => {
  it('reports the variable on the container side of a known image, naming the image\'s ports', () => {
    const text = neo4j('"${NEO4J_PORT}:${NEO4J_PORT}"  # Bolt');
    assert.deepStrictEqual(at(text), ['${NEO4J_PORT}@6']);
    const [f] = found(text);
    assert.match(f.message, /^Container port NEO4J_PORT is a variable the container never receives \(Compose does not pass it in\), and Neo4j .*listens on .*7687\/tcp.* inside the container whatever NEO4J_PORT is set to: this publish reaches nothing unless NEO4J_PORT happens to equal that port, so write the image's port on the container side\.$/);
    assert.ok(!f.message.includes('`'));
    // $NAME without braces, a host address, a protocol.
    assert.deepStrictEqual(at(neo4j('"127.0.0.1:$BOLT:$BOLT/tcp"')), ['$BOLT@6']);
  });

  it('reports it on a service whose own port setting says where it listens (an image not known)', () => {
    const text = ui('"$APP_LIGHTNING_NODE_PORT:$APP_LIGHTNING_NODE_PORT"');
    assert.deepStrictEqual(at(text), ['$APP_LIGHTNING_NODE_PORT@7']);
    assert.match(found(text)[0].message, /the service's PORT says it listens on 3006 whatever APP_LIGHTNING_NODE_PORT is set to: .* so write 3006 on the container side\.$/);
    // With data volumes, as in umbrel-apps.
    assert.strictEqual(found(ui('"$APP_LIGHTNING_NODE_PORT:$APP_LIGHTNING_NODE_PORT"', '    volumes:\n      - "${APP_DATA_DIR}/data:/data"\n')).length, 1);
  });

  it('negatives: the variable reaches the container, has a value or a default, or nothing says where the service listens', () => {
    // Handed to the container in its environment, command or entrypoint: it may be how the software takes its port.
    assert.deepStrictEqual(at(ui('"${P}:${P}"', '      SERVER_PORT: "${P}"\n')), []);
    assert.deepStrictEqual(at(neo4j('"${P}:${P}"', '    command: ["neo4j", "--port=$P"]\n')), []);
    assert.deepStrictEqual(at(neo4j('"${P}:${P}"', '    entrypoint: /run.sh ${P}\n')), []);
    // env_file may hand the same name over; a build may take it as an argument; another container's network.
    assert.deepStrictEqual(at(neo4j('"${P}:${P}"', '    env_file: .env\n')), []);
    assert.deepStrictEqual(at(neo4j('"${P}:${P}"', '    build: .\n')), []);
    assert.deepStrictEqual(at(neo4j('"${P}:${P}"', '    network_mode: service:vpn\n')), []);
    // A value from .env makes it a number, judged by the image check; a default is a number too.
    assert.deepStrictEqual(at(neo4j('"${P}:${P}"'), new Map([['P', '7687']])), []);
    assert.deepStrictEqual(at(neo4j('"${P:-7687}:${P:-7687}"')), []);
    // A container side under another name than the host side: left to the checks of names.
    assert.deepStrictEqual(at(neo4j('"${WEB}:${BOLT}"')), []);
    // A mounted configuration file may set the port (and hold the same number as .env).
    assert.deepStrictEqual(at(neo4j('"${P}:${P}"', '    volumes:\n      - ./neo4j.conf:/var/lib/neo4j/conf/neo4j.conf\n')), []);
    assert.deepStrictEqual(at(ui('"${P}:${P}"', '    volumes:\n      - ./app.yml:/config/app.yml\n')), []);
    // The host side alone a variable: the container port is a number.
    assert.deepStrictEqual(at(neo4j('"${P}:7687"')), []);
    // An image not known and no port setting: nothing says where it listens.
    assert.deepStrictEqual(at('services:\n  app:\n    image: example/app\n    ports:\n      - "${P}:${P}"\n'), []);
    // A UDP publish for an image whose known ports are all TCP: the table says nothing about UDP.
    assert.deepStrictEqual(at(neo4j('"${P}:${P}/udp"')), []);
    // Not a compose file's services.
    assert.deepStrictEqual(at('x:\n  ports:\n    - "${P}:${P}"\n'), []);
  });
});
