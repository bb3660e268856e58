// container-port-mismatch: a publish whose container side is a Compose variable that the container never receives
// (`"${NEO4J_PORT}:${NEO4J_PORT}"` for neo4j, getzep/zep; `$APP_LIGHTNING_NODE_PORT:$APP_LIGHTNING_NODE_PORT` on a
// UI service whose PORT is 3006, umbrel-apps). Compose substitutes variables into the file; it does not pass them
// into the container. So the software cannot have moved its port to the variable's value, and the publish reaches
// something only when the value happens to equal the port the software listens on, which the image (or the
// service's own port setting) already says. Only read where the variable has no value (no .env entry, no default):
// once it has one, the publish is a number and the other container-port checks judge it.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { imagePortText } from '../images/imagePorts';
import { lookupImage } from '../images/lookupImage';
import { finding } from '../catalogue';
import type { Finding, ImageInfo, PortMention } from '../types';
import { LISTEN_SETTINGS } from './listenSettings';
import { composeServiceNodes } from './composeServiceNodes';

/** A short-syntax publish of one variable with no default on both sides: `[ip:]${NAME}:${NAME}[/proto]` (or `$NAME`).
 *  The same name twice is the author believing the variable sets where the software listens; a container side
 *  under another name (`${WEB_PORT}:${HTTP_PORT}`) is left to the checks of names (crossedPortNames). */
