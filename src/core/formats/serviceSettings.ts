// A compose service's settings that decide whether its publishes collide (`profiles:`, a replica count), and
// how they combine when docker compose merges files (compose.yaml, then compose.override.yaml): per the Compose
// spec's merge rules a sequence such as `profiles` is appended to, and a scalar such as `deploy.replicas` is
// taken from the later file.
import type { PortMention, Replicas, ServiceSettings } from '../types';

export function serviceSettings(profiles: string[] | undefined, replicas: Replicas | undefined, portsReplaced = false, containerName?: string): ServiceSettings | undefined {
  if (!profiles && !replicas && !portsReplaced && containerName === undefined) return undefined;
  const settings: ServiceSettings = {};
  if (profiles) settings.profiles = profiles;
  if (replicas) settings.replicas = replicas;
  if (portsReplaced) settings.portsReplaced = true;
  if (containerName !== undefined) settings.containerName = containerName;
  return settings;
}

/** Compose's merge tags (`ports: !override`, `ports: !reset`): the later file's list replaces the earlier one's
 *  instead of adding to it. */
export function replacesEarlierPorts(tag: string | undefined): boolean {
  return tag === '!override' || tag === '!reset';
}

/**
 * The mentions of each file, in reading order, less those of services whose ports a later file replaces
 * (`ports: !override`): those publishes never reach the engine, so they cannot collide.
 */
export function withoutReplacedPorts<T extends { mentions: readonly PortMention[]; services?: ReadonlyMap<string, ServiceSettings> }>(
  files: readonly T[],
): T[] {
  return files.map((file, index) => {
    const replacedLater = new Set<string>();
    for (const later of files.slice(index + 1)) {
      for (const [name, settings] of later.services ?? []) if (settings.portsReplaced) replacedLater.add(name);
    }
    if (replacedLater.size === 0) return file;
    return { ...file, mentions: file.mentions.filter((m) => m.service === undefined || !replacedLater.has(m.service)) };
  });
}

/** Each file's services' settings, in the order docker compose reads the files. */
export function mergeServiceSettings(files: readonly (ReadonlyMap<string, ServiceSettings> | undefined)[]): Map<string, ServiceSettings> {
  const merged = new Map<string, ServiceSettings>();
  for (const services of files) {
    for (const [name, settings] of services ?? []) {
      const into = merged.get(name) ?? {};
      if (settings.profiles) into.profiles = [...new Set([...(into.profiles ?? []), ...settings.profiles])];
      if (settings.replicas) into.replicas = settings.replicas;
      // A scalar: the later file's wins.
      if (settings.containerName !== undefined) into.containerName = settings.containerName;
      merged.set(name, into);
    }
  }
  return merged;
}

/** Gives a mention its service's settings: its profiles, and its replica count when that is more than one
 *  (one container cannot collide with itself). */
export function stampServiceSettings(mention: PortMention, settings: ServiceSettings): void {
  if (settings.profiles) mention.profiles = settings.profiles;
  if (settings.replicas && settings.replicas.count > 1) mention.replicas = settings.replicas;
  else delete mention.replicas;
  if (settings.containerName !== undefined) mention.containerName = settings.containerName;
}

/** Gives every mention of a service in `merged` the merged settings. */
export function applyServiceSettings(mentions: readonly PortMention[], merged: ReadonlyMap<string, ServiceSettings>): void {
  for (const mention of mentions) {
    const settings = mention.service === undefined ? undefined : merged.get(mention.service);
    if (settings) stampServiceSettings(mention, settings);
  }
}
