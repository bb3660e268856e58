// Reading a Kubernetes manifest into the objects whose ports matter: pod templates (of every workload kind),
// Services, Ingresses, Gateway API routes and NetworkPolicies, each with the source ranges of what it says.
// Multi-document files are read document by document; a document that is not valid YAML or that holds a
// template (`{{ … }}`) is skipped whole. Aliases are not followed (manifests almost never use them), except in a
// HelmRelease's values (kubernetesChartServices), where `port: *port` is the rule.
import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';
import type { Protocol } from '../types';
import { mayHoldConfig as composeMayHoldConfig } from './composeImage';
import { composeReadingsShared, parseComposeDocuments } from './composeParse';
import { appTemplateService } from './kubernetesChartServices';
import { spanOf, trimEnd, type Written } from './kubernetesSpans';
import { isTemplated } from './kubernetesDetect';
import { isPortKey } from './portSettings';

export type { Written };

/** A port written as a number or as a name (Kubernetes' IntOrString). */
export type PortRef = Written<number | string>;

export interface ContainerPort {
  containerPort?: Written<number>;
  name?: Written<string>;
  protocol: Protocol;
  hostPort?: Written<number>;
  hostIp?: string;
  /** Port fields written as a dotted number (containerPort: 1.3.0, a version a release bot put there). */
  malformed?: MalformedPort[];
}

/** A whole-number port field whose value is a dotted number: no placeholder, and no port either. */
export interface MalformedPort {
  field: string;
  written: Written<string>;
}

export interface Probe {
  /** livenessProbe, readinessProbe, startupProbe, or a lifecycle hook. */
  kind: string;
  handler: 'httpGet' | 'tcpSocket' | 'grpc';
  port: PortRef;
}

export interface EnvPort {
  name: string;
  port: Written<number>;
}

export interface Container {
  name?: string;
  /** An init container that runs to completion before the others (not a sidecar): it serves no port. */
  init?: true;
  image?: Written<string>;
  ports: ContainerPort[];
  probes: Probe[];
  envPorts: EnvPort[];
  /** What in the container may make its image listen elsewhere than its defaults, in words (see
   *  containerPortsMovedBy for the judgement with the image's own port settings). */
  portsChangedBy?: string;
  /** The words of its command and args; the names of its env settings; whether it reads envFrom; where volumes
   *  are mounted that may hold configuration. */
  commandWords: string[];
  envNames: string[];
  /** The env settings written with a literal value (not valueFrom), by name: a listen address beside a port
   *  setting (TELEMETRY_HOST=0.0.0.0 beside TELEMETRY_PORT) says the port is the container's own. */
  envValues?: Map<string, string>;
  envFrom: boolean;
  /** The ConfigMaps its envFrom reads (configMapRef names), written where; undefined when an envFrom source is
   *  anything else (a Secret, whose keys are not in the manifests; a name not written). */
  envFromConfigMaps?: Written<string>[];
  configMounts: string[];
  /** Every number written in its command, args and env values: a probe or a Service naming one of these
   *  reaches a port the container was told to listen on. */
  numbersInSettings: Set<number>;
}

export interface PodTemplate {
  labels: Map<string, string>;
  containers: Container[];
  hostNetwork: boolean;
  /** The nodes it may run on, as far as they are written: the operating systems its nodeSelector or required
   *  node affinity names (kubernetes.io/os), and whether it asks for nodes by another label (then it runs on some
   *  nodes only). Two pods for different systems never share a node. */
  nodes?: { os?: ReadonlySet<string>; pinned: boolean };
}

export interface ServicePort {
  port?: Written<number>;
  name?: Written<string>;
  protocol: Protocol;
  /** Undefined when not written: it then defaults to `port`. */
  targetPort?: PortRef;
  nodePort?: Written<number>;
  /** A name is written (perhaps a placeholder, then not in `name`). */
  named: boolean;
  /** A targetPort is written (perhaps a placeholder, then not in `targetPort`): it does not default to `port`. */
  targetWritten: boolean;
  /** The whole `- port: …` item, for messages about the item itself. */
  item: { start: number; end: number };
  /** Port fields written as a dotted number (see ContainerPort). */
  malformed?: MalformedPort[];
}

export interface ServiceSpec {
  /** Undefined when the Service has no selector (its endpoints are managed by hand). */
  selector?: Map<string, string>;
  type: string;
  headless: boolean;
  ports: ServicePort[];
}

/** A reference from an Ingress or a route to a Service's port. */
export interface BackendRef {
  service: Written<string>;
  namespace: string;
  port?: PortRef;
  /** `ingress` (port.number / port.name / servicePort), `route` (Gateway API backendRefs[].port) or `traefik`
   *  (a Traefik IngressRoute's routes[].services[].port). */
  via: 'ingress' | 'route' | 'traefik';
  /** Set for the old v1alpha1 route form, forwardTo[].port. */
  forwardTo?: true;
}

export interface NetworkPolicyPort {
  port: PortRef;
  endPort?: Written<number>;
  protocol: Protocol;
  direction: 'ingress' | 'egress';
}

export interface NetworkPolicySpec {
  /** Undefined or empty: every pod of the namespace. */
  podSelector?: Map<string, string>;
  ports: NetworkPolicyPort[];
}

/** A Service named with a port in a value (`http://gateway.openfaas:8080/system/alert` in a ConfigMap, an env
 *  value, an argument): the cluster DNS name of a Service, and the port, as written. */
