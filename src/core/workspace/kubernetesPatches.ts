// The pod labels of workloads that kustomize patches. A kustomization's strategic-merge patches are written as
// partial objects of the same kind and name as a base object (kubebuilder's config/default: manager_label_patch.yaml
// sets the pod labels, manager_webhook_patch.yaml adds the container's webhook port, neither repeats the other):
// kustomize merges them into the base, so a Service selects the merged pod. The base and each patch keep their own
// entries (each port stays at its own file and line) and all of them take the merged labels.
import type { KubernetesObject } from '../formats/kubernetesObjects';
import { folderOf, resolveFrom } from './paths';

const PATCHABLE = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob']);

interface Placed {
  path: string;
  object: KubernetesObject;
}

/** The labels each patched workload's pods carry once kustomize has merged its patches: for the base object and
 *  for each patch object, keyed by object. Only where exactly one base object of that kind and name is applied
 *  with the kustomization (`applied` says which folders are). */
export function patchedPodLabels(files: readonly { path: string; objects: readonly KubernetesObject[] }[],
  applied: (a: string, b: string) => boolean): Map<KubernetesObject, Map<string, string>> {
  const merged = new Map<KubernetesObject, Map<string, string>>();
  const patchFiles = new Map<string, string[]>();
  for (const file of files) {
    for (const object of file.objects) {
      for (const written of object.kustomizePatches ?? []) {
        const path = resolveFrom(folderOf(file.path), written);
        if (path !== undefined && !path.startsWith('..')) patchFiles.set(path, [...(patchFiles.get(path) ?? []), folderOf(file.path)]);
      }
    }
  }
  if (patchFiles.size === 0) return merged;
  const byPath = new Map(files.map((file) => [file.path, file]));
  const bases = new Map<string, Placed[]>();
  for (const file of files) {
    if (patchFiles.has(file.path)) continue;
    for (const object of file.objects) {
      if (!PATCHABLE.has(object.kind) || !object.name) continue;
      const key = `${object.kind}\u0000${object.name.value}`;
      bases.set(key, [...(bases.get(key) ?? []), { path: file.path, object }]);
    }
  }
  // Patches by their base, in the order the files were read.
  const patchesOf = new Map<KubernetesObject, Placed[]>();
  const baseOf = new Map<KubernetesObject, Placed>();
  for (const [path, folders] of patchFiles) {
    const file = byPath.get(path);
    for (const object of file?.objects ?? []) {
      if (!PATCHABLE.has(object.kind) || !object.name) continue;
      const candidates = (bases.get(`${object.kind}\u0000${object.name.value}`) ?? [])
        .filter((base) => folders.some((folder) => applied(folder, folderOf(base.path)))
          && (base.object.namespace === object.namespace || !base.object.namespaceWritten || !object.namespaceWritten));
      if (candidates.length !== 1) continue;
      const [base] = candidates;
      baseOf.set(object, base);
      patchesOf.set(base.object, [...(patchesOf.get(base.object) ?? []), { path, object }]);
    }
  }
  for (const [base, patches] of patchesOf) {
    const labels = new Map(base.pod?.labels ?? base.templateLabels ?? []);
    for (const patch of patches) for (const [key, value] of patch.object.pod?.labels ?? patch.object.templateLabels ?? []) labels.set(key, value);
    merged.set(base, labels);
    for (const patch of patches) merged.set(patch.object, labels);
  }
  return merged;
}
