// container-port-mismatch for a service that runs the official nginx image with its own config mounted over the
// image's: the mounted files are the whole of what nginx listens on, so a published container port none of them
// listens on reaches nothing. Lemmy's proxy (nginx:1-alpine) published "80:80" while ./nginx.conf, mounted at
// /etc/nginx/nginx.conf, listened on 1236 and 8536 only. The image's default server (conf.d/default.conf, on 80)
// still counts unless the mounts replace it: a file at conf.d/default.conf, a folder at conf.d or /etc/nginx, or a
// main config that includes no conf.d. Quiet unless every mount that may add a server is read as nginx with every
// listen a port, every include is of a read mount or of the image's own files, and nothing but the mounts may
// move the port (portsChangedBy: environment, command, network mode).
import { finding } from '../catalogue';
import { lookupImage } from '../images/lookupImage';
import type { Finding, PortMention, RelatedPlace } from '../types';
import type { ComposeServiceStructure } from './composeStructure';
import { allListensRead, type NginxFile } from './copiedNginxConfig';
import { baseNameOf } from './paths';
import { withoutTrailingSlashes } from '../trailingSlashes';

/** The nginx files the workspace holds at a mount's source (the file, or those under the folder), and whether the
 *  source holds other files too; undefined when it holds nothing. */
export type MountedNginx = (source: string) => { files: NginxFile[]; others: string[] } | undefined;

/** The official image and its unprivileged build, by name: others called nginx (bitnami's, linuxserver's) keep
 *  their configs elsewhere. */
const NGINX_IMAGE = /^(?:docker\.io\/)?(?:library\/nginx|nginx|nginxinc\/nginx-unprivileged)(?:[:@]|$)/i;
const NGINX_ROOT = '/etc/nginx';
const CONF_D = '/etc/nginx/conf.d';
/** Mounted beside a config without adding a server: certificates, passwords, static files, logs. */
const NO_SERVER_TARGET = /(^|\/)(certs?|ssl|tls|letsencrypt|dhparams?(\.pem)?|[^/]*\.(pem|crt|key|cer|htpasswd|html?|types)|\.?htpasswd|passwd)(\/|$)|^\/usr\/share\/nginx|^\/var\/(www|log|cache)\//i;
/** Files of the image itself that a config includes without adding a server. */
const IMAGE_INCLUDE = /^(\/etc\/nginx\/)?(mime\.types|(fastcgi|scgi|uwsgi)_params|modules\/[^;]*|conf\.d\/\*\.conf)$/;

export interface NginxMountVerdict {
  /** The ports nginx listens on (tcp), with the lines that say so. */
  listens: { file: NginxFile; mention: PortMention; target: string }[];
  /** The image's default server still listens on these (it is not replaced). */
  defaultPorts: number[];
}

/** What a service running the nginx image listens on, from the config mounted over the image's; undefined when it
 *  cannot be known (not the nginx image, a mount not read, a listen or include not read). */
