// The workspace model: the stack a workspace describes, fed file by file (`set`, `delete`) by whoever reads
// the files (the editor, the command line), and asked questions (findings, port map, references). Nothing is
// read at `set`: every answer is made on demand from cached readings whose stamps say which inputs they were
// made from, so a change costs only the readings that depended on it, and only when they are next asked for.
import { formatOf } from '../formats/detectFormat';
import { scanFile } from '../formats/scanFile';
import { mentionAt } from '../mentionAt';
import { EPHEMERAL_RANGES } from '../ranges';
import { withUserSeverities } from '../rules/checkPorts';
import type {
  CheckOptions, ConfigFormat, Finding, KubernetesPortsView, PortLocation, PortMapEntry, PortMention, PortWorkspace, Protocol, TargetInfo, WorkspaceService, WorkspaceStats,
} from '../types';
import { readComposeStructure, type ComposeStructure } from './composeStructure';
import { BASE_FILE_NAMES, ENV_FILE_NAME, isBaseFileName, isOverrideFileName, isReadByDefault, OVERRIDE_FILE_NAMES } from './composeFileNames';
import { mayBeDockStarterPart } from './dockStarterApps';
import { nearestFreeHostPort } from './freeHostPort';
import { composeFilesListedIn, envFileOf, localAnalysisOf, variablesOf } from './localAnalysis';
import type { ModelReader, WorkKind } from './modelReader';
import { baseNameOf, comparePaths, folderOf, foldersUpFrom, isUnder, normalizePath } from './paths';
import { copyEntry, PublishedPorts } from './publishedPorts';
import { serviceNamed, type ProjectModel, type ServiceModel } from './project';
import { ProjectIndex } from './projectIndex';
import { listeningSocket, socketMentions, type Socket } from './sockets';
import { listensOn, projectListening, type Listening, type ListenSource } from './serviceListening';
import { targetsOf } from './targets';
import { unreachablePortFindings, type Resolution, type ResolvedTarget } from './unreachablePort';
import { builtPortMismatch } from './builtPortMismatch';
import { mergedImagePortMismatch } from './mergedImagePortMismatch';
import { exposeContradictsBuilders, type DockerfileBuilder } from './exposeContradictsBuilders';
import { imageDockerfile } from './imageDockerfile';
import { copiedNginxConfigFindings, type NginxFile } from './copiedNginxConfig';
import { codeLanguageOf } from './codeListenPorts';
import { mountedConfigPortFindings, type MountedText } from './mountedConfigPort';
import { isConfigTarget } from '../formats/composeImage';
import { upstreamNamesIn } from './nginxUpstreamNames';
import { applicationPorts, exposeContradictsCodeFindings, runtimeOf, withDockerfileSettings, type CodeFile } from './exposeContradictsCode';
import { otherPublishersNote, reachedByNote, targetNote } from './hoverNotes';
import type { Cached, LocalAnalysis, WorkspaceFile } from './workspaceFile';
import { lineNumberLookup } from '../rules/lineNumbers';
import { sharingComposeReadings } from '../formats/composeParse';
import { ManifestsOnFirstUse } from './manifestsOnFirstUse';
import { uniqueLocations } from './uniqueLocations';
import { ADDON_CONFIG_NAMES, isAddonConfigText } from './addonFiles';
import { addonConfigFindings } from './addonConfigPorts';
import { addonPortFindings, type AddonText } from './addonPorts';

export function createWorkspace(options?: CheckOptions): PortWorkspace {
  return new Workspace(options);
}

const NO_LISTENING: Listening = { sources: [], uncertain: true };

const FORMATS: ReadonlySet<string> = new Set<ConfigFormat>(['compose', 'dockerfile', 'nginx', 'dotenv', 'kubernetes']);

/** The formats the Kubernetes links read: manifests, and the Dockerfiles and compose files that build images. */
function linksManifests(format: ConfigFormat | undefined): boolean {
  return format === 'kubernetes' || format === 'dockerfile' || format === 'compose';
}

class Workspace implements PortWorkspace, ModelReader {
  private readonly files = new Map<string, WorkspaceFile>();
  private readonly projects = new ProjectIndex(this);
  private readonly listeningCache = new Map<string, Cached<Map<string, Listening>>>();
  private dockerfileList?: { revision: number; paths: string[] };
  /** The revision of the last change to an application source file (read for where the code listens). */
  private codeRevision = 0;
  /** The revision at the last change of an nginx file, and the upstream block names of all of them then. */
  private nginxRevision = 0;
  /** `version` changes only when the names change, so that an edit elsewhere in an nginx file re-reads it alone;
   *  `files`: the nginx files that define upstream blocks, at this listing and the one before. */
  private upstreamList?: { revision: number; names: Set<string>; version: number; files: Set<string>; before: Set<string> };
  private codeList?: { revision: number; files: CodeFile[] };
  /** The revision of the last change to a file named as a Home Assistant add-on's config (addonFiles.ts). */
  private addonRevision = 0;
  private addonList?: { revision: number; folders: Set<string> };
  /** Each add-on folder's files, listed once per revision and only when a file of an add-on is checked. */
  private addonFileList?: { revision: number; byFolder: Map<string, AddonText[]> };
  private readonly members = new Map<string, Set<string>>();
  private options: CheckOptions;
  private optionsRevision = 0;
  /** Bumped by every change; each file's `revision` is the value at its last `set`. */
  private revision = 0;
  private readonly counts: Record<WorkKind, number> = { local: 0, structure: 0, project: 0, links: 0 };
  private readonly portMapCache = new PublishedPorts({
    composeFiles: () => [...this.projects.composePaths()].map((path) => this.files.get(path)).filter((file): file is WorkspaceFile => file !== undefined),
    files: () => this.files.values(),
    local: (file) => this.local(file),
    revision: () => this.revision,
  });
  private readonly manifests = new ManifestsOnFirstUse({
    files: () => this.files.values(),
    file: (path) => this.files.get(path),
    local: (file) => this.local(file),
    lineOf: (file, offset) => this.lineLookup(file)(offset),
    composeBuilds: () => this.composeBuilds(),
  });

  constructor(options?: CheckOptions) {
    this.options = checkOptionsOf(options);
  }