export interface ServiceReference {
  service: string;
  /** The namespace the name resolves in: the one written (name.namespace…), else the object's. */
  namespace: string;
  /** The host and port as written, for messages. */
  written: string;
  port: Written<number>;
}

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  name?: Written<string>;
  /** metadata.namespace, else `default`. */
  namespace: string;
  /** The document's own range. */
  start: number;
  end: number;
  /** The keys of metadata.annotations (a load balancer that terminates TLS says so there). */
  annotationKeys: string[];
  pod?: PodTemplate;
  service?: ServiceSpec;
  backends: BackendRef[];
  networkPolicy?: NetworkPolicySpec;
  /** Services named with a port in its containers' env values, command and args, or a ConfigMap's data. */
  serviceReferences: ServiceReference[];
  /** A skaffold.yaml's build artifacts: the image each builds, and its context folder and Dockerfile as written. */
  skaffoldArtifacts?: { image: string; context: string; dockerfile: string }[];
  /** metadata.labels, when written (a ServiceMonitor selects Services by them). */
  labels?: Map<string, string>;
  /** metadata.namespace is written: without it the namespace is the one applied with (kubectl -n, a kustomization). */
  namespaceWritten?: true;
  /** A Prometheus Operator ServiceMonitor or PodMonitor: what it selects and the ports it scrapes by name. */
  monitor?: MonitorSpec;
  /** A kustomization's resources, bases, components and patch files, as written (relative to its folder). */
  kustomization?: string[];
  /** A kustomization's strategic-merge patch files (patchesStrategicMerge, patches[].path), as written. */
  kustomizePatches?: string[];
  /** A kustomization with patches this reader does not apply (JSON 6902 patches, inline patches, patches chosen by
   *  a target): they may add ports to the workloads it builds. */
  unreadPatches?: true;
  /** A kustomization's or kustomize Component's `replacements:` that rewrite a port field (a Service's
   *  spec.ports.0.name, an Ingress backend's service.port.name): the kinds they select ('' for any), and the resources
   *  they apply to, as written. The ports written in those resources are placeholders the build replaces. */
  portReplacements?: { kinds: string[]; resources: string[] };
  /** A workload's pod template labels, also when the template has no spec (a kustomize patch of labels only). */
  templateLabels?: Map<string, string>;
  /** The ConfigMaps it defines with their keys: a ConfigMap's own data, or a kustomization's configMapGenerator
   *  entries. Keys undefined when they cannot all be read (a generator reading env or other files). */
  configMaps?: ConfigMapKeys[];
  /** A Flux HelmRelease's: the Service its chart makes, when the chart's templates fix it (kubernetesChartServices). */
  chartService?: KubernetesObject;
  /** A Service no manifest writes: what makes it, in words (the app-template chart of HelmRelease sabnzbd). */
  madeBy?: string;
}

/** A ConfigMap's name as written, and the keys of its data (undefined when not all are known). */
export interface ConfigMapKeys {
  name: Written<string>;
  keys?: string[];
}

/** A ServiceMonitor scrapes Services' ports by name (endpoints[].port); a PodMonitor scrapes pods' container
 *  ports by name (podMetricsEndpoints[].port). */
export interface MonitorSpec {
  selects: 'services' | 'pods';
  /** spec.selector.matchLabels; undefined when the selector also has matchExpressions (not read). */
  selector?: Map<string, string>;
  /** spec.namespaceSelector.matchNames; `any` for any: true; undefined for the monitor's own namespace. */
  namespaces?: string[] | 'any';
  ports: Written<string>[];
}

const WORKLOAD_TEMPLATE_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

const ROUTE_KINDS = new Set(['HTTPRoute', 'GRPCRoute', 'TCPRoute', 'TLSRoute', 'UDPRoute']);
/** Traefik's own routes (traefik.io/v1alpha1, and traefik.containo.us/v1alpha1 before Traefik 3). */
const TRAEFIK_ROUTE_KINDS = new Set(['IngressRoute', 'IngressRouteTCP', 'IngressRouteUDP']);

let lastRead: { text: string; objects: KubernetesObject[] } | undefined;

/** The objects of a manifest. While the workspace model works (see sharingComposeReadings) the last text read is
 *  remembered: the scanner, the rules and the model read the same file in a row, and it is parsed once. Otherwise
 *  each call reads afresh, so that a check of one text costs what it costs. Never throws. */
export function readKubernetesObjects(text: string): KubernetesObject[] {
  if (typeof text !== 'string') return [];
  if (lastRead && lastRead.text === text && (scopes > 0 || composeReadingsShared())) return lastRead.objects;
  let objects: KubernetesObject[];
  try {
    objects = readUncached(text);
  } catch {
    objects = [];
  }
  lastRead = { text, objects };
  return objects;
}

let scopes = 0;

/** Runs one check of a manifest (its scanner and its rules) with the text parsed once. */
export function readingManifest<T>(work: () => T): T {
  scopes++;
  try {
    return work();
  } finally {
    if (--scopes === 0 && !composeReadingsShared()) lastRead = undefined;
  }
}

/** Makes `objects` (read from `text` earlier and kept) the last reading, so that the next reader of the same text
 *  does not parse it again: the workspace model keeps every manifest's objects and primes this before a check. */
export function rememberKubernetesObjects(text: string, objects: KubernetesObject[]): void {
  lastRead = { text, objects };
}

function readUncached(text: string): KubernetesObject[] {
  const docs = parseComposeDocuments(text);
  if (!docs) return [];
  const objects: KubernetesObject[] = [];
  for (const doc of docs) {
    if (doc.errors.length > 0 || !isMap(doc.contents)) continue;
    const root = doc.contents as YAMLMap;
    const object = readObject(root, doc, text, false);
    if (object) objects.push(object);
    for (const item of containedObjects(root)) {
      const contained = readObject(item, doc, text, true);
      if (contained) objects.push(contained);
    }
  }
  return objects;
}

/** The objects an OpenShift Template (objects:) or a v1 List (items:) holds: `oc process` and `kubectl apply` create
 *  each of them as if written alone (osbuild's and app-sre's Deployments live in Templates). */
