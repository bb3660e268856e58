// The Compose scanner: parses once with `yaml` (all documents, merge keys on) and walks each service once.
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { ScanResult } from '../types';
import { exposeMoveFix } from './composeExposeFix';
import { parseComposeDocuments } from './composeParse';
import { composeValue, readExposeEntry, readLongPort, readShortPort, type ServiceScope } from './composePorts';
import { readEnvironment, readHealthcheck, readLabels } from './composeSettings';
import { mapEntries, seqItems, WalkBudget, type MapEntry } from './composeYaml';
import { ScanCollector } from './scanCollector';

export function scanCompose(text: string): ScanResult {
  const out = new ScanCollector();
  const docs = parseComposeDocuments(text);
  if (!docs) return out.result();
  // Every entry visited costs one unit; a file can only ask for more than its own size through aliases.
  const budget = new WalkBudget(2 * text.length + 10_000);
  for (const doc of docs) {
    const services = mapEntries(doc.contents as Node | null, doc, budget).find((e) => e.key === 'services');
    if (!services) continue;
    for (const service of mapEntries(services.value, doc, budget)) {
      readService({ text, doc, budget, service: service.key, out }, service);
    }
  }
  // Document order (stable, so a place read for several services keeps service order).
  out.mentions.sort((a, b) => a.start - b.start);
  out.problems.sort((a, b) => a.start - b.start);
  return out.result();
}

function readService(scope: ServiceScope, service: MapEntry): void {
  const { text, doc, budget, out } = scope;
  const entries = mapEntries(service.value, doc, budget);
  const field = (key: string) => entries.find((e) => e.key === key);
  const ports = field('ports');

  if (ports) {
    for (const { node } of seqItems(ports.value, doc, budget)) {
      if (isScalar(node)) readShortPort(scope, node as Scalar);
      else if (isMap(node)) readLongPort(scope, node);
    }
    const mode = composeValue(field('network_mode')?.value ?? null, text);
    if (mode?.text === 'host' && isSeq(ports.value) && ports.value.items.length > 0) {
      const at = (ports.keyNode?.range ?? ports.value.range)!;
      out.problem('network-mode-host-ports', at[0], at[1],
        `Service "${scope.service}" uses network_mode: host, where the container shares the host's network and ports: `
        + 'cannot publish anything. Remove ports: (the service listens on the host directly), or drop network_mode: host.');
    }
  }

  const expose = field('expose');
  if (expose) {
    for (const { node } of seqItems(expose.value, doc, budget)) {
      const value = composeValue(node, text);
      if (!value) continue;
      if (value.text.includes(':')) {
        const { start, end } = value.span(0, value.length);
        const fix = isScalar(node) && service.own
          ? exposeMoveFix({ text, serviceNode: service.value, expose, item: node as Scalar, ports }) : undefined;
        out.problem('expose-mapping', start, end,
          `expose: only opens container ports to other services; the host mapping ${value.text} publishes nothing here. `
          + 'Move it to ports: to publish it on the host, or keep just the container port.', fix);
      }
      readExposeEntry(scope, value);
    }
  }

  const environment = field('environment');
  if (environment) readEnvironment(scope, environment.value);
  const healthcheck = field('healthcheck');
  if (healthcheck) readHealthcheck(scope, healthcheck.value);
  const labels = field('labels');
  if (labels) readLabels(scope, labels.value);
}