const VARIABLE_BOTH_SIDES = /^(?:[0-9.]+:|\[[0-9A-Fa-f:.]*\]:)?\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*)):\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))(\/(?:tcp|udp|sctp))?$/;
/** A cheap look before parsing: some line ends in `:${NAME}` or `:$NAME` (with an optional protocol and quote). */
const MAYBE = /:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?(?:\/(?:tcp|udp|sctp))?["']?[ \t]*(?:#.*)?$/m;

export function containerPortVariable(mentions: readonly PortMention[], text: string): Finding[] {
  if (!MAYBE.test(text)) return [];
  return composeServiceNodes(mentions, text).flatMap((service) => checkService(service.node, text, service.mentions));
}

/** `own`: the service's mentions. */
function checkService(service: Node, text: string, own: readonly PortMention[]): Finding[] {
  if (!isMap(service)) return [];
  const field = (key: string) => service.get(key, true) as Node | undefined;
  // Another container's network, a build (its Dockerfile may take the variable as an argument), or an env_file
  // (it may hand the same name to the container) each leave the port open: no guess.
  if (field('network_mode') !== undefined || field('build') !== undefined || field('env_file') !== undefined) return [];
  const ports = field('ports');
  if (!isSeq(ports)) return [];
  const image = field('image');
  const reference = isScalar(image) && typeof image.value === 'string' && !image.value.includes('$') ? image.value : undefined;
  const info = reference ? lookupImage(reference) : undefined;
  const known = info && info.ports.length > 0 ? info : undefined;
  const environment = field('environment');
  const setting = listenSetting(environment, known);
  if (!known && !setting) return [];
  // A mount, a command or a setting that may move the port (composeImage.ts's reading) leaves the image's word open;
  // the service's own port setting is the evidence itself. A service with no readable port has no such reading:
  // then any mounted file or config may set the port.
  const movedBy = own.find((m) => m.portsChangedBy !== undefined)?.portsChangedBy;
  if (movedBy !== undefined && !(setting && movedBy === `environment ${setting.key}`)) return [];
  if (own.length === 0 && (field('volumes') !== undefined || field('configs') !== undefined)) return [];
  // The reading above stops at the port setting itself; a configuration file mounted beside it may still move it.
  if (setting && (field('configs') !== undefined || mountsConfiguration(field('volumes'), text))) return [];
  // Where the variable reaches the container (an environment value, the command, the entrypoint), it may be how
  // the software is told its port.
  const handedOver = [environment, field('command'), field('entrypoint')].map((node) => sourceOf(node, text)).join('\n');
  const findings: Finding[] = [];
  for (const entry of ports.items) {
    if (!isScalar(entry) || typeof entry.value !== 'string' || !entry.range) continue;
    const written = entry.value.trim();
    const match = VARIABLE_BOTH_SIDES.exec(written);
    if (!match) continue;
    const variable = match[3] ?? match[4];
    if ((match[1] ?? match[2]) !== variable) continue;
    const protocol = (match[5] ?? '/tcp').slice(1);
    if (new RegExp(`\\b${variable}\\b`).test(handedOver)) continue;
    // The scanner read the entry (the variable has a value): the other checks judge the number.
    const [start, end] = entry.range;
    if (own.some((m) => m.role === 'container' && m.start >= start && m.end <= end)) continue;
    const variableText = match[3] !== undefined ? `\${${variable}}` : `$${variable}`;
    const offset = text.slice(start, end).lastIndexOf(variableText);
    if (offset < 0) continue;
    const at = start + offset;
    const where = known ? imageListens(known, protocol) : undefined;
    if (known && !where) continue;
    const says = where
      ? `${known!.software} (image ${known!.image}) listens on ${where} inside the container`
      : `the service's ${setting!.key} says it listens on ${setting!.port}`;
    const target = where ? 'the image\'s port' : String(setting!.port);
    findings.push(finding('container-port-mismatch', at, at + variableText.length,
      `Container port ${variable} is a variable the container never receives (Compose does not pass it in), and ${says} `
      + `whatever ${variable} is set to: this publish reaches nothing unless ${variable} happens to equal that port, so write ${target} on the container side.`));
  }
  return findings;
}

/** The image's ports of one protocol, as text, or undefined when it has none. */
function imageListens(info: ImageInfo, protocol: string): string | undefined {
  const ports = info.ports.filter((p) => p.protocol === protocol);
  return ports.length === 0 ? undefined : ports.map((p) => `${imagePortText(p)} (${p.description})`).join(', ');
}

/** A literal port in the service's own listen setting (the image's, or a generic PORT for an image not known). */
function listenSetting(environment: Node | undefined, info: ImageInfo | undefined): { key: string; port: number } | undefined {
  const names = info ? new Set((info.portSettings ?? []).map((n) => n.toUpperCase())) : LISTEN_SETTINGS;
  const pairs: [string, unknown][] = [];
  if (isMap(environment)) {
    for (const item of environment.items) if (isScalar(item.key)) pairs.push([String(item.key.value), isScalar(item.value) ? item.value.value : undefined]);
  } else if (isSeq(environment)) {
    for (const item of environment.items) {
      if (!isScalar(item) || typeof item.value !== 'string') continue;
      const eq = item.value.indexOf('=');
      if (eq > 0) pairs.push([item.value.slice(0, eq), item.value.slice(eq + 1)]);
    }
  }
  for (const [key, value] of pairs) {
    const digits = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    if (names.has(key.toUpperCase()) && /^[0-9]{1,5}$/.test(digits) && Number(digits) > 0 && Number(digits) <= 65535) {
      return { key, port: Number(digits) };
    }
  }
  return undefined;
}

/** Mount targets where a configuration file may live (a file with a config extension, a conf or settings folder). */
const CONFIG_TARGET = /conf|settings|\.(ini|ya?ml|toml|json|cfg|properties|xml|env|js|lua|php)["']?$/i;

/** Whether a volume of the list is mounted where configuration may live. */
function mountsConfiguration(volumes: Node | undefined, text: string): boolean {
  if (!isSeq(volumes)) return false;
  return volumes.items.some((item) => {
    const written = sourceOf(item as Node, text);
    const target = isMap(item) ? String((item.get('target') as unknown) ?? '') : written.split(':').find((part, k) => k > 0 && part.trim().replace(/^["']/, '').startsWith('/')) ?? '';
    return CONFIG_TARGET.test(target.replace(/:(ro|rw|z|Z)["']?$/, '').trim());
  });
}

/** The text a node was written as, or '' for none. */
function sourceOf(node: Node | undefined, text: string): string {
  return node?.range ? text.slice(node.range[0], node.range[1]) : '';
}
