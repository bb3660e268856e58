// Whether a YAML text is a Kubernetes manifest: kubectl goes by content, not by name (deploy.yaml, web.yml,
// anything passed to `kubectl apply -f`), so we do too. A manifest is a document with `apiVersion:` and `kind:`
// at its top level (column 0); a Compose file or a CI workflow has neither. Cheap: line tests, no parse.

/** Names a YAML file can have. Other files are never manifests, whatever they hold. */
export function isYamlName(fileName: string): boolean {
  return /\.ya?ml$/i.test(fileName);
}

const TOP_LEVEL_API_VERSION = /^apiVersion[ \t]*:[ \t]*["']?[A-Za-z0-9]/m;
const TOP_LEVEL_KIND = /^kind[ \t]*:[ \t]*["']?[A-Z]/m;

/** One document of the text (between `---` lines) has both keys at its top level. */
export function isKubernetesManifest(text: string): boolean {
  if (typeof text !== 'string' || !TOP_LEVEL_API_VERSION.test(text) || !TOP_LEVEL_KIND.test(text)) return false;
  for (const document of text.split(/^---[^\n]*$/m)) {
    if (TOP_LEVEL_API_VERSION.test(document) && TOP_LEVEL_KIND.test(document)) return true;
  }
  return false;
}

/**
 * A Helm chart template (or any Go template) is not YAML until rendered: `{{ .Values.port }}` where a value
 * stands, `{{- if … }}` where a line stands. Such a document is skipped whole, never misread. A template inside a
 * quoted value or a block scalar (an Alertmanager template in a ConfigMap) stays harmless text for YAML, but it
 * cannot be told apart cheaply from one that is not: the document is skipped as well (it has no ports to read).
 */
export function isTemplated(documentText: string): boolean {
  return documentText.includes('{{');
}

const KUSTOMIZATION_NAME = /^kustomization\.ya?ml$|^Kustomization$/;
const KUSTOMIZATION_TOP_KEY = /^(resources|bases|components|configMapGenerator|patchesStrategicMerge|patches)[ \t]*:/m;

/** A kustomization file without apiVersion and kind (kustomize does not require them): named as kustomize reads it
 *  (kustomization.yaml, kustomization.yml, Kustomization) and with one of the keys that name its parts. */
export function isKindlessKustomization(baseName: string, text: string): boolean {
  return typeof text === 'string' && KUSTOMIZATION_NAME.test(baseName) && KUSTOMIZATION_TOP_KEY.test(text);
}
