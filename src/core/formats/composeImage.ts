// A compose service's image (`image:`, interpolated) and what in the service may move the image's ports away
// from its defaults. The hover and the image-aware rules read both from the service's mentions.
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { imageKey } from '../images/imageReference';
import { lookupImage } from '../images/lookupImage';
import { portMovedOnlyBy } from '../images/portMovedOnlyBy';
import type { ImageInfo, PortMention } from '../types';
import { composeValue, type ServiceScope } from './composePorts';
import { mapEntries, scalarView, seqItems, type MapEntry } from './composeYaml';
import { UNKNOWN, unknownAsWritten } from './interpolation';
import { isPortKey } from './portSettings';
import { withoutTrailingSlashes } from '../trailingSlashes';

export interface ServiceImage {
  image: string;
  portsChangedBy?: string;
}

type Field = (key: string) => MapEntry | undefined;

/**
 * The image a service runs, or undefined when it has none or builds its own: with `build:`, `image:` names
 * the image being built, whose Dockerfile may listen anywhere, not the image of that name.
 */
export function readServiceImage(scope: ServiceScope, field: Field): ServiceImage | undefined {
  if (field('build')) return undefined;
  const node = field('image')?.value ?? null;
  const value = composeValue(node, scope);
  if (!value) return undefined;
  const image = unknownAsWritten(value, scope.text).trim();
  if (image === '') return undefined;
  const changedBy = portsChangedBy(scope, field, lookupImage(image), portMovedOnlyBy(image)?.settings) ?? imageVariable(scope, node, image);
  return changedBy ? { image, portsChangedBy: changedBy } : { image };
}

/** `image: ${IMAGE:-grafana/grafana}`: the default is read, but the variable is there to run another image. Not
 *  when the variable is named for the software of its default (`${WEBUI_IMAGE:-ghcr.io/open-webui/open-webui:cuda}`)
 *  and nothing sets it: such a variable picks a build, tag or registry of that software, whose ports are its own. */
function imageVariable(scope: ServiceScope, node: Node | null, image: string): string | undefined {
  const written = isScalar(node) ? scalarView(node as Scalar, scope.text)?.text.trim() : undefined;
  if (written === undefined || !written.includes('$') || imageKey(written) !== undefined || imageKey(image) === undefined) return undefined;
  const whole = /^\$\{([A-Za-z_][A-Za-z0-9_]*):?-([^${}]+)\}$/.exec(written);
  if (whole && whole[2].trim() === image && variableNamesImage(whole[1], image)) return undefined;
  return `image: ${written}`;
}

/** Whether a variable's name, less its IMAGE part, has a word of three letters or more that the image's own name
 *  holds (WEBUI_IMAGE for open-webui): `IMAGE` or `DB_IMAGE` name no software. */
function variableNamesImage(variable: string, image: string): boolean {
  const name = (imageKey(image) ?? '').split('/').pop()?.replace(/[^a-z0-9]/g, '') ?? '';
  const words = variable.toLowerCase().split('_').filter((word) => word.length >= 3 && !/^(image|img|docker|container|tag|version|registry|repo|name)$/.test(word));
  return name !== '' && words.some((word) => name.includes(word));
}

/** Mount targets that hold configuration: a file or folder there can set the port (nginx's conf.d,
 *  grafana.ini, a traefik.yml). */
const CONFIG_TARGET = /(^\/etc\/)|conf|settings|pipeline|\.(ini|ya?ml|toml|json|cfg|properties|xml|env|js|lua|php|caddyfile)$|caddyfile$/i;

/** Mount targets that hold only data, logs, caches (`/root/.cache`, where XDG puts them) or the Docker socket: what is there does not set a port. So do the
 *  host's clock, time zone and trust store, mounted into most self-hosted services (`/etc/localtime:/etc/localtime:ro`). */
const HOST_FACTS_TARGET = /^\/etc\/(localtime|timezone|machine-id|ssl\/certs|ca-certificates|pki\/ca-trust)(\/|$)|^\/usr\/share\/zoneinfo(\/|$)/i;
const DATA_TARGET = /(^|\/)(data|db|database|backups?|media|downloads?|movies|tv|music|books|photos|logs?|\.?cache|tmp|certs?|ssl|uploads?|storage|files|www|html|public|static)(\/|$)|^\/var\/lib\/|^\/var\/log\/|docker\.sock$/i;