function containedObjects(root: YAMLMap): YAMLMap[] {
  const kind = stringAt(root, 'kind');
  const apiVersion = stringAt(root, 'apiVersion') ?? '';
  let key: string | undefined;
  if (kind === 'Template' && (apiVersion === 'v1' || apiVersion.startsWith('template.openshift.io/'))) key = 'objects';
  else if (kind === 'List' && apiVersion === 'v1') key = 'items';
  return key ? items(get(root, key)).filter((item): item is YAMLMap => isMap(item)) : [];
}

/** A Template's parameter written where a whole value stands, `${{REPLICAS}}` (a number or a boolean once processed):
 *  not a Go template, so it does not make the object unreadable. */
const TEMPLATE_PARAMETER = /\$\{\{[A-Za-z_][A-Za-z0-9_]*\}\}/g;

function readObject(root: YAMLMap, doc: Document, text: string, inTemplate: boolean): KubernetesObject | undefined {
  const [start, , end] = root.range ?? [0, 0, 0];
  const own = text.slice(start, end);
  let apiVersion = stringAt(root, 'apiVersion');
  let kind = stringAt(root, 'kind');
  // A Flux HelmRelease's values hold templates its chart renders (app-template's `existingClaim: "{{ .Release.Name }}"`):
  // valid YAML, read for the chart's Service only, which bails at any value it does not find as it expects.
  const release = kind === 'HelmRelease' && apiVersion?.startsWith('helm.toolkit.fluxcd.io/');
  if (!release && isTemplated(inTemplate ? own.replace(TEMPLATE_PARAMETER, '') : own)) return undefined;
  // A kustomization may leave both out (the file is detected by its name, see isKindlessKustomization).
  if (!apiVersion && !kind && KUSTOMIZATION_PARTS.some((key) => isSeq(get(root, key)))) {
    apiVersion = 'kustomize.config.k8s.io/v1beta1';
    kind = 'Kustomization';
  }
  if (!apiVersion || !kind) return undefined;
  const metadata = mapAt(root, 'metadata');
  const object: KubernetesObject = {
    apiVersion,
    kind,
    namespace: (metadata && stringAt(metadata, 'namespace')) || 'default',
    start,
    end,
    annotationKeys: annotationKeysOf(metadata),
    backends: [],
    serviceReferences: [],
  };
  const name = metadata && writtenString(get(metadata, 'name'), text);
  if (name) object.name = name;
  const labels = metadata && mapAt(metadata, 'labels');
  if (labels && labels.items.length > 0) object.labels = stringMap(labels);
  if (metadata && stringAt(metadata, 'namespace')) object.namespaceWritten = true;
  const templatePath = WORKLOAD_TEMPLATE_PATHS[kind];
  if (templatePath) {
    const podSpec = mapAtPath(root, templatePath);
    const labelsPath = kind === 'Pod' ? ['metadata', 'labels'] : [...templatePath.slice(0, -1), 'metadata', 'labels'];
    const templateLabels = stringMap(mapAtPath(root, labelsPath));
    if (templateLabels.size > 0) object.templateLabels = templateLabels;
    if (podSpec) object.pod = readPodSpec(podSpec, templateLabels, text);
  } else if (kind === 'Service') {
    const spec = mapAt(root, 'spec');
    if (spec) object.service = readServiceSpec(spec, text);
  } else if (kind === 'Ingress') {
    readIngress(mapAt(root, 'spec'), object, text);
  } else if (ROUTE_KINDS.has(kind)) {
    readRoute(mapAt(root, 'spec'), object, text);
  } else if (TRAEFIK_ROUTE_KINDS.has(kind) && /^traefik\.(io|containo\.us)\//.test(apiVersion)) {
    readTraefikRoute(mapAt(root, 'spec'), object, text);
  } else if (kind === 'NetworkPolicy') {
    const spec = mapAt(root, 'spec');
    if (spec) object.networkPolicy = readNetworkPolicy(spec, text);
  } else if (kind === 'Config' && apiVersion.startsWith('skaffold/')) {
    object.skaffoldArtifacts = readSkaffoldArtifacts(root);
  } else if ((kind === 'ServiceMonitor' || kind === 'PodMonitor') && apiVersion.startsWith('monitoring.coreos.com/')) {
    const spec = mapAt(root, 'spec');
    if (spec) object.monitor = readMonitor(spec, kind === 'ServiceMonitor' ? 'services' : 'pods', text);
  } else if (release) {
    const made = appTemplateService(root, doc, text, object);
    if (made) {
      object.chartService = {
        apiVersion: 'v1', kind: 'Service', name: made.name, namespace: made.namespace, start, end, annotationKeys: [], backends: [], serviceReferences: [],
        ...(made.namespaceWritten ? { namespaceWritten: true as const } : {}), service: { type: made.type, headless: false, ports: made.ports },
        madeBy: `the app-template chart of HelmRelease ${object.name!.value}`,
      };
    }
  } else if (kind === 'Kustomization') {
    object.kustomization = readKustomization(root);
    const patches = readKustomizePatches(root);
    if (patches.length > 0) object.kustomizePatches = patches;
    if (get(root, 'patchesJson6902') !== undefined || items(get(root, 'patches')).some((item) => !isMap(item) || get(item, 'patch') !== undefined || get(item, 'target') !== undefined)) {
      object.unreadPatches = true;
    }
    const generated = readConfigMapGenerators(root, text);
    if (generated.length > 0) object.configMaps = generated;
  }
  if ((kind === 'Kustomization' || kind === 'Component') && apiVersion.startsWith('kustomize.config.k8s.io/')) {
    const replaced = readPortReplacements(root);
    if (replaced) object.portReplacements = replaced;
  }
  if (kind === 'ConfigMap') {
    const data = mapAt(root, 'data');
    for (const pair of data?.items ?? []) readServiceReferences(pair.value, text, object);
    if (object.name) object.configMaps = [{ name: object.name, keys: configMapKeys(root) }];
  }
  if (templatePath) {
    const podSpec = mapAtPath(root, templatePath);
    for (const key of ['containers', 'initContainers']) {
      for (const item of podSpec ? items(get(podSpec, key)) : []) {
        if (!isMap(item)) continue;
        for (const words of [get(item, 'command'), get(item, 'args')]) for (const word of isSeq(words) ? words.items : [words]) readServiceReferences(word, text, object);
        for (const env of items(get(item, 'env'))) if (isMap(env)) readServiceReferences(get(env, 'value'), text, object);
      }
    }
  }
  return object;
}

