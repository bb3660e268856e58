// The links between a workspace's Kubernetes objects: Services select pods by label within their namespace,
// Ingresses and Gateway API routes reach Services by name, NetworkPolicies select pods, names resolve to
// container ports. Read for all manifests at once (the links cross files freely), and from that reading: the
// cross-file findings of each file, the ports written as names resolved to their numbers (for the hover), and
// each reference's definitions (for Go to Definition and Find All References).
import type { BackendRef, Container, KubernetesObject, NetworkPolicyPort, PodTemplate, ServicePort, ServiceReference, Written } from '../formats/kubernetesObjects';
import { backendField, containerLabel, objectLabel } from '../formats/kubernetes';
import { finding } from '../catalogue';
import { SIDE_PORT_NAME, containerPortsMovedBy, podListening, portsNamed } from '../rules/kubernetesListening';
import { imageMismatch, imageSaysWhere } from '../rules/kubernetesPortChecks';
import { imagePortsIn } from '../images/imagePorts';
import { lookupImage } from '../images/lookupImage';
import { builtListensOn, type BuiltImage, type BuiltImageLookup } from './kubernetesBuiltImages';
import { serviceNameProblem } from '../rules/kubernetesPortNames';
import { kustomizeGroups, type KustomizeTogether } from './kubernetesKustomize';
import { resolveFrom } from './paths';
import { configMapsByName, envFromImagePorts } from './kubernetesEnvFrom';
import { patchedPodLabels } from './kubernetesPatches';
import { serviceReachesMisdeclaredPort, type SelectedContainer } from './kubernetesServiceImage';
import type { Finding, PortLocation, PortMention, RelatedPlace } from '../types';

export interface ManifestFile {
  path: string;
  folder: string;
  objects: readonly KubernetesObject[];
}

/** A port written in one place that stands for ports defined elsewhere (a targetPort for the containerPorts it
 *  reaches), with those definitions. */
export interface PortReference {
  start: number;
  end: number;
  definitions: PortLocation[];
}

export interface KubernetesLinks {
  findings: Map<string, Finding[]>;
  /** Ports written as names, with the number they resolve to: the hover shows them as ports. */
  namedMentions: Map<string, PortMention[]>;
  references: Map<string, PortReference[]>;
}

/** "line 12" in the same file, "k8s/api.yaml line 12" in another. */
export type PlaceName = (path: string, offset: number, from: string) => string;

export interface PodEntry {
  path: string;
  object: KubernetesObject;
  pod: PodTemplate;
}

interface ServiceEntry {
  path: string;
  object: KubernetesObject;
  ports: readonly ServicePort[];
}

/** `built` finds the Dockerfile of the workspace that builds a container's image (see kubernetesBuiltImages). */
export function linkManifests(files: readonly ManifestFile[], placeName: PlaceName, built: BuiltImageLookup = () => undefined): KubernetesLinks {
  const links: KubernetesLinks = { findings: new Map(), namedMentions: new Map(), references: new Map() };
  const pods = new PodIndex();
  const services = new Map<string, ServiceEntry[]>();
  together = kustomizeGroups(files);
  kustomized = new Set(files.filter((file) => file.objects.some((object) => object.kustomization !== undefined)).map((file) => folderOf(file.path)));
  // A workload and its kustomize patches select as one pod: each keeps its containers, all take the merged labels.
  const patched = patchedPodLabels(files, (a, b) => near(a, b));
  for (const file of files) {
    for (const object of file.objects) {
      const labels = patched.get(object);
      if (object.pod) pods.add({ path: file.path, object, pod: labels ? { ...object.pod, labels } : object.pod });
      // A chart's Service joins the Services backends and values reach; its ports are judged by no Service rule.
      for (const service of [object, object.chartService]) {
        if (!service?.service || !service.name) continue;
        const key = `${service.namespace}\u0000${service.name.value}`;
        const list = services.get(key) ?? [];
        list.push({ path: file.path, object: service, ports: service.service.ports });
        services.set(key, list);
      }
    }
  }
  const out = new LinkCollector(links);
  allServices = [...services.values()].flat();
  allPods = pods.all();
  const configMaps = configMapsByName(files);
  // Folders of kustomizations whose patches are not read here (JSON patches may add a container's ports).
  const unreadPatchFolders = files.filter((file) => file.objects.some((object) => object.unreadPatches)).map((file) => folderOf(file.path));
  const unreadPatched = (entry: PodEntry) => unreadPatchFolders.some((folder) => near(folder, folderOf(entry.path)));
  const applied = (a: string, b: string) => near(folderOf(a), folderOf(b));
  // The containerPorts container-port-mismatch reports, by workload, asked for when a Service reaches one.
  const misdeclared = new Map<KubernetesObject, Set<number>>();
  misdeclaredPorts = ({ path, object }) => {
    let starts = misdeclared.get(object);
    if (!starts) {
      starts = new Set();
      for (const container of object.pod?.containers ?? []) for (const found of imageMismatch(object, container)) starts.add(found.start);
      // The image a Dockerfile of the workspace builds counts as known too (store-admin's Service on 8080 beside
      // its containerPort 8080, while src/store-admin/Dockerfile EXPOSEs 8081).
      if (object.pod) for (const found of builtMismatches(object, object.pod, built)) starts.add(found.start);
      if (configMaps.size > 0) for (const found of envFromImagePorts(path, object, configMaps, applied)) starts.add(found.start);
      misdeclared.set(object, starts);
    }
    return starts;
  };
  const replaced = portsReplaced(files);
  for (const file of files) {
    for (const object of file.objects) {
      // Ports a kustomize replacement rewrites are placeholders: their links are kept (hover, references), no finding.
      const sink = replaced(file.path, object.kind) ? out.muted() : out;
      if (object.pod) {
        // A kustomize JSON patch not read here may add the port a probe checks.
        linkProbes(file.path, object, object.pod, out, built, unreadPatched({ path: file.path, object, pod: object.pod }));
        for (const found of builtMismatches(object, object.pod, built)) out.finding(file.path, found);
        if (configMaps.size > 0) for (const found of envFromImagePorts(file.path, object, configMaps, applied)) if (!out.has(file.path, found.code, found.start)) out.finding(file.path, found);
      }
      if (object.monitor) linkMonitor(file.path, object, placeName, sink);
      if (object.service) linkService(file.path, object, pods, placeName, sink, built, unreadPatched);
      for (const backend of object.backends) {
        // A backend reaching a Service whose ports a replacement rewrites meets those ports only once built.
        const defined = services.get(`${backend.namespace}\u0000${backend.service.value}`) ?? [];
        const toReplaced = defined.some((entry) => replaced(entry.path, entry.object.kind));
        linkBackend(file.path, object, backend, services, placeName, toReplaced ? out.muted() : sink);
      }
      if (object.networkPolicy) linkNetworkPolicy(file.path, object, pods, placeName, out, built);
      for (const reference of object.serviceReferences) linkServiceReference(file.path, reference, services, placeName, out);
    }
  }
  nodePortConflicts(files, placeName, out);
  together = () => false;
  kustomized = new Set();
  allServices = [];
  allPods = [];
  misdeclaredPorts = () => new Set();
  return links;
}

/** Whether an object of `kind` in the file at `path` has ports a kustomization's replacements rewrite: the file is
 *  one of its resources (or lies in a folder it lists) and a port-rewriting replacement selects that kind. */
function portsReplaced(files: readonly ManifestFile[]): (path: string, kind: string) => boolean {
  const rules: { path: string; folder: boolean; kinds: string[] }[] = [];
  for (const file of files) {
    for (const object of file.objects) {
      if (!object.portReplacements) continue;
      for (const written of object.portReplacements.resources) {
        const path = resolveFrom(folderOf(file.path), written);
        if (path !== undefined) rules.push({ path, folder: !/\.ya?ml$/i.test(path), kinds: object.portReplacements.kinds });
      }
    }
  }
  if (rules.length === 0) return () => false;
  return (path, kind) => rules.some((rule) => (rule.folder ? within(folderOf(path), rule.path) : rule.path === path)
    && rule.kinds.some((selected) => selected === '' || selected === kind));
}

/** The folders kustomize applies together, the Services and the pods of the reading under way (set for the
 *  length of one linkManifests; the links are made synchronously). */
let together: KustomizeTogether = () => false;
/** The folders that hold a kustomization (a patch there names the workload it patches). */
let kustomized: ReadonlySet<string> = new Set();
let allServices: ServiceEntry[] = [];
let allPods: PodEntry[] = [];
let misdeclaredPorts: (end: SelectedContainer) => ReadonlySet<number> = () => new Set();

function folderOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

function within(folder: string, ancestor: string): boolean {
  return ancestor === '' || folder === ancestor || folder.startsWith(`${ancestor}/`);
}

/** The selected pods that may be applied with the selector: those of its folder and of the folders above and
 *  below it. A repository of examples reuses labels (app: backend) in unrelated folders, and a Service is not
 *  applied with a Deployment of a sibling example; pods only there leave the Service unjudged. */
export function nearest(path: string, selected: PodEntry[], applied: KustomizeTogether = together): PodEntry[] {
  const folder = folderOf(path);
  return selected.filter((entry) => near(folder, folderOf(entry.path), applied));
}

/** The selected pods without the other versions of a workload the selector's own file defines. Files that define
 *  the same workload (kind, namespace and name) in the folder or the folders above and below are alternatives, since
 *  applying one replaces the other: the one in the Service's own file is applied with it (amitsaha's test-data:
 *  base-valid.yaml's Deployment http-echo runs jxlwqq/http-echo, image-valid-mycompany.yaml's runs another image, and
 *  the Service beside the first is judged by the first alone; k8s-stackdriver's deploy/production/adapter.yaml beside
 *  the older adapter-beta.yaml above it). Not where a kustomization may patch it: a patch names the workload too. */
function ownVersions(path: string, selected: PodEntry[]): PodEntry[] {
  if (kustomized.has(folderOf(path))) return selected;
  const identity = (entry: PodEntry) => `${entry.object.kind}\u0000${entry.object.namespace}\u0000${entry.object.name?.value ?? ''}`;
  const own = new Set(selected.filter((entry) => entry.path === path && entry.object.name).map(identity));
  if (own.size === 0) return selected;
  return selected.filter((entry) => entry.path === path || kustomized.has(folderOf(entry.path)) || !own.has(identity(entry)));
}

/** Two folders applied together: one holds the other, or a kustomization builds from both. */
function near(a: string, b: string, applied: KustomizeTogether = together): boolean {
  return within(a, b) || within(b, a) || applied(a, b);
}

/** Pods by namespace, and by namespace and label, so that a selector looks at the pods of its rarest label only. */
export class PodIndex {
  private readonly byLabel = new Map<string, PodEntry[]>();

  private readonly entries: PodEntry[] = [];

  all(): PodEntry[] {
    return this.entries;
  }

  add(entry: PodEntry): void {
    this.entries.push(entry);
    for (const [key, value] of entry.pod.labels) {
      const at = `${entry.object.namespace}\u0000${key}\u0000${value}`;
      const list = this.byLabel.get(at) ?? [];
      list.push(entry);
      this.byLabel.set(at, list);
    }
  }