  set(path: string, text: string, format?: ConfigFormat): void {
    try {
      const key = normalizePath(path);
      if (key === '') return;
      const content = typeof text === 'string' ? text : '';
      const existing = this.files.get(key);
      const fileFormat = formatOf(key) ?? (format && FORMATS.has(format) ? format : undefined) ?? formatOf(key, undefined, content);
      if (existing && existing.text === content && existing.format === fileFormat) return;
      this.revision++;
      if (linksManifests(fileFormat) || linksManifests(existing?.format)) this.manifests.noteChange();
      if (fileFormat === undefined && codeLanguageOf(key) !== undefined) this.codeRevision = this.revision;
      if (isAddonConfigName(key)) this.addonRevision = this.revision;
      if (fileFormat === 'nginx' || existing?.format === 'nginx') this.nginxRevision = this.revision;
      const before = existing && { path: key, folder: existing.projectKey, name: existing.name, compose: existing.format === 'compose' };
      const projectKey = this.projectKeyOf(key, fileFormat);
      let file = existing;
      if (file) {
        file.text = content;
        file.format = fileFormat;
        file.projectKey = projectKey;
        file.revision = this.revision;
      } else {
        file = { path: key, folder: folderOf(key), projectKey, name: baseNameOf(key), text: content, format: fileFormat, revision: this.revision };
        this.files.set(key, file);
      }
      this.projects.noteChange(before, file);
      if (fileFormat === 'compose' || existing?.format === 'compose') this.rekeyDefaultFiles(folderOf(key));
      if (file.name === ENV_FILE_NAME || ((fileFormat === 'compose' || existing?.format === 'compose') && mayBeDockStarterPart(baseNameOf(file.folder), file.name))) this.rekeyComposeFilesIn(file.folder);
    } catch {
      // Never throw at the caller: a file that cannot be taken in is simply not in the model.
    }
  }

  delete(path: string): void {
    try {
      const key = normalizePath(typeof path === 'string' ? path : '');
      const existing = this.files.get(key);
      if (!existing) return;
      this.files.delete(key);
      this.revision++;
      if (existing.format === undefined && codeLanguageOf(key) !== undefined) this.codeRevision = this.revision;
      if (isAddonConfigName(key)) this.addonRevision = this.revision;
      if (existing.format === 'nginx') this.nginxRevision = this.revision;
      if (linksManifests(existing.format)) this.manifests.noteChange();
      for (const folder of existing.memberOf ?? []) this.members.get(folder)?.delete(key);
      this.projects.noteChange({ path: key, folder: existing.projectKey, name: existing.name, compose: existing.format === 'compose' }, undefined);
      this.forgetProjectIfGone(existing.projectKey);
      if (existing.format === 'compose') this.rekeyDefaultFiles(existing.folder);
      if (existing.name === ENV_FILE_NAME || (existing.format === 'compose' && mayBeDockStarterPart(baseNameOf(existing.folder), existing.name))) this.rekeyComposeFilesIn(existing.folder);
    } catch {
      // As for set.
    }
  }

  /** The key of the compose project a file belongs to (see WorkspaceFile.projectKey): the folder for the files
   *  docker compose reads there without -f, the file's own path for every other compose file. */
  private projectKeyOf(path: string, format: ConfigFormat | undefined): string {
    const folder = folderOf(path);
    if (format !== 'compose') return folder;
    const own = baseNameOf(path);
    // COMPOSE_FILE in the folder's .env replaces the default names (composeFileNamesOf), as DockSTARTer's merge of
    // an app's parts does (dockStarterApps.ts).
    const listed = composeFilesListedIn(folder, this);
    if (listed) return listed.includes(own) ? folder : path;
    const exists = (name: string) => name === own || this.files.get(folder === '' ? name : `${folder}/${name}`)?.format === 'compose';
    return isReadByDefault(own, exists) ? folder : path;
  }

  /** The `.env` of a folder came, changed or went: its COMPOSE_FILE may name other files of the folder. Or a part of
   *  a DockSTARTer app came or went (its arch file decides whether the folder is one). */
  private rekeyComposeFilesIn(folder: string): void {
    for (const sibling of this.projects.composeFilesIn(folder)) this.rekey(sibling);
  }

  /** A compose file of a default name came or went in `folder`: which of its siblings docker compose reads by
   *  default may have changed (a compose.yaml added beside a docker-compose.yml takes its place). */
  private rekeyDefaultFiles(folder: string): void {
    for (const name of [...BASE_FILE_NAMES, ...OVERRIDE_FILE_NAMES]) {
      const sibling = this.files.get(folder === '' ? name : `${folder}/${name}`);
      if (sibling?.format === 'compose') this.rekey(sibling);
    }
  }

  /** Moves a compose file to the project docker compose now reads it in, when that changed. */
  private rekey(sibling: WorkspaceFile): void {
    const projectKey = this.projectKeyOf(sibling.path, sibling.format);
    if (projectKey === sibling.projectKey) return;
    const before = { path: sibling.path, folder: sibling.projectKey, name: sibling.name, compose: true };
    sibling.projectKey = projectKey;
    this.projects.noteChange(before, sibling);
    this.forgetProjectIfGone(before.folder);
  }

  private forgetProjectIfGone(projectKey: string): void {
    if (this.projects.hasProject(projectKey)) return;
    this.listeningCache.delete(projectKey);
    this.members.delete(projectKey);
  }

  configure(options?: CheckOptions): void {
    this.options = checkOptionsOf(options);
    this.optionsRevision++;
    this.revision++;
  }

  has(path: string): boolean {
    return this.fileAt(path) !== undefined;
  }

  paths(): string[] {
    return [...this.files.keys()];
  }

  // Every answer is made with the last compose readings shared (see sharingComposeReadings): a compose file is
  // read for its ports and for its services, and together with its override file, each parsed once.
  findings(path: string): Finding[] {
    return sharingComposeReadings(() => this.findingsOf(path));
  }

