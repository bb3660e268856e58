// The Kubernetes scanner: every port a manifest writes as a number, as a mention with its field and object
// (containerPort, hostPort, probe and env ports of every workload's pod template; a Service's port, targetPort
// and nodePort; Ingress and Gateway API backend ports; NetworkPolicy ports). Ports written as names are
// resolved by the workspace model, which sees the pods they name.
import type { PortMention, ScanResult } from '../types';
import { ScanCollector } from './scanCollector';
import { readKubernetesObjects, type BackendRef, type Container, type KubernetesObject, type MalformedPort, type Written } from './kubernetesObjects';

export function scanKubernetes(text: string): ScanResult {
  const out = new ScanCollector();
  for (const object of readKubernetesObjects(text)) scanObject(object, out);
  return out.result();
}

/** `Deployment web`, or the kind alone for an object without a name. */
export function objectLabel(object: KubernetesObject): string {
  return object.name ? `${object.kind} ${object.name.value}` : object.kind;
}

export function containerLabel(object: KubernetesObject, container: Container): string {
  return container.name ? `${objectLabel(object)}, container ${container.name}` : objectLabel(object);
}

function scanObject(object: KubernetesObject, out: ScanCollector): void {
  const label = objectLabel(object);
  for (const container of object.pod?.containers ?? []) {
    const owner = containerLabel(object, container);
    const image = container.image?.value;
    for (const port of container.ports) {
      for (const bad of port.malformed ?? []) malformedPort(bad, owner, out);
      if (port.containerPort) {
        const m = mention(port.containerPort, 'container', 'containerPort', owner, out, port.protocol);
        if (m && image !== undefined) {
          m.image = image;
          if (container.portsChangedBy !== undefined) m.portsChangedBy = container.portsChangedBy;
        }
        if (m && port.hostPort) m.peer = { port: port.hostPort.value };
      }
      if (port.hostPort) {
        const m = mention(port.hostPort, 'host', 'hostPort', owner, out, port.protocol);
        if (m && port.containerPort) m.peer = { port: port.containerPort.value };
        if (m && image !== undefined) m.image = image;
        if (m && port.hostIp) m.hostIp = port.hostIp;
      }
    }
    for (const probe of container.probes) {
      if (typeof probe.port.value === 'number') mention(probe.port as Written<number>, 'setting', `${probe.kind} ${probe.handler}`, owner, out);
    }
    for (const env of container.envPorts) {
      const m = mention(env.port, 'setting', `env ${env.name}`, owner, out);
      if (m && image !== undefined) m.image = image;
    }
  }
  for (const port of object.service?.ports ?? []) {
    for (const bad of port.malformed ?? []) malformedPort(bad, label, out);
    if (port.port) mention(port.port, 'setting', 'port', label, out, port.protocol);
    if (port.targetPort && typeof port.targetPort.value === 'number') {
      mention(port.targetPort as Written<number>, 'setting', 'targetPort', label, out, port.protocol);
    }
    if (port.nodePort) mention(port.nodePort, 'setting', 'nodePort', label, out, port.protocol);
  }
  for (const backend of object.backends) {
    if (backend.port && typeof backend.port.value === 'number') {
      mention(backend.port as Written<number>, 'setting', backendField(backend), `${label}, to Service ${backend.service.value}`, out);
    }
  }
  for (const port of object.networkPolicy?.ports ?? []) {
    if (typeof port.port.value !== 'number') continue;
    mention(port.port as Written<number>, 'setting', `NetworkPolicy ${port.direction} port`, label, out, port.protocol);
    if (port.endPort) mention(port.endPort, 'setting', `NetworkPolicy ${port.direction} endPort`, label, out, port.protocol);
  }
}

/** How the port of a route's backend is written: the field, as the hover names it. */
export function backendField(backend: BackendRef): string {
  if (backend.via === 'ingress') return 'Ingress backend port';
  if (backend.via === 'traefik') return 'IngressRoute service port';
  return backend.forwardTo ? 'forwardTo port' : 'backendRefs port';
}

function malformedPort(bad: MalformedPort, object: string, out: ScanCollector): void {
  out.problem('invalid-port', bad.written.start, bad.written.end,
    `${bad.field} ${bad.written.value} of ${object} is not a port number: ports are whole numbers from 1 to 65535, so the API server rejects it.`);
}

const FIELD_LIMITS: Record<string, number> = { hostPort: 0, nodePort: 0 };

function mention(written: Written<number>, role: PortMention['role'], field: string, object: string, out: ScanCollector,
  protocol?: PortMention['protocol']): PortMention | undefined {
  const { value, start, end } = written;
  // hostPort 0 and nodePort 0 mean "none" and "any": the others must be a real port.
  const lowest = FIELD_LIMITS[field] ?? 1;
  if (!Number.isInteger(value) || value < lowest || value > 65535) {
    out.problem('invalid-port', start, end, `${field} ${value} of ${object} is not a port number: ports are whole numbers from 1 to 65535.`);
    return undefined;
  }
  if (value === 0) return undefined;
  const m: PortMention = { port: value, start, end, role, context: field, kubernetes: { field, object } };
  if (protocol) m.protocol = protocol;
  out.mention(m);
  return m;
}
