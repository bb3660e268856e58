// What a compose file says about the stack besides its ports: each service's names (the key, `hostname`,
// `container_name`, `networks.*.aliases`, `links`), what it runs (`build:` → the Dockerfile, `image:`), the
// files it mounts (`volumes:` bind sources), and what may set its port at run time (`command:`,
// `entrypoint:`, `network_mode:`, environment keys). Values are interpolated with the `.env` beside the file.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { mayHoldConfig, readServiceImage } from '../formats/composeImage';
import { parseComposeDocuments } from '../formats/composeParse';
import { ScanCollector } from '../formats/scanCollector';
import { composeLookup, composeValue, type ComposeText } from '../formats/composePorts';
import { mapEntries, seqItems, WalkBudget, type MapEntry } from '../formats/composeYaml';
import { UNKNOWN } from '../formats/interpolation';
import { resolveFrom } from './paths';

export interface ComposeServiceStructure {
  name: string;
  /** Where the service's key is written: what "the service" points at. */
  keyStart: number;
  keyEnd: number;
  /** Other names the container answers to on the project's networks: hostname, container_name, aliases. */
  aliases: string[];
  /** `links: ["db:database"]`: this service reaches `db` as `database` too. */
  links: { service: string; alias: string }[];
  /** The Dockerfile `build:` builds, as a workspace path; `buildTarget` its `target:` stage. */
  dockerfile?: string;
  buildTarget?: string;
  /** The service has `build:`, even one that names no workspace file (a git URL, an inline Dockerfile). */
  builds: boolean;
  /** `extends: base` or `extends: { service: base, file: common.yml }`: the service it copies its configuration
   *  from, and that service's file as a workspace path (undefined: this file). Absent when not set or not readable. */
  extends?: { service: string; file?: string };
  /** The service says what it runs (`image:`, `build:` or `extends:`): a file whose services all do can be run on
   *  its own; one with a service that does not is a fragment, read only after another file (`-f base -f it`). */
  runnable: boolean;
  image?: string;
  /** `image:` as written, variables and all (`${REPO}/rs-ratings:${TAG}`): its last path segment names the image
   *  a Kubernetes manifest runs, when the service builds it. */
  imageWritten?: string;
  /** Workspace paths of bind-mounted sources (a file or a folder). */
  mounts: string[];
  /** Every volume mounted where configuration may live (mayHoldConfig), with its source as a workspace path when it
   *  is one (undefined: a named volume, a host path outside the workspace, a variable): mountedConfigPort.ts. */
  configMounts: { source?: string; target: string }[];
  /** `env_file:` as workspace paths (undefined for one named in a way no workspace path can match), and whether
   *  docker compose requires it (`required: false`: a missing file is skipped). */
  envFiles: EnvFileRef[];
  /** Environment keys with a value that cannot be read here (a variable the `.env` does not set). */
  unreadableEnvironment: string[];
  environmentKeys: string[];
  /** `command:`/`entrypoint:` text, when set: it may set the port the software listens on. */
  command?: string;
  networkMode?: string;
  /** What in the service may make its image listen elsewhere than the image's defaults (the image rules'
   *  reading: a port setting, `env_file:`, a command, a mounted config), in words. */
  imagePortsMovedBy?: string;
}

export interface EnvFileRef {
  path: string | undefined;
  required: boolean;
}

export interface ComposeStructure {
  services: ComposeServiceStructure[];
  /** Top-level `include:`: the compose files whose services join this project, as workspace paths. */
  includes: string[];
}

const noStructure: ComposeStructure = { services: [], includes: [] };

/** `folder` is the compose file's folder (workspace path), which relative paths start from. `imageMoves`: for
 *  the services whose port mentions already say it (the scanner stamps them with the image and what may move
 *  its ports), that answer, so that it is not read again. */
