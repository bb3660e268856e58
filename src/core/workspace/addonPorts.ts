// unreachable-port inside a Home Assistant add-on (addonFiles.ts says which files are read): the add-on's nginx
// passes Ingress to `proxy_pass http://127.0.0.1:N`, or its Dockerfile health-checks `ENV HEALTH_PORT=N`, and
// nothing in the container listens on N. Real mistakes of this kind come from copying one add-on into another
// (readarr's ingress left on Radarr's 7878, alexbelgium/hassio-addons 725b2e1) or from a template's default (8080).
// Conservative, as the prototype measured over 990 add-ons (scripts/realFixes/addonSurvey.py, its
// `warnKnownImage`): only when the image table knows the image the add-on is built from (config's build.* `build_from`
// for `FROM $BUILD_FROM`) and says where it serves, N is none of those ports, none of config `ports` (the container
// ports the add-on declares), not the Ingress port, and no file of the add-on names N but such routes: nothing
// declares, starts or configures a listener there. An image the table does not know may listen on N by its own
// default, written nowhere in the add-on (mealie at alexbelgium HEAD~11000: nginx passes to 9000, hkotel/mealie's).
import { finding } from '../catalogue';
import { lookupImage } from '../images/lookupImage';
import type { Finding, RelatedPlace } from '../types';
import { ADDON_CONFIG_NAMES, readAddonConfig, readAddonConfigDocument } from './addonFiles';
import { baseNameOf } from './paths';

export interface AddonText {
  path: string;
  text: string;
  lineOf(offset: number): number;
}

/** An add-on: its folder and every file of it the workspace holds (config, build, Dockerfile, nginx, scripts). */
export interface Addon {
  folder: string;
  files: readonly AddonText[];
}

/** Routes to a port of the container itself: targets, not listeners. */
const LOOPBACK_PASS = /\bproxy_pass[ \t]+https?:\/\/(?:127\.0\.0\.1|localhost):(\d{1,5})\b/g;
const UPSTREAM_SERVER = /^[ \t]*server[ \t]+(?:127\.0\.0\.1|localhost):(\d{1,5})\b/gm;
const HEALTH_PORT = /\bHEALTH_PORT=["']?(\d{1,5})\b/g;
/** The Ingress port when `ingress: true` names none (the add-on configuration docs' default). */
const DEFAULT_INGRESS_PORT = 8099;
const BUILD_NAMES = ['build.yaml', 'build.yml', 'build.json'];

interface Site {
  port: number;
  start: number;
  end: number;
  /** The statement as written, for the message. */
  statement: string;
}

interface ImageFrom {
  image: string;
  path: string;
  start: number;
  end: number;
}

/** unreachable-port findings on the sites of one file of `addon` (an nginx file or the Dockerfile). */
export function addonPortFindings(text: string, format: 'nginx' | 'dockerfile', addon: Addon): Finding[] {
  const sites = format === 'nginx' ? sitesOf(text, [LOOPBACK_PASS]) : sitesOf(text, [HEALTH_PORT]);
  if (sites.length === 0) return [];
  const configFile = ADDON_CONFIG_NAMES.map((name) => addon.files.find((file) => file.path === join(addon.folder, name))).find((file) => file !== undefined);
  const document = configFile && readAddonConfigDocument(configFile.text);
  if (!configFile || !document) return [];
  const config = document.value;
  const from = imageOf(addon);
  const info = from && lookupImage(from.image);
  const imagePorts = [...new Set(info?.ports.map((entry) => entry.port) ?? [])];
  // The strict condition: the table knows the image and where it serves.
  if (!from || !info || imagePorts.length === 0) return [];
  const declared = declaredPorts(config);
  const ingress = config.ingress === true ? (typeof config.ingress_port === 'number' ? config.ingress_port : DEFAULT_INGRESS_PORT) : undefined;
  const findings: Finding[] = [];
  for (const site of sites) {
    if (declared.has(site.port) || site.port === ingress || imagePorts.includes(site.port) || namedElsewhere(site.port, addon)) continue;
    const where = (file: AddonText, offset: number) => `${baseNameOf(file.path)} line ${file.lineOf(offset)}`;
    const fromFile = addon.files.find((file) => file.path === from.path)!;
    const published = [...declared.keys()];
    const configPlace = published.length > 0 ? document.at(['ports', declared.get(published[0])!], 'key', declared.get(published[0])!.trim()) : undefined;
    const publishes = published.length === 0 ? 'config ports declare no container port'
      : `${baseNameOf(configFile.path)} declares container port${published.length === 1 ? '' : 's'} ${published.join(', ')}${configPlace ? ` (line ${configFile.lineOf(configPlace.start)})` : ''}`;
    const message = `${site.statement} (line ${lineIn(text, site.start)}) reaches port ${site.port} of this Home Assistant add-on's own container, but nothing in the add-on listens there: `
      + `its image ${from.image} (${where(fromFile, from.start)}) serves on ${imagePorts.join(', ')}, ${publishes}, and no other file of the add-on names ${site.port}.`;
    const candidates = imagePorts.filter((port) => declared.has(port));
    const fixTo = candidates.length === 1 ? candidates[0] : imagePorts.length === 1 ? imagePorts[0] : undefined;
    const found = finding('unreachable-port', site.start, site.end, message,
      fixTo !== undefined ? { title: `Use port ${fixTo}, where ${from.image} serves`, edits: [{ start: site.start, end: site.end, newText: String(fixTo) }] } : undefined);
    const related: RelatedPlace[] = [{ path: from.path, start: from.start, end: from.end, message: `the add-on's image ${from.image} serves on ${imagePorts.join(', ')}` }];
    if (configPlace) related.push({ path: configFile.path, start: configPlace.start, end: configPlace.end, message: `the add-on declares container port ${published.join(', ')}` });
    found.related = related;
    findings.push(found);
  }
  return findings;
}

function sitesOf(text: string, patterns: RegExp[]): Site[] {
  const sites: Site[] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const lineStart = text.lastIndexOf('\n', match.index) + 1;
      // A commented-out statement routes nothing.
      if (text.slice(lineStart, match.index).includes('#')) continue;
      const port = Number(match[1]);
      if (port < 1 || port > 65535) continue;
      const start = match.index + match[0].length - match[1].length;
      const lineEnd = text.indexOf('\n', match.index);
      const statement = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/[;\\]?\s*$/, '').replace(/\s+/g, ' ').trim();
      sites.push({ port, start, end: start + match[1].length, statement });
    }
  }
  return sites;
}