// host:port where the host is a Service's cluster DNS name: `name`, `name.namespace`, `name.namespace.svc`,
// `name.namespace.svc.cluster.local` (any cluster domain after svc). Not after an @ or a letter or digit or a dot
// (part of a longer host), nor followed by another digit or a dot and a digit (an address).
const SERVICE_HOST_PORT = /(?<![\w.@-])([a-z][a-z0-9-]{0,62})(?:\.([a-z][a-z0-9-]{0,62})(?:\.svc(?:\.[a-z0-9-]+)*)?)?:(\d{1,5})(?![\d.])/g;

function readServiceReferences(node: unknown, text: string, object: KubernetesObject): void {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
  const [start, end] = node.range;
  // The source as written: offsets stay exact in quoted and block scalars (a match does not span an escape).
  const source = text.slice(start, end);
  if (source.length > 100_000) return;
  for (const match of source.matchAll(SERVICE_HOST_PORT)) {
    const port = Number(match[3]);
    if (port < 1 || port > 65535) continue;
    const portStart = start + match.index! + match[0].length - match[3].length;
    object.serviceReferences.push({ service: match[1], namespace: match[2] ?? object.namespace, written: match[0],
      port: { value: port, start: portStart, end: portStart + match[3].length } });
  }
}

/** skaffold's `build.artifacts`: `image` (older `imageName`), `context` (older `workspace`, default the file's
 *  folder) and `docker.dockerfile` (default Dockerfile, relative to the context). */
function readSkaffoldArtifacts(root: YAMLMap): { image: string; context: string; dockerfile: string }[] {
  const build = mapAt(root, 'build');
  const artifacts: { image: string; context: string; dockerfile: string }[] = [];
  for (const item of build ? items(get(build, 'artifacts')) : []) {
    if (!isMap(item)) continue;
    const image = stringAt(item, 'image') ?? stringAt(item, 'imageName');
    if (!image) continue;
    const docker = mapAt(item, 'docker');
    artifacts.push({ image, context: stringAt(item, 'context') ?? stringAt(item, 'workspace') ?? '.', dockerfile: (docker && stringAt(docker, 'dockerfile')) ?? 'Dockerfile' });
  }
  return artifacts;
}

function readMonitor(spec: YAMLMap, selects: 'services' | 'pods', text: string): MonitorSpec {
  const monitor: MonitorSpec = { selects, ports: [] };
  const selector = mapAt(spec, 'selector');
  if (selector && !get(selector, 'matchExpressions')) monitor.selector = stringMap(mapAt(selector, 'matchLabels'));
  const namespaceSelector = mapAt(spec, 'namespaceSelector');
  if (namespaceSelector) {
    if (scalarValue(get(namespaceSelector, 'any')) === true) monitor.namespaces = 'any';
    else {
      const names = items(get(namespaceSelector, 'matchNames')).map(scalarValue).filter((value): value is string => typeof value === 'string');
      if (names.length > 0) monitor.namespaces = names;
    }
  }
  for (const endpoint of items(get(spec, selects === 'services' ? 'endpoints' : 'podMetricsEndpoints'))) {
    const port = isMap(endpoint) ? writtenPortName(get(endpoint, 'port'), text) : undefined;
    if (port) monitor.ports.push(port);
  }
  return monitor;
}

/** The files and folders a kustomization builds from: resources (and the older bases), components, and the
 *  files of its patches. Remote ones (a URL) are kept as written; the links leave them out. */
/** The keys whose lists make a document without apiVersion and kind a kustomization. */
const KUSTOMIZATION_PARTS = ['resources', 'bases', 'components', 'configMapGenerator', 'patchesStrategicMerge', 'patches'];

/** The files of strategic-merge patches: patchesStrategicMerge entries, and patches[].path (a JSON 6902 patch is
 *  not an object to merge, and an inline patch has no file). */
function readKustomizePatches(root: YAMLMap): string[] {
  const paths: string[] = [];
  for (const item of items(get(root, 'patchesStrategicMerge'))) {
    const path = scalarValue(item);
    if (typeof path === 'string' && /\.ya?ml$/i.test(path.trim()) && !path.includes('\n')) paths.push(path.trim());
  }
  for (const item of items(get(root, 'patches'))) {
    const path = isMap(item) ? stringAt(item, 'path') : undefined;
    if (typeof path === 'string' && /\.ya?ml$/i.test(path.trim())) paths.push(path.trim());
  }
  return paths;
}

/** The kinds whose port fields a kustomization's replacements rewrite (a target whose fieldPaths name a port:
 *  `spec.ports.0.name`, `spec.rules.0.http.paths.0.backend.service.port.name`), with its resources; undefined when
 *  none does. A Component of gruberdev/homelab copies a Deployment's container port name into its Service and
 *  Ingress: what those files write (example-port, example) is a placeholder, never applied as written. */
function readPortReplacements(root: YAMLMap): { kinds: string[]; resources: string[] } | undefined {
  const kinds = new Set<string>();
  for (const replacement of items(get(root, 'replacements'))) {
    if (!isMap(replacement)) continue;
    for (const target of items(get(replacement, 'targets'))) {
      if (!isMap(target)) continue;
      const paths = items(get(target, 'fieldPaths')).map(scalarValue).filter((path): path is string => typeof path === 'string');
      if (!paths.some((path) => /(^|\.)(ports?|targetPort|nodePort|containerPort)(\.|$)/i.test(path))) continue;
      const select = get(target, 'select');
      kinds.add((isMap(select) && stringAt(select, 'kind')) || '');
    }
  }
  if (kinds.size === 0) return undefined;
  const resources = items(get(root, 'resources')).map(scalarValue).filter((path): path is string => typeof path === 'string' && path !== '' && !path.includes('\n'));
  return { kinds: [...kinds], resources };
}