export function readComposeStructure(text: string, folder: string, variables: ReadonlyMap<string, string>,
  imageMoves: ReadonlyMap<string, string | undefined> = new Map()): ComposeStructure {
  try {
    const docs = parseComposeDocuments(text);
    if (!docs) return noStructure;
    const scope: ComposeText = { text, lookup: composeLookup(variables), envRead: true };
    const budget = new WalkBudget(2 * text.length + 10_000);
    const services: ComposeServiceStructure[] = [];
    const includes: string[] = [];
    // What the image reading finds wrong is the scanner's to report: one collector for the file, then dropped.
    const discarded = new ScanCollector();
    for (const doc of docs) {
      const entries = mapEntries(doc.contents as Node | null, doc, budget);
      readIncludes(entries.find((entry) => entry.key === 'include')?.value ?? null, { scope, doc, budget, folder }, includes);
      const servicesEntry = entries.find((entry) => entry.key === 'services');
      if (!servicesEntry) continue;
      for (const service of mapEntries(servicesEntry.value, doc, budget)) {
        const reader = new ServiceReader(scope, doc, budget, folder, imageMoves, discarded);
        services.push(reader.read(service));
      }
    }
    return { services, includes };
  } catch {
    return noStructure;
  }
}

/** `include: [a/compose.yaml, { path: [b/compose.yaml, b/override.yaml] }]`, relative to the including file. */
function readIncludes(node: Node | null, at: { scope: ComposeText; doc: Parameters<typeof mapEntries>[1]; budget: WalkBudget; folder: string }, includes: string[]): void {
  const add = (item: Node | null) => {
    const written = composeValue(item, at.scope)?.text.trim();
    const path = written && !written.includes(UNKNOWN) ? resolveFrom(at.folder, written) : undefined;
    if (path !== undefined && !includes.includes(path)) includes.push(path);
  };
  for (const { node: item } of seqItems(node, at.doc, at.budget)) {
    if (!isMap(item)) {
      add(item);
      continue;
    }
    const path = mapEntries(item, at.doc, at.budget).find((entry) => entry.key === 'path')?.value ?? null;
    if (isSeq(path)) for (const { node: each } of seqItems(path, at.doc, at.budget)) add(each);
    else add(path);
  }
}

class ServiceReader {
  constructor(
    private readonly scope: ComposeText,
    private readonly doc: Parameters<typeof mapEntries>[1],
    private readonly budget: WalkBudget,
    private readonly folder: string,
    private readonly imageMoves: ReadonlyMap<string, string | undefined>,
    private readonly discarded: ScanCollector,
  ) {}

  read(service: MapEntry): ComposeServiceStructure {
    const fields = mapEntries(service.value, this.doc, this.budget);
    const field = (key: string) => fields.find((entry) => entry.key === key)?.value ?? null;
    const keyRange = service.keyNode?.range;
    const structure: ComposeServiceStructure = {
      name: service.key,
      keyStart: keyRange?.[0] ?? 0,
      keyEnd: keyRange?.[1] ?? 0,
      aliases: [],
      links: [],
      builds: field('build') !== null,
      runnable: field('build') !== null || field('image') !== null || field('extends') !== null,
      mounts: [],
      configMounts: [],
      envFiles: [],
      unreadableEnvironment: [],
      environmentKeys: [],
    };
    for (const key of ['hostname', 'container_name']) {
      const name = this.word(field(key));
      if (name) structure.aliases.push(name);
    }
    const extended = this.readExtends(field('extends'));
    if (extended) structure.extends = extended;
    this.readNetworkAliases(field('networks'), structure.aliases);
    this.readLinks(field('links'), structure.links);
    this.readBuild(field('build'), structure);
    const image = this.word(field('image'));
    if (image) structure.image = image;
    const imageNode = field('image');
    if (isScalar(imageNode) && typeof imageNode.value === 'string') structure.imageWritten = imageNode.value;
    this.readVolumes(field('volumes'), structure.mounts, structure.configMounts);
    this.readEnvironment(field('environment'), structure);
    this.readEnvFiles(field('env_file'), structure.envFiles);
    const command = [this.commandText(field('command')), this.commandText(field('entrypoint'))].filter((part) => part !== undefined).join(' ');
    if (command !== '') structure.command = command;
    // `bridge` is Docker's own default network: the container keeps its own namespace and ports, as with no
    // network_mode (danimart1991's traefik health check on the host side of 8081:8080 went unseen behind it).
    const networkMode = this.word(field('network_mode'));
    if (networkMode && networkMode !== 'bridge') structure.networkMode = networkMode;
    // A service that builds runs no image of that name (readServiceImage says so first thing): nothing to read.
    const movedBy = this.imageMoves.has(service.key) ? this.imageMoves.get(service.key)
      : structure.builds ? undefined
        : readServiceImage({ text: this.scope.text, lookup: this.scope.lookup, envRead: this.scope.envRead, doc: this.doc, budget: this.budget,
          service: service.key, out: this.discarded }, (key) => fields.find((entry) => entry.key === key))?.portsChangedBy;
    if (movedBy) structure.imagePortsMovedBy = movedBy;
    return structure;
  }

