// Which Dockerfile of the workspace builds a container's image, and what that image listens on. A repository
// that holds both its manifests and its code names its images after the folders that build them
// (`ghcr.io/org/app/store-admin:latest` built from src/store-admin/Dockerfile, skaffold's `emailservice` from
// src/emailservice) or says so in a compose file (`image:` beside `build:`). The link is made only when it is
// unambiguous: exactly one Dockerfile answers to the image's last path segment (or, when none does, to a path segment
// between owner and last, or to the last word of that segment where a compose service of that name builds it: see
// imageFolderNames), and the image is not one the
// image table knows (a published image means itself, not a local folder of the same name).
import { lookupImage } from '../images/lookupImage';
import { LISTEN_SETTINGS } from '../rules/listenSettings';
import type { PortLocation, PortMention } from '../types';
import { builtStages, dockerfileStages } from '../formats/dockerfileStages';
import { imageLastSegment, namesOf } from './imageNames';

/** A Dockerfile of the workspace, read. */
export interface DockerfileInput {
  path: string;
  text: string;
  mentions: readonly PortMention[];
  lineOf(offset: number): number;
}

/** A compose service that builds an image: the image it names (if it does) and the service's name. */
export interface ComposeBuild {
  image?: string;
  service?: string;
  dockerfile: string;
}

export interface BuiltPort {
  port: number;
  endPort?: number;
  /** "EXPOSE in src/api/Dockerfile line 12", "ENV PORT in src/api/Dockerfile line 9", "its base image node". */
  where: string;
  location?: PortLocation;
  kind: 'expose' | 'setting' | 'base';
}

export interface BuiltImage {
  dockerfile: string;
  ports: BuiltPort[];
  /** The Dockerfile says where the image listens (an EXPOSE, or a PORT setting): without it the image's ports
   *  are unknown, whatever its base image does. */
  says: boolean;
  /** Set when only the base image says it (the Dockerfile has no EXPOSE or PORT setting and changes nothing that
   *  could move the base image's server): the base image's reference. */
  fromBase?: string;
}

export type BuiltImageLookup = (image: string) => BuiltImage | undefined;

/** The other names a repository gives the image its folder's Dockerfile builds, for when no Dockerfile answers to the
 *  image's last segment: the last word of that segment (`mattermost/mattermost-prod-app` built from app/,
 *  `robotshop/rs-ratings` from ratings/, `examplevotingapp_vote` from vote/), then the path segments between the
 *  owner and the last, nearest first (`gcr.io/project/sandbox/loadgenerator/gke` built from loadgenerator/). Not the
 *  registry or the owner: those name who publishes, not what is built. */
export function imageFolderNames(image: string): string[] {
  const last = imageLastSegment(image);
  if (last === undefined) return [];
  const names: string[] = [];
  const words = last.split(/[-_.]/);
  const word = words[words.length - 1];
  if (words.length > 1 && word.length >= 3 && /[a-z]/.test(word)) names.push(word);
  const segments = image.split('@')[0].trim().toLowerCase().split('/');
  // A first segment with a dot, a port or localhost is the registry.
  if (segments.length > 1 && /[.:]|^localhost$/.test(segments[0])) segments.shift();
  for (const segment of segments.slice(1, -1).reverse()) {
    if (/^[a-z0-9][a-z0-9._-]*$/.test(segment) && !names.includes(segment)) names.push(segment);
  }
  return names;
}

export function builtImageIndex(dockerfiles: readonly DockerfileInput[], composeBuilds: readonly ComposeBuild[]): BuiltImageLookup {
  const byName = new Map<string, Set<string>>();
  const add = (name: string | undefined, path: string) => {
    if (!name) return;
    const set = byName.get(name) ?? new Set<string>();
    set.add(path);
    byName.set(name, set);
  };
  const files = new Map(dockerfiles.map((file) => [file.path, file]));
  for (const file of dockerfiles) for (const name of namesOf(file.path)) add(name, file.path);
  // The words a compose project gives its own builds (service `app` building app/): the only words of an image's
  // name that may name a folder (a repository of many samples holds a build/server/Dockerfile for another one's
  // sax-admin-server).
  const serviceBuilds = new Map<string, Set<string>>();
  for (const build of composeBuilds) {
    if (!files.has(build.dockerfile)) continue;
    if (build.image !== undefined) add(imageLastSegment(build.image), build.dockerfile);
    if (build.service !== undefined) serviceBuilds.set(build.service.toLowerCase(), (serviceBuilds.get(build.service.toLowerCase()) ?? new Set()).add(build.dockerfile));
  }
  const read = new Map<string, BuiltImage | undefined>();
  return (image: string) => {
    if (image.includes('$') || image.includes('{')) return undefined;
    const name = imageLastSegment(image);
    if (name === undefined) return undefined;
    let paths = byName.get(name);
    // Nothing answers to the last segment: the other names a repository gives a folder's image, first that answers.
    for (const other of paths ? [] : imageFolderNames(image)) {
      paths = byName.get(other);
      const word = other !== imageLastSegment(image) && !image.toLowerCase().includes(`/${other}/`);
      // A word of the name counts only where a compose service of that name builds that very Dockerfile.
      if (paths && word && !(paths.size === 1 && serviceBuilds.get(other)?.has([...paths][0]))) return undefined;
      if (paths) break;
    }
    if (!paths || paths.size !== 1) return undefined;
    const known = lookupImage(image);
    // A known image means itself: one that listens somewhere, or one whose owner says it listens nowhere.
    if (known && (known.ports.length > 0 || known.listensOnNoPort)) return undefined;
    const [path] = paths;
    if (!read.has(path)) read.set(path, readBuiltImage(files.get(path)!));
    return read.get(path);
  };
}

