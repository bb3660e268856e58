// Findings on a Home Assistant add-on's own config file (config.yaml, config.yml or config.json; addonFiles.ts
// says which files are the add-on's). The Supervisor takes its ports from there: `ports` maps a container port to a
// host port ("8080/tcp": 8080), `ingress_port` is where Ingress connects inside the container, `webui` and
// `ports_description` name keys of `ports`. Real mistakes (held-out sets 15 and 16h): a ports key written host side
// first (`18099/tcp: 80` where the add-on serves on 80), an ingress_port or ports key left from a template or another
// app (planka's 3000 where it runs on 1337), `ingress_port: 0` in an add-on that never reads the port it is given,
// a ports_description key for a port `ports` does not have. Strict: only where the add-on's own statements disagree.
// A port the config names is called unserved only when the image the add-on builds on is one that serves nothing
// by itself or whose ports the table knows, the add-on's files state where it listens (nginx `listen`, EXPOSE, a
// port setting or flag in its scripts), and no file of it but the config and its docs names that port at all.
import { finding } from '../catalogue';
import { lookupImage } from '../images/lookupImage';
import type { Finding, RelatedPlace } from '../types';
import { readAddonConfigDocument } from './addonFiles';
import { imageOfAddon, type Addon, type AddonText } from './addonPorts';
import { baseNameOf } from './paths';

/** Listener statements in the add-on's files: an nginx listen (also inside a script that writes the config),
 *  EXPOSE, a port flag, a PORT setting or its shell default, a bind address. The number is the first group. */