  private findingsOf(path: string): Finding[] {
    try {
      const file = this.fileAt(path);
      if (!file) return [];
      if (file.format === undefined && isAddonConfigName(file.path)) return withUserSeverities(orNothing(() => this.addonConfigPorts(file)), this.options);
      const local = this.local(file);
      // Each cross-file check on its own: one that throws loses its findings, not the file's others.
      const cross = orNothing(() => unreachablePortFindings(file.text, this.links(file), file.path));
      if (file.format === 'kubernetes') cross.push(...orNothing(() => this.manifests.findings(file)));
      if (file.format === 'compose') cross.push(...orNothing(() => this.builtPortMismatches(file, local)));
      if (file.format === 'compose') cross.push(...orNothing(() => this.mountedConfigPorts(file, local, cross)));
      if (file.format === 'compose') cross.push(...orNothing(() => this.mergedImageMismatches(file, local, cross)));
      if (file.format === 'dockerfile') cross.push(...orNothing(() => this.copiedNginxConfigs(file, local)));
      if (file.format === 'dockerfile') cross.push(...orNothing(() => exposeContradictsCodeFindings(file.path, file.text, local.mentions, this.codeFiles())));
      if (file.format === 'dockerfile') cross.push(...orNothing(() => this.exposeAgainstBuilders(file, local, cross)));
      if (file.format === 'dockerfile' || file.format === 'nginx') cross.push(...orNothing(() => this.addonPorts(file, cross)));
      const own = file.format === 'compose' && local.findings.some((found) => found.code === 'host-port-conflict' && !found.fix)
        ? local.findings.map((found) => this.withHostPortFix(file, found)) : local.findings;
      return cross.length === 0 ? [...own] : withUserSeverities([...own, ...cross], this.options);
    } catch {
      return [];
    }
  }

  mentions(path: string): PortMention[] {
    return sharingComposeReadings(() => this.mentionsOf(path));
  }

  private mentionsOf(path: string): PortMention[] {
    try {
      const file = this.fileAt(path);
      if (file?.format === 'kubernetes') return this.manifests.mentions(file);
      return file ? this.local(file).sorted : [];
    } catch {
      return [];
    }
  }

  target(path: string, offset: number): TargetInfo | undefined {
    return sharingComposeReadings(() => this.targetOf(path, offset));
  }

  private targetOf(path: string, offset: number): TargetInfo | undefined {
    try {
      const file = this.fileAt(path);
      const mention = file && mentionAt(this.local(file).sorted, offset);
      const target = mention && this.links(file).find((candidate) => candidate.mention === mention);
      const resolution = target?.resolutions[0];
      if (!target || !resolution) return undefined;
      const { service, listening, project } = resolution;
      const known = !listening.uncertain && listening.sources.length > 0;
      const info: TargetInfo = {
        host: target.host,
        port: mention.port,
        service: service.name,
        project: project.folder,
        declarations: service.declarations.map((at) => ({ ...at })),
        listensOn: listening.sources.map(listenEntry),
      };
      if (known) info.reachable = listensOn(listening, mention.port);
      return info;
    } catch {
      return undefined;
    }
  }

  definition(path: string, offset: number): PortLocation[] {
    const manifest = this.fileAt(path);
    if (manifest?.format === 'kubernetes') return this.manifests.definition(manifest, offset);
    const info = this.target(path, offset);
    if (!info) return [];
    const matching = info.listensOn.filter((entry) => entry.location && entry.port <= info.port && info.port <= (entry.endPort ?? entry.port));
    return matching.length > 0 ? matching.map((entry) => entry.location!) : info.declarations;
  }

  references(path: string, offset: number): PortLocation[] {
    return sharingComposeReadings(() => this.referencesOf(path, offset));
  }

  private referencesOf(path: string, offset: number): PortLocation[] {
    try {
      const file = this.fileAt(path);
      if (file?.format === 'kubernetes') return this.manifests.references(file, offset);
      const mention = file && mentionAt(this.local(file).sorted, offset);
      if (!file || !mention) return [];
      const here: PortLocation = { path: file.path, start: mention.start, end: mention.end };
      if (mention.role === 'host' && file.format === 'compose') {
        const publishes = this.publishers(mention.port, mention.protocol ?? 'tcp', mention.endPort).map((entry) => entry.location);
        return uniqueLocations([here, ...publishes]);
      }
      const sockets = this.socketsAt(file, mention);
      if (sockets.length === 0) return [here];
      const found: PortLocation[] = [here];
      for (const socket of sockets) {
        const listening = this.listening(socket.project, socket.service);
        found.push(...socketMentions(socket, this.memberFiles(socket.project), (member) => this.links(member), listening));
      }
      return uniqueLocations(found);
    } catch {
      return [];
    }
  }

  portMap(): PortMapEntry[] {
    return sharingComposeReadings(() => this.currentPortMap());
  }

  private currentPortMap(): PortMapEntry[] {
    try {
      return this.publishedPorts().map(copyEntry);
    } catch {
      return [];
    }
  }

  /** The port map as cached: for reading inside the model, never handed out. */
  private publishedPorts(): readonly PortMapEntry[] {
    return this.portMapCache.entries();
  }

  publishers(port: number, protocol: Protocol = 'tcp', endPort?: number): PortMapEntry[] {
    try {
      const last = typeof endPort === 'number' && endPort >= port ? endPort : port;
      return sharingComposeReadings(() => this.publishedPorts())
        .filter((entry) => entry.protocol === protocol && entry.port <= last && (entry.endPort ?? entry.port) >= port).map(copyEntry);
    } catch {
      return [];
    }
  }

  otherPublishers(path: string, offset: number): PortMapEntry[] {
    return sharingComposeReadings(() => this.otherPublishersOf(path, offset));
  }

  private otherPublishersOf(path: string, offset: number): PortMapEntry[] {
    try {
      const file = this.fileAt(path);
      const mention = file && file.format === 'compose' ? mentionAt(this.local(file).sorted, offset) : undefined;
      if (!file || !mention || mention.role !== 'host') return [];
      return this.publishers(mention.port, mention.protocol ?? 'tcp', mention.endPort).filter((entry) => entry.project !== file.projectKey);
    } catch {
      return [];
    }
  }

  suggestHostPort(port: number, protocol: Protocol = 'tcp'): number | undefined {
    try {
      const published = sharingComposeReadings(() => this.publishedPorts()).filter((entry) => entry.protocol === protocol);
      const isPublished = (candidate: number) => published.some((entry) => entry.port <= candidate && candidate <= (entry.endPort ?? entry.port));
      return nearestFreeHostPort(port, isPublished, this.options.ephemeralRange ?? EPHEMERAL_RANGES.iana);
    } catch {
      return undefined;
    }
  }