function readKustomization(root: YAMLMap): string[] {
  const paths: string[] = [];
  for (const key of ['resources', 'bases', 'components', 'patchesStrategicMerge', 'patches', 'patchesJson6902']) {
    for (const item of items(get(root, key))) {
      const path = isMap(item) ? stringAt(item, 'path') : scalarValue(item);
      if (typeof path === 'string' && path !== '' && !path.includes('\n')) paths.push(path);
    }
  }
  return paths;
}

/** The keys of a ConfigMap's data and binaryData; undefined when a key is not a plain string. */
function configMapKeys(root: YAMLMap): string[] | undefined {
  const keys: string[] = [];
  for (const field of ['data', 'binaryData']) {
    const value = get(root, field);
    if (value === undefined || value === null || (isScalar(value) && value.value === null)) continue;
    if (!isMap(value)) return undefined;
    for (const pair of value.items) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string') return undefined;
      keys.push(pair.key.value);
    }
  }
  return keys;
}

/** A kustomization's configMapGenerator entries: each makes a ConfigMap of its name whose keys are its literals'
 *  (KEY=value). One that also reads files (envs, env, files) or merges into another (behavior) has keys not all
 *  written here. */
function readConfigMapGenerators(root: YAMLMap, text: string): ConfigMapKeys[] {
  const found: ConfigMapKeys[] = [];
  for (const item of items(get(root, 'configMapGenerator'))) {
    if (!isMap(item)) continue;
    const name = writtenString(get(item, 'name'), text);
    if (!name) continue;
    let keys: string[] | undefined = [];
    if (['envs', 'env', 'files', 'behavior'].some((key) => get(item, key) !== undefined)) keys = undefined;
    for (const literal of items(get(item, 'literals'))) {
      const value = scalarValue(literal);
      const key = typeof value === 'string' && value.includes('=') ? value.slice(0, value.indexOf('=')).trim() : undefined;
      if (key === undefined || key === '') keys = undefined;
      else keys?.push(key);
    }
    found.push(keys === undefined ? { name } : { name, keys });
  }
  return found;
}

function annotationKeysOf(metadata: YAMLMap | undefined): string[] {
  const annotations = metadata && get(metadata, 'annotations');
  if (!isMap(annotations)) return [];
  return annotations.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')).filter(Boolean);
}

function readPodSpec(spec: YAMLMap, labels: Map<string, string>, text: string): PodTemplate {
  const containers: Container[] = [];
  const volumes = volumeKinds(spec);
  // Init containers with restartPolicy: Always (sidecars) serve ports like the others; their names count too.
  for (const key of ['containers', 'initContainers']) {
    for (const item of items(get(spec, key))) {
      if (!isMap(item)) continue;
      const container = readContainer(item, text, volumes);
      if (key === 'initContainers' && stringAt(item, 'restartPolicy') !== 'Always') container.init = true;
      containers.push(container);
    }
  }
  const pod: PodTemplate = { labels, containers, hostNetwork: get(spec, 'hostNetwork') !== undefined && scalarValue(get(spec, 'hostNetwork')) === true };
  const nodes = readNodeSelection(spec);
  if (nodes) pod.nodes = nodes;
  return pod;
}

const OS_LABELS = new Set(['kubernetes.io/os', 'beta.kubernetes.io/os']);

/** The nodeSelector and the required node affinity, read for the operating system and for any other label asked
 *  for; undefined when neither is written. An affinity of several terms (any of which may match) that names a
 *  system in only some of them leaves the system open. */
function readNodeSelection(spec: YAMLMap): PodTemplate['nodes'] {
  const selector = mapAt(spec, 'nodeSelector');
  const terms = items(get(mapAtPath(spec, ['affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution']), 'nodeSelectorTerms'));
  if (!selector && terms.length === 0) return undefined;
  let os: Set<string> | undefined;
  let pinned = false;
  for (const [key, value] of stringMap(selector)) {
    if (OS_LABELS.has(key)) os = new Set([value]);
    else pinned = true;
  }
  const termSystems: (Set<string> | undefined)[] = [];
  for (const term of terms) {
    let systems: Set<string> | undefined;
    for (const expression of isMap(term) ? items(get(term, 'matchExpressions')) : []) {
      if (!isMap(expression)) continue;
      const key = stringAt(expression, 'key');
      const operator = stringAt(expression, 'operator');
      if (key !== undefined && OS_LABELS.has(key)) {
        if (operator === 'In') systems = new Set(items(get(expression, 'values')).map((v) => String(scalarValue(v))));
      } else if (operator === 'In' || operator === 'Exists' || operator === 'Gt' || operator === 'Lt') {
        // NotIn and DoesNotExist only leave some nodes out (efs-csi's node DaemonSet skips Fargate's).
        pinned = true;
      }
    }
    termSystems.push(systems);
  }
  if (termSystems.length > 0 && termSystems.every((systems) => systems !== undefined)) {
    const allowed = new Set(termSystems.flatMap((systems) => [...systems!]));
    os = os ? new Set([...os].filter((system) => allowed.has(system))) : allowed;
  }
  return os ? { os, pinned } : { pinned };
}

/** What the pod's volumes hold when its containers start, by name: `empty` for an emptyDir that one container alone
 *  mounts (it starts empty and nothing else writes it: addreas/homelab's radarr mounts one at /config), `state` for a
 *  claim or a network share (what the software itself wrote, as a compose named volume: only a mount where
 *  configuration is kept, /config or /etc/…, may hold some). ConfigMaps, Secrets, host paths, an emptyDir an init
 *  container or a sidecar mounts too (it may be handed a config file) and volumes not listed are left out. */
