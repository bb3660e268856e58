// The compose projects of the workspace and which files belong to them. A project is rebuilt only when one of
// its inputs changed (its compose files, the `.env` beside them), and then only when asked for; the reverse
// indexes (which project mounts a file, which builds a Dockerfile) are updated for that project alone.
import { ENV_FILE_NAME, isBaseFileName } from './composeFileNames';
import type { ComposeStructure } from './composeStructure';
import { composeFilesListedIn } from './localAnalysis';
import type { ModelReader } from './modelReader';
import { folderOf, foldersUpFrom } from './paths';
import { buildProject, type ProjectModel } from './project';
import type { WorkspaceFile } from './workspaceFile';

/** A project as this index builds it: from the workspace's own files. */
export type FileProject = ProjectModel<WorkspaceFile>;

/** Included compose files followed per project, at most: a guard against include cycles and fan-outs. */
const MAX_INCLUDED = 32;

interface ProjectEntry {
  stamp: string;
  /** Paths of the compose files included (see includedFiles), whose revisions are part of the stamp. */
  included: string[];
  /** The workspace revision at which the stamp was last found current. */
  checkedAt: number;
  /** See deepVersion. */
  deep?: { stamp: string; version: number; checkedAt: number };
  model: FileProject;
  mounts: string[];
  serviceInputs: string[];
}

export class ProjectIndex {
  /** Project key → its compose files (see WorkspaceFile.projectKey). */
  private readonly composeByFolder = new Map<string, Set<string>>();
  /** Folder → the keys of the projects of one compose file read with -f there (docker-compose.prod.yml, a file
   *  known by its content). */
  private readonly standaloneByFolder = new Map<string, Set<string>>();
  private readonly entries = new Map<string, ProjectEntry>();
  private readonly dirty = new Set<string>();
  private readonly mountedBy = new Map<string, Set<string>>();
  private readonly readByProjects = new Map<string, Set<string>>();
  private deepVersions = 0;

  constructor(private readonly reader: ModelReader) {}

  /** A file was added, changed or removed (`file` is its state before, `now` after; either may be absent). */
  noteChange(before: { path: string; folder: string; name: string; compose: boolean } | undefined, now: WorkspaceFile | undefined): void {
    for (const state of [before, now && { path: now.path, folder: now.format === 'compose' ? now.projectKey : now.folder, name: now.name, compose: now.format === 'compose' }]) {
      if (!state) continue;
      if (state.compose || state.name === ENV_FILE_NAME) this.dirty.add(state.folder);
      if (state.name === ENV_FILE_NAME && !state.compose) for (const key of this.standaloneByFolder.get(state.folder) ?? []) this.dirty.add(key);
      // A file read with -f after the folder's base file (a fragment, see project) is rebuilt with that base.
      if (state.compose) for (const key of this.standaloneByFolder.get(folderOf(state.path)) ?? []) this.dirty.add(key);
    }
    if (before?.compose) {
      this.composeByFolder.get(before.folder)?.delete(before.path);
      if (before.folder === before.path) removeFrom(this.standaloneByFolder, folderOf(before.path), before.path);
    }
    if (now?.format === 'compose') {
      const inFolder = this.composeByFolder.get(now.projectKey) ?? new Set<string>();
      inFolder.add(now.path);
      this.composeByFolder.set(now.projectKey, inFolder);
      if (now.projectKey === now.path) addTo(this.standaloneByFolder, now.folder, now.path);
    }
    if (before && this.composeByFolder.get(before.folder)?.size === 0) this.composeByFolder.delete(before.folder);
  }

  hasProject(folder: string): boolean {
    return this.composeByFolder.has(folder);
  }

