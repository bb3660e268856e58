// What the Ports view shows of the workspace's Kubernetes manifests: each Service with its ports (port →
// targetPort, nodePort, and the container ports that reaches in the pods it selects, with their images). The ports
// manifests take on nodes (hostPort, nodePort) are in the port map (portMap.ts). Pods are selected as the rules select them (same namespace, labels, and the Service's folder and the
// folders above and below it or built with it by a kustomization), so that the view and the Problems panel agree on what a Service reaches.
import { containerLabel, objectLabel } from '../formats/kubernetes';
import type { BackendRef, Container, KubernetesObject, ServicePort } from '../formats/kubernetesObjects';
import { lookupImage } from '../images/lookupImage';
import type { KubernetesPortEnd, KubernetesPortSource, KubernetesPortsView, KubernetesServicePortView, KubernetesServiceView, PortLocation } from '../types';
import { comparePaths } from './paths';
import { nearest, PodIndex, type ManifestFile } from './kubernetesLinks';
import { kustomizeGroups, type KustomizeTogether } from './kubernetesKustomize';

export function kubernetesPortsView(files: readonly ManifestFile[]): KubernetesPortsView {
  const pods = new PodIndex();
  for (const file of files) {
    for (const object of file.objects) if (object.pod) pods.add({ path: file.path, object, pod: object.pod });
  }
  const services: KubernetesServiceView[] = [];
  const together = kustomizeGroups(files);
  // Backends by the Service they name (namespace and name), as the rules find them.
  const backends = new Map<string, { path: string; object: KubernetesObject; port: NonNullable<BackendRef['port']> }[]>();
  for (const file of files) {
    for (const object of file.objects) {
      for (const backend of object.backends) {
        if (!backend.port) continue;
        const key = `${backend.namespace}\u0000${backend.service.value}`;
        backends.set(key, [...(backends.get(key) ?? []), { path: file.path, object, port: backend.port }]);
      }
    }
  }
  for (const file of files) {
    for (const object of file.objects) {
      if (!object.service) continue;
      const view = serviceView(file.path, object, pods, together);
      const sources = backends.get(`${object.namespace}\u0000${object.name?.value ?? ''}`) ?? [];
      for (const [index, port] of object.service.ports.entries()) {
        view.ports[index].reachedBy = sources.filter((source) => (typeof source.port.value === 'number' ? port.port?.value === source.port.value : port.name?.value === source.port.value))
          .map((source): KubernetesPortSource => ({ label: objectLabel(source.object), port: source.port.value, location: at(source.path, source.port) }));
      }
      services.push(view);
    }
  }
  services.sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name) || comparePaths(a.location.path, b.location.path) || a.location.start - b.location.start);
  return { services };
}

function at(path: string, written: { start: number; end: number }): PortLocation {
  return { path, start: written.start, end: written.end };
}

function serviceView(path: string, object: KubernetesObject, pods: PodIndex, together: KustomizeTogether): KubernetesServiceView {
  const service = object.service!;
  const selects = service.selector !== undefined && service.selector.size > 0;
  const selected = selects ? nearest(path, pods.select(object.namespace, service.selector!), together) : [];
  return {
    name: object.name?.value ?? '',
    namespace: object.namespace,
    type: service.type,
    headless: service.headless,
    selects,
    pods: selected.map((entry) => ({ label: objectLabel(entry.object), location: entry.object.name ? at(entry.path, entry.object.name) : at(entry.path, entry.object) })),
    location: object.name ? at(path, object.name) : at(path, object),
    ports: service.ports.map((port) => portView(path, port, selected)),
  };
}

type Selected = ReturnType<PodIndex['select']>;

function portView(path: string, port: ServicePort, selected: Selected): KubernetesServicePortView {
  // Unwritten, the targetPort is the port; written but unreadable (a placeholder), it is unknown.
  const written = port.targetPort ?? (port.targetWritten ? undefined : port.port);
  const view: KubernetesServicePortView = {
    protocol: port.protocol,
    location: at(path, port.port ?? port.item),
    targetDefaulted: port.targetPort === undefined && written !== undefined,
    reaches: [],
    reachedBy: [],
  };
  if (port.port) view.port = port.port.value;
  if (port.name) view.name = port.name.value;
  if (port.nodePort) view.nodePort = { port: port.nodePort.value, location: at(path, port.nodePort) };
  if (written === undefined) return view;
  view.target = written.value;
  view.targetLocation = at(path, written);
  view.reaches = reachedEnds(selected, written.value, port.protocol);
  if (typeof written.value === 'string') view.targetResolved = view.reaches.find((end) => end.port !== undefined)?.port;
  return view;
}

/** The container ports a target reaches: those declared with its name or number; for a number no container
 *  declares, the containers whose image the table says listens there. */
function reachedEnds(selected: Selected, target: number | string, protocol: ServicePort['protocol']): KubernetesPortEnd[] {
  const ends: KubernetesPortEnd[] = [];
  for (const entry of selected) {
    for (const container of entry.pod.containers) {
      if (container.init) continue;
      for (const port of container.ports) {
        const matches = typeof target === 'string' ? port.name?.value === target : port.containerPort?.value === target && port.protocol === protocol;
        const written = port.containerPort ?? port.name;
        if (!matches || !written) continue;
        ends.push(end(entry.object, container, true, at(entry.path, written), port.containerPort?.value, port.name?.value));
      }
    }
  }
  if (ends.length > 0 || typeof target === 'string') return ends;
  for (const entry of selected) {
    for (const container of entry.pod.containers) {
      if (container.init || !container.image || !imageListensOn(container, target)) continue;
      ends.push(end(entry.object, container, false, at(entry.path, container.image), target, undefined));
    }
  }
  return ends;
}

function end(object: KubernetesObject, container: Container, declared: boolean, location: PortLocation, port: number | undefined, name: string | undefined): KubernetesPortEnd {
  const found: KubernetesPortEnd = { container: containerLabel(object, container), declared, location };
  if (container.image) found.image = container.image.value;
  if (port !== undefined) found.port = port;
  if (name !== undefined) found.name = name;
  return found;
}

function imageListensOn(container: Container, port: number): boolean {
  const image = container.image?.value;
  if (image === undefined || image.includes('$')) return false;
  return (lookupImage(image)?.ports ?? []).some((entry) => entry.port <= port && port <= (entry.endPort ?? entry.port));
}