function volumeKinds(spec: YAMLMap): Map<string, 'empty' | 'state'> {
  const mounts = new Map<string, number>();
  for (const key of ['containers', 'initContainers']) {
    for (const container of items(get(spec, key))) {
      const names = new Set(items(isMap(container) ? get(container, 'volumeMounts') : undefined).map((m) => (isMap(m) ? stringAt(m, 'name') : undefined)));
      for (const name of names) if (name) mounts.set(name, (mounts.get(name) ?? 0) + 1);
    }
  }
  const kinds = new Map<string, 'empty' | 'state'>();
  for (const volume of items(get(spec, 'volumes'))) {
    const name = isMap(volume) ? stringAt(volume, 'name') : undefined;
    if (!name || !isMap(volume)) continue;
    if (get(volume, 'emptyDir') !== undefined && mounts.get(name) === 1) kinds.set(name, 'empty');
    else if (['persistentVolumeClaim', 'nfs', 'ephemeral'].some((key) => get(volume, key) !== undefined)) kinds.set(name, 'state');
  }
  return kinds;
}

function readContainer(node: YAMLMap, text: string, volumes: ReadonlyMap<string, 'empty' | 'state'>): Container {
  const container: Container = { ports: [], probes: [], envPorts: [], numbersInSettings: new Set(), commandWords: [], envNames: [], envFrom: false, configMounts: [] };
  const name = stringAt(node, 'name');
  if (name) container.name = name;
  const image = writtenString(get(node, 'image'), text);
  if (image) container.image = image;
  for (const item of items(get(node, 'ports'))) {
    if (!isMap(item)) continue;
    const port: ContainerPort = { protocol: protocolAt(item) };
    const containerPort = writtenNumber(get(item, 'containerPort'), text);
    if (containerPort) port.containerPort = containerPort;
    const portName = writtenPortName(get(item, 'name'), text);
    if (portName) port.name = portName;
    const hostPort = writtenNumber(get(item, 'hostPort'), text);
    if (hostPort) port.hostPort = hostPort;
    const malformed = malformedPorts(item, ['containerPort', 'hostPort'], text);
    if (malformed.length > 0) port.malformed = malformed;
    const hostIp = stringAt(item, 'hostIP');
    if (hostIp) port.hostIp = hostIp;
    container.ports.push(port);
  }
  for (const kind of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    const probe = mapAt(node, kind);
    if (probe) readProbe(probe, kind, container, text);
  }
  const lifecycle = mapAt(node, 'lifecycle');
  for (const hook of ['postStart', 'preStop']) {
    const handler = lifecycle && mapAt(lifecycle, hook);
    if (handler) readProbe(handler, hook, container, text);
  }
  const moves: string[] = [];
  for (const key of ['command', 'args']) {
    const value = get(node, key);
    if (value === undefined) continue;
    moves.push(key);
    // A command written as one string (not a list) is a word too; anything else cannot be read and may name a port.
    const words = isSeq(value) ? value.items : [value];
    for (const item of words) {
      const word = isScalar(item) ? String(item.value) : '$';
      container.commandWords.push(word);
      addNumbers(word, container.numbersInSettings);
    }
  }
  for (const item of items(get(node, 'env'))) {
    if (!isMap(item)) continue;
    const envName = stringAt(item, 'name');
    const valueNode = get(item, 'value');
    if (!envName) continue;
    container.envNames.push(envName);
    if (isScalar(valueNode)) {
      addNumbers(String(valueNode.value), container.numbersInSettings);
      (container.envValues ??= new Map()).set(envName, String(valueNode.value));
    }
    if (!isPortKey(envName)) continue;
    moves.push(`env ${envName}`);
    const port = writtenNumber(valueNode, text, true);
    if (port) container.envPorts.push({ name: envName, port });
  }
  if (get(node, 'envFrom') !== undefined) {
    moves.push('envFrom');
    container.envFrom = true;
    const configMaps = envFromConfigMaps(get(node, 'envFrom'), text);
    if (configMaps) container.envFromConfigMaps = configMaps;
  }
  for (const item of items(get(node, 'volumeMounts'))) {
    const mountPath = isMap(item) ? stringAt(item, 'mountPath') : undefined;
    const kind = isMap(item) ? volumes.get(stringAt(item, 'name') ?? '') : undefined;
    if (mountPath && kind !== 'empty' && (kind === 'state' ? composeMayHoldConfig(mountPath, false) : mayHoldConfig(mountPath))) container.configMounts.push(mountPath);
  }
  if (container.configMounts.length > 0) moves.push(`a volume mounted at ${container.configMounts[0]}`);
  if (moves.length > 0) container.portsChangedBy = moves.join(', ');
  return container;
}

/** The names of the ConfigMaps an envFrom list reads, when every source is a configMapRef with a name (not a
 *  secretRef, whose keys are not in the manifests) and no prefix (a prefix renames the keys: KEY in the ConfigMap
 *  is PREFIX_KEY in the container). */
function envFromConfigMaps(node: unknown, text: string): Written<string>[] | undefined {
  if (!isSeq(node) || node.items.length === 0) return undefined;
  const names: Written<string>[] = [];
  for (const item of node.items) {
    if (!isMap(item) || get(item, 'prefix') !== undefined) return undefined;
    const ref = mapAt(item, 'configMapRef');
    const name = ref && writtenString(get(ref, 'name'), text);
    if (!name) return undefined;
    names.push(name);
  }
  return names;
}