  hoverNotes(path: string, offset: number): string[] {
    try {
      const notes: string[] = [];
      const info = this.target(path, offset);
      if (info) {
        const [declared] = info.declarations;
        const file = declared && this.files.get(declared.path);
        notes.push(targetNote(info, file ? `${declared.path} line ${this.lineLookup(file)(declared.start)}` : info.project || 'the workspace root'));
      } else {
        const reached = this.reachedByNote(path, offset);
        if (reached) notes.push(reached);
      }
      const others = otherPublishersNote(this.otherPublishers(path, offset), (entry) => {
        const file = this.files.get(entry.location.path);
        return file ? this.lineLookup(file)(entry.location.start) : 0;
      });
      if (others) notes.push(others);
      return notes;
    } catch {
      return [];
    }
  }

  /** "Reached at `web` from …" for a port a service listens on (a Dockerfile's EXPOSE, `expose:`, PORT=). */
  private reachedByNote(path: string, offset: number): string | undefined {
    return sharingComposeReadings(() => {
      const file = this.fileAt(path);
      const mention = file && mentionAt(this.local(file).sorted, offset);
      if (!file || !mention || mention.role === 'host') return undefined;
      const places: { path: string; line: number }[] = [];
      const services = new Set<string>();
      for (const socket of this.socketsAt(file, mention)) {
        services.add(socket.service.name);
        for (const member of this.memberFiles(socket.project)) {
          for (const target of this.links(member)) {
            if (target.mention.port === socket.port && target.resolutions.some((r) => r.project === socket.project && r.service === socket.service)) {
              places.push({ path: member.path, line: this.lineLookup(member)(target.mention.start) });
            }
          }
        }
      }
      places.sort((a, b) => comparePaths(a.path, b.path) || a.line - b.line);
      return services.size === 1 ? reachedByNote([...services][0], places) : undefined;
    });
  }

  services(): WorkspaceService[] {
    return sharingComposeReadings(() => {
      try {
        return this.allServices();
      } catch {
        return [];
      }
    });
  }

  kubernetesPorts(): KubernetesPortsView {
    try {
      return this.manifests.portsView();
    } catch {
      return { services: [] };
    }
  }

  dependants(path: string): string[] {
    return sharingComposeReadings(() => this.dependantsOf(path));
  }

  private dependantsOf(path: string): string[] {
    try {
      const key = normalizePath(typeof path === 'string' ? path : '');
      const file = this.files.get(key);
      const folder = folderOf(key);
      const found = new Set<string>();
      const addProject = (projectFolder: string) => {
        for (const member of this.members.get(projectFolder) ?? []) found.add(member);
        for (const composeFile of this.projects.project(projectFolder)?.composeFiles ?? []) found.add(composeFile.path);
      };
      const format = file?.format ?? formatOf(key);
      if (file?.format === 'compose' && file.projectKey !== folder) addProject(file.projectKey);
      if ((format === 'compose' && file?.projectKey !== key) || baseNameOf(key) === '.env') {
        addProject(folder);
        // The files read with -f there: a fragment's project holds the folder's base file (projectIndex.ts).
        if (format === 'compose') for (const standalone of this.projects.standaloneProjectsIn(folder)) if (standalone !== key) addProject(standalone);
        // A compose file of a default name that comes or goes may change which of its siblings compose reads.
        if (format === 'compose' && (isBaseFileName(baseNameOf(key)) || isOverrideFileName(baseNameOf(key)))) {
          for (const name of [...BASE_FILE_NAMES, ...OVERRIDE_FILE_NAMES]) {
            const sibling = this.files.get(folder === '' ? name : `${folder}/${name}`);
            if (sibling?.format === 'compose') addProject(sibling.projectKey);
          }
        }
        // A project that appears or goes takes over (or gives back) the files under its folder.
        for (const [projectFolder, paths] of this.members) {
          if (projectFolder !== folder && isUnder(folder, projectFolder)) for (const member of paths) if (isUnder(member, folder)) found.add(member);
        }
      }
      // Manifests link across files by labels and names: any other manifest may be one this one selects or reaches.
      // A Dockerfile or compose file may build the image a manifest's container runs.
      if (linksManifests(format)) for (const other of this.files.values()) if (other.format === 'kubernetes') found.add(other.path);
      // A .env is read by every compose file beside it, those that stand alone included.
      if (baseNameOf(key) === '.env') {
        for (const other of this.files.values()) if (other.format === 'compose' && other.folder === folder && other.projectKey !== folder) found.add(other.path);
      }
      // A Dockerfile may copy an nginx config from its folder or below (expose-contradicts-config); another nginx
      // file may pass to an upstream block this one names (nginxUpstreamNames.ts).
      if (format === 'nginx') {
        const { files, before } = this.upstreams();
        const namesBlocks = files.has(key) || before.has(key);
        for (const other of this.files.values()) {
          if ((other.format === 'dockerfile' && isUnder(key, other.folder)) || (namesBlocks && other.format === 'nginx')) found.add(other.path);
        }
      }
      // A Dockerfile in or below a project's folder may build the image a service runs by image: alone (imageDockerfile.ts).
      if (format === 'dockerfile') {
        for (const composePath of this.projects.composePaths()) {
          if (isUnder(key, folderOf(composePath))) addProject(this.files.get(composePath)?.projectKey ?? folderOf(composePath));
        }
      }
      // A Dockerfile a service builds, an env_file it reads, a compose file a project includes.
      for (const projectFolder of this.projects.projectsReading(key)) addProject(projectFolder);
      found.delete(key);
      return [...found].filter((member) => this.files.has(member)).sort(comparePaths);
    } catch {
      return [];
    }
  }

  // Shared readings too: each compose file's services are read right after its ports (its local analysis), and outside
  // a shared scope that read parsed every compose file a second time (the command line asks this before any finding:
  // its whole process took about 1.2× the in-process index; see docs/benchmarks.md).
  mountedConfigSources(): string[] {
    return sharingComposeReadings(() => this.mountedConfigSourcesOf());
  }

  private mountedConfigSourcesOf(): string[] {
    try {
      const sources = new Set<string>();
      for (const file of this.files.values()) {
        if (file.format !== 'compose') continue;
        for (const service of this.structure(file).services) {
          // Only mounts at a configuration path: a project's sources mounted at /app are not read (and keep the rule quiet).
          for (const mount of service.configMounts) if (mount.source !== undefined && mount.source !== '' && !mount.source.startsWith('../') && isConfigTarget(mount.target)) sources.add(mount.source);
        }
      }
      return [...sources].sort();
    } catch {
      return [];
    }
  }