/** What the image a Dockerfile builds listens on: the EXPOSE and PORT settings of its last stage and the stages
 *  that one is built from, and the ports of the image the chain starts from. */
function readBuiltImage(file: DockerfileInput): BuiltImage {
  const { stages, baseImage } = builtStages(dockerfileStages(file.text), undefined);
  const ports: BuiltPort[] = [];
  let says = false;
  for (const mention of file.mentions) {
    if (mention.implicit || !stages.some((stage) => mention.start >= stage.start && mention.start < stage.end)) continue;
    const setting = mention.role === 'setting' && mention.context?.startsWith('ENV ') ? mention.context.slice(4).toUpperCase() : undefined;
    const kind = mention.role === 'expose' ? 'expose' : setting !== undefined && LISTEN_SETTINGS.has(setting) ? 'setting' : undefined;
    if (kind === undefined) continue;
    says = true;
    const label = kind === 'expose' ? 'EXPOSE' : `ENV ${setting}`;
    const entry: BuiltPort = { port: mention.port, kind, where: `${label} in ${file.path} line ${file.lineOf(mention.start)}`, location: { path: file.path, start: mention.start, end: mention.end } };
    if (mention.endPort !== undefined) entry.endPort = mention.endPort;
    ports.push(entry);
  }
  const base = baseImage === undefined ? undefined : lookupImage(baseImage);
  // A Dockerfile that says nothing keeps its base image's server as it is when it starts nothing else and
  // touches nothing that could move its port (FROM nginx, COPY dist /usr/share/nginx/html listens on 80).
  const keepsBase = !says && base !== undefined && base.ports.length > 0 && baseImage !== undefined && !movesBaseServer(file.text, stages);
  const from = keepsBase ? stages[stages.length - 1] : undefined;
  const at = from === undefined ? -1 : file.text.indexOf(baseImage!, from.start);
  for (const port of base?.ports ?? []) {
    const entry: BuiltPort = { port: port.port, kind: 'base', where: `its base image ${base!.image}` };
    if (port.endPort !== undefined) entry.endPort = port.endPort;
    if (at >= 0) entry.location = { path: file.path, start: at, end: at + baseImage!.length };
    ports.push(entry);
  }
  return keepsBase ? { dockerfile: file.path, ports, says: true, fromBase: baseImage } : { dockerfile: file.path, ports, says };
}

/** Instructions of the built stages that may make the base image's server listen elsewhere, or start another
 *  one: a CMD or ENTRYPOINT of its own, a setting that names a port, listen address or bind, a RUN that edits a
 *  config (sed, a redirection, a Listen line) or names a port, a COPY or ADD into a configuration folder or of a
 *  config file, a USER (an unprivileged server cannot bind the base image's low port). */
const MOVES_BASE_SERVER = [
  /^[ \t]*(?:cmd|entrypoint|user)\b/im,
  /^[ \t]*(?:env|arg)\b[^\n]*(?:port|listen|addr|bind|host)/im,
  /^[ \t]*run\b[^\n]*(?:\bsed\b|>|\btee\b|listen|port|\.conf|\/etc\/)/im,
  /^[ \t]*(?:copy|add)\b[^\n]*(?:\/etc\b|conf|\.xml|\.ya?ml|\.ini|\.properties|\.toml|\.json|\.cfg)/im,
];

function movesBaseServer(text: string, stages: readonly { start: number; end: number }[]): boolean {
  return stages.some((stage) => {
    // Continued lines (a trailing backslash) are one instruction.
    const body = text.slice(stage.start, stage.end).replace(/\\\r?\n/g, ' ');
    const instructions = body.slice(body.indexOf('\n') + 1);
    return MOVES_BASE_SERVER.some((pattern) => pattern.test(instructions));
  });
}

export function builtListensOn(built: BuiltImage, port: number): boolean {
  return built.ports.some((entry) => entry.port <= port && port <= (entry.endPort ?? entry.port));
}
