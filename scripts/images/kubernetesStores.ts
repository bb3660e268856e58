// App stores that write their apps as Kubernetes manifests: Sealos's templates (labring-actions/templates,
// `template/<app>.yaml` or `template/<app>/index.yaml`), Olares's charts (beclab/apps, `<app>/templates/*.yaml`) and
// Kubero's templates (kubero-dev/kubero, `services/<app>/app.yaml`). A container's `containerPort` is the container
// side, the only side there is; an `env` value equal to one of its ports says the store set that port, so the port
// becomes a setting and not a default. A store's word, weighed like any other store's (two must agree).
import { parseAllDocuments } from 'yaml';
import { imageKey } from '../../src/core/images/imageReference';
import type { CatalogFiles } from './catalogFiles';
import type { ImageClaim, PortClaim } from './claims';
import { dedupe, markMoved } from './composeServices';

export type KubernetesStore = 'sealos' | 'olares' | 'kubero';

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod']);

export function readKubernetesStore(files: CatalogFiles, store: KubernetesStore): ImageClaim[] {
  if (store === 'kubero') return readKubero(files);
  const byApp = new Map<string, string[]>();
  for (const path of files.paths) {
    const m = store === 'sealos'
      ? /^template\/([^/]+?)(?:\.ya?ml|\/index\.ya?ml)$/.exec(path)
      : /^([^/.][^/]*)\/templates\/[^/]+\.ya?ml$/.exec(path);
    if (m) byApp.set(m[1], [...(byApp.get(m[1]) ?? []), path]);
  }
  const claims: ImageClaim[] = [];
  for (const [app, paths] of [...byApp].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const found: { key: string; name: string; path: string; ports: PortClaim[]; env: Map<string, string> }[] = [];
    let title: string | undefined;
    for (const path of paths) {
      for (const doc of documents(files.read(path))) {
        if (doc.kind === 'Template') title ??= str(mapping(doc.spec).title);
        if (!WORKLOADS.has(String(doc.kind))) continue;
        const pod = doc.kind === 'Pod' ? mapping(doc.spec) : mapping(mapping(mapping(doc.spec).template).spec);
        for (const c of Array.isArray(pod.containers) ? pod.containers : []) {
          const container = mapping(c);
          const key = typeof container.image === 'string' && !container.image.includes('{') && !container.image.includes('$') ? imageKey(container.image) : undefined;
          if (!key) continue;
          found.push({ key, name: String(container.name ?? ''), path, ports: containerPorts(container.ports), env: envOf(container.env) });
        }
      }
    }
    if (store === 'olares') title ??= manifestTitle(files.read(`${app}/OlaresManifest.yaml`));
    for (const f of found) {
      const portSettings = markMoved(f.ports, f.env);
      // The app's own container: the only one, or the one named after the app (Sealos names it `defaults.app_name`).
      const main = found.length === 1 || f.name === app || /defaults\.app_name/.test(f.name);
      claims.push({ key: f.key, catalog: files.repo, owner: false, url: files.permalink(f.path), app, main, title: main ? title : undefined,
        categories: [], ports: dedupe(f.ports), portSettings });
    }
  }
  return claims;
}

/** Kubero: `spec.image.repository` and `spec.image.containerPort`, the port Kubero routes HTTP to. */
function readKubero(files: CatalogFiles): ImageClaim[] {
  const claims: ImageClaim[] = [];
  for (const path of files.paths) {
    const m = /^services\/([^/]+)\/app\.ya?ml$/.exec(path);
    if (!m) continue;
    for (const doc of documents(files.read(path))) {
      const spec = mapping(doc.spec);
      const image = mapping(spec.image);
      const key = typeof image.repository === 'string' ? imageKey(image.repository) : undefined;
      const port = Number(image.containerPort);
      if (!key || !Number.isInteger(port) || port < 1 || port > 65535) continue;
      const ports: PortClaim[] = [{ port, protocol: 'tcp', speaks: 'http', description: 'web UI or HTTP API' }];
      const portSettings = markMoved(ports, envOf(spec.envVars));
      const title = str(mapping(mapping(doc.metadata).annotations)['kubero.dev/template.title']);
      claims.push({ key, catalog: files.repo, owner: false, url: files.permalink(path), app: m[1], main: true, title, categories: [], ports, portSettings });
    }
  }
  return claims;
}

/** The YAML documents of a manifest; Helm's template lines (`{{- if … }}`) are dropped and expressions kept as text. */
function documents(text: string): Record<string, unknown>[] {
  const plain = text.split('\n').filter((line) => !/^\s*\{\{-?[^}]*-?\}\}\s*$/.test(line)).join('\n');
  try {
    return parseAllDocuments(plain, { logLevel: 'silent', uniqueKeys: false, maxAliasCount: 100 } as never)
      .flatMap((d) => { try { return [mapping(d.toJS({ maxAliasCount: 100 }))]; } catch { return []; } });
  } catch {
    return [];
  }
}

function containerPorts(value: unknown): PortClaim[] {
  const ports: PortClaim[] = [];
  for (const raw of Array.isArray(value) ? value : []) {
    const p = mapping(raw);
    const port = Number(p.containerPort);
    if (!Number.isInteger(port) || port < 1 || port > 65535) continue;
    const protocol = String(p.protocol ?? 'TCP').toUpperCase();
    if (protocol !== 'TCP' && protocol !== 'UDP') continue;
    ports.push({ port, protocol: protocol === 'UDP' ? 'udp' : 'tcp' });
  }
  return ports;
}

/** `env: [{ name, value }]` as a map; values from secrets or templates are no numbers and move nothing. */
function envOf(value: unknown): Map<string, string> {
  const env = new Map<string, string>();
  for (const raw of Array.isArray(value) ? value : []) {
    const e = mapping(raw);
    if (typeof e.name === 'string' && (typeof e.value === 'string' || typeof e.value === 'number')) env.set(e.name, String(e.value));
  }
  return env;
}

function manifestTitle(text: string): string | undefined {
  return /^\s+title:\s*['"]?([^'"\n]+?)['"]?\s*$/m.exec(text)?.[1];
}

function mapping(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' && !value.includes('${{') ? value.trim() : undefined;
}
