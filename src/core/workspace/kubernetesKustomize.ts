// Which folders of manifests kustomize applies together. A kustomization names its resources, bases, components
// and patches by path, often in sibling folders (config/default builds from ../manager and ../webhook; a
// kubeadm folder lists service-monitors/… beside services/…): the objects of those folders are applied as one,
// so a Service there selects the pods there and a ServiceMonitor the Services there, though neither folder holds
// the other. A named folder brings its own kustomization's folders too.
import type { KubernetesObject } from '../formats/kubernetesObjects';
import { folderOf, resolveFrom } from './paths';

/** A folder of one kustomization's build: a file's folder alone, or a folder it names with all below it. */
interface Member {
  folder: string;
  below: boolean;
}

/** A path written close to the kustomization: in its folder, a folder below it or beside it (x.yaml, services/x.yaml,
 *  ../manager). An umbrella kustomization that gathers components from far parts of the repository
 *  (../common/istio/istio-install/base beside ../common/knative/…) applies separately made components together, and
 *  a Service of one selecting the pods of another is wired at run time (an Istio gateway listens where its
 *  Gateway objects say), not by their ports: those are not linked. */
function close(written: string): boolean {
  const segments = written.trim().replace(/^\.\//, '').replace(/\/+$/, '').split('/').filter((segment) => segment !== '' && segment !== '.');
  const up = segments.filter((segment) => segment === '..').length;
  const down = segments.filter((segment) => segment !== '..');
  const folders = /\.ya?ml$/i.test(written.trim()) ? down.length - 1 : down.length;
  return up <= 1 && folders <= 1;
}

/** Whether two folders are applied together by some kustomization. */
export type KustomizeTogether = (a: string, b: string) => boolean;

export function kustomizeGroups(files: readonly { path: string; objects: readonly KubernetesObject[] }[]): KustomizeTogether {
  const named = new Map<string, string[]>();
  for (const file of files) {
    for (const object of file.objects) {
      if (!object.kustomization) continue;
      const folder = folderOf(file.path);
      named.set(folder, [...(named.get(folder) ?? []), ...object.kustomization]);
    }
  }
  if (named.size === 0) return () => false;
  const groups: Member[][] = [];
  for (const folder of named.keys()) {
    const members: Member[] = [];
    const seen = new Set<string>();
    const expand = (at: string) => {
      if (seen.has(at)) return;
      seen.add(at);
      for (const written of named.get(at) ?? []) {
        const path = resolveFrom(at, written);
        if (path === undefined || path.startsWith('..') || !close(written)) continue;
        if (/\.ya?ml$/i.test(path)) members.push({ folder: folderOf(path), below: false });
        else {
          members.push({ folder: path, below: true });
          expand(path);
        }
      }
    };
    expand(folder);
    // One folder alone links nothing that the folder tests do not already link.
    if (new Set(members.map((member) => member.folder)).size > 1) groups.push(members);
  }
  const holds = (members: Member[], folder: string) => members.some((member) => (member.below
    ? member.folder === '' || folder === member.folder || folder.startsWith(`${member.folder}/`)
    : folder === member.folder));
  return (a, b) => groups.some((members) => holds(members, a) && holds(members, b));
}
