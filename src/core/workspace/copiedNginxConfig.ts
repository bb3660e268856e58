// expose-contradicts-config: a Dockerfile built FROM an nginx image COPYs its own nginx config over the image's
// default server, and that config listens on other ports than the Dockerfile EXPOSEs (`listen 8080;` copied to
// /etc/nginx/conf.d/default.conf, `EXPOSE 80`). One of the two is wrong: whoever runs the image publishes the
// exposed port, and nothing answers there. Conservative: only when the image's default server is replaced or
// removed (else it still listens on 80), every listen of the copied files can be read, and no exposed port is
// one they listen on.
import { finding } from '../catalogue';
import { lookupImage } from '../images/lookupImage';
import type { Finding, PortMention, RelatedPlace } from '../types';
import { builtStages, dockerfileStages, type DockerfileStage } from '../formats/dockerfileStages';
import { baseNameOf, folderOf, isUnder, normalizePath } from './paths';
import { withoutTrailingSlashes } from '../trailingSlashes';

export interface NginxFile {
  path: string;
  text: string;
  mentions: readonly PortMention[];
  lineOf(offset: number): number;
}

export interface CopiedConfigInputs {
  /** The nginx file of the workspace at a path, if there is one. */
  nginxFile(path: string): NginxFile | undefined;
  /** The nginx files of the workspace under a folder. */
  nginxFilesUnder(folder: string): NginxFile[];
}

interface Copy {
  sources: string[];
  destination: string;
  /** `--from=<stage>`: copied out of another stage, not the build context. */
  from?: string;
}

const NGINX_ROOT = '/etc/nginx';
const DEFAULT_SERVER = '/etc/nginx/conf.d/default.conf';
const MAIN_CONFIG = '/etc/nginx/nginx.conf';

/** Findings on the EXPOSE ports of a Dockerfile at `path` whose copied nginx config listens elsewhere. */
export function copiedNginxConfigFindings(path: string, text: string, mentions: readonly PortMention[], inputs: CopiedConfigInputs): Finding[] {
  const stages = dockerfileStages(text);
  const { stages: chain, baseImage } = builtStages(stages, undefined);
  if (chain.length === 0 || baseImage === undefined || !/(^|\/)nginx(-unprivileged)?([:@]|$)/i.test(baseImage)) return [];
  const inChain = (offset: number) => chain.some((stage) => offset >= stage.start && offset < stage.end);
  const exposed = mentions.filter((m) => m.context === 'EXPOSE' && m.role === 'expose' && (m.protocol ?? 'tcp') === 'tcp' && inChain(m.start));
  // With no EXPOSE of its own, the image keeps its base's (nginx's 80): tools that read the image's ports use it.
  const inherited = exposed.length === 0 ? inheritedExpose(text, chain[chain.length - 1], baseImage) : undefined;
  if (exposed.length === 0 && !inherited) return [];
  const context = folderOf(normalizePath(path));
  const copies: Copy[] = [];
  for (const stage of chain) {
    for (const copy of copiesIn(text, stage)) {
      if (copy.from === undefined) { copies.push(copy); continue; }
      if (!isUnder(withoutTrailingSlashes(copy.destination), NGINX_ROOT)) continue;
      // A config copied from a build stage that copied the whole build context: the file is the context's.
      const sources = copy.sources.map((source) => contextPathIn(text, stages, copy.from!, source));
      if (sources.some((source) => source === undefined)) return [];
      copies.push({ sources: sources as string[], destination: copy.destination });
    }
  }
  const copied = new Map<string, { file: NginxFile; destination: string }>();
  let replacesDefault = chain.some((stage) => removesDefault(text.slice(stage.start, stage.end)));
  for (const copy of copies) {
    if (!isUnder(withoutTrailingSlashes(copy.destination), NGINX_ROOT)) continue;
    const intoFolder = copy.destination.endsWith('/') || copy.sources.length > 1;
    for (const source of copy.sources) {
      if (/[*?[\]$]/.test(source) || source.startsWith('/')) return [];
      const at = normalizePath(context === '' ? source : `${context}/${source}`);
      if (at.startsWith('..')) return [];
      const single = inputs.nginxFile(at);
      const files = single ? [single] : inputs.nginxFilesUnder(at);
      // A source the workspace does not hold as nginx (a template, a file generated at build time) may listen anywhere.
      if (files.length === 0) return [];
      for (const file of files) {
        const relative = single ? baseNameOf(file.path) : file.path.slice(at.length + 1);
        const destination = intoFolder || !single ? `${withoutTrailingSlashes(copy.destination)}/${relative}` : copy.destination;
        copied.set(file.path, { file, destination });
        if (destination === DEFAULT_SERVER) replacesDefault = true;
        if (destination === MAIN_CONFIG) {
          // A main config that no longer includes conf.d drops the image's default server with it.
          if (!/include\s+[^;]*conf\.d/.test(file.text)) replacesDefault = true;
        }
      }
    }
  }
  if (copied.size === 0 || !replacesDefault) return [];
  const listens: { file: NginxFile; mention: PortMention; destination: string }[] = [];
  for (const { file, destination } of copied.values()) {
    if (!allListensRead(file)) return [];
    for (const mention of file.mentions) if (mention.role === 'listen' && (mention.protocol ?? 'tcp') === 'tcp') listens.push({ file, mention, destination });
  }
  if (listens.length === 0) return [];
  const listened = (port: number) => listens.some(({ mention }) => mention.port <= port && port <= (mention.endPort ?? mention.port));
  if (inherited) return inheritedFinding(inherited, listens, listened);
  if (exposed.some((m) => listened(m.port) || (m.endPort !== undefined && listens.some(({ mention }) => mention.port >= m.port && mention.port <= (m.endPort ?? m.port))))) return [];
  const ports = [...new Set(listens.map(({ mention }) => mention.port))].sort((a, b) => a - b);
  const first = listens[0];
  const where = `${baseNameOf(first.file.path)}, which this Dockerfile copies to ${first.destination}`;
  const fixTo = ports.length === 1 ? ports[0] : undefined;
  const related: RelatedPlace[] = listens.map(({ file, mention }) => ({
    path: file.path, start: mention.start, end: mention.end, message: `nginx listens on ${mention.port}: ${baseNameOf(file.path)} line ${file.lineOf(mention.start)}.`,
  }));
  return exposed.map((mention) => {
    const written = text.slice(mention.start, mention.end);
    const message = `EXPOSE says the container listens on ${mention.port}, but ${where}, listens on ${wordsFor(ports)} `
      + `(line ${first.file.lineOf(first.mention.start)}): one of them is wrong, and a publish of ${mention.port} reaches nothing.`;
    const canFix = fixTo !== undefined && written === String(mention.port) && exposed.length === 1;
    const found = finding('expose-contradicts-config', mention.start, mention.end, message,
      canFix ? { title: `Expose ${fixTo}`, edits: [{ start: mention.start, end: mention.end, newText: String(fixTo) }] } : undefined);
    found.related = related;
    return found;
  });
}

