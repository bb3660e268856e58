// What a service's container listens on, and where that is written, in order of trust: the EXPOSE of the
// Dockerfile it builds, its `expose:`, the container side of its `ports:`, a setting that names the port the
// software listens on (`PORT`, or one the image documents, such as PGPORT), and last the ports its image is
// known to listen on. Each source is evidence that the container listens there; none says it listens nowhere
// else, so a caller treats the union as what is known and stays silent when anything may move the port.
import { isGeneratedImage, lookupImage } from '../images/lookupImage';
import { LISTEN_SETTINGS } from '../rules/listenSettings';
import { localHostBeforeColon } from '../asciiWords';
import type { PortLocation, PortMention } from '../types';
import { builtStages, dockerfileStages } from '../formats/dockerfileStages';
import { describeCodePort, type CodePortAt } from './exposeContradictsCode';
import type { ProjectModel, ServiceModel } from './project';

export type ListenKind = 'dockerfile' | 'expose' | 'ports' | 'setting' | 'image';

export interface ListenSource {
  port: number;
  endPort?: number;
  kind: ListenKind;
  /** Where the port is written; none for an image's documented default. */
  location?: PortLocation;
  /** For messages: "api/Dockerfile line 13", "expose: in compose.yaml line 9", "the postgres image". */
  where: string;
  /** For a setting: its name, upper-cased. */
  setting?: string;
  /** For `ports:`: the host port published for it. */
  hostPort?: number;
  /** For an image's port: what is served there ("web UI (HTTPS)"), and on which protocol. */
  description?: string;
  protocol?: string;
  /** Read from the application's own source, for a built image whose Dockerfile EXPOSEs nothing. */
  fromCode?: boolean;
  /** For an image's port: the row was generated from catalogs, which list the ports people publish, not every
   *  port the software listens on (adventurelog's backend serves its API on 8000 beside the published 80). */
  partial?: boolean;
}

export interface Listening {
  sources: ListenSource[];
  /** Something can move the port where this model cannot see (a command, a setting read from the shell,
   *  a network mode): a check must not call a port unreachable. */
  uncertain: boolean;
  /** The image's documented ports, even where something may have moved them (a mounted config): no proof that
   *  the container listens there, but a reason not to call a route to one of them a mistake. */
  imagePorts?: ListenSource[];
  /** Ports any environment setting of the service names (`WEB_PORT=8080`, `LISTEN=0.0.0.0:8080`): the software
   *  may listen there. */
  settingPorts?: number[];
  /** Set when the only reason for `uncertain` is a command that names these numbers and no port setting,
   *  environment variable or unread value: the software may listen on one of them, nowhere else new. */
  onlyCommandNumbers?: number[];
  /** For a service with image: and no build:, the workspace Dockerfile that builds its image (imageDockerfile.ts). */
  imageDockerfile?: string;
  /** The ports the HEALTHCHECK of the Dockerfile the service is built from probes on the container itself
   *  (`curl -f http://localhost:3000/api/health`), with where each is written: the image author's word on where
   *  the software answers health checks, which a compose health check replaces. */
  imageHealthChecks?: ListenSource[];
  /** The ports the service's own compose health check probes on its container (`curl -f http://localhost:8080/health`).
   *  Docker marks the container unhealthy when nothing answers there: a route to the same port is not called
   *  unreachable on the image table's word alone. */
  selfProbes?: number[];
}


/** A compose file's or Dockerfile's mentions, with the text they are offsets into. */
export interface ReadFile {
  path: string;
  text: string;
  mentions: readonly PortMention[];
  /** 1-based line of an offset. */
  lineOf(offset: number): number;
}