/** The first thing in the service that may make the image listen elsewhere than its defaults, in plain words
 *  (`environment GF_SERVER_HTTP_PORT`, `command:`, `a file mounted at /etc/nginx/conf.d`). */
function portsChangedBy(scope: ServiceScope, field: Field, info: ImageInfo | undefined, onlyBy?: readonly string[]): string | undefined {
  const settings = onlyBy ?? info?.portSettings ?? [];
  // `bridge`, Docker's default network, keeps the container's own ports (composeStructure reads it the same way).
  const networkMode = field('network_mode');
  if (networkMode && composeValue(networkMode.value ?? null, scope)?.text !== 'bridge') return 'network_mode:';
  if (field('env_file')) return 'env_file:';
  for (const [key, value] of environmentEntries(scope, field('environment')?.value ?? null)) {
    // A setting that restates a port the image documents moves nothing: n8n-hosting's N8N_PORT=5678 leaves the
    // task broker on 5679 (the table does not say which setting moves which port, so a new port moves them all).
    if (value !== undefined && info !== undefined && restatesDocumentedPort(value, info)) continue;
    // An image whose documentation names every way its port moves does not read a generic PORT.
    // Nor does a client whose owner says it listens on no port (its PORT is a server it reaches).
    if (settings.includes(key) || (!onlyBy && !info?.listensOnNoPort && isPortKey(key))) return `environment ${key}`;
  }
  for (const name of ['command', 'entrypoint']) {
    const entry = field(name);
    if (entry && commandMayNamePort(scope, entry.value, settings)) return `${name}:`;
  }
  // Nothing in a mounted file moves such an image's port.
  if (onlyBy) return undefined;
  if (field('configs')) return 'configs:';
  const mounted = configMount(scope, field('volumes')?.value ?? null);
  if (mounted) return `a file mounted at ${mounted}`;
  return undefined;
}

/** Every key the environment names, with its value interpolated when it has one (`- GF_SERVER_HTTP_PORT` takes it
 *  from the shell: no value). */
function environmentEntries(scope: ServiceScope, node: Node | null): [string, string | undefined][] {
  if (isSeq(node)) {
    const entries: [string, string | undefined][] = [];
    for (const { node: item } of seqItems(node, scope.doc, scope.budget)) {
      // Interpolated, as every other value is read: `N8N_PORT=${N8N_PORT:-5678}` restates n8n's default port.
      const text = composeValue(item, scope)?.text;
      if (!text) continue;
      const equals = text.indexOf('=');
      entries.push(equals < 0 ? [text.trim(), undefined] : [text.slice(0, equals).trim(), text.slice(equals + 1)]);
    }
    return entries;
  }
  return mapEntries(node, scope.doc, scope.budget).map((entry) => [entry.key, composeValue(entry.value, scope)?.text]);
}

