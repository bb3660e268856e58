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
  // A base is written whole: a workload with pod labels (apps/v1 requires them) and containers, in no patch file. An
  // object of the same kind and name without either is a patch too, named by no kustomization or not (kubebuilder leaves
  // manager_auth_proxy_patch.yaml beside the kustomization, commented out): it takes its base's labels, so that a
  // port it defines counts, and a Service reading it as the base's alone never calls the port undefined.
  const bases = new Map<string, Placed[]>();
  const unlabelled: Placed[] = [];
  for (const file of files) {
    for (const object of file.objects) {
      if (!PATCHABLE.has(object.kind) || !object.name) continue;
      if (patchFiles.has(file.path)) continue;
      if (!(object.templateLabels && object.templateLabels.size > 0) || !object.pod || object.pod.containers.length === 0) {
        unlabelled.push({ path: file.path, object });
        continue;
      }
      const key = `${object.kind}\u0000${object.name.value}`;
      bases.set(key, [...(bases.get(key) ?? []), { path: file.path, object }]);
    }
  }
  if (patchFiles.size === 0 && unlabelled.length === 0) return merged;
  const patches: { placed: Placed; folders: string[]; listed: boolean }[] = [];
  for (const file of files) {
    const folders = patchFiles.get(file.path);
    if (folders) for (const object of file.objects) if (PATCHABLE.has(object.kind) && object.name) patches.push({ placed: { path: file.path, object }, folders, listed: true });
  }
  for (const placed of unlabelled) patches.push({ placed, folders: [folderOf(placed.path)], listed: false });
  // Patches by their base, in the order the files were read; only those a kustomization names change its labels.
  const patchesOf = new Map<KubernetesObject, (Placed & { listed: boolean })[]>();
  for (const { placed, folders, listed } of patches) {
    const { object } = placed;
    const candidates = (bases.get(`${object.kind}\u0000${object.name!.value}`) ?? [])
      .filter((base) => folders.some((folder) => applied(folder, folderOf(base.path)))
        && (base.object.namespace === object.namespace || !base.object.namespaceWritten || !object.namespaceWritten));
    if (candidates.length !== 1) continue;
    const [base] = candidates;
    patchesOf.set(base.object, [...(patchesOf.get(base.object) ?? []), { ...placed, listed }]);
  }
  for (const [base, patches] of patchesOf) {
    const labels = new Map(base.pod?.labels ?? base.templateLabels ?? []);
    for (const patch of patches) if (patch.listed) for (const [key, value] of patch.object.templateLabels ?? []) labels.set(key, value);
    merged.set(base, labels);
    for (const patch of patches) merged.set(patch.object, labels);
  }
  return merged;
}