export interface ListeningInputs {
  /** The project's compose files, in reading order. */
  composeFiles: readonly ReadFile[];
  /** A Dockerfile of the workspace, by path. */
  dockerfile(path: string): ReadFile | undefined;
  /** A `.env`-format file of the workspace, by path. */
  envFile(path: string): ReadFile | undefined;
  /** A compose file of the workspace, by path: one a service extends (composeExtends.ts). */
  composeFile?(path: string): ReadFile | undefined;
  /** The Dockerfile that builds the image of a service with `image:` and no `build:` (see imageDockerfile.ts). */
  imageDockerfile?(service: ServiceModel): string | undefined;
  /** Where the application a Dockerfile runs listens, by its own source (exposeContradictsCode.ts). */
  codePorts?(dockerfilePath: string, target: string | undefined): readonly CodePortAt[] | undefined;
}

/** What every service of a project listens on: the compose files' mentions are sorted by service in one pass. */
export function projectListening(project: ProjectModel, inputs: ListeningInputs): Map<string, Listening> {
  const byService = new Map<string, { file: ReadFile; mention: PortMention }[]>();
  for (const file of inputs.composeFiles) {
    for (const mention of file.mentions) {
      if (mention.service === undefined || mention.implicit) continue;
      const list = byService.get(mention.service);
      if (list) list.push({ file, mention });
      else byService.set(mention.service, [{ file, mention }]);
    }
  }
  const result = new Map<string, Listening>();
  const joiners: { host: string; alone: Listening }[] = [];
  for (const service of project.services.values()) {
    const linked = service.builds ? undefined : inputs.imageDockerfile?.(service);
    const dockerfilePath = service.builds ? service.dockerfile : linked;
    const dockerfile = dockerfilePath !== undefined ? inputs.dockerfile(dockerfilePath) : undefined;
    // A missing optional env_file sets nothing; a missing required one (or an unreadable name) may set anything.
    const envFiles: (ReadFile | undefined)[] = [];
    for (const { path, required } of service.envFiles) {
      const file = path === undefined ? undefined : inputs.envFile(path);
      if (file || required) envFiles.push(file);
    }
    // A setting of the service's own that may name its listen address (GONIC_LISTEN_ADDR, PORT; not a client's
    // DB_PORT beside DB_HOST) may move the application off the port its code defaults to.
    const movable = [...service.environmentKeys].some((key) => /PORT|ADDR|LISTEN|BIND/i.test(key) && !service.environmentKeys.has(key.replace(/PORT$|ADDR(?:ESS)?$/i, 'HOST')));
    const code = dockerfile && !movable ? inputs.codePorts?.(dockerfile.path, service.builds ? service.buildTarget : undefined) : undefined;
    const mentions = withInherited(service, byService.get(service.name) ?? [], inputs);
    const listening = serviceListening(service, mentions, dockerfile, envFiles, linked !== undefined && dockerfile !== undefined, code);
    if (linked !== undefined && dockerfile !== undefined) listening.imageDockerfile = linked;
    result.set(service.name, listening);
    const host = namespaceHostOf(service, project);
    if (host !== undefined) {
      // What the joiner listens on by its own statements: its network mode aside, which only says where.
      joiners.push({ host, alone: serviceListening({ ...service, networkMode: undefined }, mentions, dockerfile, envFiles, linked !== undefined && dockerfile !== undefined, code) });
    }
  }
  // A service whose network namespace others join (`network_mode: service:gluetun`, a VPN container in front of
  // a torrent client) listens on their ports too: a proxy label on gluetun routes to qBittorrent's 8080 or to
  // a built app's 3000 (ironicbadger/infra's arrmatey stack). Unknown when a joiner's own ports are.
  for (const { host, alone } of joiners) {
    const listening = result.get(host);
    if (!listening) continue;
    if (alone.imagePorts) listening.imagePorts = [...(listening.imagePorts ?? []), ...alone.imagePorts];
    if (alone.settingPorts) listening.settingPorts = [...(listening.settingPorts ?? []), ...alone.settingPorts];
    // An image's defaults are no statement here: its network_mode hides whatever else may move them (an env_file,
    // a mounted config). Only a joiner's own declarations (a Dockerfile's EXPOSE, a port setting) say where it is.
    if (alone.uncertain || alone.sources.length === 0) listening.uncertain = true;
    else listening.sources.push(...alone.sources);
  }
  return result;
}