/** Data folders hold no configuration; anything else mounted may (a config file, /etc/nginx/conf.d). */
function mayHoldConfig(path: string): boolean {
  // The host's clock, machine id, kernel and CA certificates tell no server where to listen (mattermost mounts
  // /etc/localtime).
  if (/^\/(etc\/(localtime|timezone|machine-id|ssl\/certs|ca-certificates)|usr\/share\/zoneinfo|proc|sys|lib\/modules)(\/|$)/.test(path)) return false;
  return !/^\/(data|var\/lib|var\/log|tmp|cache|var\/cache|var\/run|run|dev|logs?)(\/|$)/.test(path)
    && !/\/(data|logs?|cache|tmp|storage|uploads|backups?)\/?$/.test(path);
}

function addNumbers(value: string, into: Set<number>): void {
  for (const match of value.matchAll(/\d{2,5}/g)) into.add(Number(match[0]));
}

function readProbe(probe: YAMLMap, kind: string, container: Container, text: string): void {
  for (const handler of ['httpGet', 'tcpSocket', 'grpc'] as const) {
    const action = mapAt(probe, handler);
    const port = action && writtenPortRef(get(action, 'port'), text);
    if (port) container.probes.push({ kind, handler, port });
  }
}

function readServiceSpec(spec: YAMLMap, text: string): ServiceSpec {
  const selectorNode = get(spec, 'selector');
  const clusterIP = stringAt(spec, 'clusterIP');
  const service: ServiceSpec = {
    type: stringAt(spec, 'type') ?? 'ClusterIP',
    headless: clusterIP === 'None',
    ports: [],
  };
  if (isMap(selectorNode) && selectorNode.items.length > 0) service.selector = stringMap(selectorNode);
  for (const item of items(get(spec, 'ports'))) {
    if (!isMap(item)) continue;
    const [start, , end] = item.range ?? [0, 0, 0];
    const port: ServicePort = { protocol: protocolAt(item), named: get(item, 'name') !== undefined, targetWritten: get(item, 'targetPort') !== undefined, item: { start, end: trimEnd(text, start, end) } };
    const number = writtenNumber(get(item, 'port'), text);
    if (number) port.port = number;
    const name = writtenPortName(get(item, 'name'), text);
    if (name) port.name = name;
    const targetPort = writtenPortRef(get(item, 'targetPort'), text);
    // The API server defaults a targetPort of 0 (or "") to the port, as if it were not written (aquasecurity's
    // aqua-tm-db: port 5432, targetPort 0).
    if (targetPort && (targetPort.value === 0 || targetPort.value === '')) port.targetWritten = false;
    else if (targetPort) port.targetPort = targetPort;
    const nodePort = writtenNumber(get(item, 'nodePort'), text);
    if (nodePort) port.nodePort = nodePort;
    const malformed = malformedPorts(item, ['port', 'nodePort'], text);
    if (malformed.length > 0) port.malformed = malformed;
    service.ports.push(port);
  }
  return service;
}

function readIngress(spec: YAMLMap | undefined, object: KubernetesObject, text: string): void {
  if (!spec) return;
  const backends: YAMLMap[] = [];
  for (const key of ['defaultBackend', 'backend']) {
    const backend = mapAt(spec, key);
    if (backend) backends.push(backend);
  }
  for (const rule of items(get(spec, 'rules'))) {
    const http = isMap(rule) ? mapAt(rule, 'http') : undefined;
    for (const path of items(http && get(http, 'paths'))) {
      const backend = isMap(path) ? mapAt(path, 'backend') : undefined;
      if (backend) backends.push(backend);
    }
  }
  for (const backend of backends) {
    const service = mapAt(backend, 'service');
    if (service) {
      // networking.k8s.io/v1: service.name, service.port.number or service.port.name.
      const name = writtenString(get(service, 'name'), text);
      const port = mapAt(service, 'port');
      if (!name) continue;
      const ref: BackendRef = { service: name, namespace: object.namespace, via: 'ingress' };
      const number = port && writtenNumber(get(port, 'number'), text);
      const portName = port && writtenPortName(get(port, 'name'), text);
      if (number) ref.port = number;
      else if (portName) ref.port = portName;
      object.backends.push(ref);
    } else {
      // extensions/v1beta1 and networking.k8s.io/v1beta1: serviceName and servicePort (number or name).
      const name = writtenString(get(backend, 'serviceName'), text);
      if (!name) continue;
      const ref: BackendRef = { service: name, namespace: object.namespace, via: 'ingress' };
      const port = writtenPortRef(get(backend, 'servicePort'), text);
      if (port) ref.port = port;
      object.backends.push(ref);
    }
  }
}

function readRoute(spec: YAMLMap | undefined, object: KubernetesObject, text: string): void {
  if (!spec) return;
  for (const rule of items(get(spec, 'rules'))) {
    if (!isMap(rule)) continue;
    for (const backend of items(get(rule, 'backendRefs'))) {
      if (!isMap(backend)) continue;
      // Only references to core Services: other kinds (a ServiceImport, a custom backend) have ports of their own.
      const kind = stringAt(backend, 'kind') ?? 'Service';
      const group = stringAt(backend, 'group') ?? '';
      const name = writtenString(get(backend, 'name'), text);
      if (kind !== 'Service' || group !== '' || !name) continue;
      const ref: BackendRef = { service: name, namespace: stringAt(backend, 'namespace') ?? object.namespace, via: 'route' };
      const port = writtenNumber(get(backend, 'port'), text);
      if (port) ref.port = port;
      object.backends.push(ref);
    }
    // networking.x-k8s.io/v1alpha1 routes: forwardTo[].serviceName and port (a backendRef there names another kind).
    for (const target of items(get(rule, 'forwardTo'))) {
      if (!isMap(target)) continue;
      const name = writtenString(get(target, 'serviceName'), text);
      if (!name) continue;
      const ref: BackendRef = { service: name, namespace: object.namespace, via: 'route', forwardTo: true };
      const port = writtenNumber(get(target, 'port'), text);
      if (port) ref.port = port;
      object.backends.push(ref);
    }
  }
}