export function nginxMountListens(image: string, mounts: readonly { source?: string; target: string }[], nginxAt: MountedNginx): NginxMountVerdict | undefined {
  if (!NGINX_IMAGE.test(image.trim())) return undefined;
  const listens: NginxMountVerdict['listens'] = [];
  const read: { target: string; folder: boolean }[] = [];
  let replacesDefault = false;
  const mainConfigs: NginxFile[] = [];
  const files: NginxFile[] = [];
  for (const mount of mounts) {
    const target = withoutTrailingSlashes(mount.target);
    if (NO_SERVER_TARGET.test(target)) continue;
    // A mount outside nginx's folder may still change what it runs (/docker-entrypoint.d scripts): not read, not known.
    if (target !== NGINX_ROOT && !target.startsWith(`${NGINX_ROOT}/`)) return undefined;
    if (mount.source === undefined || mount.source === '' || mount.source.startsWith('../')) return undefined;
    const held = nginxAt(mount.source);
    if (!held || held.files.length === 0) return undefined;
    const folder = held.files.length > 1 || held.files[0].path !== mount.source;
    // A folder with files nginx may include that are not read as nginx (a .conf the scanner did not take) is unknown.
    if (folder && held.others.some((path) => /\.conf$/i.test(path))) return undefined;
    read.push({ target, folder });
    if (target === NGINX_ROOT || target === CONF_D || target === `${CONF_D}/default.conf`) replacesDefault = true;
    for (const file of held.files) {
      if (!allListensRead(file)) return undefined;
      files.push(file);
      if (target === `${NGINX_ROOT}/nginx.conf`) mainConfigs.push(file);
      for (const mention of file.mentions) if (mention.role === 'listen' && (mention.protocol ?? 'tcp') === 'tcp') listens.push({ file, mention, target });
    }
  }
  if (read.length === 0) return undefined;
  // Every include must be of a read mount or of the image's own files that add no server.
  const covered = (path: string) => read.some(({ target, folder }) => path === target || (folder && path.startsWith(`${target}/`)));
  for (const file of files) {
    for (const include of includesOf(file.text)) {
      const absolute = include.startsWith('/') ? include : `${NGINX_ROOT}/${include}`;
      if (IMAGE_INCLUDE.test(include) || covered(absolute)) continue;
      return undefined;
    }
  }
  // The image's nginx.conf includes conf.d; a mounted one that does not drops the default server.
  if (mainConfigs.length > 0 && mainConfigs.every((file) => !/include\s+[^;]*conf\.d/.test(file.text.replace(/#[^\n]*/g, '')))) replacesDefault = true;
  const info = lookupImage(image);
  const defaultPorts = replacesDefault ? [] : (info?.ports ?? []).filter((p) => p.protocol === 'tcp' && p.endPort === undefined).map((p) => p.port);
  if (!replacesDefault && defaultPorts.length === 0) return undefined;
  return { listens, defaultPorts };
}

/** The paths a config includes, comments left out. */
function includesOf(text: string): string[] {
  const code = text.replace(/#[^\n]*/g, '');
  return [...code.matchAll(/(?:^|[;{}\s])include\s+([^;\s]+)\s*;/g)].map((match) => match[1].replace(/^["']|["']$/g, ''));
}

/** Findings on the published container ports of nginx services that their mounted config never listens on. */
export function mountedNginxFindings(text: string, own: readonly PortMention[], structure: ComposeServiceStructure, nginxAt: MountedNginx): Finding[] | undefined {
  const first = own[0];
  if (!first?.image || first.image.includes('$') || first.networkSharedWith !== undefined) return undefined;
  const verdict = nginxMountListens(first.image, structure.configMounts, nginxAt);
  if (!verdict) return undefined;
  const { listens, defaultPorts } = verdict;
  const listened = (port: number) => defaultPorts.includes(port) || listens.some(({ mention }) => mention.port <= port && port <= (mention.endPort ?? mention.port));
  // A port the service's own settings name: something says it listens there.
  const named = new Set(own.filter((m) => m.role === 'setting').map((m) => m.port));
  const findings: Finding[] = [];
  const replacedPorts = defaultPorts.length === 0 ? (lookupImage(first.image)?.ports ?? []).filter((p) => p.protocol === 'tcp' && p.endPort === undefined).map((p) => p.port) : [];
  const ports = [...new Set([...listens.map(({ mention }) => mention.port), ...defaultPorts])].sort((a, b) => a - b);
  const related: RelatedPlace[] = listens.map(({ file, mention }) => ({
    path: file.path, start: mention.start, end: mention.end, message: `nginx listens on ${mention.port}: ${baseNameOf(file.path)} line ${file.lineOf(mention.start)}.`,
  }));
  for (const m of own) {
    if (m.role !== 'container' || m.context !== 'ports' || m.endPort !== undefined || (m.protocol ?? 'tcp') !== 'tcp') continue;
    if (listened(m.port) || named.has(m.port)) continue;
    const where = listens.length > 0 ? `${baseNameOf(listens[0].file.path)}, mounted at ${listens[0].target},` : 'The config mounted over the image\'s';
    const message = `${where} `
      + (ports.length > 0 ? `listens on ${wordsFor(ports)}` : 'listens on no port')
      + (defaultPorts.length === 0 && replacedPorts.length > 0 ? ` (it replaces the image's default server on ${wordsFor(replacedPorts)})` : '')
      + `: nothing answers on container port ${m.port}.`
      + (ports.length === 1 ? ` Use container port ${ports[0]}.` : '');
    const written = text.slice(m.start, m.end);
    const fix = ports.length === 1 && written === String(m.port) && !m.split
      ? { title: `Change the container port to ${ports[0]}`, edits: [{ start: m.start, end: m.end, newText: String(ports[0]) }] } : undefined;
    const found = finding('container-port-mismatch', m.start, m.end, message, fix);
    if (related.length > 0) found.related = related;
    findings.push(found);
  }
  return findings;
}

function wordsFor(ports: readonly number[]): string {
  return ports.length <= 1 ? ports.join('') : `${ports.slice(0, -1).join(', ')} and ${ports[ports.length - 1]}`;
}