/** The project's service whose network namespace this one joins: `network_mode: service:vpn`, or
 *  `container:NAME` where NAME is a service's name or container_name. */
function namespaceHostOf(service: ServiceModel, project: ProjectModel): string | undefined {
  const mode = service.networkMode;
  if (mode === undefined) return undefined;
  const colon = mode.indexOf(':');
  if (colon < 0) return undefined;
  const kind = mode.slice(0, colon);
  const name = mode.slice(colon + 1);
  if (kind === 'service') return project.services.has(name) && name !== service.name ? name : undefined;
  if (kind !== 'container') return undefined;
  for (const other of project.services.values()) {
    if (other !== service && (other.name === name || other.aliases.includes(name))) return other.name;
  }
  return undefined;
}

/** A service that extends others publishes and exposes what they do too: sequences such as ports are appended
 *  (https://docs.docker.com/reference/compose-file/merge/), the bases' first. */
function withInherited(service: ServiceModel, own: { file: ReadFile; mention: PortMention }[], inputs: ListeningInputs): { file: ReadFile; mention: PortMention }[] {
  if (!service.inherits) return own;
  const inherited: { file: ReadFile; mention: PortMention }[] = [];
  for (const { path, service: base } of [...service.inherits].reverse()) {
    const file = inputs.composeFiles.find((candidate) => candidate.path === path) ?? inputs.composeFile?.(path);
    if (!file) continue;
    for (const mention of file.mentions) if (mention.service === base && !mention.implicit) inherited.push({ file, mention });
  }
  return inherited.length > 0 ? [...inherited, ...own] : own;
}