  /** A scalar's interpolated text, or undefined when empty or not readable here. */
  private word(node: Node | null): string | undefined {
    const value = composeValue(node, this.scope)?.text.trim();
    return value && !value.includes(UNKNOWN) ? value : undefined;
  }

  /** `extends: base` (a service of this file) or `extends: { service: base, file: ../common.yml }`, whose file
   *  is relative to this one (https://docs.docker.com/reference/compose-file/services/#extends). */
  private readExtends(node: Node | null): ComposeServiceStructure['extends'] {
    if (node === null) return undefined;
    if (!isMap(node)) {
      const service = this.word(node);
      return service ? { service } : undefined;
    }
    const fields = mapEntries(node, this.doc, this.budget);
    const service = this.word(fields.find((entry) => entry.key === 'service')?.value ?? null);
    if (!service) return undefined;
    const fileNode = fields.find((entry) => entry.key === 'file')?.value ?? null;
    if (fileNode === null) return { service };
    const written = this.word(fileNode);
    const file = written === undefined ? undefined : resolveFrom(this.folder, written);
    return file === undefined ? undefined : { service, file };
  }

  /** `networks: { front: { aliases: [a, b] } }`; the list form (`networks: [front]`) names no aliases. */
  private readNetworkAliases(node: Node | null, aliases: string[]): void {
    for (const network of mapEntries(node, this.doc, this.budget)) {
      const list = mapEntries(network.value, this.doc, this.budget).find((entry) => entry.key === 'aliases');
      for (const item of seqItems(list?.value ?? null, this.doc, this.budget)) {
        const alias = this.word(item.node);
        if (alias) aliases.push(alias);
      }
    }
  }

  /** `links: [db, "db:database"]`. */
  private readLinks(node: Node | null, links: { service: string; alias: string }[]): void {
    for (const item of seqItems(node, this.doc, this.budget)) {
      const link = this.word(item.node);
      if (!link) continue;
      const colon = link.indexOf(':');
      const service = colon < 0 ? link : link.slice(0, colon);
      const alias = colon < 0 ? link : link.slice(colon + 1);
      if (service && alias) links.push({ service, alias });
    }
  }

  /** `build: ./api` or `build: { context: ./api, dockerfile: Dockerfile.prod, target: runtime }`. The
   *  Dockerfile is relative to the context; `dockerfile_inline` and remote contexts name no workspace file. */
  private readBuild(node: Node | null, structure: ComposeServiceStructure): void {
    if (node === null) return;
    let context: string | undefined;
    let dockerfile = 'Dockerfile';
    if (isScalar(node)) {
      context = this.word(node);
    } else if (isMap(node)) {
      const fields = mapEntries(node, this.doc, this.budget);
      const field = (key: string) => fields.find((entry) => entry.key === key)?.value ?? null;
      if (field('dockerfile_inline') !== null) return;
      context = field('context') === null ? '.' : this.word(field('context'));
      const written = field('dockerfile');
      if (written !== null) {
        const name = this.word(written);
        if (!name) return;
        dockerfile = name;
      }
      const target = this.word(field('target'));
      if (target) structure.buildTarget = target;
    }
    if (context === undefined) return;
    const contextPath = resolveFrom(this.folder, context);
    if (contextPath === undefined) return;
    const path = resolveFrom(contextPath, dockerfile);
    if (path !== undefined && path !== '') structure.dockerfile = path;
  }