const LISTENERS: readonly RegExp[] = [
  /\blisten[ \t]+(?:[\w.\[\]*-]+:)?(\d{2,5})(?=[ \t;"'\\]|$)/gm,
  /--(?:port|http-port|web-port|listen-port)[ \t=]+["']?(\d{2,5})\b/g,
  /\b([A-Z_]*PORT)[ \t]*[=:][ \t]*["']?(\d{2,5})\b/gi,
  /\$\{([A-Z_]*PORT):?-(\d{2,5})\}/gi,
  /(?<![\w.])(?:0\.0\.0\.0|\[::\]):(\d{2,5})\b/g,
];
/** A port setting of a client (a database, a broker, a remote): where the add-on connects, not where it listens. */
const CLIENT_SETTING = /DB|DATABASE|MYSQL|MARIA|POSTGRES|PG_|REDIS|MQTT|SMTP|MAIL|IMAP|LDAP|MONGO|INFLUX|ELASTIC|UPSTREAM|REMOTE|TARGET|PROXY|BROKER|SERIAL|EXTERNAL|SERVICE_HOST|TRANSPORT|SUPPORT/i;
const EXPOSE = /^[ \t]*EXPOSE[ \t]+([^\n#]+)/gim;
/** Ports below this are left alone: a daemon installed into the base image (sshd, dnsmasq, a TFTP server) serves
 *  on its well-known port without any file of the add-on writing it. */
const CHECKED_FROM = 1024;
/** The add-on reads the Ingress port it is given (bashio, the Supervisor API, an environment variable). */
const READS_INGRESS_PORT = /ingress_port/i;
/** Home Assistant's base images (the Supervisor's default BUILD_FROM), and an owner's own add-on base image
 *  (ha-base-debian-java): they serve nothing by themselves. Not an app's own base (music-assistant/base: the app it
 *  installs serves Ingress on 8094 by its own default) nor linuxserver's baseimage-kasmvnc (a desktop on 3000). */
const HA_BASE_IMAGE = /^(?:ghcr\.io\/)?(?:home-assistant|homeassistant|hassio-addons)\/(?:[\w-]+-)?base(?:[\w-]*)?(?:\/[\w-]+)?(?::|@|$)|(?:^|[/_-])(?:ha|hassio|addon)-base(?:[\w-]*)(?::|@|$)/;
/** The Supervisor's form of webui (supervisor/addons/validate.py); it does not load an add-on whose webui breaks it. */
const WEBUI = /^(?:https?|\[PROTO:\w+\]):\/\/\[HOST\]:\[PORT:\d+\]/;
/** Files that repeat the config's ports rather than state a listener: docs, translations of the descriptions. */
const DESCRIBES = /(?:^|\/)translations\/|\.md$|(?:^|\/)(?:README|DOCS)[^/]*$/i;
/** Config keys whose values are where the add-on serves (checked) or what it is (not ports). */
const PORT_KEYS = new Set(['ports', 'ports_description', 'ingress_port', 'webui', 'watchdog', 'version', 'name', 'description', 'url', 'image', 'slug', 'arch', 'panel_icon', 'panel_title']);

interface Statement {
  port: number;
  start: number;
  end: number;
  text: string;
  /** For a ports key: the key, its host side, and whether it is the Ingress port too. */
  key?: string;
  host?: number;
  ingress?: boolean;
}

/** The findings on `config`, the config file of `addon`. */
export function addonConfigFindings(config: AddonText, addon: Addon): Finding[] {
  const document = readAddonConfigDocument(config.text);
  if (!document) return [];
  const { value: read, at: placeOf } = document;
  const keyAt = (section: string, key: string) => placeOf([section, key], 'key', /^\s*(\d*)/.exec(key)![1] || key);
  const findings: Finding[] = [];
  // The Supervisor's schema takes ports and ports_description as mappings, not lists (held-out 17h's flask).
  for (const section of ['ports', 'ports_description']) {
    const at = Array.isArray(read[section]) && (read[section] as unknown[]).length > 0 ? placeOf([section], 'value') : undefined;
    if (at) findings.push(finding('invalid-port', at.start, at.end, `${section} (line ${config.lineOf(at.start)}) is a list, but the Supervisor takes a mapping ("8080/tcp": …) and does not load the add-on.`));
  }
  if (typeof read.webui === 'string' && !WEBUI.test(read.webui)) {
    // A port written as a number (`http://[HOST]:7860`) links past the host port the Supervisor publishes it on.
    const literal = /^https?:\/\/([^/:]+):(\d{1,5})(?=\/|$)/.exec(read.webui);
    const at = literal ? placeOf(['webui'], 'value', `${literal[1]}:${literal[2]}`) : placeOf(['webui'], 'value');
    if (at) {
      findings.push(finding('invalid-port', at.start, at.end,
        `webui ${JSON.stringify(read.webui)} (line ${config.lineOf(at.start)}) does not name its port as [PORT:N], the only form the Supervisor takes (N a ports key, linked to its host port): it does not load the add-on.`,
        literal ? { title: `Write [HOST]:[PORT:${literal[2]}]`, edits: [{ ...at, newText: `[HOST]:[PORT:${literal[2]}]` }] } : undefined));
    }
  }
  const ports = read.ports !== null && typeof read.ports === 'object' && !Array.isArray(read.ports) ? (read.ports as Record<string, unknown>) : undefined;
  const declared = new Set(Object.keys(ports ?? {}).map(containerPortOf).filter((port): port is number => port !== undefined));
  // ports_description and webui name keys of ports: a key it lacks describes, or links to, nothing. On the host
  // network nothing is mapped and the Supervisor links to the port as written.
  const hostNetwork = read.host_network === true;
  /** Ports keys a finding above explains already. */
  const mistyped = new Set<string>();
  if (ports && !hostNetwork) {
    const descriptions = read.ports_description;
    if (Object.keys(ports).length > 0 && descriptions !== null && typeof descriptions === 'object' && !Array.isArray(descriptions)) {
      const described = new Set(Object.keys(descriptions).map(containerPortOf));
      for (const key of Object.keys(descriptions)) {
        const port = containerPortOf(key);
        if (port === undefined || declared.has(port)) continue;
        // The ports key meant: described by nothing, published on this very port of the host, one digit off it
        // (`"19232": 19132` described as 19132): the key is the typo, not the description.
        const typo = Object.keys(ports).find((other) => !described.has(containerPortOf(other)) && Number(ports[other]) === port && oneDigitOff(other, String(port)));
        const at = typo ? keyAt('ports', typo) : keyAt('ports_description', key);
        if (!at) continue;
        if (typo) {
          mistyped.add(typo);
          const line = config.lineOf(keyAt('ports_description', key)?.start ?? 0);
          findings.push(finding('container-port-mismatch', at.start, at.end,
            `ports publishes container port ${typo} (line ${config.lineOf(at.start)}) on host port ${port}, but ports_description describes ${key} (line ${line}), which ports lacks: the key looks mistyped.`,
            { title: `Use port ${port}`, edits: [{ ...at, newText: String(port) }] }));
        } else findings.push(finding('container-port-mismatch', at.start, at.end,
          `ports_description describes container port ${key} (line ${config.lineOf(at.start)}), but ports has no such key: it declares ${listOf(Object.keys(ports))}. The description is shown for no port; the key was likely left from an earlier port.`));
      }
    }
    const webui = typeof read.webui === 'string' ? /\[PORT:(\d{1,5})\]/.exec(read.webui) : null;
    // Without the key the Supervisor links to the number itself: right by chance when it is a published host port.
    const hostPorts = new Set(Object.values(ports).map((value) => Number(value)));
    if (webui && !declared.has(Number(webui[1])) && !hostPorts.has(Number(webui[1]))) {
      const at = placeOf(['webui'], 'value', `[PORT:${webui[1]}]`);
      if (at) {
        findings.push(finding('unreachable-port', at.start + 6, at.end - 1,
          `webui links to [PORT:${webui[1]}] (line ${config.lineOf(at.start)}), the host port of container port ${webui[1]}, but ports has no such key: it declares ${listOf(Object.keys(ports))}. The Supervisor then links to port ${webui[1]} of the host, which the add-on does not publish.`));
      }
    }
  }
  const others = addon.files.filter((file) => file.path !== config.path && !DESCRIBES.test(file.path.slice(addon.folder.length)));
  const readsIngress = others.some((file) => READS_INGRESS_PORT.test(file.text));
  const ingressAt = typeof read.ingress_port === 'number' ? placeOf(['ingress_port'], 'value', String(read.ingress_port)) : undefined;
  // ingress_port: 0 asks the Supervisor for a free port; an add-on that never reads it listens elsewhere.
  if (read.ingress === true && read.ingress_port === 0 && ingressAt && !readsIngress) {
    findings.push(finding('unreachable-port', ingressAt.start, ingressAt.end,
      `ingress_port: 0 (line ${config.lineOf(ingressAt.start)}) has the Supervisor pick a free port for Ingress at each start, but no file of this add-on reads that port (bashio::addon.ingress_port, the Supervisor API): the add-on listens elsewhere, so Ingress reaches nothing.`));
  }
  // The ports the config says the container serves on, against where the add-on's own files say it listens.
  const checked: Statement[] = [];
  if (read.ingress === true && typeof read.ingress_port === 'number' && read.ingress_port >= CHECKED_FROM && ingressAt && !readsIngress) {
    checked.push({ port: read.ingress_port, ...ingressAt, text: `ingress_port: ${read.ingress_port}` });
  }
  // A ports key only where the config itself says more of it: its host side is the port the add-on listens on (the
  // two written the wrong way round), or it is the Ingress port too. Any other key may be a port the app serves on
  // by its own default, written nowhere (Plex's 32469, Portainer's 8000, a bundled database's 5432).
  const ingressPort = checked[0]?.port;
  for (const key of Object.keys(ports ?? {})) {
    const port = containerPortOf(key);
    const at = port === undefined || port < CHECKED_FROM || /\/udp/.test(key) ? undefined : keyAt('ports', key);
    if (port !== undefined && at && !hostNetwork && !mistyped.has(key)) checked.push({ port, ...at, text: `${key}: ${String(ports![key])}`, key, host: Number(ports![key]), ingress: port === ingressPort });
  }
  if (checked.length === 0) return findings;
  const imagePorts = servedByImage(addon);
  if (imagePorts === undefined) return findings;
  const listeners = listenersIn(others, imagePorts.ports);
  if (listeners.size === 0) return findings;
  const elsewhere = namedInConfig(read);
  for (const statement of checked) {
    const { port } = statement;
    if (listeners.has(port) || elsewhere.has(port) || others.some((file) => names(file.text, port))) continue;
    if (statement.host !== undefined && !statement.ingress && !listeners.has(statement.host)) continue;
    const heard = [...listeners.entries()].slice(0, 4);
    const said = heard.map(([listened, place]) => `${listened} (${place.where})`).join(', ');
    const isIngress = statement.text.startsWith('ingress_port');
    const host = statement.host;
    const swapped = host !== undefined && listeners.has(host);
    const message = isIngress
      ? `ingress_port ${port} (line ${config.lineOf(statement.start)}) is where Ingress connects inside the add-on's container, but nothing in the add-on listens on ${port}: its files say it listens on ${said}, and no file of it but this config names ${port}.`
      : `ports publishes container port ${port} (${statement.text}, line ${config.lineOf(statement.start)}), but nothing in the add-on listens on ${port}: its files say it listens on ${said}, and no file of it but this config names ${port}.`
        + (swapped ? ` The key is the container port and the value the host port: the two look swapped.` : '');
    const fixTo = swapped ? undefined : heard.length === 1 ? heard[0][0] : undefined;
    const hostAt = swapped ? placeOf(['ports', statement.key!], 'value', String(host)) : undefined;
    const hostEdit = hostAt ? [{ ...hostAt, newText: String(port) }] : [];
    const fix = hostEdit.length > 0
      ? { title: `Swap to ${host}/${protocolOf(statement.text)}: ${port}`, edits: [{ start: statement.start, end: statement.end, newText: `${host}` }, ...hostEdit] }
      : swapped ? undefined : fixTo !== undefined ? { title: `Use port ${fixTo}, where the add-on listens`, edits: [{ start: statement.start, end: statement.end, newText: String(fixTo) }] } : undefined;
    const found = finding(isIngress ? 'unreachable-port' : 'container-port-mismatch', statement.start, statement.end, message, fix);
    found.related = heard.filter(([, place]) => place.path !== '').map(([listened, place]): RelatedPlace => ({ path: place.path, start: place.start, end: place.end, message: `the add-on listens on ${listened}` }));
    findings.push(found);
  }
  return findings;
}

/** The ports the add-on's image serves on by itself, or undefined when that is not known (then nothing is said). */
function servedByImage(addon: Addon): { ports: number[] } | undefined {
  const from = imageOfAddon(addon);
  if (from === 'base') return { ports: [] };
  if (!from) return undefined;
  if (HA_BASE_IMAGE.test(from.image)) return { ports: [] };
  const info = lookupImage(from.image);
  return info ? { ports: [...new Set(info.ports.map((entry) => entry.port))] } : undefined;
}

interface Place {
  path: string;
  start: number;
  end: number;
  where: string;
}

function listenersIn(files: readonly AddonText[], imagePorts: readonly number[]): Map<number, Place> {
  const found = new Map<number, Place>();
  const add = (file: AddonText, port: number, start: number) => {
    if (port < 1 || port > 65535 || found.has(port)) return;
    const lineStart = file.text.lastIndexOf('\n', start) + 1;
    // A commented-out statement says nothing.
    if (/^\s*(?:#|\/\/)/.test(file.text.slice(lineStart, start))) return;
    found.set(port, { path: file.path, start, end: start + String(port).length, where: `${baseNameOf(file.path)} line ${file.lineOf(start)}` });
  };
  for (const file of files) {
    for (const pattern of LISTENERS) {
      for (const match of file.text.matchAll(pattern)) {
        const number = match[match.length - 1];
        if (match.length > 2 && CLIENT_SETTING.test(match[1])) continue;
        add(file, Number(number), match.index + match[0].lastIndexOf(number));
      }
    }
    for (const match of file.text.matchAll(EXPOSE)) {
      for (const port of match[1].matchAll(/(?<![\w$.-])(\d{2,5})(?=\/|\s|$)/g)) add(file, Number(port[1]), match.index + match[0].length - match[1].length + port.index);
    }
  }
  for (const port of imagePorts) if (!found.has(port)) found.set(port, { path: '', start: 0, end: 0, where: 'its image' });
  return found;
}

/** Ports named in the config's other values (options, schema, environment): settings the add-on may listen by. */
function namedInConfig(read: Record<string, unknown>): Set<number> {
  const named = new Set<number>();
  const rest = Object.entries(read).filter(([key]) => !PORT_KEYS.has(key));
  for (const match of JSON.stringify(Object.fromEntries(rest)).matchAll(/(?<![\d.])(\d{2,5})(?![\d.])/g)) named.add(Number(match[1]));
  return named;
}

function names(text: string, port: number): boolean {
  return new RegExp(`(?<![\\d.])${port}(?![\\d])`).test(text);
}

function containerPortOf(key: string): number | undefined {
  const match = /^(\d{1,5})(?:\/(?:tcp|udp))?$/.exec(key.trim());
  const port = match ? Number(match[1]) : undefined;
  return port !== undefined && port >= 1 && port <= 65535 ? port : undefined;
}

function protocolOf(text: string): string {
  return /\/udp/.test(text) ? 'udp' : 'tcp';
}

/** Whether a ports key's number differs from `port` in one digit only. */
function oneDigitOff(key: string, port: string): boolean {
  const digits = /^\d+/.exec(key)?.[0] ?? '';
  return digits.length === port.length && [...digits].filter((digit, index) => digit !== port[index]).length === 1;
}

function listOf(keys: readonly string[]): string {
  return keys.length === 0 ? 'no port' : keys.join(', ');
}
