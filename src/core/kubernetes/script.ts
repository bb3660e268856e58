// The Kubernetes code as one script (scripts/coreData.mjs bundles this file as kubernetes.js): the manifests' scanner,
// their rules and the workspace's model of them (the links between manifests, the Ports view's Services). The bundle
// keeps only a thin part that runs it on the first manifest (../kubernetesCode.ts), so that a process that checks a
// compose file does not pay to load and compile about 30 KB it never runs (docs/benchmarks.md, "On the s15-17
// branch"). The Kubernetes modules stay where they are; every one of them is here and nowhere else, so the state
// they keep (kubernetesObjects' last reading) is one. What they import besides is the bundle's (shared.ts).
// start() is all the script exports.
import { scanKubernetes } from '../formats/kubernetes';
import { readingManifest, rememberKubernetesObjects } from '../formats/kubernetesObjects';
import type { KubernetesApi } from '../kubernetesCode';
import { KUBERNETES_RULES } from '../rules/kubernetesRules';
import { KubernetesManifests, type ManifestReader } from '../workspace/kubernetesManifests';

/** What the bundle calls (../kubernetesCode.ts). */
export function start(): KubernetesApi {
  return {
    scanKubernetes, readingManifest, rememberKubernetesObjects, rules: KUBERNETES_RULES,
    manifests: (reader: ManifestReader) => new KubernetesManifests(reader),
  };
}
