// container-port-mismatch for a container whose envFrom reads ConfigMaps of the workspace. Any envFrom may set
// the image's port (a generic PORT, the image's own setting), so the one-file check leaves such a container
// unjudged; once every source is a ConfigMap the workspace defines (a ConfigMap object, or a kustomization's
// configMapGenerator literals) and none of their keys is a port setting, the container is judged as if it had no
// envFrom (zimmertr's linuxserver/tautulli declared 8080 beside envFrom of TZ only; Tautulli listens on 8181).
import type { ConfigMapKeys, Container, KubernetesObject } from '../formats/kubernetesObjects';
import { isPortKey } from '../formats/portSettings';
import { lookupImage } from '../images/lookupImage';
import { imageMismatch } from '../rules/kubernetesPortChecks';
import type { Finding } from '../types';

export interface ConfigMapEntry {
  path: string;
  object: KubernetesObject;
  configMap: ConfigMapKeys;
}

/** The ConfigMaps of the workspace by name. */
export function configMapsByName(files: readonly { path: string; objects: readonly KubernetesObject[] }[]): Map<string, ConfigMapEntry[]> {
  const byName = new Map<string, ConfigMapEntry[]>();
  for (const file of files) {
    for (const object of file.objects) {
      for (const configMap of object.configMaps ?? []) {
        const list = byName.get(configMap.name.value) ?? [];
        list.push({ path: file.path, object, configMap });
        byName.set(configMap.name.value, list);
      }
    }
  }
  return byName;
}

/** The keys of the ConfigMaps a container's envFrom reads, with the places that define them; undefined when a
 *  source is not a ConfigMap found beside the pod (`near` its file, in its namespace, or either namespace left to
 *  the apply) with all its keys written. */
function keysRead(path: string, object: KubernetesObject, container: Container, configMaps: ReadonlyMap<string, ConfigMapEntry[]>,
  near: (a: string, b: string) => boolean): { keys: string[]; places: ConfigMapEntry[] } | undefined {
  if (!container.envFromConfigMaps) return undefined;
  const keys: string[] = [];
  const places: ConfigMapEntry[] = [];
  for (const ref of container.envFromConfigMaps) {
    const found = (configMaps.get(ref.value) ?? []).filter((entry) => near(path, entry.path)
      && (entry.object.namespace === object.namespace || !entry.object.namespaceWritten || !object.namespaceWritten));
    if (found.length === 0 || found.some((entry) => entry.configMap.keys === undefined)) return undefined;
    for (const entry of found) keys.push(...entry.configMap.keys!);
    places.push(found[0]);
  }
  return { keys, places };
}

export function envFromImagePorts(path: string, object: KubernetesObject, configMaps: ReadonlyMap<string, ConfigMapEntry[]>,
  near: (a: string, b: string) => boolean): Finding[] {
  const findings: Finding[] = [];
  for (const container of object.pod?.containers ?? []) {
    if (container.init || !container.envFrom || container.image === undefined) continue;
    const info = lookupImage(container.image.value);
    if (!info || info.ports.length === 0) continue;
    const read = keysRead(path, object, container, configMaps, near);
    if (!read || read.keys.some((key) => isPortKey(key) || (info.portSettings ?? []).includes(key))) continue;
    const names = read.places.map((entry) => entry.configMap.name.value);
    const label = `${names.length === 1 ? 'the ConfigMap' : 'the ConfigMaps'} ${names.join(', ')}`;
    for (const found of imageMismatch(object, { ...container, envFrom: false }, label)) {
      found.related = read.places.map((entry) => ({ path: entry.path, start: entry.configMap.name.start, end: entry.configMap.name.end,
        message: `ConfigMap ${entry.configMap.name.value}, which sets no port` }));
      findings.push(found);
    }
  }
  return findings;
}