function wordsFor(ports: readonly number[]): string {
  return ports.length <= 1 ? ports.join('') : `${ports.slice(0, -1).join(', ')} and ${ports[ports.length - 1]}`;
}

const COPY_LINE = /^[ \t]*(?:copy|add)[ \t]+(.*)$/gim;

/** The COPY and ADD instructions of a stage that copy from the build context (not `--from` another stage). */
function copiesIn(text: string, stage: DockerfileStage): Copy[] {
  const copies: Copy[] = [];
  const body = text.slice(stage.start, stage.end);
  COPY_LINE.lastIndex = 0;
  for (let match = COPY_LINE.exec(body); match; match = COPY_LINE.exec(body)) {
    let rest = match[1].trim();
    if (rest.endsWith('\\')) continue;
    let flags = '';
    while (rest.startsWith('--')) {
      const space = rest.search(/\s/);
      if (space < 0) break;
      flags += ` ${rest.slice(0, space)}`;
      rest = rest.slice(space).trim();
    }
    const from = /--from=(\S+)/i.exec(flags)?.[1];
    let words: string[];
    if (rest.startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(rest);
        if (!Array.isArray(parsed) || !parsed.every((word) => typeof word === 'string')) continue;
        words = parsed as string[];
      } catch {
        continue;
      }
    } else {
      words = rest.split(/\s+/).filter((word) => word !== '');
    }
    if (words.length < 2) continue;
    copies.push(from === undefined ? { sources: words.slice(0, -1), destination: words[words.length - 1] }
      : { sources: words.slice(0, -1), destination: words[words.length - 1], from });
  }
  return copies;
}

/** `RUN rm /etc/nginx/conf.d/default.conf` (or the whole conf.d): the image's default server is gone. */
function removesDefault(body: string): boolean {
  return /^[ \t]*run\b[^\n]*\brm\b[^\n]*\/etc\/nginx\/conf\.d(\/default\.conf|\/\*|\/?\s)/im.test(body);
}

