// udp-published-as-tcp from the mapping's own comment: `- 24872:24872 # TCP/UDP` publishes TCP only (k4rian/docker-yuzu-room
// before 315cbcf, held-out 5), so the players' UDP traffic never reaches the room.
import assert from 'assert';
import { checkPorts } from '../../src/core/rules/checkPorts';
import { applyEdits } from './applyEdits';

const udp = (text: string) => checkPorts(text, 'compose').filter((f) => f.code === 'udp-published-as-tcp');
const compose = (ports: string, image = 'k4rian/yuzu-room:latest') => `services:\n  room:\n    image: ${image}\n    ports:\n${ports}`;

describe('udp-published-as-tcp: the mapping\'s own comment says UDP', () => {
  it('a comment that says TCP/UDP on a mapping with no protocol: reported on the container port, no fix that drops TCP', () => {
    const text = compose('      - 24872:24872 # TCP/UDP\n');
    const findings = udp(text);
    assert.deepStrictEqual(findings.map((f) => `${text.slice(f.start, f.end)}@${text.slice(0, f.start).split('\n').length}`), ['24872@5']);
    assert.match(findings[0].message, /^The comment on this mapping says container port 24872 carries UDP, but the mapping has no \/udp/);
    assert.ok(!findings[0].message.includes('`'));
    assert.strictEqual(findings[0].fix, undefined);
  });

  it('a comment that says UDP alone: the fix publishes the entry as UDP, which the rule then accepts', () => {
    const text = compose('      - "27015:27015" # game traffic (UDP)\n', 'example/game');
    const findings = udp(text);
    assert.strictEqual(findings.length, 1);
    const fixed = applyEdits(text, findings[0].fix!.edits);
    assert.match(fixed, /"27015:27015\/udp" # game/);
    assert.deepStrictEqual(udp(fixed), []);
  });

  it('negatives: published as UDP in another entry, the protocol written, a comment without UDP or that denies it, expose:', () => {
    assert.deepStrictEqual(udp(compose('      - "21116:21116" # both TCP and UDP\n      - "21116:21116/udp" # both TCP and UDP\n')), []);
    assert.deepStrictEqual(udp(compose('      - 24872:24872/tcp # TCP, the UDP one is on the host network\n')), []);
    assert.deepStrictEqual(udp(compose('      - 8080:80 # web UI\n')), []);
    assert.deepStrictEqual(udp(compose('      - 8080:80 # HTTP, not UDP\n')), []);
    assert.deepStrictEqual(udp('services:\n  vpn:\n    image: example/vpn\n    expose:\n      - 1194 # openvpn over udp\n'), []);
    // A comment on the line above describes the next entries, not this one.
    assert.deepStrictEqual(udp(compose('      # UDP ports\n      - 8080:80\n')), []);
  });
});