  /** The texts the model holds at a mount's source: the file, or every file under the folder. */
  private mountedTexts(source: string): MountedText[] | undefined {
    const file = this.files.get(source);
    if (file) return [{ path: file.path, text: file.text }];
    const prefix = source === '' ? '' : `${source}/`;
    const texts: MountedText[] = [];
    for (const held of this.files.values()) if (held.path.startsWith(prefix)) texts.push({ path: held.path, text: held.text });
    return texts.length > 0 ? texts : undefined;
  }

  /** The nginx files the model holds at a mount's source, and the paths of the other files there. */
  private mountedNginx(source: string): { files: NginxFile[]; others: string[] } | undefined {
    const read = (nginx: WorkspaceFile): NginxFile => ({ path: nginx.path, text: nginx.text, mentions: this.local(nginx).mentions, lineOf: this.lineLookup(nginx) });
    const file = this.files.get(source);
    if (file) return file.format === 'nginx' ? { files: [read(file)], others: [] } : { files: [], others: [file.path] };
    const files: NginxFile[] = [];
    const others: string[] = [];
    for (const held of this.files.values()) {
      if (!isUnder(held.path, source) || held.path === source) continue;
      if (held.format === 'nginx') files.push(read(held));
      else others.push(held.path);
    }
    return files.length > 0 || others.length > 0 ? { files, others } : undefined;
  }

  private mountedConfigPorts(file: WorkspaceFile, local: LocalAnalysis, already: readonly Finding[]): Finding[] {
    const found = mountedConfigPortFindings(file.text, local.mentions, this.structure(file).services, (source) => this.mountedTexts(source),
      (source) => this.mountedNginx(source));
    return found.filter((f) => !already.some((other) => other.code === f.code && other.start === f.start) && !local.findings.some((other) => other.code === f.code && other.start === f.start));
  }

  /** The compose services that build an image and name it, for the manifests whose containers run it. */
  private composeBuilds(): { image?: string; service: string; dockerfile: string }[] {
    const builds: { image?: string; service: string; dockerfile: string }[] = [];
    for (const file of this.files.values()) {
      if (file.format !== 'compose') continue;
      for (const service of this.structure(file).services) {
        const image = service.image ?? service.imageWritten;
        if (service.builds && service.dockerfile !== undefined) builds.push({ ...(image !== undefined ? { image } : {}), service: service.name, dockerfile: service.dockerfile });
      }
    }
    return builds;
  }

  stats(): WorkspaceStats {
    return {
      files: this.files.size,
      localAnalyses: this.counts.local,
      structureReads: this.counts.structure,
      projectBuilds: this.counts.project,
      linkResolutions: this.counts.links,
    };
  }

  // ModelReader: the cached readings, for the parts of the model.
  file(path: string): WorkspaceFile | undefined {
    return this.files.get(path);
  }

  counted(kind: WorkKind): void {
    this.counts[kind]++;
  }

  local(file: WorkspaceFile): LocalAnalysis {
    // The manifest's objects are kept: the check reads them instead of parsing the text again.
    if (file.format === 'kubernetes') this.manifests.rememberObjects(file);
    return localAnalysisOf(file, this, this.options, this.optionsRevision, this.revision);
  }

  currentRevision(): number {
    return this.revision;
  }

  structure(file: WorkspaceFile): ComposeStructure {
    if (file.structure?.checkedAt === this.revision) return file.structure.value;
    const env = envFileOf(file, this);
    const stamp = `${file.revision}|${env?.revision ?? '-'}`;
    if (file.structure?.stamp !== stamp) {
      this.counted('structure');
      const imageMoves = new Map<string, string | undefined>();
      for (const mention of this.local(file).mentions) {
        if (mention.service !== undefined && mention.image !== undefined) imageMoves.set(mention.service, mention.portsChangedBy);
      }
      file.structure = { stamp, value: readComposeStructure(file.text, file.folder, variablesOf(env), imageMoves) };
    }
    file.structure.checkedAt = this.revision;
    return file.structure.value;
  }

  private fileAt(path: string): WorkspaceFile | undefined {
    return typeof path === 'string' ? this.files.get(normalizePath(path)) : undefined;
  }

  /** What a service listens on. Read for all of a project's services at once, and again only when the project
   *  or a Dockerfile it builds changed. */
  private listening(project: ProjectModel, service: ServiceModel): Listening {
    const cached = this.listeningCache.get(project.folder);
    if (cached?.checkedAt === this.revision) return cached.value.get(service.name) ?? NO_LISTENING;
    // The Dockerfiles that build the images of image:-only services are inputs too (imageDockerfile.ts).
    const dockerfiles = this.dockerfilePaths();
    const linked = new Map<string, string>();
    const inFolder = this.projects.composeFilesIn(project.directory);
    const folderBuilds = inFolder.some((file) => this.structure(file).services.some((other) => other.builds));
    for (const other of project.services.values()) {
      const path = imageDockerfile(project, other, dockerfiles, folderBuilds);
      if (path !== undefined) linked.set(other.name, path);
    }
    const stamp = `${this.projects.deepVersion(project)}|${inFolder.map((file) => `${file.path}@${file.revision}`).join(',')}|code${this.codeRevision}|${[...linked].map(([name, path]) => `${name}>${path}@${this.files.get(path)?.revision}`).join(',')}`;
    if (cached?.stamp === stamp) {
      cached.checkedAt = this.revision;
      return cached.value.get(service.name) ?? NO_LISTENING;
    }
    const read = (file: WorkspaceFile) => ({ path: file.path, text: file.text, mentions: this.local(file).mentions, lineOf: this.lineLookup(file) });
    const value = projectListening(project, {
      composeFiles: this.projects.composeFilesOf(project).map(read),
      dockerfile: (path) => {
        const dockerfile = this.files.get(path);
        return dockerfile?.format === 'dockerfile' ? read(dockerfile) : undefined;
      },
      composeFile: (path) => {
        const composeFile = this.files.get(path);
        return composeFile?.format === 'compose' ? read(composeFile) : undefined;
      },
      // Any name: `env_file: config/api.env.local` is read as a .env file whatever it is called.
      envFile: (path) => {
        const envFile = this.files.get(path);
        if (!envFile) return undefined;
        return envFile.format === 'dotenv' ? read(envFile) : { ...read(envFile), mentions: scanFile(envFile.text, 'dotenv').mentions };
      },
      imageDockerfile: (other) => linked.get(other.name),
      // Where the application a Dockerfile runs listens, by its own source (exposeContradictsCode.ts).
      codePorts: (path, target) => {
        const dockerfile = this.files.get(path);
        const language = dockerfile?.format === 'dockerfile' ? runtimeOf(dockerfile.text, target) : undefined;
        const ports = language && applicationPorts(folderOf(path), language, this.codeFiles());
        return ports && withDockerfileSettings(dockerfile!.text, ports);
      },
    });
    this.addOtherFilesPorts(project, value, inFolder);
    this.listeningCache.set(project.folder, { stamp, value, checkedAt: this.revision });
    return value.get(service.name) ?? NO_LISTENING;
  }