/** Whether a file of the add-on names `port` other than in a route to its own container (a listen, a flag, a
 *  setting, a published port, its docs): then something may listen there. */
function namedElsewhere(port: number, addon: Addon): boolean {
  const number = new RegExp(`(?<![\\d.])${port}(?!\\d)`, 'g');
  for (const file of addon.files) {
    const routes = new Set<number>();
    for (const pattern of [LOOPBACK_PASS, UPSTREAM_SERVER, HEALTH_PORT]) {
      for (const match of file.text.matchAll(pattern)) routes.add(match.index + match[0].length - match[1].length);
    }
    for (const match of file.text.matchAll(number)) if (!routes.has(match.index)) return true;
  }
  return false;
}

/** The container ports of config `ports` ("8080/tcp": host port or null). */
function declaredPorts(config: Record<string, unknown>): Map<number, string> {
  const declared = new Map<number, string>();
  const ports = config.ports;
  if (ports === null || typeof ports !== 'object' || Array.isArray(ports)) return declared;
  for (const key of Object.keys(ports)) {
    const match = /^(\d{1,5})(?:\/(?:tcp|udp))?$/.exec(key.trim());
    if (match) declared.set(Number(match[1]), key);
  }
  return declared;
}

/** The image the add-on builds on, or 'base' for `FROM $BUILD_FROM` that no build file or ARG sets: the
 *  Supervisor then builds on its own base image, which serves nothing by itself. */
export function imageOfAddon(addon: Addon): ImageFrom | 'base' | undefined {
  const from = imageOf(addon);
  if (from) return from;
  const dockerfile = addon.files.find((file) => file.path === join(addon.folder, 'Dockerfile'));
  const froms = dockerfile ? [...dockerfile.text.matchAll(/^[ \t]*FROM[ \t]+(?:--platform=\S+[ \t]+)?(\S+)/gim)] : [];
  const last = froms[froms.length - 1];
  const built = BUILD_NAMES.some((name) => addon.files.some((file) => file.path === join(addon.folder, name)));
  return last && /^\$\{?BUILD_FROM\}?$/.test(last[1]) && !built && !/^[ \t]*ARG[ \t]+BUILD_FROM=/m.test(dockerfile!.text) ? 'base' : undefined;
}

/** The image the add-on's Dockerfile is built from: its last FROM, or for `FROM $BUILD_FROM` the build file's
 *  `build_from` (amd64's, else the first architecture's), or the ARG's default. Undefined when it cannot be read. */
function imageOf(addon: Addon): ImageFrom | undefined {
  const dockerfile = addon.files.find((file) => file.path === join(addon.folder, 'Dockerfile'));
  if (!dockerfile) return undefined;
  const froms = [...dockerfile.text.matchAll(/^[ \t]*FROM[ \t]+(?:--platform=\S+[ \t]+)?(\S+)/gim)];
  const last = froms[froms.length - 1];
  if (!last) return undefined;
  const written = last[1];
  const start = last.index + last[0].length - written.length;
  if (!written.includes('$')) return { image: written, path: dockerfile.path, start, end: start + written.length };
  if (!/^\$\{?BUILD_FROM\}?$/.test(written)) return undefined;
  for (const name of BUILD_NAMES) {
    const build = addon.files.find((file) => file.path === join(addon.folder, name));
    const buildFrom = build && readAddonConfig(build.text)?.build_from;
    if (!build || buildFrom === undefined) continue;
    const image = typeof buildFrom === 'string' ? buildFrom
      : buildFrom !== null && typeof buildFrom === 'object' ? pick(buildFrom as Record<string, unknown>) : undefined;
    if (image === undefined || image.includes('$')) return undefined;
    // The value of the architecture taken, not the same image written first for another one.
    const key = typeof buildFrom === 'string' ? -1 : build.text.search(/["']?amd64["']?\s*:/);
    const at = build.text.indexOf(image, Math.max(0, key));
    return { image, path: build.path, start: Math.max(0, at), end: Math.max(0, at) + (at === -1 ? 0 : image.length) };
  }
  const arg = /^[ \t]*ARG[ \t]+BUILD_FROM=["']?([^\s"']+)/m.exec(dockerfile.text);
  if (!arg || arg[1].includes('$')) return undefined;
  const argStart = arg.index + arg[0].length - arg[1].length;
  return { image: arg[1], path: dockerfile.path, start: argStart, end: argStart + arg[1].length };
}

function pick(byArchitecture: Record<string, unknown>): string | undefined {
  const image = byArchitecture.amd64 ?? Object.values(byArchitecture)[0];
  return typeof image === 'string' ? image : undefined;
}

function join(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}

function lineIn(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

