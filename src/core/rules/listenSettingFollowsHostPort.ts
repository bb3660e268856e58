// container-port-mismatch: a service's own listen setting takes the variable of the host side of its publish,
// while the container side is a fixed number: `PORT: ${PORT:-6253}` beside `- ${PORT:-6253}:6253`
// (teelur/budget-board cced492, held-out 10; its issue #1008: with PORT changed the app is unreachable on any port).
// Setting the variable moves where the software listens inside the container, but the publish still forwards to the
// fixed container port, so the two agree only while the variable keeps that one value. The fix the project made:
// the listen setting takes the container port, the host side keeps its own variable.
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { isGeneratedImage, lookupImage } from '../images/lookupImage';
import { finding } from '../catalogue';
import type { Finding, ImageInfo, PortMention } from '../types';
import { LISTEN_SETTINGS } from './listenSettings';
import { composeServiceNodes } from './composeServiceNodes';

/** A short-syntax publish whose host side is one variable and whose container side is digits:
 *  `[ip:]${NAME[:-default]}:8080[/tcp]` or `$NAME:8080`. */
const HOST_VARIABLE = /^(?:[0-9.]+:)?\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?-[0-9]*)?\}|([A-Za-z_][A-Za-z0-9_]*)):([0-9]{1,5})(\/tcp)?$/;
/** A setting's value that is exactly one variable, with or without a default. */
const ONE_VARIABLE = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?-[^}]*)?\}|([A-Za-z_][A-Za-z0-9_]*))$/;
/** A cheap look before parsing: a line that starts a publish with a variable and ends in a port number. */
const MAYBE = /^\s*-\s*["']?(?:[0-9.]+:)?\$\{?[A-Za-z_][A-Za-z0-9_]*(?::?-[0-9]*)?\}?:[0-9]{1,5}/m;

export function listenSettingFollowsHostPort(mentions: readonly PortMention[], text: string): Finding[] {
  if (!MAYBE.test(text)) return [];
  return composeServiceNodes(mentions, text).flatMap((service) => checkService(service.node, text));
}

function checkService(service: Node, text: string): Finding[] {
  if (!isMap(service)) return [];
  const field = (key: string) => service.get(key, true) as Node | undefined;
  // Another container's network decides where this one listens.
  if (field('network_mode') !== undefined) return [];
  const ports = field('ports');
  if (!isSeq(ports)) return [];
  // The publishes: host variable -> its fixed container ports (TCP).
  const published = new Map<string, Set<number>>();
  for (const entry of ports.items) {
    if (!isScalar(entry) || typeof entry.value !== 'string') continue;
    const match = HOST_VARIABLE.exec(entry.value.trim());
    if (!match) continue;
    const port = Number(match[3]);
    if (port < 1 || port > 65535) continue;
    const name = match[1] ?? match[2];
    published.set(name, (published.get(name) ?? new Set()).add(port));
  }
  if (published.size === 0) return [];
  const image = field('image');
  const reference = isScalar(image) && typeof image.value === 'string' && !image.value.includes('$') ? image.value : undefined;
  const info = reference ? lookupImage(reference) : undefined;
  const names = listenNames(reference, info, field('build') !== undefined);
  const findings: Finding[] = [];
  for (const setting of settingsOf(field('environment'), text)) {
    if (!names.has(setting.key.toUpperCase())) continue;
    const match = ONE_VARIABLE.exec(setting.value);
    if (!match) continue;
    const variable = match[1] ?? match[2];
    const containerPorts = published.get(variable);
    // One fixed container port for the variable's publishes; a second publish of the variable on the container side
    // (`${PORT}:${PORT}`) is not read here and would make the pair consistent.
    if (!containerPorts || containerPorts.size !== 1) continue;
    const [port] = containerPorts;
    const message = `${setting.key} is set from the variable ${variable}, which is also the host side of a publish whose container side is ${port}: `
      + `changing ${variable} moves where the service listens inside the container, but the publish still forwards to ${port}, `
      + `so nothing answers unless ${variable} is ${port}. Give ${setting.key} the container port ${port} and the host side a variable of its own.`;
    findings.push(finding('container-port-mismatch', setting.start, setting.end, message,
      { title: `Set ${setting.key} to ${port}`, edits: [{ start: setting.start, end: setting.end, newText: String(port) }] }));
  }
  return findings;
}

/** The settings that move where the software listens: the image's own (a known image that reads none of them
 *  listens where its own settings say), or a generic PORT-like name for the service's own code, which it builds.
 *  Not a generic name for someone else's image Port Lens does not know: a platform's template often names its
 *  host-port variable PORT and hands it to an image that never reads it (Coolify's itzg/minecraft-server). */
function listenNames(reference: string | undefined, info: ImageInfo | undefined, builds: boolean): ReadonlySet<string> {
  // A row generated from app-store templates takes their host-port variable (PORT) for the image's setting.
  if (reference && info && info.ports.length > 0 && !isGeneratedImage(reference)) return new Set((info.portSettings ?? []).map((name) => name.toUpperCase()));
  return builds ? LISTEN_SETTINGS : new Set();
}

/** The environment's settings with their values as written and the value's span: `KEY: value` or `- KEY=value`. */
function settingsOf(environment: Node | undefined, text: string): { key: string; value: string; start: number; end: number }[] {
  const settings: { key: string; value: string; start: number; end: number }[] = [];
  if (isMap(environment)) {
    for (const item of environment.items) {
      const value = item.value as Scalar | null;
      if (!isScalar(item.key) || !isScalar(value) || typeof value.value !== 'string' || !value.range) continue;
      const written = text.slice(value.range[0], value.range[1]);
      const offset = written.indexOf(value.value);
      if (offset < 0) continue;
      settings.push({ key: String(item.key.value), value: value.value, start: value.range[0] + offset, end: value.range[0] + offset + value.value.length });
    }
  } else if (isSeq(environment)) {
    for (const item of environment.items) {
      if (!isScalar(item) || typeof item.value !== 'string' || !item.range) continue;
      const eq = item.value.indexOf('=');
      if (eq <= 0) continue;
      const value = item.value.slice(eq + 1);
      const written = text.slice(item.range[0], item.range[1]);
      const offset = written.indexOf(item.value);
      if (offset < 0) continue;
      const start = item.range[0] + offset + eq + 1;
      settings.push({ key: item.value.slice(0, eq), value, start, end: start + value.length });
    }
  }
  return settings;
}