  /**
   * A service known only by what its own project publishes (no Dockerfile, expose:, setting or image row says where
   * it listens) takes the container ports that another compose file of its folder publishes for a service of the
   * same name and the same image: the alternatives of a folder (docker-compose-no-proxy.yaml beside
   * docker-compose.yaml) are separate projects, but they run the same image, which listens where either says
   * (Checkmk's web UI on 5000 in one, its agent receiver on 8000 in both). Never for a service whose project says
   * more: the project's own evidence decides (Christmas-Community's Dockerfile over its debug variant's ports).
   */
  private addOtherFilesPorts(project: ProjectModel, value: Map<string, Listening>, inFolder: readonly WorkspaceFile[]): void {
    const own = new Set(project.composeFiles.map((file) => file.path));
    const others = inFolder.filter((file) => !own.has(file.path));
    if (others.length === 0) return;
    for (const service of project.services.values()) {
      const listening = value.get(service.name);
      if (!listening || listening.uncertain || service.image === undefined || listening.sources.some((entry) => entry.kind !== 'ports')) continue;
      for (const file of others) {
        if (!this.structure(file).services.some((other) => other.name === service.name && other.image === service.image)) continue;
        for (const mention of this.local(file).mentions) {
          if (mention.service !== service.name || mention.role !== 'container') continue;
          if (listening.sources.some((entry) => entry.port === mention.port && entry.endPort === mention.endPort)) continue;
          const entry: ListenSource = {
            port: mention.port, kind: 'ports', location: { path: file.path, start: mention.start, end: mention.end },
            where: `ports: in ${file.path} line ${this.lineLookup(file)(mention.start)}, for the same image`, protocol: mention.protocol ?? 'tcp',
          };
          if (mention.endPort !== undefined) entry.endPort = mention.endPort;
          listening.sources.push(entry);
        }
      }
    }
  }

  /** The upstream block names of the workspace's nginx files, listed once per change of one of them. */
  private upstreams(): NonNullable<Workspace['upstreamList']> {
    const last = this.upstreamList;
    if (last?.revision === this.nginxRevision) return last;
    const names = new Set<string>();
    const files = new Set<string>();
    for (const file of this.files.values()) {
      if (file.format !== 'nginx') continue;
      const count = names.size;
      upstreamNamesIn(file.text, names);
      if (names.size > count || /^[ \t]*upstream[ \t]/m.test(file.text)) files.add(file.path);
    }
    const same = last !== undefined && last.names.size === names.size && [...names].every((name) => last.names.has(name));
    this.upstreamList = { revision: this.nginxRevision, names, version: same ? last.version : (last?.version ?? 0) + 1, files, before: last?.files ?? new Set() };
    return this.upstreamList;
  }

  /** The application source files of the workspace (none unless the reader feeds them), listed once per change. */
  /** unreachable-port on the routes of a Home Assistant add-on's nginx or Dockerfile to its own container
   *  (addonPorts.ts); nothing for a file outside an add-on, without listing any file. */
  private addonPorts(file: WorkspaceFile, already: readonly Finding[]): Finding[] {
    const folder = this.addonFolderOf(file.folder);
    if (folder === undefined) return [];
    const found = addonPortFindings(file.text, file.format as 'dockerfile' | 'nginx', { folder, files: this.addonFilesOf(folder) });
    return found.filter((one) => !already.some((other) => other.code === one.code && other.start === one.start));
  }

  /** The findings on a Home Assistant add-on's own config.* (addonConfigPorts.ts); nothing for a config.* that is
   *  not the config of the add-on whose folder holds it. */
  private addonConfigPorts(file: WorkspaceFile): Finding[] {
    const folder = this.addonFolderOf(file.folder);
    if (folder !== file.folder) return [];
    const files = this.addonFilesOf(folder);
    const config = files.find((other) => other.path === file.path);
    return config ? addonConfigFindings(config, { folder, files }) : [];
  }

  /** The files of the add-on at `folder`, listed once per revision. */
  private addonFilesOf(folder: string): AddonText[] {
    if (this.addonFileList?.revision !== this.revision) this.addonFileList = { revision: this.revision, byFolder: new Map() };
    let files = this.addonFileList.byFolder.get(folder);
    if (!files) {
      files = [...this.files.values()].filter((other) => isUnder(other.path, folder) && this.addonFolderOf(other.folder) === folder)
        .map((other) => ({ path: other.path, text: other.text, lineOf: this.lineLookup(other) }));
      this.addonFileList.byFolder.set(folder, files);
    }
    return files;
  }

  /** The nearest folder at or above `folder` that holds an add-on's config (a config.* with a slug). */
  private addonFolderOf(folder: string): string | undefined {
    if (this.addonList?.revision !== this.addonRevision) {
      const folders = new Set<string>();
      for (const file of this.files.values()) {
        if (file.format === undefined && isAddonConfigName(file.path) && isAddonConfigText(file.text)) folders.add(file.folder);
      }
      this.addonList = { revision: this.addonRevision, folders };
    }
    if (this.addonList.folders.size === 0) return undefined;
    for (const up of foldersUpFrom(folder)) if (this.addonList.folders.has(up)) return up;
    return undefined;
  }

  private codeFiles(): CodeFile[] {
    if (this.codeList?.revision === this.codeRevision) return this.codeList.files;
    const files = [...this.files.values()].filter((file) => file.format === undefined && codeLanguageOf(file.path) !== undefined)
      .map((file) => ({ path: file.path, text: file.text, lineOf: this.lineLookup(file) }));
    this.codeList = { revision: this.codeRevision, files };
    return files;
  }