  /** The project of the compose files in `folder`, read again only when one of its inputs changed. */
  project(folder: string): FileProject | undefined {
    const cached = this.entries.get(folder);
    if (cached && cached.checkedAt === this.reader.currentRevision()) return cached.model;
    const paths = this.composeByFolder.get(folder);
    if (!paths) {
      this.forget(folder);
      return undefined;
    }
    let files = [...paths].map((path) => this.reader.file(path)).filter((file): file is WorkspaceFile => file !== undefined);
    const directory = paths.has(folder) ? folderOf(folder) : folder;
    if (paths.has(folder) && files.length === 1) {
      // A file read with -f that cannot run alone (a service with neither image, build nor extends, which docker
      // compose rejects) is a fragment: `docker compose -f compose.yaml -f docker-compose.prod.yml` reads it after
      // the folder's base file, without the default override (-f replaces the default files). Its project is the
      // two together; the base file's own project stays as docker compose up reads it.
      // Not a file other compose files extend (`extends: { file: common.yml }`): that one is a library of service
      // definitions, each copied into the service that names it (composeExtends.ts), not a part of the project
      // itself; reading it as one would run its services a second time.
      const base = this.baseFileIn(directory);
      if (base && isFragment(this.reader.structure(files[0]))) {
        // The choice changes the files, which are in the stamp: no other input to note.
        const siblings = this.composeFilesIn(directory).filter((other) => other.path !== files[0].path);
        const extended = siblings.some((other) => this.reader.structure(other).services.some((service) => service.extends?.file === files[0].path));
        if (!extended) files = [base, files[0]];
      }
    }
    const env = this.reader.file(directory === '' ? ENV_FILE_NAME : `${directory}/${ENV_FILE_NAME}`);
    const ownStamp = `${files.map((file) => `${file.path}@${file.revision}`).sort().join(',')}|${env?.revision ?? '-'}`;
    const stampWith = (included: readonly string[]) => `${ownStamp}|${included.map((path) => `${path}@${this.reader.file(path)?.revision ?? '-'}`).join(',')}`;
    if (cached && cached.stamp === stampWith(cached.included)) {
      cached.checkedAt = this.reader.currentRevision();
      return cached.model;
    }
    this.reader.counted('project');
    // Each compose file's own analysis first, then its structure: the second reading finds the first's parse.
    const structureOf = (file: WorkspaceFile) => {
      this.reader.local(file);
      return this.reader.structure(file);
    };
    const included = this.includedFiles(files, structureOf);
    // A project read with -f has its file's path as key; its directory is that file's folder.
    // COMPOSE_FILE in the .env names the files in the order docker compose reads them (composeFileNamesOf), as
    // DockSTARTer's merge names an app's parts (dockStarterApps.ts).
    const listed = paths.has(folder) ? undefined : composeFilesListedIn(folder, this.reader);
    // The files its services extend are inputs too, found or not: an edit there (or the file coming) changes what
    // the services copy.
    const extended = new Set<string>();
    const model = buildProject(folder, [...files, ...included], structureOf, directory, listed, (path) => {
      extended.add(path);
      const file = this.reader.file(path);
      return file?.format === 'compose' ? structureOf(file) : undefined;
    });
    const stamped = [...included.map((file) => file.path), ...extended];
    // Plain loops rather than flatMap and array copies: this runs for every project of a large workspace.
    const mountSet = new Set<string>();
    // The files the services' listening depends on besides the compose files: Dockerfiles and env files.
    const inputSet = new Set<string>();
    for (const service of model.services.values()) {
      for (const path of service.mounts) mountSet.add(path);
      if (service.dockerfile) inputSet.add(service.dockerfile);
      for (const envFile of service.envFiles) if (envFile.path !== undefined) inputSet.add(envFile.path);
    }
    // An included or extended compose file's changes reach this project too (see dependants).
    for (const file of included) inputSet.add(file.path);
    for (const path of extended) inputSet.add(path);
    const stamp = stampWith(stamped);
    const mounts = [...mountSet];
    const serviceInputs = [...inputSet];
    this.forget(folder);
    this.entries.set(folder, { stamp, included: stamped, model, mounts, serviceInputs, checkedAt: this.reader.currentRevision() });
    for (const path of mounts) addTo(this.mountedBy, path, folder);
    for (const path of serviceInputs) addTo(this.readByProjects, path, folder);
    return model;
  }

  /** The base file docker compose reads by default in a folder (the override is not read with -f). */
  private baseFileIn(directory: string): WorkspaceFile | undefined {
    for (const path of this.composeByFolder.get(directory) ?? []) {
      const file = this.reader.file(path);
      if (file && isBaseFileName(file.name)) return file;
    }
    return undefined;
  }

  /** Every compose file in a folder, of its default project and of those read with -f. */
  composeFilesIn(folder: string): WorkspaceFile[] {
    const paths = [...(this.composeByFolder.get(folder) ?? []), ...(this.standaloneByFolder.get(folder) ?? [])];
    return paths.map((path) => this.reader.file(path)).filter((file): file is WorkspaceFile => file?.format === 'compose');
  }

  /** Keys of the projects of the compose files read with -f in a folder. */
  standaloneProjectsIn(folder: string): string[] {
    return [...(this.standaloneByFolder.get(folder) ?? [])];
  }

  /** The compose files a project's files `include:`, and those they include in turn (compose files of the
   *  workspace only; a file is taken once). */
  private includedFiles(files: readonly WorkspaceFile[], structureOf: (file: WorkspaceFile) => { includes: string[] }): WorkspaceFile[] {
    const seen = new Set(files.map((file) => file.path));
    const included: WorkspaceFile[] = [];
    const queue = [...files];
    for (let i = 0; i < queue.length && included.length < MAX_INCLUDED; i++) {
      for (const path of structureOf(queue[i]).includes) {
        const file = this.reader.file(path);
        if (seen.has(path) || file?.format !== 'compose') continue;
        seen.add(path);
        included.push(file);
        queue.push(file);
      }
    }
    return included;
  }