  /** The pods of the namespace whose labels hold every pair of the selector (which must not be empty). */
  select(namespace: string, selector: ReadonlyMap<string, string>): PodEntry[] {
    let rarest: PodEntry[] | undefined;
    for (const [key, value] of selector) {
      const list = this.byLabel.get(`${namespace}\u0000${key}\u0000${value}`);
      if (!list) return [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    if (!rarest) return [];
    return rarest.filter((entry) => [...selector].every(([key, value]) => entry.pod.labels.get(key) === value));
  }
}

class LinkCollector {
  constructor(private readonly links: KubernetesLinks, private readonly silent = false) {}

  finding(path: string, found: Finding): void {
    if (!this.silent) push(this.links.findings, path, found);
  }

  /** The same collector, keeping references and named ports but no findings. */
  muted(): LinkCollector {
    return new LinkCollector(this.links, true);
  }

  /** Whether a finding of this code is already shown at that place (several Services of one folder, written for
   *  alternative setups, may each name the same container port as their other end: one warning says it). */
  has(path: string, code: string, start: number): boolean {
    return (this.links.findings.get(path) ?? []).some((found) => found.code === code && found.start === start);
  }

  named(path: string, written: Written<number | string>, port: number, field: string, object: string): void {
    const mention: PortMention = { port, start: written.start, end: written.end, role: 'setting', context: field, kubernetes: { field, object, named: String(written.value) } };
    push(this.links.namedMentions, path, mention);
  }

  reference(path: string, written: Written<unknown>, definitions: PortLocation[]): void {
    if (definitions.length > 0) push(this.links.references, path, { start: written.start, end: written.end, definitions });
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Where a container port is defined: its number, else its name. */
export function definitionOf(path: string, container: Container, name: string | undefined, number: number | undefined): PortLocation[] {
  const found: PortLocation[] = [];
  for (const port of container.ports) {
    const matches = name !== undefined ? port.name?.value === name : port.containerPort?.value === number;
    const at = port.containerPort ?? port.name;
    if (matches && at) found.push({ path, start: at.start, end: at.end });
  }
  return found;
}

function linkProbes(path: string, object: KubernetesObject, pod: PodTemplate, out: LinkCollector, built: BuiltImageLookup, unreadPatched: boolean): void {
  let listening: ReturnType<typeof podListening> | undefined;
  for (const container of pod.containers) {
    for (const probe of container.probes) {
      const { port } = probe;
      const name = typeof port.value === 'string' ? port.value : undefined;
      const number = typeof port.value === 'number' ? port.value : undefined;
      // The kubelet reads a probe's port name in the probe's own container; a number reaches the whole pod.
      const definitions = name !== undefined ? definitionOf(path, container, name, undefined)
        : pod.containers.flatMap((each) => definitionOf(path, each, undefined, number));
      out.reference(path, port, definitions);
      if (name !== undefined) {
        const resolved = container.ports.find((p) => p.name?.value === name)?.containerPort?.value;
        if (resolved !== undefined) out.named(path, port, resolved, `${probe.kind} ${probe.handler}`, containerLabel(object, container));
      }
      // A probe in a container whose image the table knows is the single-file rule's; one whose image is built
      // from a Dockerfile of the workspace is judged here, with what that Dockerfile exposes.
      if (number === undefined || number < 1 || number > 65535 || pod.hostNetwork) continue;
      const own = builtSaying(container, built);
      if (imageSaysWhere(container)) continue;
      // A TCP probe checks that something listens: unlike an HTTP health check, often served on a port of its own
      // that nobody declares (CoreDNS' 8080 and 8181), it is aimed at the server's port. Where every container
      // declares its ports, one that none declares, lists in its env, command or args, or runs from its image is a
      // mistake (booklore's tcpSocket 5000 beside containerPort 6060 and BOOKLORE_PORT=6060).
      // Not a lifecycle hook's tcpSocket, which the kubelet does not run (kept for backward compatibility only).
      if (!own && probe.handler === 'tcpSocket' && probe.kind.endsWith('Probe') && !unreadPatched) {
        listening ??= podListening([pod], built);
        if (!listening.complete || listening.ports.has(number)) continue;
        const declared = [...new Set(pod.containers.flatMap((each) => each.ports.map((p) => p.containerPort?.value)).filter((p): p is number => p !== undefined))];
        out.finding(path, finding('target-port-undeclared', port.start, port.end,
          `The ${probe.kind} of ${containerLabel(object, container)} opens a TCP connection to port ${number}, which no container of ${objectLabel(object)} declares (${declared.length === 1 ? `it declares ${declared[0]}` : `they declare ${declared.slice(0, 4).join(', ')}`}) or names in its settings, so the probe fails.`));
        continue;
      }
      if (!own) continue;
      listening ??= podListening([pod], built);
      if (!listening.complete || listening.ports.has(number)) continue;
      const found = finding('target-port-undeclared', port.start, port.end,
        `The ${probe.kind} of ${containerLabel(object, container)} checks port ${number}, which no container of ${objectLabel(object)} declares and ${own.fromBase !== undefined ? `the image ${own.dockerfile} builds from ${own.fromBase} does not listen on` : `${own.dockerfile} (which builds its image) does not expose`}, so the probe may fail.`);
      found.related = builtPlaces(own);
      out.finding(path, found);
    }
  }
}

/** The image a container runs, when a Dockerfile of the workspace builds it and says where it listens, and
 *  nothing in the container moves that. */
function builtSaying(container: Container, built: BuiltImageLookup): BuiltImage | undefined {
  const image = container.image?.value;
  if (image === undefined || image.includes('$')) return undefined;
  const own = built(image);
  return own && own.says && containerPortsMovedBy(container) === undefined ? own : undefined;
}

function builtPlaces(own: BuiltImage): RelatedPlace[] {
  return own.ports.filter((entry) => entry.location).slice(0, 4)
    .map((entry) => ({ ...entry.location!, message: `${entry.where}: the image listens on ${entry.endPort ? `${entry.port}-${entry.endPort}` : entry.port}` }));
}

function builtPortsText(own: BuiltImage): string {
  const said = own.fromBase !== undefined ? own.ports : own.ports.filter((entry) => entry.kind !== 'base');
  const text = said.slice(0, 4).map((entry) => `${entry.endPort ? `${entry.port}-${entry.endPort}` : entry.port} (${entry.where})`).join(', ');
  return said.length > 4 ? `${text} and others` : text;
}

/** container-port-mismatch for a container whose image is built from a Dockerfile of the workspace: every port
 *  it declares is one the Dockerfile does not expose (store-admin declared 8080, its Dockerfile EXPOSEs 8081).
 *  As conservative as the image-table rule: quiet when any declared port is exposed, set in its command, args or
 *  env, or probed, and whenever something in the container may move the port. */
function builtMismatches(object: KubernetesObject, pod: PodTemplate, built: BuiltImageLookup): Finding[] {
  const out: Finding[] = [];
  for (const container of pod.containers) {
    if (container.init) continue;
    const own = builtSaying(container, built);
    if (!own) continue;
    const declared = container.ports.map((p) => p.containerPort).filter((p): p is Written<number> => p !== undefined);
    if (declared.length === 0) continue;
    const probed = new Set(container.probes.map((probe) => probe.port.value));
    if (declared.some((p) => builtListensOn(own, p.value) || container.numbersInSettings.has(p.value) || probed.has(p.value))) continue;
    for (const p of declared) {
      const found = finding('container-port-mismatch', p.start, p.end,
        `The image ${container.image!.value} is built by ${own.dockerfile}, which says it listens on ${builtPortsText(own)}, not on containerPort ${p.value} of ${containerLabel(object, container)}, so nothing may answer on this port.`);
      found.related = builtPlaces(own);
      out.push(found);
    }
  }
  return out;
}

/** What a container's image built from a Dockerfile of the workspace says of where it listens, for a Service that
 *  reaches one of its misdeclared containerPorts. */
function builtImageSays(built: BuiltImageLookup): (container: Container) => string | undefined {
  return (container) => {
    const own = builtSaying(container, built);
    return own ? `the image ${container.image!.value} is built by ${own.dockerfile}, which says it listens on ${builtPortsText(own)}` : undefined;
  };
}

/** Service annotations that say a load balancer terminates TLS and speaks plain HTTP to the pods (AWS's
 *  aws-load-balancer-ssl-cert and backend-protocol, GKE's app-protocols): an https port sent to the pods' http
 *  port on purpose. */
const TLS_OFFLOAD_ANNOTATION = /ssl|tls|cert|backend-protocol|app-protocols/i;

function linkService(path: string, object: KubernetesObject, pods: PodIndex, placeName: PlaceName, collector: LinkCollector, built: BuiltImageLookup,
  unreadPatched: (entry: PodEntry) => boolean = () => false): void {
  const service = object.service!;
  // Without a selector the endpoints are managed by hand; a headless Service's clients reach pods on any port.
  if (!service.selector || service.selector.size === 0) return;
  const selected = ownVersions(path, nearest(path, pods.select(object.namespace, service.selector)));
  if (selected.length === 0) return;
  // Pods a kustomization patches in ways not read here (kubebuilder's JSON patch adding the webhook port) may have
  // more ports than written: their references still resolve, but nothing is judged.
  const out = selected.some(unreadPatched) ? collector.muted() : collector;
  const label = objectLabel(object);
  const listening = podListening(selected.map((entry) => entry.pod), built);
  // A probe on a port the pods neither declare nor are known to listen on shows their declarations incomplete
  // (a gRPC server declaring only 8000 and probed on 8080 may well serve the Service's 9002): not judged, unless
  // the Service port is named like exactly one container port of another number that no Service port reaches
  // (haproxytech's http → 8080 beside the container's http 80, health checked on 1042): that pair disagrees.
  const declaredBeforeProbes = listening.complete;
  if (selected.some((entry) => entry.pod.containers.some((container) => container.probes.some((probe) => typeof probe.port.value === 'number' && !listening.ports.has(probe.port.value))))) {
    listening.complete = false;
  }
  const hostNetwork = selected.some((entry) => entry.pod.hostNetwork);
  const podNames = describePods(selected, path, placeName);
  const undeclared: { port: ServicePort; target: Written<number>; found: Finding }[] = [];
  for (const port of service.ports) {
    const target = port.targetPort ?? (port.targetWritten ? undefined : port.port);
    if (!target) continue;
    if (typeof target.value === 'number') namedEndBesideSetting(path, object, port, target as Written<number>, selected, placeName, out);
    const definitions = selected.flatMap((entry) => entry.pod.containers.flatMap((container) =>
      definitionOf(entry.path, container, typeof target.value === 'string' ? target.value : undefined, typeof target.value === 'number' ? target.value : undefined)));
    out.reference(path, target, definitions);
    if (typeof target.value === 'string') {
      const named = portsNamed(selected.map((entry) => entry.pod), target.value);
      const resolved = named.find((entry) => entry.port !== undefined)?.port;
      if (resolved !== undefined) out.named(path, target, resolved, 'targetPort', label);
      // A headless Service is no exception: the endpoints controller leaves out a pod whose port of that name it
      // cannot find, so its DNS name has no records for it either.
      if (named.length === 0 && !serviceNameProblem(target.value)) {
        out.finding(path, finding('undefined-port-name', target.start, target.end,
          `targetPort ${target.value} of ${label} names a port that no container of the pods it selects (${podNames}) defines, so the Service has no endpoints on port ${port.port?.value ?? target.value}.`));
        misspeltEnd(path, object, target as Written<string>, selected, placeName, out);
      } else if (named.length > 0 && !service.headless) {
        crossedTargetPort(path, object, port, target as Written<string>, selected, placeName, out);
      }
    } else if (!service.headless && !listening.ports.has(target.value)
      && (listening.complete || (declaredBeforeProbes && namedCounterpart(service, port, target.value, selected) !== undefined))) {
      const declared = declaredPorts(selected);
      const what = port.targetPort ? `targetPort ${target.value} of ${label}` : `Port ${target.value} of ${label} (its targetPort defaults to the same number)`;
      const found = finding('target-port-undeclared', target.start, target.end,
        `${what} reaches a port that no container of the pods it selects (${podNames}) declares or is known to listen on${declared ? ` (they declare ${declared})` : ''}, so connections may be refused.`);
      out.finding(path, found);
      undeclared.push({ port, target: target as Written<number>, found });
    } else if (!service.headless && !hostNetwork) {
      containerPortBesideSetting(path, object, port, target as Written<number>, selected, placeName, out, built);
      containerPortBesideImage(path, object, target as Written<number>, selected, placeName, out, built);
    }
    if (!service.headless && !hostNetwork) {
      const containers = selected.flatMap((entry) => entry.pod.containers.map((container) => ({ path: entry.path, object: entry.object, container })));
      const agreeing = serviceReachesMisdeclaredPort(object, target, port.targetPort === undefined, containers, misdeclaredPorts, placeName, path, builtImageSays(built));
      if (agreeing && !out.has(path, 'container-port-mismatch', target.start)) out.finding(path, agreeing);
    }
  }
  if (undeclared.length > 0) otherEnds(path, object, undeclared, selected, placeName, out, built);
  if (!service.headless && !hostNetwork && !listening.complete && declaredBeforeProbes) probedTargetEnds(path, object, selected, listening.ports, placeName, out, built);
}


/** The other end of a targetPort that the container's own probes check too, while it declares one other port that
 *  nothing reaches (the dashboard served HTTPS on 8443, where its Service sent traffic and its liveness probe
 *  looked, and still declared its old 9090). A probe on an undeclared port leaves the Service unjudged, since the
 *  container plainly listens there; the port it declares instead is the odd one out. Only for a container that
 *  declares exactly that one port, every probe of it on the target, and the declared port reached by no Service,
 *  probe or setting and not one its image is known to listen on. */
function probedTargetEnds(path: string, object: KubernetesObject, selected: readonly PodEntry[], declared: ReadonlySet<number>,
  placeName: PlaceName, out: LinkCollector, built: BuiltImageLookup): void {
  const service = object.service!;
  for (const port of service.ports) {
    const target = port.targetPort ?? (port.targetWritten ? undefined : port.port);
    if (!target || typeof target.value !== 'number' || declared.has(target.value)) continue;
    const number = target.value;
    const probed = selected.flatMap((entry) => entry.pod.containers.filter((container) => !container.init
      && container.probes.some((probe) => probe.port.value === number)).map((container) => ({ entry, container })));
    if (probed.length !== 1) continue;
    const [{ entry, container }] = probed;
    const ports = container.ports.filter((p) => p.containerPort !== undefined);
    if (ports.length !== 1 || container.probes.some((probe) => probe.port.value !== number)) continue;
    const [only] = ports;
    const at = only.containerPort!;
    // A port named for a side job (metrics, admin, health) is scraped or used past the Service: not an odd one out.
    if (only.name !== undefined && SIDE_PORT_NAME.test(only.name.value)) continue;
    if (at.value === number || container.numbersInSettings.has(at.value) || imageListensOn(container, at.value, built)
      || reachedByAService(entry, at.value, only.name?.value) || out.has(entry.path, 'target-port-undeclared', at.start)) continue;
    const kinds = [...new Set(container.probes.map((probe) => probe.kind))].join(' and ');
    const found = finding('target-port-undeclared', at.start, at.end,
      `containerPort ${at.value} of ${containerLabel(entry.object, container)} is not where ${objectLabel(object)} sends its traffic (${port.targetPort ? 'targetPort' : 'port'} ${number} at ${placeName(path, target.start, entry.path)}) nor where its ${kinds} checks (${number}), and nothing reaches ${at.value}: the container listens on ${number}, which it does not declare.`);
    found.related = [{ path, start: target.start, end: target.end, message: `${port.targetPort ? 'targetPort' : 'port'} ${number} of ${objectLabel(object)}` }];
    out.finding(entry.path, found);
  }
}

/** Whether two port names differ by one letter changed, added, removed or two neighbours swapped (wep and web,
 *  htpp and http). */
function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  // Names that differ by a trailing s (http and https) or by a digit (metrics1 and metrics2) are two ports.
  if (a === `${b}s` || b === `${a}s` || /[0-9]/.test(a + b)) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return restA.slice(1) === restB.slice(1) || restA === restB.slice(1) || restA.slice(1) === restB
    || (restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2));
}

/** The other end of a named targetPort that no container defines: the one container port of the pods whose name
 *  is one slip from it and that no port of the Service names (nats' Grafana: targetPort web, its port named wep).
 *  Only names of three or more characters, so that two short names are not taken for one misspelt. */
function misspeltEnd(path: string, object: KubernetesObject, target: Written<string>, selected: readonly PodEntry[], placeName: PlaceName, out: LinkCollector): void {
  if (target.value.length < 3) return;
  const service = object.service!;
  const used = new Set(service.ports.map((port) => port.targetPort?.value).filter((value): value is string => typeof value === 'string'));
  const near = selected.flatMap((entry) => entry.pod.containers.flatMap((container) => container.ports
    .filter((port) => port.name !== undefined && port.name.value.length >= 3 && !used.has(port.name.value) && oneSlipApart(port.name.value, target.value))
    .map((port) => ({ entry, container, name: port.name! }))));
  if (near.length !== 1) return;
  const [{ entry, container, name }] = near;
  const found = finding('undefined-port-name', name.start, name.end,
    `Port name ${name.value} of ${containerLabel(entry.object, container)} is one letter from targetPort ${target.value} of ${objectLabel(object)} at ${placeName(path, target.start, entry.path)}, which no container defines, so one of the two names is misspelt.`);
  found.related = [{ path, start: target.start, end: target.end, message: `targetPort ${target.value} of ${objectLabel(object)}` }];
  out.finding(entry.path, found);
}

/** The one container port of the selected pods named like the Service port, when its number is another than the
 *  targetPort and no port of the Service reaches it (by number or by name): the two ends of one link disagree. */
function namedCounterpart(service: NonNullable<KubernetesObject['service']>, port: ServicePort, target: number, selected: readonly PodEntry[]): Written<number> | undefined {
  const name = port.name?.value;
  if (name === undefined) return undefined;
  const named = selected.flatMap((entry) => entry.pod.containers.filter((container) => !container.init)
    .flatMap((container) => container.ports.filter((p) => p.name?.value === name && containerPortsMovedBy(container) === undefined)));
  // Alternative files of one folder (a Deployment and a DaemonSet of the same pods) may each declare it: one number.
  const numbers = new Set(named.map((p) => p.containerPort?.value));
  if (named.length === 0 || numbers.size !== 1 || !named[0].containerPort || named[0].containerPort.value === target) return undefined;
  const at = named[0].containerPort;
  const reached = service.ports.some((other) => {
    const to = other.targetPort ?? (other.targetWritten ? undefined : other.port);
    return to !== undefined && (to.value === at.value || to.value === name);
  });
  return reached ? undefined : at;
}

/** target-port-undeclared at a containerPort named like a Service port that sends its traffic to another number, one
 *  the container's own command, args or env name and no container declares, while nothing reaches the declared
 *  number: the declaration is the stale end (karmada's etcd declared client 2369 and server 2370 while its command
 *  listens on 2379 and 2380 and its Services send client to 2379, server to 2380). A headless Service counts too:
 *  its port names still pair with the pods'. */
function namedEndBesideSetting(path: string, object: KubernetesObject, port: ServicePort, target: Written<number>, selected: readonly PodEntry[],
  placeName: PlaceName, out: LinkCollector): void {
  const name = port.name?.value;
  if (name === undefined) return;
  const containers = selected.flatMap((entry) => entry.pod.containers.filter((container) => !container.init).map((container) => ({ entry, container })));
  const holders = containers.filter(({ container }) => container.ports.some((p) => p.name?.value === name));
  if (holders.length !== 1 || containers.some(({ container }) => container.ports.some((p) => p.containerPort?.value === target.value))) return;
  const [{ entry, container }] = holders;
  const declared = container.ports.find((p) => p.name?.value === name)!.containerPort;
  if (!declared || declared.value === target.value || !container.numbersInSettings.has(target.value) || container.numbersInSettings.has(declared.value)) return;
  if (container.probes.some((probe) => probe.port.value === declared.value || probe.port.value === name) || reachedByAService(entry, declared.value, name)) return;
  if (out.has(entry.path, 'target-port-undeclared', declared.start)) return;
  const found = finding('target-port-undeclared', declared.start, declared.end,
    `containerPort ${declared.value} (${name}) of ${containerLabel(entry.object, container)} is not where it listens: its own settings name ${target.value}, where port ${name} of ${objectLabel(object)} at ${placeName(path, target.start, entry.path)} sends its traffic, and nothing reaches ${declared.value}.`);
  found.related = [{ path, start: target.start, end: target.end, message: `${target.value}, the port ${objectLabel(object)} sends its ${name} traffic to` }];
  out.finding(entry.path, found);
}

/** The other end of a targetPort that reaches no declared port: the containerPort it was meant for, when that is
 *  plain (the container port of the same name as the Service port, else the one port of the pods this Service
 *  does not reach when one targetPort misses). The fix is as often there as in the Service (emailservice
 *  declared 5000 while its Service targeted 8080, where it listens), so the disagreement is shown at both ends. */
function otherEnds(path: string, object: KubernetesObject, undeclared: { port: ServicePort; target: Written<number>; found: Finding }[],
  selected: readonly PodEntry[], placeName: PlaceName, out: LinkCollector, built: BuiltImageLookup): void {
  const service = object.service!;
  const reachedNumbers = new Set<number>();
  const reachedNames = new Set<string>();
  for (const port of service.ports) {
    const target = port.targetPort ?? (port.targetWritten ? undefined : port.port);
    if (typeof target?.value === 'number') reachedNumbers.add(target.value);
    else if (typeof target?.value === 'string') reachedNames.add(target.value);
  }
  const unreached: { path: string; object: KubernetesObject; container: Container; at: Written<number>; name?: string }[] = [];
  for (const entry of selected) {
    for (const container of entry.pod.containers) {
      if (container.init) continue;
      for (const port of container.ports) {
        if (!port.containerPort || reachedNumbers.has(port.containerPort.value) || (port.name && reachedNames.has(port.name.value))) continue;
        // A port the container's image is known to listen on is the right end (ghost's 2368 behind a Service
        // that targets 80): the Service's warning says enough.
        if (imageListensOn(container, port.containerPort.value, built)) continue;
        // A container whose process may listen elsewhere than it declares (a shell, a number or config in its
        // command, a port setting, a mounted config) has no plain other end. A port setting that names one of the
        // container's own declared ports (knative's FILTER_PORT=8080 beside containerPort 8080) moves nothing.
        if (containerPortsMovedBy(withoutDeclaredSettings(container)) !== undefined) continue;
        unreached.push({ path: entry.path, object: entry.object, container, at: port.containerPort, name: port.name?.value });
      }
    }
  }
  for (const { port, target, found } of undeclared) {
    const sameName = port.name ? unreached.filter((end) => end.name === port.name!.value) : [];
    // Ports named like the Service port are the ends meant (one per alternative file of the same pods, all of one
    // number); a probe on a third port does not change that.
    if (sameName.length > 0 && new Set(sameName.map((end) => end.at.value)).size === 1) {
      for (const end of sameName) otherEnd(path, object, port, target, found, end, placeName, out);
      continue;
    }
    const end = undeclared.length === 1 && unreached.length === 1 && sameName.length === 0 ? unreached[0] : undefined;
    // A probe on a third port (neither the target nor one the container declares) says the container's
    // declarations are incomplete, not that this one is wrong.
    if (!end || end.container.probes.some((probe) => typeof probe.port.value === 'number' && probe.port.value !== target.value
      && !end.container.ports.some((p) => p.containerPort?.value === probe.port.value))) continue;
    otherEnd(path, object, port, target, found, end, placeName, out);
  }
}

/** The container as containerPortsMovedBy should judge it for its other end: without the env port settings whose
 *  literal number is one of its own containerPorts (they agree with its declarations). */
function withoutDeclaredSettings(container: Container): Container {
  const declared = new Set(container.ports.map((port) => port.containerPort?.value));
  const agreeing = new Set(container.envPorts.filter((setting) => declared.has(setting.port.value)).map((setting) => setting.name));
  if (agreeing.size === 0) return container;
  return { ...container, envNames: container.envNames.filter((name) => !agreeing.has(name)) };
}

function otherEnd(path: string, object: KubernetesObject, port: ServicePort, target: Written<number>, found: Finding,
  end: { path: string; object: KubernetesObject; container: Container; at: Written<number> }, placeName: PlaceName, out: LinkCollector): void {
  const servicePort = port.port ? `port ${port.port.value}${port.name ? ` (${port.name.value})` : ''}` : `port ${port.name?.value ?? target.value}`;
  found.related = [...(found.related ?? []), { path: end.path, start: end.at.start, end: end.at.end, message: `containerPort ${end.at.value} of ${containerLabel(end.object, end.container)}, which no port of the Service reaches` }];
  if (out.has(end.path, 'target-port-undeclared', end.at.start)) return;
  const other = finding('target-port-undeclared', end.at.start, end.at.end,
    `containerPort ${end.at.value} of ${containerLabel(end.object, end.container)} is not where ${objectLabel(object)} sends its ${servicePort}: its targetPort ${target.value} at ${placeName(path, target.start, end.path)} reaches no declared port, so one of the two is wrong.`);
  other.related = [{ path, start: target.start, end: target.end, message: `targetPort ${target.value} of ${objectLabel(object)}` }];
  out.finding(end.path, other);
}

/** container-port-mismatch for a container that declares one port while its own command, args or env name the
 *  number the Service targets (istio's netcat: args -vl 44444, containerPort 4444, its Service on 44444): the
 *  process was told to listen where the Service sends traffic, and the declared port is the odd one out. Only
 *  when no container of the pods declares the target, the declared port is named like the Service port or not
 *  at all, and nothing else says the container listens there (its settings, its image). */
function containerPortBesideSetting(path: string, object: KubernetesObject, port: ServicePort, target: Written<number>, selected: readonly PodEntry[],
  placeName: PlaceName, out: LinkCollector, built: BuiltImageLookup): void {
  const number = target.value;
  const declaring = selected.some((entry) => entry.pod.containers.some((container) => container.ports.some((p) => p.containerPort?.value === number)));
  if (declaring) return;
  const told = selected.flatMap((entry) => entry.pod.containers.filter((container) => !container.init && container.numbersInSettings.has(number)).map((container) => ({ entry, container })));
  if (told.length !== 1) return;
  const { entry, container } = told[0];
  const declared = container.ports.filter((p) => p.containerPort !== undefined);
  if (declared.length !== 1) return;
  const [only] = declared;
  const at = only.containerPort!;
  const service = object.service!;
  const reached = service.ports.some((other) => {
    const to = other.targetPort ?? (other.targetWritten ? undefined : other.port);
    return to !== undefined && (to.value === at.value || (only.name !== undefined && to.value === only.name.value));
  });
  if (reached || container.numbersInSettings.has(at.value) || imageListensOn(container, at.value, built)) return;
  if (only.name !== undefined && only.name.value !== port.name?.value) return;
  const found = finding('container-port-mismatch', at.start, at.end,
    `containerPort ${at.value} of ${containerLabel(entry.object, container)} is not the port its command, args or env name (${number}), where ${objectLabel(object)} sends its traffic (${port.targetPort ? 'targetPort' : 'port'} ${number} at ${placeName(path, target.start, entry.path)}), so nothing may answer on ${at.value}.`);
  found.related = [{ path, start: target.start, end: target.end, message: `${port.targetPort ? 'targetPort' : 'port'} ${number} of ${objectLabel(object)}` }];
  out.finding(entry.path, found);
}

/** container-port-mismatch for a container that declares one port its image does not listen on, while a Service
 *  selecting it sends its traffic to a number that no container declares and the image listens on (litmus'
 *  prom/prometheus declared 9000; its Service and Prometheus itself use 9090). Two statements agree against the
 *  containerPort, so it is shown even where a mounted config or a setting might move the port (then the Service
 *  would be wrong as well). Quiet when any Service, probe or setting reaches the declared port. */
function containerPortBesideImage(path: string, object: KubernetesObject, target: Written<number>, selected: readonly PodEntry[],
  placeName: PlaceName, out: LinkCollector, built: BuiltImageLookup): void {
  const number = target.value;
  if (selected.some((entry) => entry.pod.containers.some((container) => container.ports.some((p) => p.containerPort?.value === number)))) return;
  const listening = selected.flatMap((entry) => entry.pod.containers.filter((container) => !container.init && imageListensOn(container, number, built))
    .map((container) => ({ entry, container })));
  if (listening.length !== 1) return;
  const [{ entry, container }] = listening;
  const declared = container.ports.filter((p) => p.containerPort !== undefined);
  if (declared.length !== 1) return;
  const [only] = declared;
  const at = only.containerPort!;
  const name = only.name?.value;
  if (imageListensOn(container, at.value, built) || container.numbersInSettings.has(at.value)
    || container.probes.some((probe) => probe.port.value === at.value || (name !== undefined && probe.port.value === name))
    || reachedByAService(entry, at.value, name) || out.has(entry.path, 'container-port-mismatch', at.start)
    // Reported already by the image's own word (a Prometheus whose mounted prometheus.yml moves nothing).
    || misdeclaredPorts({ path: entry.path, object: entry.object, container }).has(at.start)) return;
  const found = finding('container-port-mismatch', at.start, at.end,
    `containerPort ${at.value} of ${containerLabel(entry.object, container)} is not a port its image ${container.image!.value} listens on, while ${objectLabel(object)} sends its traffic to ${number} at ${placeName(path, target.start, entry.path)}, where the image does listen, so nothing may answer on ${at.value}.`);
  found.related = [{ path, start: target.start, end: target.end, message: `${number}, the port ${objectLabel(object)} sends its traffic to` }];
  out.finding(entry.path, found);
}

/** Whether a port of any Service that selects the pod (in its namespace, applied with it) reaches the number or
 *  the name. */
function reachedByAService(entry: PodEntry, number: number, name: string | undefined): boolean {
  return allServices.some(({ path, object, ports }) => {
    const selector = object.service!.selector;
    if (!selector || selector.size === 0 || object.namespace !== entry.object.namespace || !near(folderOf(path), folderOf(entry.path))) return false;
    if (![...selector].every(([key, value]) => entry.pod.labels.get(key) === value)) return false;
    return ports.some((p) => {
      const to = p.targetPort ?? (p.targetWritten ? undefined : p.port);
      return to === undefined || to.value === number || (name !== undefined && to.value === name);
    });
  });
}

/** undefined-port-name for a Prometheus Operator monitor: a ServiceMonitor's endpoints name ports of the Services
 *  it selects, a PodMonitor's name container ports of the pods it selects; a name none of them defines gives
 *  Prometheus no target. Selected by labels among the objects applied with the monitor (its folder, the folders
 *  above and below, its kustomization), in the namespaces it watches (an object without a written namespace may be
 *  applied to any). Quiet when nothing is selected (the Services may be made by an operator), a selected
 *  object's port names are not all written, or no Service near it defines the name while the selected
 *  ones are only near the monitor, not applied with it. */
function linkMonitor(path: string, object: KubernetesObject, placeName: PlaceName, out: LinkCollector): void {
  const monitor = object.monitor!;
  const selector = monitor.selector;
  if (!selector || selector.size === 0 || monitor.ports.length === 0) return;
  const folder = folderOf(path);
  const watched = (candidate: KubernetesObject) => monitor.namespaces === 'any' || !candidate.namespaceWritten
    || (monitor.namespaces ?? (object.namespaceWritten ? [object.namespace] : undefined))?.includes(candidate.namespace) !== false;
  const label = objectLabel(object);
  if (monitor.selects === 'services') {
    // The Services of the monitor's own file count first of all: applied with it for sure (metallb's bundles each
    // define speaker-monitor-service beside their ServiceMonitor, with the ports of their own speaker).
    const selected = allServices.filter((entry) => watched(entry.object) && near(folder, folderOf(entry.path))
      && [...selector].every(([key, value]) => entry.object.labels?.get(key) === value));
    if (selected.length === 0 || selected.some((entry) => entry.ports.length === 0 || entry.ports.some((p) => p.named && !p.name))) return;
    const appliedWithIt = selected.some((entry) => folderOf(entry.path) === folder || together(folder, folderOf(entry.path)));
    for (const port of monitor.ports) {
      const definitions = selected.flatMap((entry) => entry.ports.filter((p) => p.name?.value === port.value).map((p) => ({ path: entry.path, start: p.name!.start, end: p.name!.end })));
      out.reference(path, port, definitions);
      if (definitions.length > 0 || serviceNameProblem(port.value)) continue;
      // A name no Service near the monitor defines, while the Services selected lie only in folders above or below
      // the monitor's (not applied with it by its folder or a kustomization): the Service it scrapes is likely made
      // by an operator or a chart, and the ones found merely share its labels (rook's monitoring/ ServiceMonitor
      // selects app: rook-ceph-mgr, the label of the operator's mgr Service and of the dashboard Services above).
      // Near only: the CSI Services of csi/template/ naming their own http-metrics are other software's.
      if (!appliedWithIt && !allServices.some((entry) => near(folder, folderOf(entry.path)) && entry.ports.some((p) => p.name?.value === port.value))) continue;
      const [first] = selected;
      const names = [...new Set(selected.flatMap((entry) => entry.ports.map((p) => p.name?.value).filter((n): n is string => n !== undefined)))];
      out.finding(path, finding('undefined-port-name', port.start, port.end,
        `${label} scrapes the Service port named ${port.value}, which no Service it selects defines (${objectLabel(first.object)} at ${placeName(first.path, first.object.name?.start ?? first.object.start, path)} ${names.length > 0 ? `names ${names.join(', ')}` : 'names none of its ports'}), so Prometheus finds no target there.`));
    }
    return;
  }
  const selected = allPods.filter((entry) => watched(entry.object) && near(folder, folderOf(entry.path))
    && [...selector].every(([key, value]) => entry.pod.labels.get(key) === value));
  if (selected.length === 0) return;
  for (const port of monitor.ports) {
    const definitions = selected.flatMap((entry) => entry.pod.containers.flatMap((container) => definitionOf(entry.path, container, port.value, undefined)));
    out.reference(path, port, definitions);
    if (definitions.length > 0 || portsNamed(selected.map((entry) => entry.pod), port.value).length > 0 || serviceNameProblem(port.value)) continue;
    const [first] = selected;
    out.finding(path, finding('undefined-port-name', port.start, port.end,
      `${label} scrapes the container port named ${port.value}, which no container of the pods it selects (${objectLabel(first.object)} at ${placeName(first.path, first.object.name?.start ?? first.object.start, path)}) defines, so Prometheus finds no target there.`));
  }
}

/** Whether the container's image, known to the image table or built from a Dockerfile of the workspace, listens
 *  on the port. */
function imageListensOn(container: Container, port: number, built: BuiltImageLookup): boolean {
  const image = container.image?.value;
  if (image === undefined || image.includes('$')) return false;
  const info = lookupImage(image);
  if (info && info.ports.length > 0) return imagePortsIn(info, port, port).length > 0;
  const own = built(image);
  return own !== undefined && builtListensOn(own, port);
}

/** crossed-target-port: a Service port named like a container port sends its traffic to another named port of
 *  the pods, as another port of the Service already does, while the container port of its own name is reached by
 *  none (ingress-nginx's Service sent https to the controller's http port while the pods define https). Quiet when
 *  the Service's annotations say a load balancer terminates TLS there. */
function crossedTargetPort(path: string, object: KubernetesObject, port: ServicePort, target: Written<string>, selected: readonly PodEntry[],
  placeName: PlaceName, out: LinkCollector): void {
  const service = object.service!;
  const own = port.name?.value;
  if (own === undefined || own === target.value || object.annotationKeys.some((key) => TLS_OFFLOAD_ANNOTATION.test(key))) return;
  const pods = selected.map((entry) => entry.pod);
  const ownPorts = portsNamed(pods, own);
  if (ownPorts.length === 0) return;
  const ownNumbers = new Set(ownPorts.map((entry) => entry.port).filter((n): n is number => n !== undefined));
  const targetNumbers = new Set(portsNamed(pods, target.value).map((entry) => entry.port).filter((n): n is number => n !== undefined));
  const reaches = (other: ServicePort, names: string, numbers: Set<number>) => {
    const to = other.targetPort ?? (other.targetWritten ? undefined : other.port);
    return to !== undefined && (to.value === names || (typeof to.value === 'number' && numbers.has(to.value)));
  };
  const others = service.ports.filter((other) => other !== port);
  if (others.some((other) => reaches(other, own, ownNumbers)) || !others.some((other) => reaches(other, target.value, targetNumbers))) return;
  const [definition] = selected.flatMap((entry) => entry.pod.containers.flatMap((container) => definitionOf(entry.path, container, own, undefined)));
  const found = finding('crossed-target-port', target.start, target.end,
    `Port ${own}${port.port ? ` (${port.port.value})` : ''} of ${objectLabel(object)} sends its traffic to the container port named ${target.value}, as another of its ports does, while the pods it selects define a port named ${own}${definition ? ` at ${placeName(definition.path, definition.start, path)}` : ''} that no port of the Service reaches.`);
  if (definition) found.related = [{ ...definition, message: `the container port named ${own}` }];
  out.finding(path, found);
}

function linkBackend(path: string, object: KubernetesObject, backend: BackendRef, services: Map<string, ServiceEntry[]>, placeName: PlaceName, out: LinkCollector): void {
  const port = backend.port;
  const defined = services.get(`${backend.namespace}\u0000${backend.service.value}`) ?? appliedAlongside(path, object, backend);
  if (!port || !defined) return;
  const matches = (servicePort: ServicePort) => (typeof port.value === 'number' ? servicePort.port?.value === port.value : servicePort.name?.value === port.value);
  const definitions: PortLocation[] = [];
  let resolved: number | undefined;
  for (const entry of defined) {
    for (const servicePort of entry.ports) {
      if (!matches(servicePort)) continue;
      const at = servicePort.port ?? servicePort.name;
      if (at) definitions.push({ path: entry.path, start: at.start, end: at.end });
      resolved ??= servicePort.port?.value;
    }
  }
  out.reference(path, port, definitions);
  const field = backendField(backend);
  const label = objectLabel(object);
  if (typeof port.value === 'string' && resolved !== undefined) out.named(path, port, resolved, field, `${label}, to Service ${backend.service.value}`);
  // A definition without ports (a patch of the Service's metadata) leaves its ports unknown.
  if (definitions.length > 0 || defined.some((entry) => entry.ports.length === 0)) return;
  // The Service defined in several files, none of them applied with the route (its folder, above or below): which one
  // the route meets is not known (a repository of separate examples or test fixtures, each with its own httpbin).
  const folder = folderOf(path);
  if (new Set(defined.map((entry) => entry.path)).size > 1 && !defined.some((entry) => near(folderOf(entry.path), folder))) return;
  const [first] = defined;
  const has = first.ports.map((p) => (p.port ? `${p.port.value}${p.name ? ` (${p.name.value})` : ''}` : p.name?.value)).filter(Boolean).join(', ');
  const kind = typeof port.value === 'number' ? 'port' : 'port named';
  out.finding(path, finding('backend-port-missing', port.start, port.end,
    `${label} sends traffic to ${kind} ${port.value} of Service ${backend.service.value}, which ${first.object.madeBy && first.object.name ? `${first.object.madeBy} (${placeName(first.path, first.object.name.start, path)}) makes with`
      : first.object.name ? `is defined at ${placeName(first.path, first.object.name.start, path)} with` : 'has'} ${has ? `only ${has}` : 'no ports'}.`));
}

/** The Services a backend reaches when none of its namespace has the name: those of the name applied with it (its
 *  folder, the folders above and below, its kustomization) when one of the two leaves metadata.namespace out. Such an
 *  object goes to the namespace it is applied to (kubectl -n, a kustomization's namespace, an Argo CD application),
 *  so an Ingress written for namespace argo-cd and a Service without one, in one folder, meet there. Undefined when
 *  the route names the Service's namespace itself, or the Services found lie in more than one namespace. */
function appliedAlongside(path: string, object: KubernetesObject, backend: BackendRef): ServiceEntry[] | undefined {
  if (backend.namespace !== object.namespace) return undefined;
  const folder = folderOf(path);
  const found = allServices.filter((entry) => entry.object.name?.value === backend.service.value
    && (!entry.object.namespaceWritten || !object.namespaceWritten) && near(folderOf(entry.path), folder));
  return found.length > 0 && new Set(found.map((entry) => entry.object.namespace)).size === 1 ? found : undefined;
}

/** unreachable-port: a value that names a Service of the workspace with a port it does not have
 *  (`http://gateway.openfaas:8080` while Service gateway has only port 808). A Service's clients reach only its
 *  ports; quiet for headless and ExternalName Services (their names lead elsewhere), a Service defined twice with
 *  other ports, and one whose ports are not written. When the Service has one port whose targetPort is the number
 *  its clients use, its own port is shown too: the fix is as often there. */
function linkServiceReference(path: string, reference: ServiceReference, services: Map<string, ServiceEntry[]>, placeName: PlaceName, out: LinkCollector): void {
  // Only the Services applied with the value: those of its folder and of the folders above and below it.
  const folder = folderOf(path);
  const defined = services.get(`${reference.namespace}\u0000${reference.service}`)
    ?.filter((entry) => near(folderOf(entry.path), folder));
  if (!defined || defined.length === 0 || defined.some((entry) => entry.object.service!.headless || entry.object.service!.type === 'ExternalName' || entry.ports.length === 0)) return;
  const port = reference.port.value;
  if (defined.some((entry) => entry.ports.some((p) => p.port?.value === port || p.port === undefined))) return;
  const [first] = defined;
  const label = objectLabel(first.object);
  const ports = first.ports.map((p) => `${p.port!.value}${p.targetPort && p.targetPort.value !== p.port!.value ? ` (to targetPort ${p.targetPort.value})` : ''}`);
  const has = ports.length === 1 ? `port ${ports[0]}` : `ports ${ports.slice(0, -1).join(', ')} and ${ports[ports.length - 1]}`;
  const at = first.ports[0].port!;
  const found = finding('unreachable-port', reference.port.start, reference.port.end,
    `Nothing answers on ${reference.written}: ${label} at ${placeName(first.path, at.start, path)} has only ${has}, and a Service's clients reach only its ports.`);
  found.related = first.ports.map((p) => ({ path: first.path, start: p.port!.start, end: p.port!.end, message: `port ${p.port!.value} of ${label}` }));
  out.finding(path, found);
  if (defined.length !== 1 || first.ports.length !== 1 || first.ports[0].targetPort?.value !== port) return;
  const other = finding('unreachable-port', at.start, at.end,
    `Port ${at.value} of ${label} is not the port its clients use: ${reference.written} at ${placeName(path, reference.port.start, first.path)} names ${port}, this port's targetPort, so connections to it are refused.`);
  other.related = [{ path, start: reference.port.start, end: reference.port.end, message: reference.written }];
  out.finding(first.path, other);
}

function linkNetworkPolicy(path: string, object: KubernetesObject, pods: PodIndex, placeName: PlaceName, out: LinkCollector, built: BuiltImageLookup): void {
  const policy = object.networkPolicy!;
  // An empty selector takes every pod of the namespace, an egress port those of another: too wide to judge.
  if (!policy.podSelector || policy.podSelector.size === 0) return;
  const selected = nearest(path, pods.select(object.namespace, policy.podSelector));
  if (selected.length === 0) return;
  for (const port of policy.ports) {
    if (port.direction !== 'ingress') continue;
    if (typeof port.port.value === 'number') {
      if (!port.endPort) servicePortInPolicy(path, object, port, selected, placeName, out, built);
      continue;
    }
    const named = portsNamed(selected.map((entry) => entry.pod), port.port.value);
    const definitions = selected.flatMap((entry) => entry.pod.containers.flatMap((container) => definitionOf(entry.path, container, port.port.value as string, undefined)));
    out.reference(path, port.port, definitions);
    const resolved = named.find((entry) => entry.port !== undefined)?.port;
    if (resolved !== undefined) out.named(path, port.port, resolved, `NetworkPolicy ${port.direction} port`, objectLabel(object));
    if (named.length === 0 && !serviceNameProblem(port.port.value)) {
      out.finding(path, finding('undefined-port-name', port.port.start, port.port.end,
        `${objectLabel(object)} allows port ${port.port.value}, which no container of the pods it selects defines, so the rule allows nothing there.`));
    }
  }
}

/** target-port-undeclared for a NetworkPolicy that allows a Service's port instead of the pods' own: a policy
 *  judges a connection by the port of the pod it reaches, after the Service has translated its port to the
 *  targetPort (apisix's webhook policy allowed 443, the port of the webhook Service, which sends 443 to the pods'
 *  9443). Only when no container of the selected pods declares the number (as a containerPort or hostPort), names
 *  it in its command, args or env, or runs an image known to listen on it; none of them is on the node's network
 *  (a policy does not apply there); and a Service applied with the policy selects those pods and sends that very
 *  port, same protocol, to another port the pods declare (by number or name). */
function servicePortInPolicy(path: string, object: KubernetesObject, port: NetworkPolicyPort, selected: readonly PodEntry[], placeName: PlaceName,
  out: LinkCollector, built: BuiltImageLookup): void {
  const number = port.port.value as number;
  if (selected.some((entry) => entry.pod.hostNetwork)) return;
  const containers = selected.flatMap((entry) => entry.pod.containers.filter((container) => !container.init));
  if (containers.some((container) => container.ports.some((p) => p.containerPort?.value === number || p.hostPort?.value === number)
    || container.numbersInSettings.has(number) || imageListensOn(container, number, built))) return;
  for (const entry of allServices) {
    const selector = entry.object.service!.selector;
    if (!selector || selector.size === 0 || entry.object.namespace !== object.namespace || !near(folderOf(path), folderOf(entry.path))) continue;
    const reached = selected.filter((pod) => [...selector].every(([key, value]) => pod.pod.labels.get(key) === value)).map((pod) => pod.pod);
    if (reached.length === 0) continue;
    for (const servicePort of entry.ports) {
      const to = servicePort.targetPort;
      if (servicePort.port?.value !== number || servicePort.protocol !== port.protocol || !to || to.value === number) continue;
      const target = typeof to.value === 'number'
        ? (reached.some((pod) => pod.containers.some((container) => container.ports.some((p) => p.containerPort?.value === to.value))) ? to.value : undefined)
        : portsNamed(reached, to.value).find((named) => named.port !== undefined)?.port;
      if (target === undefined || target === number) continue;
      const service = objectLabel(entry.object);
      const sent = typeof to.value === 'number' ? `${target}` : `${target} (${to.value})`;
      const found = finding('target-port-undeclared', port.port.start, port.port.end,
        `${objectLabel(object)} allows port ${number}, the port of ${service}, but a NetworkPolicy judges the port of the pod a connection reaches: ${service} sends ${number} to ${sent} (its targetPort at ${placeName(entry.path, to.start, path)}), which this rule does not allow, and no container of the pods declares ${number}, so connections through the Service are dropped.`);
      found.related = [{ path: entry.path, start: to.start, end: to.end, message: `targetPort ${to.value} of ${service}` }];
      out.finding(path, found);
      return;
    }
  }
}

/** node-port-conflict: two Services of one folder (applied together) taking one nodePort; a DaemonSet and another
 *  workload of one folder taking one port of the node. A pod takes a node's port by a hostPort, or by any container
 *  port when it runs on the node's network (hostNetwork: true, where hostPort defaults to containerPort and the
 *  scheduler counts it so): a DaemonSet runs on every node, so the other cannot run beside it (efs-csi's controller
 *  Deployment and node DaemonSet both served their liveness probe on 9809). Objects of the same kind and name are one
 *  object written twice (a base and its patch, or one setup written for two namespaces), not two; pods for different
 *  operating systems never share a node; a pod that asks for nodes by another label (a control-plane controller)
 *  may keep away from the DaemonSet's, and is left unjudged when it runs on the node's network. */
function nodePortConflicts(files: readonly ManifestFile[], placeName: PlaceName, out: LinkCollector): void {
  interface Taker { path: string; object: KubernetesObject; at: Written<number>; network: boolean }
  const taken = new Map<string, Taker[]>();
  const take = (key: string, taker: Taker) => push(taken, key, taker);
  for (const file of files) {
    for (const object of file.objects) {
      // Only a NodePort or LoadBalancer Service is given a nodePort: the API server refuses one written on a
      // ClusterIP Service (kustomize's testdata wordpress-identity, type unwritten, beside a NodePort Service on
      // 30000), so it takes nothing from the other.
      const givenNodePorts = object.service?.type === 'NodePort' || object.service?.type === 'LoadBalancer';
      for (const port of givenNodePorts ? object.service?.ports ?? [] : []) {
        if (port.nodePort && port.nodePort.value > 0) take(`${file.folder}\u0000node\u0000${port.nodePort.value}`, { path: file.path, object, at: port.nodePort, network: false });
      }
      const pod = object.pod;
      // A DaemonSet's hostPorts as ever; the ports of any workload on the node's network, to meet a DaemonSet's.
      if (!pod || (object.kind !== 'DaemonSet' && !pod.hostNetwork)) continue;
      for (const container of pod.containers) {
        if (container.init) continue;
        for (const port of container.ports) {
          const at = port.hostPort ?? (pod.hostNetwork ? port.containerPort : undefined);
          if (at && at.value > 0) take(`${file.folder}\u0000host\u0000${at.value}/${port.protocol}/${port.hostIp ?? ''}`, { path: file.path, object, at, network: pod.hostNetwork });
        }
      }
    }
  }
  for (const [key, entries] of taken) {
    if (entries.length < 2) continue;
    // The namespace is left out: the same DaemonSet or Service written for another namespace in the same folder is
    // an alternative setup of one component (linkerd-examples' l5d in default and in linkerd), applied one at a time.
    const identity = (entry: Taker) => `${entry.object.kind}\u0000${entry.object.name?.value ?? ''}`;
    const node = key.includes('\u0000node\u0000');
    for (const entry of entries) {
      const other = entries.find((candidate) => identity(candidate) !== identity(entry) && (node || mayShareANode(entry, candidate)));
      if (!other) continue;
      let message: string;
      if (node) {
        message = `nodePort ${entry.at.value} of ${objectLabel(entry.object)} is also taken by ${objectLabel(other.object)} at ${placeName(other.path, other.at.start, entry.path)}: a cluster gives each nodePort to one Service, so applying both fails.`;
      } else if (!entry.network && !other.network) {
        message = `hostPort ${entry.at.value} of ${objectLabel(entry.object)} is also taken by ${objectLabel(other.object)} at ${placeName(other.path, other.at.start, entry.path)}: both run a pod on every node, so one of them cannot be scheduled.`;
      } else {
        const daemon = entry.object.kind === 'DaemonSet' ? entry : other;
        const rest = daemon === entry ? other : entry;
        const how = (taker: Taker) => (taker.network ? 'on the node\'s network (hostNetwork: true)' : 'as a hostPort');
        const blocked = rest.object.kind === 'DaemonSet' ? 'the other' : `the pods of ${objectLabel(rest.object)}`;
        message = `${objectLabel(entry.object)} takes port ${entry.at.value} of its node ${how(entry)}, as ${objectLabel(other.object)} at ${placeName(other.path, other.at.start, entry.path)} does ${how(other)}: ${objectLabel(daemon.object)} runs on every node, so the scheduler finds no node with the port free for ${blocked}.`;
      }
      out.finding(entry.path, finding('node-port-conflict', entry.at.start, entry.at.end, message));
    }
  }
  nodePortsAbove(taken, placeName, out);
}

/** node-port-conflict between a Service and one of the folder just above it: the files above a folder of
 *  manifests are applied beside it (sock shop's front-end Service on 30001 in manifests/, weavescope.yaml one
 *  folder up taking 30001 as well). Objects of one kind and name are one object written twice (the folder above
 *  may hold an all-in-one copy of the folder's Services), so they never conflict, nor does a Service above whose
 *  kind and name a Service below on the same nodePort has. */
function nodePortsAbove(taken: ReadonlyMap<string, { path: string; object: KubernetesObject; at: Written<number> }[]>, placeName: PlaceName, out: LinkCollector): void {
  type Entry = { path: string; object: KubernetesObject; at: Written<number> };
  const identity = (entry: Entry) => `${entry.object.kind}\u0000${entry.object.name?.value ?? ''}`;
  for (const [key, entries] of taken) {
    const [folder, what, port] = key.split('\u0000');
    if (what !== 'node' || folder === '') continue;
    const above = taken.get(`${folderOf(folder)}\u0000node\u0000${port}`);
    if (!above) continue;
    for (const entry of entries) {
      const other = above.find((candidate) => identity(candidate) !== identity(entry) && !entries.some((own) => identity(own) === identity(candidate)));
      if (!other) continue;
      for (const [at, by] of [[entry, other], [other, entry]] as const) {
        if (out.has(at.path, 'node-port-conflict', at.at.start)) continue;
        out.finding(at.path, finding('node-port-conflict', at.at.start, at.at.end,
          `nodePort ${at.at.value} of ${objectLabel(at.object)} is also taken by ${objectLabel(by.object)} at ${placeName(by.path, by.at.start, at.path)}, ${by === other ? 'in the folder above' : 'in a folder below'}: a cluster gives each nodePort to one Service, so applying both fails.`));
      }
    }
  }
}

/** Whether two takers of one node port can land on one node and so collide: one of them is a DaemonSet (on every
 *  node); they do not ask for different operating systems; and, when either runs on the node's network, neither
 *  asks for nodes by another label. Two DaemonSets by hostPort keep their old judgement. */
function mayShareANode(a: { object: KubernetesObject; network: boolean }, b: { object: KubernetesObject; network: boolean }): boolean {
  if (a.object.kind !== 'DaemonSet' && b.object.kind !== 'DaemonSet') return false;
  const nodesA = a.object.pod?.nodes;
  const nodesB = b.object.pod?.nodes;
  if (nodesA?.os && nodesB?.os && ![...nodesA.os].some((system) => nodesB.os!.has(system))) return false;
  const legacy = !a.network && !b.network && a.object.kind === 'DaemonSet' && b.object.kind === 'DaemonSet';
  return legacy || (!nodesA?.pinned && !nodesB?.pinned);
}

function describePods(selected: readonly PodEntry[], from: string, placeName: PlaceName): string {
  const names = selected.slice(0, 3).map((entry) => `${objectLabel(entry.object)} at ${placeName(entry.path, entry.object.name?.start ?? entry.object.start, from)}`);
  return selected.length > 3 ? `${names.join(', ')} and ${selected.length - 3} more` : names.join(', ');
}

function declaredPorts(selected: readonly PodEntry[]): string {
  const ports = new Set<number>();
  for (const entry of selected) for (const container of entry.pod.containers) for (const port of container.ports) if (port.containerPort) ports.add(port.containerPort.value);
  const sorted = [...ports].sort((a, b) => a - b);
  return sorted.length > 6 ? `${sorted.slice(0, 6).join(', ')} and others` : sorted.join(', ');
}