  /** The workspace's Dockerfiles, sorted; read once per revision. */
  private dockerfilePaths(): string[] {
    if (this.dockerfileList?.revision === this.revision) return this.dockerfileList.paths;
    const paths = [...this.files.values()].filter((file) => file.format === 'dockerfile').map((file) => file.path).sort(comparePaths);
    this.dockerfileList = { revision: this.revision, paths };
    return paths;
  }

  /** expose-contradicts-config: the nginx files a Dockerfile copies from its folder (its usual build context). */
  private copiedNginxConfigs(file: WorkspaceFile, local: LocalAnalysis): Finding[] {
    if (!/^[ \t]*(copy|add)[ \t][^\n]*\/etc\/nginx/im.test(file.text)) return [];
    const read = (nginx: WorkspaceFile) => ({ path: nginx.path, text: nginx.text, mentions: this.local(nginx).mentions, lineOf: this.lineLookup(nginx) });
    return copiedNginxConfigFindings(file.path, file.text, local.mentions, {
      nginxFile: (path) => {
        const nginx = this.files.get(path);
        return nginx?.format === 'nginx' ? read(nginx) : undefined;
      },
      nginxFilesUnder: (folder) => [...this.files.values()].filter((other) => other.format === 'nginx' && isUnder(other.path, folder) && other.path !== folder).map(read),
    });
  }

  /** Line numbers of a file, built on the first message that names one of its lines. */
  private lineLookup(file: WorkspaceFile): (offset: number) => number {
    return (offset) => {
      const stamp = String(file.revision);
      if (file.lines?.stamp !== stamp) file.lines = { stamp, value: lineNumberLookup(file.text) };
      return file.lines.value(offset);
    };
  }

  /** The file's targets resolved against its projects; remade when the file or one of those projects changed. */
  private links(file: WorkspaceFile): ResolvedTarget[] {
    if (!file.format || file.format === 'kubernetes') return [];
    if (file.links?.checkedAt === this.revision) return file.links.value;
    const local = this.local(file);
    const projects = this.projects.projectsOf(file);
    // An nginx file's pass to a name is read against the upstream blocks of every nginx file.
    const upstreamList = file.format === 'nginx' ? this.upstreams() : undefined;
    const upstreams = upstreamList?.names;
    const stamp = `${file.local?.stamp}#${projects.map((project) => this.projects.deepVersion(project)).join('#')}${upstreamList ? `#ng${upstreamList.version}` : ''}`;
    if (file.links?.stamp === stamp) {
      file.links.checkedAt = this.revision;
      return file.links.value;
    }
    this.counted('links');
    this.registerMember(file, projects);
    const resolved: ResolvedTarget[] = [];
    for (const target of targetsOf(file.format, file.text, local.mentions)) {
      if (upstreams !== undefined && target.mention.implicit && upstreams.has(target.host)) continue;
      const resolutions: Resolution[] = [];
      for (const project of projects) {
        const service = serviceNamed(project, target.host);
        if (!service) continue;
        const resolution: Resolution = { project, service, listening: this.listening(project, service) };
        // A health check is also held to what the project's other services listen on (healthCheckNeighbour.ts).
        if (target.route === 'healthcheck') resolution.neighbours = [...project.services.values()].map((other) => ({ service: other, listening: this.listening(project, other) }));
        resolutions.push(resolution);
      }
      if (resolutions.length === 0) continue;
      // Written out rather than spread: this runs for every target of a large workspace.
      const entry: ResolvedTarget = { mention: target.mention, host: target.host, resolutions };
      if (target.route !== undefined) entry.route = target.route;
      resolved.push(entry);
    }
    file.links = { stamp, value: resolved, checkedAt: this.revision };
    return resolved;
  }

  private registerMember(file: WorkspaceFile, projects: readonly ProjectModel[]): void {
    for (const folder of file.memberOf ?? []) this.members.get(folder)?.delete(file.path);
    file.memberOf = projects.map((project) => project.folder);
    for (const folder of file.memberOf) {
      const set = this.members.get(folder) ?? new Set<string>();
      set.add(file.path);
      this.members.set(folder, set);
    }
  }

  /** The sockets (service and container port) the mention under the cursor stands for. */
  private socketsAt(file: WorkspaceFile, mention: PortMention): Socket[] {
    const target = this.links(file).find((candidate) => candidate.mention === mention);
    if (target) return target.resolutions.map(({ project, service }) => ({ project, service, port: mention.port }));
    const sockets: Socket[] = [];
    for (const project of this.projects.projectsOf(file)) {
      for (const service of project.services.values()) {
        const socket = listeningSocket(project, service, this.listening(project, service), file.path, mention);
        if (socket) sockets.push(socket);
      }
    }
    return sockets;
  }

  /** Every file that belongs to a project: its compose files, the nginx and `.env` files that resolve against
   *  it, the Dockerfiles it builds. A whole-workspace walk, but only on a user's request (Find All References). */
  private memberFiles(project: ProjectModel): WorkspaceFile[] {
    const found: WorkspaceFile[] = [...this.projects.composeFilesOf(project)];
    for (const file of this.files.values()) {
      if (file.format !== 'compose' && file.format !== undefined && this.projects.projectsOf(file).some((member) => member === project)) found.push(file);
    }
    return found;
  }

  /** expose-contradicts-config on this Dockerfile's EXPOSE when every compose service built from it publishes other
   *  container ports (see exposeContradictsBuilders.ts); `already`: the file's other cross-file findings. */
  private exposeAgainstBuilders(file: WorkspaceFile, local: LocalAnalysis, already: readonly Finding[]): Finding[] {
    const builders: DockerfileBuilder[] = [];
    for (const key of this.projects.projectsReading(file.path)) {
      const project = this.projects.project(key);
      if (!project) continue;
      for (const service of project.services.values()) {
        if (!service.builds || service.dockerfile !== file.path) continue;
        const containerPorts: DockerfileBuilder['containerPorts'] = [];
        const mentions: PortMention[] = [];
        for (const composeFile of project.composeFiles) {
          const own = this.local(composeFile).mentions.filter((mention) => mention.service === service.name);
          mentions.push(...own);
          const lineOf = this.lineLookup(composeFile);
          for (const mention of own) {
            if ((mention.role === 'container' && mention.context === 'ports') || (mention.role === 'expose' && mention.context === 'expose')) {
              containerPorts.push({ path: composeFile.path, mention, line: lineOf(mention.start), fileName: composeFile.name });
            }
          }
        }
        const listening = this.listening(project, service);
        const findings = project.composeFiles.flatMap((composeFile) => builtPortMismatch(composeFile.text, this.local(composeFile).mentions, { service, listening, mentions }));
        builders.push({ service: service.name, containerPorts, findings });
      }
    }
    const found = exposeContradictsBuilders(file.path, file.text, local.mentions, builders);
    return found.filter((one) => !already.some((other) => other.code === one.code && other.start === one.start));
  }

