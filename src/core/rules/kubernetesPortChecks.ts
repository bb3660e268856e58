// The single-file checks of a Kubernetes manifest, each a SemanticRule: duplicate ports in a Service or a pod,
// nodePorts outside the cluster's range, probes on ports their container does not define or serve, and
// containerPorts the container's image does not listen on.
import { containerLabel, objectLabel } from '../formats/kubernetes';
import { readKubernetesObjects, type Container, type KubernetesObject, type Written } from '../formats/kubernetesObjects';
import { imagePortsIn, imagePortText } from '../images/imagePorts';
import { lookupImage } from '../images/lookupImage';
import { NODE_PORT_RANGE } from '../ranges';
import type { CheckOptions, Finding, PortMention } from '../types';
import { finding } from '../catalogue';
import { containerPortsMovedBy, podListening } from './kubernetesListening';
import { lineNumberLookup } from './lineNumbers';
import { serviceNameProblem } from './kubernetesPortNames';
import { listenSettingMismatch } from './kubernetesListenSettings';

/** duplicate-port: what the API server rejects (a Service's port and protocol or name twice, a hostPort twice in
 *  a pod, a name twice in a container) at the rule's severity; what it only warns about (a containerPort or a
 *  name twice across a pod's containers) as a warning. */
export function kubernetesDuplicatePorts(_mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  for (const object of readKubernetesObjects(text)) {
    const label = objectLabel(object);
    const service = object.service;
    if (service) {
      const ports = new Map<string, Written<number>>();
      const names = new Map<string, Written<string>>();
      for (const port of service.ports) {
        if (port.port) {
          const key = `${port.port.value}/${port.protocol}`;
          const first = ports.get(key);
          if (first) findings.push(finding('duplicate-port', port.port.start, port.port.end, `${label} lists port ${key} twice, here and on line ${lineOf(text, first.start)}, so the API server rejects it.`));
          else ports.set(key, port.port);
        }
        if (port.name) {
          const first = names.get(port.name.value);
          if (first) findings.push(finding('duplicate-port', port.name.start, port.name.end, `${label} names two ports ${port.name.value}, here and on line ${lineOf(text, first.start)}, so the API server rejects it.`));
          else names.set(port.name.value, port.name);
        }
      }
    }
    const pod = object.pod;
    if (!pod) continue;
    const hostPorts = new Map<string, { at: Written<number>; owner: string }>();
    const containerPorts = new Map<string, { at: Written<number>; owner: string }>();
    const podNames = new Map<string, { at: Written<string>; owner: string }>();
    for (const container of pod.containers) {
      const owner = containerLabel(object, container);
      const ownNames = new Set<string>();
      for (const port of container.ports) {
        if (port.hostPort && port.hostPort.value > 0) {
          const key = `${port.hostPort.value}/${port.protocol}/${port.hostIp ?? ''}`;
          const first = hostPorts.get(key);
          if (first) findings.push(finding('duplicate-port', port.hostPort.start, port.hostPort.end, `hostPort ${port.hostPort.value}/${port.protocol} of ${owner} is also taken by ${first.owner} on line ${lineOf(text, first.at.start)}, so the API server rejects the pod.`));
          else hostPorts.set(key, { at: port.hostPort, owner });
        }
        if (port.containerPort) {
          const key = `${port.containerPort.value}/${port.protocol}`;
          const first = containerPorts.get(key);
          if (first) {
            findings.push({ ...finding('duplicate-port', port.containerPort.start, port.containerPort.end, `containerPort ${key} of ${owner} is also declared by ${first.owner} on line ${lineOf(text, first.at.start)}: the API server warns, and only one process can listen there.`), severity: 'warning' });
          } else {
            containerPorts.set(key, { at: port.containerPort, owner });
          }
        }
        if (port.name) {
          const first = podNames.get(port.name.value);
          if (first && ownNames.has(port.name.value)) {
            findings.push(finding('duplicate-port', port.name.start, port.name.end, `${owner} names two ports ${port.name.value}, here and on line ${lineOf(text, first.at.start)}, so the API server rejects it.`));
          } else if (first) {
            findings.push({ ...finding('duplicate-port', port.name.start, port.name.end, `Port name ${port.name.value} of ${owner} is also used by ${first.owner} on line ${lineOf(text, first.at.start)}: Services and probes that name it reach only the first.`), severity: 'warning' });
          } else {
            podNames.set(port.name.value, { at: port.name, owner });
          }
          ownNames.add(port.name.value);
        }
      }
    }
  }
  return findings;
}

/** node-port-range: a nodePort the API server refuses to allocate. */
export function nodePortRange(_mentions: readonly PortMention[], text: string, options: CheckOptions): Finding[] {
  const [low, high] = nodePortRangeOf(options);
  const findings: Finding[] = [];
  for (const object of readKubernetesObjects(text)) {
    for (const port of object.service?.ports ?? []) {
      const nodePort = port.nodePort;
      if (!nodePort || nodePort.value === 0 || nodePort.value > 65535 || (nodePort.value >= low && nodePort.value <= high)) continue;
      const rangeNote = low === NODE_PORT_RANGE[0] && high === NODE_PORT_RANGE[1] ? 'the default range' : 'the range set';
      findings.push(finding('node-port-range', nodePort.start, nodePort.end,
        `nodePort ${nodePort.value} of ${objectLabel(object)} is outside ${rangeNote} ${low}–${high} (the API server's --service-node-port-range), so the API server rejects the Service.`));
    }
  }
  return findings;
}