  /** Bind mounts: `./nginx.conf:/etc/nginx/nginx.conf:ro` or `{ type: bind, source: ./nginx, target: … }`.
   *  A short-syntax source that is not a path (`data:/var/lib/…`) is a named volume. */
  private readVolumes(node: Node | null, mounts: string[], configMounts: { source?: string; target: string }[]): void {
    for (const item of seqItems(node, this.doc, this.budget)) {
      let source: string | undefined;
      let target: string | undefined;
      let hostPath = false;
      if (isScalar(item.node)) {
        const written = this.word(item.node);
        const colon = written?.indexOf(':') ?? -1;
        if (written && colon > 0) source = written.slice(0, colon);
        hostPath = source !== undefined && /^[./~]/.test(source);
        if (source && !(source.startsWith('.') || source.includes('/'))) source = undefined;
        target = written?.split(':').find((part, k) => k > 0 && part.startsWith('/')) ?? (written !== undefined && colon < 0 ? written : undefined);
      } else if (isMap(item.node)) {
        const fields = mapEntries(item.node, this.doc, this.budget);
        const type = this.word(fields.find((entry) => entry.key === 'type')?.value ?? null);
        if (type === undefined || type === 'bind') source = this.word(fields.find((entry) => entry.key === 'source')?.value ?? null);
        hostPath = type === 'bind';
        target = this.word(fields.find((entry) => entry.key === 'target')?.value ?? null);
      } else {
        // A volume that cannot be read may be a config mount.
        configMounts.push({ target: '' });
        continue;
      }
      const path = source === undefined ? undefined : resolveFrom(this.folder, source);
      if (path !== undefined) mounts.push(path);
      if (target === undefined || target.includes(UNKNOWN)) configMounts.push({ target: '' });
      else if (mayHoldConfig(target, hostPath)) configMounts.push(path === undefined ? { target } : { source: path, target });
    }
  }

  private readEnvironment(node: Node | null, structure: ComposeServiceStructure): void {
    const note = (key: string, value: string | undefined) => {
      structure.environmentKeys.push(key);
      if (value === undefined || value.includes(UNKNOWN)) structure.unreadableEnvironment.push(key);
    };
    if (isSeq(node)) {
      for (const item of seqItems(node, this.doc, this.budget)) {
        const written = composeValue(item.node, this.scope)?.text;
        if (written === undefined) continue;
        const eq = written.indexOf('=');
        // `- PORT` alone passes the shell's value through: unreadable here.
        if (eq < 0) note(written.trim(), undefined);
        else note(written.slice(0, eq).trim(), written.slice(eq + 1));
      }
      return;
    }
    for (const entry of mapEntries(node, this.doc, this.budget)) {
      note(entry.key, entry.value === null ? undefined : composeValue(entry.value, this.scope)?.text);
    }
  }

  /** `env_file: .env.api`, a list of paths, or the long syntax `- path: ./a.env` (`required: false`: docker
   *  compose skips it when missing). */
  private readEnvFiles(node: Node | null, envFiles: EnvFileRef[]): void {
    if (node === null) return;
    const items = isSeq(node) ? seqItems(node, this.doc, this.budget).map((item) => item.node) : [node];
    for (const item of items) {
      let written: string | undefined;
      let required = true;
      if (isMap(item)) {
        const fields = mapEntries(item, this.doc, this.budget);
        written = this.word(fields.find((entry) => entry.key === 'path')?.value ?? null);
        required = this.word(fields.find((entry) => entry.key === 'required')?.value ?? null) !== 'false';
      } else {
        written = this.word(item);
      }
      envFiles.push({ path: written === undefined ? undefined : resolveFrom(this.folder, written), required });
    }
  }

  private commandText(node: Node | null): string | undefined {
    if (node === null) return undefined;
    if (isSeq(node)) {
      return seqItems(node, this.doc, this.budget).map((item) => composeValue(item.node, this.scope)?.text ?? UNKNOWN).join(' ');
    }
    return composeValue(node, this.scope)?.text ?? UNKNOWN;
  }
}