  /** container-port-mismatch for the services of this compose file whose image another compose file of its project
   *  names (an override's or a -f fragment's ports for the base file's image). A project of one file (the common
   *  path) returns at once. */
  private mergedImageMismatches(file: WorkspaceFile, local: LocalAnalysis, already: readonly Finding[]): Finding[] {
    const project = this.projects.project(file.projectKey);
    if (!project || project.composeFiles.length < 2) return [];
    const findings: Finding[] = [];
    for (const service of project.services.values()) {
      if (service.builds || service.image === undefined) continue;
      if (!local.mentions.some((mention) => mention.service === service.name && (mention.role === 'container' || mention.role === 'expose'))) continue;
      const elsewhere = project.composeFiles.filter((other) => other.path !== file.path)
        .flatMap((other) => this.local(other).mentions.filter((mention) => mention.service === service.name));
      const imageFile = [...project.composeFiles].reverse().find((other) => other.path !== file.path
        && this.structure(other).services.some((written) => written.name === service.name && (written.image ?? written.imageWritten) !== undefined))?.path;
      findings.push(...mergedImagePortMismatch(file.text, local.mentions, { service, listening: this.listening(project, service), elsewhere, ...(imageFile !== undefined ? { imageFile } : {}) }));
    }
    return findings.filter((f) => !already.some((other) => other.code === f.code && other.start === f.start) && !local.findings.some((other) => other.code === f.code && other.start === f.start));
  }

  /** container-port-mismatch for the services of this compose file that are built from a workspace Dockerfile. */
  private builtPortMismatches(file: WorkspaceFile, local: LocalAnalysis): Finding[] {
    const project = this.projects.project(file.projectKey);
    if (!project) return [];
    const findings: Finding[] = [];
    for (const service of project.services.values()) {
      if (service.builds ? service.dockerfile === undefined : service.image === undefined) continue;
      if (!local.mentions.some((mention) => mention.service === service.name && (mention.role === 'container' || mention.role === 'expose'))) continue;
      const mentions = project.composeFiles.flatMap((composeFile) => this.local(composeFile).mentions.filter((mention) => mention.service === service.name));
      findings.push(...builtPortMismatch(file.text, local.mentions, { service, listening: this.listening(project, service), mentions }));
    }
    return findings;
  }

  private allServices(): WorkspaceService[] {
    const reached = new Map<ServiceModel, WorkspaceService['reachedBy']>();
    for (const file of this.files.values()) {
      for (const target of this.links(file)) {
        for (const { service, listening } of target.resolutions) {
          const entry: WorkspaceService['reachedBy'][number] = { port: target.mention.port, location: { path: file.path, start: target.mention.start, end: target.mention.end } };
          if (!listening.uncertain && listening.sources.length > 0) entry.reachable = listensOn(listening, target.mention.port);
          const list = reached.get(service) ?? [];
          list.push(entry);
          reached.set(service, list);
        }
      }
    }
    const services: WorkspaceService[] = [];
    for (const folder of [...new Set([...this.projects.composePaths()].map((path) => this.files.get(path)?.projectKey ?? folderOf(path)))].sort(comparePaths)) {
      const project = this.projects.project(folder);
      if (!project) continue;
      // A fragment read after the base file (projectIndex.ts) lists only the services it adds: those of the base
      // file, changed by the fragment or not, are listed once, with the base file's project.
      const fromBase = new Set(project.composeFiles.filter((composeFile) => composeFile.projectKey !== folder && composeFile.projectKey === project.directory).map((composeFile) => composeFile.path));
      for (const service of [...project.services.values()].sort((a, b) => comparePaths(a.name, b.name))) {
        if (fromBase.size > 0 && service.declarations.some((at) => fromBase.has(at.path))) continue;
        const listening = this.listening(project, service);
        const info: WorkspaceService = {
          project: folder,
          name: service.name,
          declarations: service.declarations.map((at) => ({ ...at })),
          aliases: [...service.aliases],
          listensOn: listening.sources.map(listenEntry),
          listeningKnown: !listening.uncertain,
          reachedBy: reached.get(service) ?? [],
        };
        if (service.image !== undefined) info.image = service.image;
        if (service.dockerfile !== undefined) info.dockerfile = service.dockerfile;
        services.push(info);
      }
    }
    return services;
  }

  /** "Use host port N" on a host-port-conflict that has no fix of its own. */
  private withHostPortFix(file: WorkspaceFile, found: Finding): Finding {
    if (found.code !== 'host-port-conflict' || found.fix) return found;
    const mention = this.local(file).sorted.find((candidate) => candidate.start === found.start && candidate.end === found.end && candidate.role === 'host');
    if (!mention || mention.endPort !== undefined || file.text.slice(mention.start, mention.end) !== String(mention.port)) return found;
    const port = this.suggestHostPort(mention.port, mention.protocol ?? 'tcp');
    if (port === undefined) return found;
    return { ...found, fix: { title: `Use host port ${port}`, edits: [{ start: mention.start, end: mention.end, newText: String(port) }] } };
  }
}

/** The user's settings only: the `.env` and the merged files are the workspace's to find. */
function checkOptionsOf(options: CheckOptions | undefined): CheckOptions {
  if (!options || typeof options !== 'object') return {};
  const { variables: _variables, mergedWith: _mergedWith, ...settings } = options;
  return settings;
}

function listenEntry({ port, endPort, where, location }: ListenSource): TargetInfo['listensOn'][number] {
  const entry: TargetInfo['listensOn'][number] = { port, where };
  if (endPort !== undefined) entry.endPort = endPort;
  if (location) entry.location = { ...location };
  return entry;
}

/** A check's findings, or none when it throws (a bug in one cross-file check must not hide the file's others). */
function orNothing(check: () => Finding[]): Finding[] {
  try {
    return check();
  } catch {
    return [];
  }
}

function isAddonConfigName(path: string): boolean {
  return (ADDON_CONFIG_NAMES as readonly string[]).includes(baseNameOf(path));
}
