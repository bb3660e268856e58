// The Kubernetes code (the manifests' scanner, their rules, the workspace's model of them) is not in the bundle: it
// ships beside it as a script, kubernetes.js (scripts/coreData.mjs, from kubernetes/script.ts), which the host gives the
// core like its data files (dataFiles.ts: the command line and the tests read it from disk when first asked; the editor
// reads its text while it activates, as it reads scanners.js) and which runs here (runScript.ts) on the first manifest.
// A fresh process pays to load and compile every byte of the bundle, and checking a compose file needs none of it
// (docs/benchmarks.md, "On the s15-17 branch"). Without the script (a host that gave none, or a damaged one, which
// dataFileProblems names) a manifest is read as saying nothing about ports, as a Dockerfile is without its parser.
import { dataFileText } from './dataFiles';
import { sharedWithKubernetes } from './kubernetes/shared';
import type { SemanticRule } from './rules/semanticRule';
import { startScript } from './runScript';
import type { ScanResult } from './types';

export const KUBERNETES_SCRIPT = 'kubernetes.js';

/** What the script's start() returns (kubernetes/script.ts). Typed here without the Kubernetes modules' own types: the
 *  workspace model's reach checkPorts, which asks this module, a circle of imports. The workspace's stand-in
 *  (workspace/manifestsOnFirstUse.ts) knows what the model is. */
export interface KubernetesApi {
  scanKubernetes(text: string): ScanResult;
  /** Runs one check of a manifest (its scanner and its rules) with the text parsed once. */
  readingManifest<T>(work: () => T): T;
  /** Primes the next reading of `text` with the objects the workspace kept. */
  rememberKubernetesObjects(text: string, objects: unknown[]): void;
  rules: readonly SemanticRule[];
  /** A new workspace model of the manifests, reading the workspace through `reader`. */
  manifests(reader: unknown): unknown;
}

/** The script that ran, and the text it ran from (a host that gives another text gets a new run). */
let script: { text: string | undefined; api: KubernetesApi | undefined } | undefined;

/** The Kubernetes code, run from the script the host gave on the first call; undefined until it gives one, or when it
 *  is damaged. */
export function kubernetesCode(): KubernetesApi | undefined {
  const text = dataFileText(KUBERNETES_SCRIPT);
  if (script && script.text === text) return script.api;
  const api = text === undefined ? undefined : startScript<KubernetesApi>(KUBERNETES_SCRIPT, text, sharedWithKubernetes, undefined,
    ['scanKubernetes', 'readingManifest', 'rememberKubernetesObjects', 'manifests']);
  script = { text, api };
  return api;
}