  /** A number that changes whenever anything a project's answers depend on changes: its compose files, its
   *  `.env`, the Dockerfiles its services build and their `env_file:` files. Short, so that the stamps of
   *  the readings made from it stay short. */
  deepVersion(project: ProjectModel): number {
    const entry = this.entries.get(project.folder);
    if (!entry) return -1;
    const revision = this.reader.currentRevision();
    if (entry.deep?.checkedAt === revision) return entry.deep.version;
    const serviceInputs = entry.serviceInputs.map((path) => `${path}@${this.reader.file(path)?.revision ?? '-'}`).join(',');
    const stamp = `${entry.stamp}|${serviceInputs}`;
    if (entry.deep?.stamp !== stamp) entry.deep = { stamp, version: ++this.deepVersions, checkedAt: revision };
    else entry.deep.checkedAt = revision;
    return entry.deep.version;
  }

  /** The projects a file belongs to: a compose file its folder's; a Dockerfile those that build it; an nginx
   *  config those that mount it (or a folder above it), else the nearest project at or above its folder; a
   *  `.env`-format file the projects that read it (beside their compose files, as an env_file, mounted). */
  projectsOf(file: WorkspaceFile): FileProject[] {
    this.refresh();
    const models = (folders: Iterable<string>) => [...folders].map((folder) => this.project(folder)).filter((model): model is FileProject => model !== undefined);
    switch (file.format) {
      case 'compose':
        return models([file.projectKey]);
      case 'dockerfile':
        return models(this.readByProjects.get(file.path) ?? []);
      case 'nginx': {
        const mounting = this.mountingProjects(file);
        if (mounting.size > 0) return models([...mounting].sort());
        for (const folder of foldersUpFrom(file.folder)) {
          if (this.composeByFolder.has(folder)) return models([folder]);
          // A folder whose only compose file is read with -f (docker-compose.prod.yml alone): that file's project.
          const standalone = this.standaloneByFolder.get(folder);
          if (standalone?.size === 1) return models(standalone);
        }
        return [];
      }
      case 'dotenv': {
        // Only the .env files compose reads: the one beside the compose files, an env_file:, one mounted into
        // a container. Others (.env.production, an app's own .env) may describe another deployment.
        const reading = this.mountingProjects(file);
        for (const project of this.readByProjects.get(file.path) ?? []) reading.add(project);
        if (file.name === ENV_FILE_NAME && this.composeByFolder.has(file.folder)) reading.add(file.folder);
        // docker compose -f x.yml reads the .env of x.yml's folder too.
        if (file.name === ENV_FILE_NAME) for (const key of this.standaloneByFolder.get(file.folder) ?? []) reading.add(key);
        return models([...reading].sort());
      }
      default:
        return [];
    }
  }

  /** Folders of the projects that mount a file, or a folder above it, into a container. */
  private mountingProjects(file: WorkspaceFile): Set<string> {
    const mounting = new Set<string>(this.mountedBy.get(file.path));
    if (this.mountedBy.size === 0) return mounting;
    for (const folder of foldersUpFrom(file.folder)) {
      const projects = this.mountedBy.get(folder);
      if (projects) for (const project of projects) mounting.add(project);
    }
    return mounting;
  }

  /** A project's compose files as the workspace holds them (the current reading of the project's folder). */
  composeFilesOf(project: ProjectModel): WorkspaceFile[] {
    return this.project(project.folder)?.composeFiles ?? [];
  }

  /** Folders of the projects that read a file besides their own compose files and `.env`: the Dockerfile a
   *  service builds, its `env_file:`, a compose file they `include:`. */
  projectsReading(path: string): string[] {
    this.refresh();
    return [...(this.readByProjects.get(path) ?? [])];
  }

  /** Every compose file of the workspace. */
  *composePaths(): Generator<string> {
    for (const paths of this.composeByFolder.values()) yield* paths;
  }

  /** Rebuilds the projects whose inputs changed, so that the reverse indexes are current. */
  refresh(): void {
    if (this.dirty.size === 0) return;
    const folders = [...this.dirty];
    this.dirty.clear();
    for (const folder of folders) this.project(folder);
  }

  private forget(folder: string): void {
    const entry = this.entries.get(folder);
    if (!entry) return;
    for (const path of entry.mounts) removeFrom(this.mountedBy, path, folder);
    for (const path of entry.serviceInputs) removeFrom(this.readByProjects, path, folder);
    this.entries.delete(folder);
  }
}

/** A compose file with a service that says nothing of what it runs cannot be started alone. */
function isFragment(structure: ComposeStructure): boolean {
  return structure.services.some((service) => !service.runnable);
}

function addTo(index: Map<string, Set<string>>, key: string, value: string): void {
  const set = index.get(key) ?? new Set<string>();
  set.add(value);
  index.set(key, set);
}

function removeFrom(index: Map<string, Set<string>>, key: string, value: string): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) index.delete(key);
}
