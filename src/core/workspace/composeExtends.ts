// `extends:`: a service that copies another's configuration, from its own file (`extends: base`) or another
// (`extends: { file: common.yml, service: base }`). "Compose copies configurations from the original service over
// to the local one. If a configuration option is defined in both the original service and the local service, the
// local value replaces or extends the original value" (https://docs.docker.com/reference/compose-file/services/#extends);
// how each kind of value combines is the merge rules' (https://docs.docker.com/reference/compose-file/merge/):
// scalars (image, command, network_mode) are the local service's when it sets them, sequences (ports, volumes,
// env_file) are the base's with the local ones appended, mappings (environment) add the base's missing keys. A base
// may extend another in turn; a chain that comes back on itself (which docker compose rejects) or names a service
// or file the workspace does not hold simply ends there.
//
// The ports a service inherits count for what it listens on (serviceListening.ts), not for the rules over one file
// (host-port-conflict, container-port-mismatch), by decision. compose-go's extends is override.ExtendService =
// MergeYaml(base, local) (loader/extends.go, override/extends.go); `profiles` has no special merge there, so the
// base's profiles are appended to the local ones (override/merge_profiles_test.go: unique, in order). Real files
// keep a base off with a dummy profile (ebook2audiobook's `profiles: [_base]` "exists only for extends, never runs",
// with cpu/cuda/rocm variants of 7860; nextcloud all-in-one's tests, `profiles: [none]`): every variant then has the
// dummy profile too, and the one reading in which they run together is `--profile _base`, which is literally a
// conflict for compose-go and never done in practice. Reporting inherited publishes would name those pairs.
import type { ComposeServiceStructure, ComposeStructure, EnvFileRef } from './composeStructure';

/** What of a project's service an extends fills in: the settings a service copies from its base. project.ts's
 *  ServiceModel extends it (declared here, as that file calls this one). */
export interface ExtendingService {
  builds: boolean;
  dockerfile?: string;
  buildTarget?: string;
  image?: string;
  /** Other names: hostname, container_name, network aliases, and the aliases other services link it by. */
  aliases: string[];
  mounts: string[];
  /** `env_file:` paths (undefined: one no workspace file can be). */
  envFiles: EnvFileRef[];
  environmentKeys: Set<string>;
  unreadableEnvironment: Set<string>;
  command?: string;
  networkMode?: string;
  /** See ComposeServiceStructure.imagePortsMovedBy. */
  imagePortsMovedBy?: string;
  /** The services it extends, nearest first, each with the compose file it is written in: it publishes their ports too. */
  inherits?: { path: string; service: string }[];
}

/** Steps followed at most: a guard for chains docker compose would reject anyway. */
const MAX_STEPS = 16;

/** The structure of a compose file of the workspace, by path; undefined when the workspace has none there. */
export type StructureAt = (path: string) => ComposeStructure | undefined;

/**
 * Gives `service` what its base services say and it does not, and records where each base is written
 * (`service.inherits`), whose ports it publishes too. `self`: the service and the file its `extends:` is written in;
 * `start`: the service and file that names.
 */
export function inheritExtended(service: ExtendingService, self: { service: string; file: string }, start: { service: string; file: string }, structureAt: StructureAt): void {
  const seen = new Set<string>([`${self.file}\n${self.service}`]);
  let next: { service: string; file: string } | undefined = start;
  for (let steps = 0; next && steps < MAX_STEPS; steps++) {
    const key = `${next.file}\n${next.service}`;
    if (seen.has(key)) return;
    seen.add(key);
    const at: string = next.file;
    const name: string = next.service;
    const base = structureAt(at)?.services.find((candidate) => candidate.name === name);
    if (!base) return;
    copyMissing(service, base);
    (service.inherits ??= []).push({ path: at, service: name });
    next = base.extends ? { service: base.extends.service, file: base.extends.file ?? at } : undefined;
  }
}

function copyMissing(service: ExtendingService, base: ComposeServiceStructure): void {
  if (!service.builds && base.builds) {
    service.builds = true;
    service.dockerfile = base.dockerfile;
    service.buildTarget = base.buildTarget;
  }
  if (service.image === undefined && base.image !== undefined) service.image = base.image;
  for (const alias of base.aliases) if (!service.aliases.includes(alias)) service.aliases.push(alias);
  // Sequences: the base's first.
  service.mounts.unshift(...base.mounts.filter((path) => !service.mounts.includes(path)));
  service.envFiles.unshift(...base.envFiles.filter((ref) => !service.envFiles.some((own) => own.path === ref.path)));
  // A mapping: the local keys win, the base's others are added.
  for (const key of base.environmentKeys) {
    if (service.environmentKeys.has(key)) continue;
    service.environmentKeys.add(key);
    if (base.unreadableEnvironment.includes(key)) service.unreadableEnvironment.add(key);
  }
  if (service.command === undefined && base.command !== undefined) service.command = base.command;
  if (service.networkMode === undefined && base.networkMode !== undefined) service.networkMode = base.networkMode;
  if (service.imagePortsMovedBy === undefined && base.imagePortsMovedBy !== undefined) service.imagePortsMovedBy = base.imagePortsMovedBy;
}
