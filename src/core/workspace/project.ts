// A compose project: the compose files docker compose reads together (the base file of a folder and its override,
// or a file read alone with -f; then the files they include), later files winning as docker compose merges them,
// interpolated with the `.env` beside them, as services with every name their containers answer to.
import type { PortLocation } from '../types';
import { BASE_FILE_NAMES, OVERRIDE_FILE_NAMES } from './composeFileNames';
import { inheritExtended, type ExtendingService, type StructureAt } from './composeExtends';
import type { ComposeServiceStructure, ComposeStructure } from './composeStructure';

export interface ServiceModel extends ExtendingService {
  project: string;
  name: string;
  /** The service's key in each compose file that defines it. */
  declarations: PortLocation[];
  /** `extends:` as the last file that sets it wrote it, with the file it is written in. */
  extends?: { service: string; file: string; writtenIn: string };
}

/** What a project reads of a compose file itself. The workspace's files (`WorkspaceFile`) are such files; naming
 *  that type here would close a circle (a file caches its targets, which name their projects). */
export interface ComposeFileRef {
  path: string;
  name: string;
}

export interface ProjectModel<File extends ComposeFileRef = ComposeFileRef> {
  /** The project's key (see WorkspaceFile.projectKey): the compose files' folder ('' for the workspace root) for
   *  the files docker compose reads there by default, a compose file's own path for one read with -f. Its name in
   *  the port map. */
  folder: string;
  /** The folder the project's compose files are in, where it reads paths from (its project directory). */
  directory: string;
  /** In the order docker compose reads them. */
  composeFiles: File[];
  services: Map<string, ServiceModel>;
  /** Every name a container answers to → the services that answer to it (more than one: ambiguous). */
  names: Map<string, string[]>;
}

/** Base file first (the first of compose-go's names that exists), then its override, then the others by path;
 *  or, when the folder's `.env` sets COMPOSE_FILE (`listed`), the order it names them in, then the rest. */
export function composeReadingOrder<File extends ComposeFileRef>(files: readonly File[], listed?: readonly string[]): File[] {
  const rank = (file: File) => {
    const at = listed?.indexOf(file.name) ?? -1;
    if (at >= 0) return -1000 + at;
    const base = BASE_FILE_NAMES.indexOf(file.name);
    if (base >= 0) return base;
    const override = OVERRIDE_FILE_NAMES.indexOf(file.name);
    return override >= 0 ? 10 + override : 100;
  };
  return [...files].sort((a, b) => rank(a) - rank(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `structureAt`: the structure of another compose file of the workspace, for `extends: { file: … }` (by default
 *  only the project's own files are known). */
export function buildProject<File extends ComposeFileRef>(folder: string, files: readonly File[], structureOf: (file: File) => ComposeStructure, directory = folder,
  listed?: readonly string[], structureAt?: StructureAt): ProjectModel<File> {
  const composeFiles = composeReadingOrder(files, listed);
  const services = new Map<string, ServiceModel>();
  const links: { service: string; alias: string }[] = [];
  for (const file of composeFiles) {
    for (const written of structureOf(file).services) {
      const service = services.get(written.name) ?? newService(folder, written.name);
      mergeService(service, written, file.path);
      services.set(written.name, service);
      links.push(...written.links);
    }
  }
  const own = new Map(composeFiles.map((file) => [file.path, file]));
  const lookup: StructureAt = (path) => {
    const file = own.get(path);
    return file ? structureOf(file) : structureAt?.(path);
  };
  // Before the names: a base's hostname and container_name are copied too.
  for (const service of services.values()) if (service.extends) inheritExtended(service, { service: service.name, file: service.extends.writtenIn }, service.extends, lookup);
  for (const link of links) {
    const target = services.get(link.service);
    if (target && link.alias !== link.service && !target.aliases.includes(link.alias)) target.aliases.push(link.alias);
  }
  const names = new Map<string, string[]>();
  // Container DNS names are case-insensitive.
  const add = (written: string, service: string) => {
    const name = written.toLowerCase();
    const list = names.get(name) ?? [];
    if (!list.includes(service)) list.push(service);
    names.set(name, list);
  };
  for (const service of services.values()) {
    add(service.name, service.name);
    for (const alias of service.aliases) add(alias, service.name);
  }
  return { folder, directory, composeFiles, services, names };
}

function newService(project: string, name: string): ServiceModel {
  return { project, name, declarations: [], aliases: [], builds: false, mounts: [], envFiles: [], environmentKeys: new Set(), unreadableEnvironment: new Set() };
}

/** A later file's settings win; lists add up, as docker compose merges aliases, volumes and environment. */
function mergeService(service: ServiceModel, written: ComposeServiceStructure, path: string): void {
  service.declarations.push({ path, start: written.keyStart, end: written.keyEnd });
  for (const alias of written.aliases) if (!service.aliases.includes(alias)) service.aliases.push(alias);
  if (written.builds) {
    service.builds = true;
    service.dockerfile = written.dockerfile;
    service.buildTarget = written.buildTarget;
  }
  if (written.image !== undefined) service.image = written.image;
  service.mounts.push(...written.mounts);
  service.envFiles.push(...written.envFiles);
  for (const key of written.environmentKeys) {
    service.environmentKeys.add(key);
    service.unreadableEnvironment.delete(key);
  }
  for (const key of written.unreadableEnvironment) service.unreadableEnvironment.add(key);
  if (written.command !== undefined) service.command = written.command;
  if (written.networkMode !== undefined) service.networkMode = written.networkMode;
  if (written.imagePortsMovedBy !== undefined) service.imagePortsMovedBy = written.imagePortsMovedBy;
  if (written.extends) service.extends = { service: written.extends.service, file: written.extends.file ?? path, writtenIn: path };
}

/** The one service a host name reaches in the project; undefined when none or several answer to it. */
export function serviceNamed(project: ProjectModel, host: string): ServiceModel | undefined {
  const services = project.names.get(host.toLowerCase());
  return services?.length === 1 ? project.services.get(services[0]) : undefined;
}
