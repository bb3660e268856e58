// unreachable-port: a listen address setting that binds the software to the loopback interface of its own container
// (`BACKEND_ADDRESS=127.0.0.1:4001`, slowlydev/f1-dash before 9252451) while the service publishes that port. Inside a
// container, 127.0.0.1 is the container's own loopback: the published port and every other container arrive on its
// network interface, so nothing answers them. Only settings whose name says listen address (a word ADDRESS, ADDR,
// LISTEN or BIND) and whose value is exactly a loopback host and a port, with no scheme (a URL is where a client goes).
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { namesWord } from '../asciiWords';
import { finding } from '../catalogue';
import type { Finding, PortMention } from '../types';
import { composeServiceNodes } from './composeServiceNodes';

const LOOPBACK_AND_PORT = /^["']?(?:127\.0\.0\.1|localhost|\[::1\]):([0-9]{1,5})["']?$/;
const MAYBE = /(?:127\.0\.0\.1|localhost|\[::1\]):[0-9]/;

export function loopbackListenAddress(mentions: readonly PortMention[], text: string): Finding[] {
  if (!MAYBE.test(text)) return [];
  const findings: Finding[] = [];
  for (const { name, node: service, mentions: own } of composeServiceNodes(mentions, text)) {
    // Sharing another network namespace (the host's, a VPN container's) makes loopback reachable by its neighbours.
    if (service.get('network_mode', true) !== undefined) continue;
    const published = new Set(own.filter((m) => m.role === 'container' && m.context === 'ports').map((m) => m.port));
    if (published.size === 0) continue;
    for (const setting of listenSettings(service.get('environment', true) as Node | undefined)) {
      const port = Number(setting.port);
      if (!published.has(port)) continue;
      findings.push(finding('unreachable-port', setting.start, setting.end,
        `${setting.key} binds ${name} to ${setting.host}, the loopback of its own container, but ports: publishes container port ${port}, `
        + `which arrives on the container's network interface: nothing answers there or from the other services, so bind to 0.0.0.0:${port}.`));
    }
  }
  return findings;
}

interface LoopbackSetting { key: string; host: string; port: string; start: number; end: number }

/** Environment entries named for a listen address whose value is a loopback host and a port. */
function listenSettings(environment: Node | undefined): LoopbackSetting[] {
  const out: LoopbackSetting[] = [];
  const consider = (key: string, value: unknown, node: Node) => {
    if (typeof value !== 'string' || !node.range) return;
    if (!namesWord(key, ['ADDRESS', 'ADDR', 'LISTEN', 'BIND'])) return;
    const match = LOOPBACK_AND_PORT.exec(value.trim());
    if (!match) return;
    out.push({ key, host: value.trim().replace(/^["']|:[0-9]+["']?$/g, ''), port: match[1], start: node.range[0], end: node.range[1] });
  };
  if (isMap(environment)) {
    for (const item of environment.items) {
      if (isScalar(item.key) && isScalar(item.value)) consider(String(item.key.value), item.value.value, item.value);
    }
  } else if (isSeq(environment)) {
    for (const item of environment.items) {
      if (!isScalar(item) || typeof item.value !== 'string') continue;
      const eq = item.value.indexOf('=');
      if (eq > 0) consider(item.value.slice(0, eq), item.value.slice(eq + 1), item);
    }
  }
  return out;
}