/** A value that is one port the image documents (`5678`, `"5678"`, a variable's default `5678`): no address. */
function restatesDocumentedPort(value: string, info: ImageInfo): boolean {
  const digits = /^\s*["']?(\d{1,5})["']?\s*$/.exec(value)?.[1];
  if (digits === undefined) return false;
  const port = Number(digits);
  return info.ports.some((entry) => entry.port <= port && port <= (entry.endPort ?? entry.port));
}

/** A command that names a number, a variable or one of the image's port flags may set the port; so may a shell
 *  line, or one that cannot be read at all. `server /data` cannot. */
function commandMayNamePort(scope: ServiceScope, node: Node | null, settings: readonly string[]): boolean {
  const words = isSeq(node) ? seqItems(node, scope.doc, scope.budget).map((item) => item.node) : [node];
  for (const word of words) {
    if (word === null) continue;
    const value = composeValue(word, scope);
    if (!value) return true;
    const text = value.text;
    // A shell line can do anything (`sh -c "…; exec app"`): it cannot be read for ports.
    if (/[0-9$;&|]/.test(text) || text.includes(UNKNOWN) || /(^|\/)(ba|z|da)?sh$/.test(text.trim().split(/\s+/)[0] ?? '')) return true;
    if (settings.some((setting) => setting.startsWith('-') && text.includes(setting))) return true;
    // A program named for one of those flags runs in its mode: redis-sentinel is redis-server --sentinel (26379).
    if (settings.some((setting) => setting.startsWith('--') && text.split(' ').some((w) => w.endsWith(setting.slice(1))))) return true;
  }
  return false;
}

/** Whether a volume mounted at `target` (from a host path, or a named volume) may hold configuration that moves the
 *  software's port: the test behind `a file mounted at …`, shared with the reader of mounted files. */
export function mayHoldConfig(target: string, hostPath: boolean): boolean {
  const path = withoutTrailingSlashes(target);
  if (HOST_FACTS_TARGET.test(path)) return false;
  return CONFIG_TARGET.test(path) || (hostPath && !DATA_TARGET.test(path));
}

/** Whether `target` is where configuration lives by its path (`/etc/…`, `conf`, a `.yml`), not only a host folder
 *  that might hold some (`./backend:/app`, a project's sources): the mounts worth reading. */
export function isConfigTarget(target: string): boolean {
  const path = withoutTrailingSlashes(target);
  return !HOST_FACTS_TARGET.test(path) && CONFIG_TARGET.test(path);
}

/** The first volume mounted where configuration lives or may live, as its target path. */
function configMount(scope: ServiceScope, node: Node | null): string | undefined {
  for (const { node: item } of seqItems(node, scope.doc, scope.budget)) {
    let target: string | undefined;
    let hostPath = false;
    if (isMap(item)) {
      const fields = mapEntries(item, scope.doc, scope.budget);
      const field = (key: string) => composeValue(fields.find((e) => e.key === key)?.value ?? null, scope)?.text;
      target = field('target');
      hostPath = field('type') === 'bind';
    } else {
      const text = composeValue(item, scope)?.text;
      // `source:target[:mode]`; a Windows source (`C:\x:/etc/x`) has its own colon, so take the part that is a path.
      const parts = text?.split(':') ?? [];
      target = parts.find((part, k) => k > 0 && part.startsWith('/')) ?? (parts.length === 1 ? parts[0] : undefined);
      hostPath = parts.length > 1 && /^([./~]|[A-Za-z]$)/.test(parts[0].replace(UNKNOWN, '.'));
    }
    // A folder of the host mounted anywhere but a data folder may hold configuration of any name (a Logstash
    // pipeline, an nginx site): only a named volume or a data folder is sure not to.
    if (target && mayHoldConfig(target, hostPath)) return target;
  }
  return undefined;
}

/** A compose file docker compose merges with the one checked: its name and its mentions. */
interface MergedMentions {
  name: string;
  mentions: readonly PortMention[];
}

/**
 * Across files docker compose merges (compose.yaml and its override), a service is one service: a mention in a
 * file that does not name the service's image takes it from the other file, and a service that the other file
 * also sets may have its ports moved there (its environment, its command), which this file cannot see.
 */
export function shareImagesAcrossFiles(own: PortMention[], merged: readonly MergedMentions[]): void {
  const elsewhere = new Map<string, { image?: string; file: string }>();
  for (const file of merged) {
    for (const mention of file.mentions) {
      if (mention.service === undefined) continue;
      const known = elsewhere.get(mention.service);
      if (!known) elsewhere.set(mention.service, { image: mention.image, file: file.name });
      else if (known.image === undefined && mention.image !== undefined) known.image = mention.image;
    }
  }
  for (const mention of own) {
    const other = mention.service === undefined ? undefined : elsewhere.get(mention.service);
    if (!other) continue;
    if (mention.image === undefined && other.image !== undefined) mention.image = other.image;
    if (mention.image !== undefined) mention.portsChangedBy ??= `settings in ${other.file}`;
  }
}

/** A merged file that states its services' images without mentioning their ports (see MergedComposeFile.images). */
interface StatedImages {
  images?: readonly { service: string; image: string; portsChangedBy: string }[];
}

/** A mention whose service names no image and builds nothing in any file takes the image another file states for
 *  it, with what may move that image's ports there (the hover and the image rules read both). */
export function takeImagesStated(own: PortMention[], merged: readonly StatedImages[]): void {
  for (const file of merged) {
    for (const stated of file.images ?? []) {
      if (typeof stated?.service !== 'string' || typeof stated.image !== 'string' || stated.image === '') continue;
      for (const mention of own) {
        if (mention.service !== stated.service || mention.image !== undefined || mention.buildsFrom !== undefined) continue;
        mention.image = stated.image;
        mention.portsChangedBy ??= typeof stated.portsChangedBy === 'string' && stated.portsChangedBy !== '' ? stated.portsChangedBy : `settings in ${stated.service}'s other files`;
      }
    }
  }
}
