// What a service's container listens on, and where that is written, in order of trust: the EXPOSE of the
// Dockerfile it builds, its `expose:`, the container side of its `ports:`, a setting that names the port the
// software listens on (`PORT`, or one the image documents, such as PGPORT), and last the ports its image is
// known to listen on. Each source is evidence that the container listens there; none says it listens nowhere
// else, so a caller treats the union as what is known and stays silent when anything may move the port.
import { lookupImage } from '../images/lookupImage';
import { lineNumberLookup } from '../rules/lineNumbers';
import type { PortLocation, PortMention } from '../types';
import { builtStages, dockerfileStages } from './dockerfileStages';
import type { ServiceModel } from './project';

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
}

export interface Listening {
  sources: ListenSource[];
  /** Something can move the port where this model cannot see (a command, a setting read from the shell,
   *  a network mode): a check must not call a port unreachable. */
  uncertain: boolean;
}

/** Settings that name the port the software itself listens on (not one it connects to, like DB_PORT). */
const LISTEN_SETTINGS: ReadonlySet<string> = new Set(['PORT', 'HTTP_PORT', 'HTTPS_PORT', 'SERVER_PORT', 'LISTEN_PORT', 'APP_PORT']);

/** A compose file's or Dockerfile's mentions, with the text they are offsets into. */
export interface ReadFile {
  path: string;
  text: string;
  mentions: readonly PortMention[];
}

export interface ListeningInputs {
  /** The project's compose files, in reading order. */
  composeFiles: readonly ReadFile[];
  /** The Dockerfile the service builds, when it is in the workspace. */
  dockerfile?: ReadFile;
}

export function serviceListening(service: ServiceModel, inputs: ListeningInputs): Listening {
  const sources: ListenSource[] = [];
  const image = service.builds ? undefined : service.image === undefined ? undefined : lookupImage(service.image);
  const listenSettings = new Set(LISTEN_SETTINGS);
  for (const setting of image?.portSettings ?? []) if (!setting.startsWith('-')) listenSettings.add(setting.toUpperCase());
  // A command replaces the one the Dockerfile or the image documents: their ports may not hold. With a number
  // in it, it may well set the port itself.
  const command = service.command;
  let uncertain = service.networkMode !== undefined || (command !== undefined && /\d|port|\uE000/i.test(command));
  for (const key of service.unreadableEnvironment) if (listenSettings.has(key.toUpperCase())) uncertain = true;

  let baseImage: string | undefined;
  if (service.builds && inputs.dockerfile && command === undefined) {
    const built = builtDockerfileSources(inputs.dockerfile, service.buildTarget, listenSettings);
    sources.push(...built.sources);
    baseImage = built.baseImage;
  }
  for (const kind of ['expose', 'ports', 'setting'] as const) {
    for (const file of inputs.composeFiles) {
      const lines = lazyLines(file.text);
      for (const mention of file.mentions) {
        if (mention.service !== service.name || mention.implicit || kindOfComposeMention(mention, listenSettings) !== kind) continue;
        const label = kind === 'expose' ? 'expose: in ' : kind === 'ports' ? 'ports: in ' : `${settingName(mention)} in `;
        const entry = source(mention, kind, file.path, `${label}${file.path} line ${lines()(mention.start)}`);
        if (kind === 'setting') entry.setting = settingName(mention).toUpperCase();
        sources.push(entry);
      }
    }
  }
  const known = command === undefined ? (image ?? (baseImage === undefined ? undefined : lookupImage(baseImage))) : undefined;
  // A setting the image documents as moving its port (PGPORT for postgres) replaces the image's default.
  const imageSettings = new Set((known?.portSettings ?? []).map((setting) => setting.toUpperCase()));
  const moved = sources.some((entry) => entry.kind === 'setting' && imageSettings.has(entry.setting ?? ''));
  for (const port of moved ? [] : known?.ports ?? []) {
    const entry: ListenSource = { port: port.port, kind: 'image', where: `the ${known!.image} image (${known!.software})` };
    if (port.endPort !== undefined) entry.endPort = port.endPort;
    sources.push(entry);
  }
  // Stable: within a kind, the order the files were read in.
  sources.sort((a, b) => TRUST.indexOf(a.kind) - TRUST.indexOf(b.kind));
  return { sources, uncertain };
}

const TRUST: readonly ListenKind[] = ['dockerfile', 'expose', 'ports', 'setting', 'image'];

function builtDockerfileSources(dockerfile: ReadFile, target: string | undefined, listenSettings: ReadonlySet<string>): { sources: ListenSource[]; baseImage?: string } {
  const { stages, baseImage } = builtStages(dockerfileStages(dockerfile.text), target);
  const sources: ListenSource[] = [];
  const lines = lazyLines(dockerfile.text);
  for (const mention of dockerfile.mentions) {
    if (mention.implicit || !stages.some((stage) => mention.start >= stage.start && mention.start < stage.end)) continue;
    const isExpose = mention.role === 'expose';
    const isSetting = mention.role === 'setting' && mention.context?.startsWith('ENV ') && listenSettings.has(mention.context.slice(4).toUpperCase());
    if (!isExpose && !isSetting) continue;
    const label = isExpose ? '' : `${mention.context} in `;
    const entry = source(mention, isExpose ? 'dockerfile' : 'setting', dockerfile.path, `${label}${dockerfile.path} line ${lines()(mention.start)}`);
    if (!isExpose) entry.setting = settingName(mention).toUpperCase();
    sources.push(entry);
  }
  return { sources, baseImage };
}

function kindOfComposeMention(mention: PortMention, listenSettings: ReadonlySet<string>): ListenKind | undefined {
  if (mention.role === 'expose') return 'expose';
  if (mention.role === 'container') return 'ports';
  if (mention.role === 'setting' && mention.context?.startsWith('environment ') && listenSettings.has(settingName(mention).toUpperCase())) return 'setting';
  return undefined;
}

function settingName(mention: PortMention): string {
  return (mention.context ?? '').replace(/^(environment|ENV) /, '');
}

function source(mention: PortMention, kind: ListenKind, path: string, where: string): ListenSource {
  const entry: ListenSource = { port: mention.port, kind, location: { path, start: mention.start, end: mention.end }, where };
  if (mention.endPort !== undefined) entry.endPort = mention.endPort;
  return entry;
}

function lazyLines(text: string): () => (offset: number) => number {
  let lookup: ((offset: number) => number) | undefined;
  return () => (lookup ??= lineNumberLookup(text));
}

/** Whether any source covers the port. */
export function listensOn(listening: Listening, port: number): boolean {
  return listening.sources.some((entry) => entry.port <= port && port <= (entry.endPort ?? entry.port));
}