/** Every `listen` directive of the file gives a port (none written as a variable or a socket path), and every
 *  `server` block has one: a server with no listen is on 80. */
export function allListensRead(file: NginxFile): boolean {
  const code = file.text.replace(/#[^\n]*/g, '');
  const directives = code.match(/(^|[;{}\s])listen\s/g)?.length ?? 0;
  const read = new Set(file.mentions.filter((m) => m.role === 'listen').map((m) => file.lineOf(m.start))).size;
  if (read < directives) return false;
  const servers = code.match(/(^|[;{}\s])server\s*\{/g)?.length ?? 0;
  return servers <= directives;
}

/**
 * The build-context path of a file a stage copies out of another stage (`COPY --from=build /app/nginx/default.conf`)
 * when that stage copied the whole context (`WORKDIR /app` then `COPY . .`, or `COPY . /app`); undefined when it
 * cannot tell (another stage's own output, an image, a path outside the copied context).
 */
function contextPathIn(text: string, stages: readonly DockerfileStage[], from: string, source: string): string | undefined {
  // The stage and the stages it is built FROM, farthest first: WORKDIR and copied files carry over.
  const chain = builtStages(stages, from).stages.reverse();
  if (chain.length === 0 || source.includes('$') || /[*?[\]]/.test(source)) return undefined;
  const body = chain.map((stage) => text.slice(stage.start, stage.end)).join('\n');
  let workdir = '/';
  let root: string | undefined;
  for (const line of body.split('\n')) {
    const workdirMatch = /^[ \t]*workdir[ \t]+(\S+)/i.exec(line);
    if (workdirMatch) workdir = workdirMatch[1].startsWith('/') ? workdirMatch[1] : `${workdir}/${workdirMatch[1]}`;
    const copyMatch = /^[ \t]*(?:copy|add)[ \t]+(?:--(?!from)\S+[ \t]+)*\.\/?[ \t]+(\S+)[ \t]*$/i.exec(line);
    if (copyMatch) root = copyMatch[1] === '.' || copyMatch[1] === './' ? workdir : copyMatch[1].startsWith('/') ? copyMatch[1] : `${workdir}/${copyMatch[1]}`;
  }
  if (root === undefined) return undefined;
  const prefix = withoutTrailingSlashes(`/${normalizePath(root)}`);
  const absolute = `/${normalizePath(source.startsWith('/') ? source : `${workdir}/${source}`)}`;
  return absolute.startsWith(`${prefix}/`) ? absolute.slice(prefix.length + 1) : undefined;
}

interface Inherited {
  image: string;
  ports: number[];
  start: number;
  end: number;
}

/** The ports the final stage's base image exposes, with the range of its name on the FROM line. */
function inheritedExpose(text: string, stage: DockerfileStage, baseImage: string): Inherited | undefined {
  const info = lookupImage(baseImage);
  const ports = (info?.ports ?? []).filter((p) => p.protocol === 'tcp' && p.endPort === undefined).map((p) => p.port);
  const at = text.indexOf(baseImage, stage.start);
  if (ports.length === 0 || at < 0 || at >= stage.end) return undefined;
  return { image: baseImage, ports, start: at, end: at + baseImage.length };
}

function inheritedFinding(inherited: Inherited, listens: readonly { file: NginxFile; mention: PortMention; destination: string }[],
  listened: (port: number) => boolean): Finding[] {
  if (inherited.ports.some(listened)) return [];
  const ports = [...new Set(listens.map(({ mention }) => mention.port))].sort((a, b) => a - b);
  const first = listens[0];
  const message = `The image keeps the EXPOSE ${wordsFor(inherited.ports)} of ${inherited.image}, as this Dockerfile exposes nothing of its own, `
    + `but ${baseNameOf(first.file.path)}, which it copies to ${first.destination}, listens on ${wordsFor(ports)} (line ${first.file.lineOf(first.mention.start)}): `
    + `tools that read the image's ports reach nothing there. Add EXPOSE ${wordsFor(ports)}.`;
  const found = finding('expose-contradicts-config', inherited.start, inherited.end, message);
  found.related = listens.map(({ file, mention }) => ({
    path: file.path, start: mention.start, end: mention.end, message: `nginx listens on ${mention.port}: ${baseNameOf(file.path)} line ${file.lineOf(mention.start)}.`,
  }));
  return [found];
}