function serviceListening(service: ServiceModel, mentions: readonly { file: ReadFile; mention: PortMention }[], dockerfile: ReadFile | undefined,
  envFiles: readonly (ReadFile | undefined)[], linked = false, code?: readonly CodePortAt[]): Listening {
  const sources: ListenSource[] = [];
  // A service whose image a workspace Dockerfile builds is read as if it had build: (the table knows no ports for it).
  const image = service.builds || linked ? undefined : service.image === undefined ? undefined : lookupImage(service.image);
  // Software from a known image listens where its own settings say: a PORT or APP_PORT beside it (often from an
  // env_file shared by the whole stack) is another service's. Generic names count only for the user's own code.
  const listenSettings = listenSettingsOf(image);
  // A command replaces the one the Dockerfile or the image documents: their ports may not hold. With a number
  // in it, it may well set the port itself.
  const command = service.command;
  const commandUncertain = command !== undefined && /\d|port|\uE000/i.test(command);
  let uncertain = service.networkMode !== undefined || commandUncertain;
  for (const key of service.unreadableEnvironment) if (listenSettings.has(key.toUpperCase())) uncertain = true;
  // An env_file that is not in the workspace may set the port.
  if (envFiles.some((file) => file === undefined)) uncertain = true;
  // A command that names numbers but no port setting, no environment variable and nothing unread (a shell retry
  // loop: `for i in $(seq 1 30); do ./start.sh && break; sleep 5; done`) can put the software on those numbers
  // only: a route to another port is judged as if there were no command.
  const commandPorts = commandUncertain && !uncertainBesidesCommand(service, listenSettings, envFiles) ? numbersOfCommand(command) : undefined;

  let baseImage: string | undefined;
  let baseMoved = false;
  let imageHealthChecks: ListenSource[] | undefined;
  if (dockerfile && command === undefined) {
    const built = builtDockerfileSources(dockerfile, service.buildTarget, listenSettings);
    sources.push(...built.sources);
    // The application's own source says where it listens, beside (or against) what the Dockerfile EXPOSEs; where
    // the two disagree, expose-contradicts-config speaks on the Dockerfile, and a publish of the code's port is right.
    if (code) {
      for (const port of code) {
        sources.push({ port: port.port, kind: 'dockerfile', fromCode: true, location: { path: port.path, start: port.start, end: port.end }, where: describeCodePort(port) });
      }
    }
    baseImage = built.baseImage;
    baseMoved = built.copiesConfig;
    if (built.healthChecks.length > 0) imageHealthChecks = built.healthChecks;
  }
  const settingPorts: number[] = [];
  let selfProbes: number[] | undefined;
  for (const { file, mention } of mentions) {
    if (mention.route === 'healthcheck') (selfProbes ??= []).push(mention.port);
    if (mention.role === 'setting' && mention.route === undefined && mention.context?.startsWith('environment ')) settingPorts.push(mention.port);
    const kind = kindOfComposeMention(mention, listenSettings);
    if (kind === undefined) continue;
    if (kind === 'setting' && namesRemoteHost(settingName(mention), service.environmentKeys, image?.portSettings)) continue;
    const label = kind === 'expose' ? 'expose: in ' : kind === 'ports' ? 'ports: in ' : `${settingName(mention)} in `;
    const entry = source(mention, kind, file.path, `${label}${file.path} line ${file.lineOf(mention.start)}`);
    if (kind === 'setting') entry.setting = settingName(mention).toUpperCase();
    if (kind === 'ports' && mention.peer !== undefined && mention.peer.endPort === undefined) entry.hostPort = mention.peer.port;
    if (kind === 'ports' || kind === 'expose') entry.protocol = mention.protocol ?? 'tcp';
    sources.push(entry);
  }
  const known = command === undefined ? (image ?? (baseImage === undefined ? undefined : lookupImage(baseImage))) : undefined;
  // A setting the image documents as moving its port (PGPORT for postgres) replaces the image's default. One that
  // restates a port the image documents moves nothing: n8n-hosting's N8N_PORT=5678 leaves the task broker on 5679
  // (the table does not say which setting moves which port, so a setting to a new port drops them all).
  const imageSettings = new Set((known?.portSettings ?? []).map((setting) => setting.toUpperCase()));
  const imageDocuments = (port: number) => (known?.ports ?? []).some((entry) => entry.port <= port && port <= (entry.endPort ?? entry.port));
  // So may anything the image rules see moving it (a mounted config, a shell command): its defaults are then
  // no evidence, though what compose itself says still is.
  const moved = sources.some((entry) => entry.kind === 'setting' && imageSettings.has(entry.setting ?? '') && !imageDocuments(entry.port))
    || (image !== undefined && service.imagePortsMovedBy !== undefined)
    // A Dockerfile that copies a config into the base image (an nginx site listening on 8080) moves it the same way.
    || baseMoved;
  const imagePorts: ListenSource[] = [];
  const partial = known !== undefined && isGeneratedImage(known.image);
  for (const port of known?.ports ?? []) {
    const entry: ListenSource = { port: port.port, kind: 'image', where: `the ${known!.image} image (${known!.software})`, description: port.description, protocol: port.protocol };
    if (port.endPort !== undefined) entry.endPort = port.endPort;
    if (partial) entry.partial = true;
    imagePorts.push(entry);
    if (!moved) sources.push(entry);
  }
  let readEnvFilesMoved = false;
  for (const file of envFiles) if (file && readEnvFileSettings(file, listenSettings, sources)) uncertain = readEnvFilesMoved = true;
  // Stable: within a kind, the order the files were read in.
  sources.sort((a, b) => TRUST.indexOf(a.kind) - TRUST.indexOf(b.kind));
  const listening: Listening = { sources, uncertain, imagePorts, settingPorts };
  if (imageHealthChecks) listening.imageHealthChecks = imageHealthChecks;
  if (selfProbes) listening.selfProbes = selfProbes;
  if (commandPorts && uncertain && !readEnvFilesMoved) listening.onlyCommandNumbers = commandPorts;
  return listening;
}

