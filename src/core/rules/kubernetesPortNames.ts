// invalid-port-name: Kubernetes port names the API server rejects. A container port's name, and any port
// referred to by name (targetPort, a probe's port, a NetworkPolicy port, an Ingress backend's port name), follow
// IANA's service-name syntax (RFC 6335 §5.1); a Service port's name is a DNS label; and a Service with several
// ports must name every one of them. A Prometheus Operator monitor's port names a port too (a PodMonitor's a
// container port, a ServiceMonitor's a Service port): its CRD takes any string, so nothing rejects a name no port
// can have ("2000"), and Prometheus then finds no target, whatever the pods or Services declare.
import { objectLabel, containerLabel } from '../formats/kubernetes';
import { readKubernetesObjects, type Written } from '../formats/kubernetesObjects';
import type { Finding, PortMention } from '../types';
import { finding } from '../catalogue';

/** Why a name breaks IANA's service-name syntax, or undefined when it follows it. */
export function serviceNameProblem(name: string): string | undefined {
  if (name.length > 15) return 'is longer than 15 characters';
  if (!/^[a-z0-9-]+$/.test(name)) return 'may hold only lower-case letters, digits and hyphens';
  if (!/[a-z]/.test(name)) return 'must contain at least one letter';
  if (name.startsWith('-') || name.endsWith('-')) return 'must not begin or end with a hyphen';
  if (name.includes('--')) return 'must not hold two hyphens in a row';
  return undefined;
}

function dnsLabelProblem(name: string): string | undefined {
  if (name.length > 63) return 'is longer than 63 characters';
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) return 'must be lower-case letters, digits and hyphens, beginning and ending with a letter or digit';
  return undefined;
}

export function kubernetesPortNames(_mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  const check = (written: Written<string>, what: string, rule: 'iana' | 'dns', consequence = 'so the API server rejects it') => {
    const problem = rule === 'iana' ? serviceNameProblem(written.value) : dnsLabelProblem(written.value);
    if (!problem) return;
    const syntax = rule === 'iana' ? 'the IANA service-name syntax Kubernetes requires' : 'a DNS label, as Kubernetes requires';
    findings.push(finding('invalid-port-name', written.start, written.end,
      `Port name ${written.value} of ${what} ${problem} (${syntax}), ${consequence}.`));
  };
  const checkRef = (ref: Written<number | string> | undefined, what: string) => {
    if (ref && typeof ref.value === 'string') check(ref as Written<string>, what, 'iana');
  };
  for (const object of readKubernetesObjects(text)) {
    const label = objectLabel(object);
    for (const container of object.pod?.containers ?? []) {
      const owner = containerLabel(object, container);
      for (const port of container.ports) if (port.name) check(port.name, owner, 'iana');
      for (const probe of container.probes) checkRef(probe.port, `the ${probe.kind} of ${owner}`);
    }
    const service = object.service;
    if (service) {
      for (const port of service.ports) {
        if (port.name) check(port.name, label, 'dns');
        checkRef(port.targetPort, `the targetPort of ${label}`);
      }
      if (service.ports.length > 1) {
        for (const port of service.ports) {
          if (port.named) continue;
          const at = port.port ?? port.item;
          findings.push(finding('invalid-port-name', at.start, at.end,
            `${label} has ${service.ports.length} ports and this one has no name, so the API server rejects the Service: every port of a Service with several must be named.`));
        }
      }
    }
    // Traefik's CRD takes any string as a port name, matched against the Service's port names (DNS labels).
    for (const backend of object.backends) if (backend.via !== 'traefik') checkRef(backend.port, `the backend of ${label}`);
    for (const port of object.networkPolicy?.ports ?? []) checkRef(port.port, label);
    const monitor = object.monitor;
    if (monitor) {
      // Judged by the syntax of the names it refers to, not of its own: a Service port may be named "8080" (kompose
      // names them so), a container port may not.
      const pods = monitor.selects === 'pods';
      const what = `the ${pods ? 'podMetricsEndpoints' : 'endpoints'} of ${label}`;
      const consequence = `so no ${pods ? 'container port' : 'Service port'} can have it and Prometheus finds no target there`;
      for (const port of monitor.ports) check(port, what, pods ? 'iana' : 'dns', consequence);
    }
  }
  return findings;
}
