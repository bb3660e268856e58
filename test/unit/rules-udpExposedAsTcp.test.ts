// udp-published-as-tcp in a Dockerfile: `EXPOSE 51820` with no protocol declares TCP where WireGuard waits for UDP
// (wg-easy's Dockerfile before 9d355f6, FROM debian with `apt install -y wireguard`).
import assert from 'assert';
import { checkPorts } from '../../src/core/rules/checkPorts';
import { applyEdits } from './applyEdits';

const udp = (text: string) => checkPorts(text, 'dockerfile').filter((f) => f.code === 'udp-published-as-tcp');
const WG_EASY = 'FROM debian:bullseye\nRUN apt update\nRUN apt install -y wireguard iproute2 openresolv curl\n# RUN wg-quick up wg0\nEXPOSE 51820\nENTRYPOINT ["tail", "-f", "/dev/null"]\n';

describe('udp-published-as-tcp: a Dockerfile EXPOSE without /udp', () => {
  it('a stage that installs WireGuard and exposes 51820 bare: reported on the port, the fix adds /udp, which the rule accepts', () => {
    const findings = udp(WG_EASY);
    assert.deepStrictEqual(findings.map((f) => `${WG_EASY.slice(f.start, f.end)}@${WG_EASY.slice(0, f.start).split('\n').length}`), ['51820@5']);
    assert.match(findings[0].message, /^EXPOSE 51820 has no protocol, so it declares TCP, but this stage installs WireGuard/);
    const fixed = applyEdits(WG_EASY, findings[0].fix!.edits);
    assert.match(fixed, /EXPOSE 51820\/udp\n/);
    assert.deepStrictEqual(udp(fixed), []);
  });

  it('the install on a continued line (apk add, wireguard-tools) counts too', () => {
    const text = 'FROM alpine:3.19\nRUN apk add --no-cache \\\n    iptables \\\n    wireguard-tools\nEXPOSE 51820 8080\n';
    assert.deepStrictEqual(udp(text).map((f) => text.slice(f.start, f.end)), ['51820']);
  });

  it('a base image the table says serves the port over UDP only', () => {
    const text = 'FROM linuxserver/wireguard:latest\nCOPY wg0.conf /config/\nEXPOSE 51820\n';
    assert.deepStrictEqual(udp(text).map((f) => text.slice(f.start, f.end)), ['51820']);
  });

  it('negatives: /tcp written, exposed as UDP too, another port, WireGuard in another stage, no install', () => {
    assert.deepStrictEqual(udp(WG_EASY.replace('EXPOSE 51820', 'EXPOSE 51820/tcp')), []);
    assert.deepStrictEqual(udp(WG_EASY.replace('EXPOSE 51820', 'EXPOSE 51820 51820/udp')), []);
    assert.deepStrictEqual(udp(WG_EASY.replace('EXPOSE 51820', 'EXPOSE 51821')), []);
    const twoStages = 'FROM alpine AS tools\nRUN apk add wireguard-tools\nFROM node:20\nEXPOSE 51820\n';
    assert.deepStrictEqual(udp(twoStages), []);
    assert.deepStrictEqual(udp('FROM debian:bullseye\n# see the wireguard docs\nEXPOSE 51820\n'), []);
  });
});