const TRUST: readonly ListenKind[] = ['dockerfile', 'expose', 'ports', 'setting', 'image'];

const NO_SETTINGS: ReadonlySet<string> = new Set();

/** The settings that name where the service listens: the generic names for the user's own code (no image
 *  known to listen somewhere), and the image's own settings. Shared sets when the image adds none: this runs
 *  for every service of a large workspace. */
function listenSettingsOf(image: ReturnType<typeof lookupImage>): ReadonlySet<string> {
  const generic = image === undefined || image.ports.length === 0;
  const own = (image?.portSettings ?? []).filter((setting) => !setting.startsWith('-'));
  if (own.length === 0) return generic ? LISTEN_SETTINGS : NO_SETTINGS;
  const settings = new Set(generic ? LISTEN_SETTINGS : []);
  for (const setting of own) settings.add(setting.toUpperCase());
  return settings;
}

function builtDockerfileSources(dockerfile: ReadFile, target: string | undefined, listenSettings: ReadonlySet<string>): { sources: ListenSource[]; baseImage?: string; copiesConfig: boolean; healthChecks: ListenSource[] } {
  const { stages, baseImage } = builtStages(dockerfileStages(dockerfile.text), target);
  const copiesConfig = stages.some((stage) => copiesConfigInto(dockerfile.text.slice(stage.start, stage.end)));
  const sources: ListenSource[] = [];
  const healthChecks: ListenSource[] = [];
  for (const mention of dockerfile.mentions) {
    if (mention.implicit || !stages.some((stage) => mention.start >= stage.start && mention.start < stage.end)) continue;
    if (mention.context === 'HEALTHCHECK') {
      // Only a probe of the container itself: localhost:, 127.0.0.1:, 0.0.0.0: or [::1]: right before the port.
      if (mention.endPort === undefined && localHostBeforeColon(dockerfile.text.slice(Math.max(0, mention.start - 12), mention.start)) >= 0) {
        healthChecks.push(source(mention, 'dockerfile', dockerfile.path, `the HEALTHCHECK in ${dockerfile.path} line ${dockerfile.lineOf(mention.start)}`));
      }
      continue;
    }
    const isExpose = mention.role === 'expose';
    const isSetting = mention.role === 'setting' && mention.context?.startsWith('ENV ') && listenSettings.has(mention.context.slice(4).toUpperCase());
    if (!isExpose && !isSetting) continue;
    const label = isExpose ? '' : `${mention.context} in `;
    const entry = source(mention, isExpose ? 'dockerfile' : 'setting', dockerfile.path, `${label}${dockerfile.path} line ${dockerfile.lineOf(mention.start)}`);
    if (!isExpose) entry.setting = settingName(mention).toUpperCase();
    sources.push(entry);
  }
  return { sources, baseImage, copiesConfig, healthChecks };
}

/** COPY or ADD whose destination holds configuration (`/etc/nginx/conf.d/default.conf`, `grafana.ini`): what
 *  is copied there can set the base image's port. */