export function nodePortRangeOf(options: CheckOptions): [number, number] {
  const range = options.nodePortRange;
  if (Array.isArray(range) && range.length === 2 && range.every((n) => Number.isInteger(n) && n >= 1 && n <= 65535) && range[0] <= range[1]) {
    return [range[0], range[1]];
  }
  return [NODE_PORT_RANGE[0], NODE_PORT_RANGE[1]];
}

/** undefined-port-name for a probe naming a port its container does not define (the kubelet looks the name up in
 *  the probe's own container); target-port-undeclared for a probe on a number nothing in the pod serves. */
export function kubernetesProbePorts(_mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  for (const object of readKubernetesObjects(text)) {
    const pod = object.pod;
    if (!pod) continue;
    const listening = podListening([pod]);
    for (const container of pod.containers) {
      const owner = containerLabel(object, container);
      for (const probe of container.probes) {
        const { port } = probe;
        if (typeof port.value === 'string') {
          // A name the API server rejects is invalid-port-name's to report.
          if (container.ports.some((p) => p.name?.value === port.value) || serviceNameProblem(port.value)) continue;
          const elsewhere = pod.containers.find((other) => other !== container && other.ports.some((p) => p.name?.value === port.value));
          findings.push(finding('undefined-port-name', port.start, port.end, `The ${probe.kind} of ${owner} names port ${port.value}, which none of its ports defines${elsewhere ? ` (only ${containerLabel(object, elsewhere)} does, and a probe reads its own container's names)` : ''}, so the probe fails.`));
        } else if (listening.complete && !listening.ports.has(port.value) && !pod.hostNetwork && isPort(port.value) && imageSaysWhere(container)) {
          findings.push(finding('target-port-undeclared', port.start, port.end, `The ${probe.kind} of ${owner} checks port ${port.value}, which no container of ${objectLabel(object)} declares or is known to listen on, so the probe may fail.`));
        }
      }
    }
  }
  return findings;
}

/** container-port-mismatch: a container whose containerPorts are all ports its image does not listen on. */
export function kubernetesImagePorts(_mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  for (const object of readKubernetesObjects(text)) {
    for (const container of object.pod?.containers ?? []) {
      const byImage = imageMismatch(object, container);
      findings.push(...(byImage.length > 0 ? byImage : listenSettingMismatch(object, object.pod!, container, text)));
    }
  }
  return findings;
}

/** `configMaps` names the ConfigMaps the container's envFrom reads, once they are known to set none of its port
 *  settings (see kubernetesEnvFrom): the message says so, since without them envFrom would leave it unjudged. */
export function imageMismatch(object: KubernetesObject, container: Container, configMaps?: string): Finding[] {
  const image = container.image?.value;
  if (image === undefined || image.includes('$')) return [];
  const info = lookupImage(image);
  if (!info || info.ports.length === 0 || containerPortsMovedBy(container, info.portSettings) !== undefined) return [];
  const declared = container.ports.map((p) => p.containerPort).filter((p): p is Written<number> => p !== undefined);
  if (declared.length === 0) return [];
  if (declared.some((p) => imagePortsIn(info, p.value, p.value).length > 0 || container.numbersInSettings.has(p.value))) return [];
  const listens = info.ports.map((p) => `${imagePortText(p)} (${p.description})`).join(', ');
  const settings = info.portSettings && info.portSettings.length > 0 ? ` (${info.portSettings.join(', ')})` : '';
  const findings = declared.map((p) => finding('container-port-mismatch', p.start, p.end,
    configMaps === undefined
      ? `${info.software} (image ${info.image}) listens on ${listens}, not on containerPort ${p.value} of ${containerLabel(object, container)}: unless the container is configured to listen there${settings}, nothing answers on this port.`
      : `${info.software} (image ${info.image}) listens on ${listens}, not on containerPort ${p.value} of ${containerLabel(object, container)}, and ${configMaps}, which its envFrom reads, sets no port, so nothing answers on this port.`));
  // A probe written to agree with the declared port checks where nothing answers too (kube-thanos' bucket web:
  // containerPort 8080 and both probes on 8080, while Thanos serves HTTP on 10902): the probe fails with the port.
  for (const probe of container.probes) {
    const port = container.ports.find((p) => p.containerPort !== undefined && (probe.port.value === p.containerPort.value || probe.port.value === p.name?.value));
    if (!port) continue;
    findings.push(finding('container-port-mismatch', probe.port.start, probe.port.end,
      `The ${probe.kind} of ${containerLabel(object, container)} checks port ${probe.port.value}, declared at containerPort ${port.containerPort!.value}, but ${info.software} (image ${info.image}) listens on ${listens}, so the probe fails unless the container is configured to listen there${settings}.`));
  }
  return findings;
}

/** A process often serves its health checks on a port it does not declare (ingress-nginx's 10254): a probe is
 *  judged only in a container whose image says where it listens, and nothing in the container moves that. */
export function imageSaysWhere(container: Container): boolean {
  const image = container.image?.value;
  const info = image !== undefined && !image.includes('$') ? lookupImage(image) : undefined;
  return info !== undefined && info.ports.length > 0 && containerPortsMovedBy(container, info.portSettings) === undefined;
}

function isPort(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 65535;
}

function lineOf(text: string, offset: number): number {
  return lineNumberLookup(text)(offset);
}