/** A Traefik IngressRoute (or its TCP and UDP forms) reaches Services as an Ingress does: routes[].services[] by
 *  name, namespace and port (a number or the Service port's name). A TraefikService there is Traefik's own
 *  weighted or mirrored group, with no ports of its own. */
function readTraefikRoute(spec: YAMLMap | undefined, object: KubernetesObject, text: string): void {
  if (!spec) return;
  for (const route of items(get(spec, 'routes'))) {
    for (const service of items(isMap(route) ? get(route, 'services') : undefined)) {
      if (!isMap(service) || (stringAt(service, 'kind') ?? 'Service') !== 'Service') continue;
      const name = writtenString(get(service, 'name'), text);
      if (!name || isPlaceholder(name.value)) continue;
      const ref: BackendRef = { service: name, namespace: stringAt(service, 'namespace') ?? object.namespace, via: 'traefik' };
      const port = writtenPortRef(get(service, 'port'), text);
      if (port) ref.port = port;
      object.backends.push(ref);
    }
  }
}

function readNetworkPolicy(spec: YAMLMap, text: string): NetworkPolicySpec {
  const policy: NetworkPolicySpec = { ports: [] };
  const podSelector = mapAt(spec, 'podSelector');
  const matchLabels = podSelector && mapAt(podSelector, 'matchLabels');
  // matchExpressions select by set: not read, so such a policy selects no pods we could check.
  if (podSelector && !get(podSelector, 'matchExpressions')) policy.podSelector = stringMap(matchLabels);
  for (const direction of ['ingress', 'egress'] as const) {
    for (const rule of items(get(spec, direction))) {
      if (!isMap(rule)) continue;
      for (const item of items(get(rule, 'ports'))) {
        if (!isMap(item)) continue;
        const port = writtenPortRef(get(item, 'port'), text);
        if (!port) continue;
        const entry: NetworkPolicyPort = { port, protocol: protocolAt(item), direction };
        const endPort = writtenNumber(get(item, 'endPort'), text);
        if (endPort) entry.endPort = endPort;
        policy.ports.push(entry);
      }
    }
  }
  return policy;
}

// Small readers over yaml's nodes.

/** A key written twice (takara9/k8s-manifests' `containers:` above a commented-out list, then again) is the last one, as
 *  kubectl's decoder (YAML to JSON, then encoding/json) reads it. */
function get(map: YAMLMap | undefined, key: string): unknown {
  if (!map) return undefined;
  let found: unknown;
  for (const pair of map.items) {
    const k = pair.key;
    if ((isScalar(k) ? k.value : k) === key) found = pair.value ?? null;
  }
  return found;
}

function mapAt(map: YAMLMap, key: string): YAMLMap | undefined {
  const value = get(map, key);
  return isMap(value) ? value : undefined;
}

function mapAtPath(map: YAMLMap, path: readonly string[]): YAMLMap | undefined {
  let current: YAMLMap | undefined = map;
  for (const key of path) {
    current = current && mapAt(current, key);
    if (!current) return undefined;
  }
  return current;
}

function items(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [];
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

function stringAt(map: YAMLMap, key: string): string | undefined {
  const value = scalarValue(get(map, key));
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function stringMap(map: YAMLMap | undefined): Map<string, string> {
  const result = new Map<string, string>();
  for (const pair of map?.items ?? []) {
    const key = scalarValue(pair.key);
    const value = scalarValue(pair.value);
    if (key !== undefined && key !== null && value !== undefined && value !== null) result.set(String(key), String(value));
  }
  return result;
}

function protocolAt(map: YAMLMap): Protocol {
  const value = stringAt(map, 'protocol')?.toLowerCase();
  return value === 'udp' || value === 'sctp' ? value : 'tcp';
}

function writtenString(node: unknown, text: string): Written<string> | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') return undefined;
  const span = spanOf(node, text);
  return span && { value: node.value, ...span };
}

/** A number as written. `fromString`: also a string holding only digits (an env value is always a string). */
function writtenNumber(node: unknown, text: string, fromString = false): Written<number> | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  let number: number | undefined;
  if (typeof value === 'number' && Number.isInteger(value)) number = value;
  else if (fromString && typeof value === 'string' && /^\d{1,6}$/.test(value)) number = Number(value);
  if (number === undefined) return undefined;
  const span = spanOf(node, text);
  // Only decimal digits as written (not 1e3 or 0x50): the mention covers the port as the user reads it.
  if (!span || !/^[0-9]+$/.test(text.slice(span.start, span.end))) return undefined;
  return { value: number, ...span };
}

/** The fields of a port item written as dotted numbers (1.3.0, 80.0): the API server takes only whole numbers
 *  there, and unlike a word (\${PORT}, a placeholder a script replaces) a dotted number is nobody's placeholder. */
function malformedPorts(item: YAMLMap, fields: readonly string[], text: string): MalformedPort[] {
  const found: MalformedPort[] = [];
  for (const field of fields) {
    const node = get(item, field);
    if (!isScalar(node)) continue;
    const span = spanOf(node, text);
    const written = span && text.slice(span.start, span.end);
    if (span && written && /^[0-9]+(\.[0-9]+)+$/.test(written)) found.push({ field, written: { value: written, ...span } });
  }
  return found;
}

function writtenPortRef(node: unknown, text: string): PortRef | undefined {
  return writtenNumber(node, text) ?? writtenPortName(node, text);
}

/** A port's name as written; not a placeholder that a script replaces before applying (`${GRPC_PORT}`, `PORT`). */
function writtenPortName(node: unknown, text: string): Written<string> | undefined {
  const written = writtenString(node, text);
  return written && !isPlaceholder(written.value) ? written : undefined;
}

function isPlaceholder(value: string): boolean {
  return value.includes('$') || /^[A-Z][A-Z0-9_]*$/.test(value);
}