const COPY_DESTINATION = /^[ \t]*(?:copy|add)[ \t][^\n]*?[ \t"']((?:\/etc\/|[^ \t"'\n]*(?:conf|settings|\.(?:ini|ya?ml|toml|cfg|properties|xml|caddyfile)\b|caddyfile))[^ \t"'\n]*)["']?[ \t]*\]?[ \t]*$/gim;

function copiesConfigInto(stageText: string): boolean {
  COPY_DESTINATION.lastIndex = 0;
  return COPY_DESTINATION.test(stageText);
}

/** The listen settings an env_file sets, added to `sources`; true when one is set to a value that cannot be
 *  read here (a variable, not a port). */
function readEnvFileSettings(file: ReadFile, listenSettings: ReadonlySet<string>, sources: ListenSource[]): boolean {
  const read = new Set<string>();
  for (const mention of file.mentions) {
    const key = (mention.context ?? '').toUpperCase();
    if (mention.role !== 'setting' || mention.implicit || !listenSettings.has(key)) continue;
    const entry = source(mention, 'setting', file.path, `${mention.context} in ${file.path} line ${file.lineOf(mention.start)}`);
    entry.setting = key;
    sources.push(entry);
    read.add(key);
  }
  for (const match of file.text.matchAll(ASSIGNED_KEY)) {
    const key = match[1].toUpperCase();
    if (listenSettings.has(key) && !read.has(key)) return true;
  }
  return false;
}

const ASSIGNED_KEY = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*[=:]/gm;

function kindOfComposeMention(mention: PortMention, listenSettings: ReadonlySet<string>): ListenKind | undefined {
  if (mention.role === 'expose') return 'expose';
  if (mention.role === 'container') return 'ports';
  if (mention.role === 'setting' && mention.context?.startsWith('environment ') && listenSettings.has(settingName(mention).toUpperCase())) return 'setting';
  return undefined;
}

/**
 * Whether a generic port setting is the port of a host the service connects to: its twin names a host name
 * (oneuptime/nginx's APP_PORT=3002 beside SERVER_APP_HOSTNAME=oneuptime, where it proxies to). A twin ending in
 * HOST alone may be a bind address (SERVER_HOST=0.0.0.0 beside SERVER_PORT), so only HOSTNAME counts; an image's
 * own setting is its own whatever stands beside it.
 */
function namesRemoteHost(name: string, environmentKeys: ReadonlySet<string>, imageSettings: readonly string[] | undefined): boolean {
  const prefix = /^(.+_)PORT$/i.exec(name)?.[1]?.toUpperCase();
  if (prefix === undefined || imageSettings?.some((setting) => setting.toUpperCase() === name.toUpperCase())) return false;
  for (const key of environmentKeys) {
    const upper = key.toUpperCase();
    if (upper === `${prefix}HOSTNAME` || upper.endsWith(`_${prefix}HOSTNAME`)) return true;
  }
  return false;
}

function settingName(mention: PortMention): string {
  return (mention.context ?? '').replace(/^(environment|ENV) /, '');
}

function source(mention: PortMention, kind: ListenKind, path: string, where: string): ListenSource {
  const entry: ListenSource = { port: mention.port, kind, location: { path, start: mention.start, end: mention.end }, where };
  if (mention.endPort !== undefined) entry.endPort = mention.endPort;
  return entry;
}

/** Whether any source covers the port. */
export function listensOn(listening: Listening, port: number): boolean {
  return listening.sources.some((entry) => entry.port <= port && port <= (entry.endPort ?? entry.port));
}

/** Whether something besides the command may move the port: a network mode, an unreadable port setting, an
 *  env_file not in the workspace. */
function uncertainBesidesCommand(service: ServiceModel, listenSettings: ReadonlySet<string>, envFiles: readonly (ReadFile | undefined)[]): boolean {
  if (service.networkMode !== undefined || envFiles.some((file) => file === undefined)) return true;
  for (const key of service.unreadableEnvironment) if (listenSettings.has(key.toUpperCase())) return true;
  return false;
}

/** The numbers a command names, or undefined when it may read the port from elsewhere: a word "port" (a flag or
 *  a $PORT), an environment variable (`$HTTP_ADDR`, upper case; a shell's own `$i` is lower case), or a value
 *  that could not be read. */
function numbersOfCommand(command: string | undefined): number[] | undefined {
  if (command === undefined || /port|\uE000/i.test(command) || /\$\{?[A-Z_]/.test(command)) return undefined;
  return [...command.matchAll(/\d+/g)].map((match) => Number(match[0])).filter((n) => n <= 65535);
}
