// The Service a Flux HelmRelease of the bjw-s app-template chart makes, read from the release's values: the homelabs'
// routes and Ingresses reach these Services by name while no manifest of the workspace defines them. Only where the
// chart's own templates fix the name and the ports without a guess (bjw-s-labs/helm-charts, charts/other/app-template/
// templates/common.yaml; charts/library/common/templates/lib/chart/_names.tpl, lib/service/_valuesToObject.tpl (3.x),
// lib/common/_determineResourceNameFromValues.tpl (4.x)): app-template 3 or later; exactly one enabled Service, which
// then takes the chart's full name, and that is the release's name (common.yaml sets global.nameOverride to it, and a
// full name that contains the release name is the release name); no name override of any kind; no values from
// elsewhere (valuesFrom) or post-renderers; and every enabled port a number. Anything else: no Service, no finding.
// Its port type is written here, not imported: kubernetesObjects makes the Service object of what this returns.
import { isAlias, isMap, isScalar, type Document, type Node, type YAMLMap } from 'yaml';
import { spanOf, type Written } from './kubernetesSpans';

/** A port of the chart's Service, as kubernetesObjects' ServicePort has it. */
interface ChartPort {
  port: Written<number>;
  name: Written<string>;
  named: true;
  protocol: 'tcp' | 'udp' | 'sctp';
  targetWritten: boolean;
  targetPort?: Written<number>;
  item: { start: number; end: number };
}

export interface ChartService {
  name: Written<string>;
  namespace: string;
  namespaceWritten: boolean;
  type: string;
  ports: ChartPort[];
}

/** The Service the HelmRelease `release` (its document `root`) makes. */
export function appTemplateService(root: YAMLMap, doc: Document, text: string,
  release: { name?: Written<string>; namespace: string; namespaceWritten?: true }): ChartService | undefined {
  const value = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const at = (map: unknown, key: string): unknown => (isMap(map) ? value(map.get(key, true)) : undefined);
  const plain = (node: unknown): unknown => (isScalar(node) ? node.value : undefined);
  const spec = at(root, 'spec');
  if (!isAppTemplate(spec, at, plain) || at(spec, 'valuesFrom') !== undefined || at(spec, 'postRenderers') !== undefined) return undefined;
  const values = at(spec, 'values');
  const global = at(values, 'global');
  if (!isMap(values) || (global !== undefined && !isMap(global))
    || ['nameOverride', 'fullnameOverride', 'alwaysAppendIdentifierToResourceName'].some((key) => at(global, key) !== undefined)
    || ['nameOverride', 'fullnameOverride'].some((key) => at(values, key) !== undefined)) return undefined;
  const services = at(values, 'service');
  // The chart renders the map entries of `service` whose enabled is not false (lib/service/_enabled_services.tpl).
  const enabled = isMap(services) ? services.items.map((pair) => value(pair.value)).filter((item) => isMap(item) && plain(at(item, 'enabled')) !== false) : [];
  if (enabled.length !== 1) return undefined;
  const service = enabled[0] as YAMLMap;
  if (['nameOverride', 'forceRename', 'prefix', 'suffix'].some((key) => at(service, key) !== undefined)) return undefined;
  const portsNode = at(service, 'ports');
  if (!isMap(portsNode)) return undefined;
  const ports: ChartPort[] = [];
  for (const pair of portsNode.items) {
    const item = value(pair.value);
    const name = written(pair.key, text);
    if (!isMap(item) || !name || typeof name.value !== 'string') return undefined;
    if (plain(at(item, 'enabled')) === false) continue;
    const port = written(at(item, 'port'), text);
    if (!port || typeof port.value !== 'number' || !Number.isInteger(port.value) || port.value < 1 || port.value > 65535) return undefined;
    const [start, , end] = (item as Node).range ?? [port.start, port.end, port.end];
    const protocol = String(plain(at(item, 'protocol')) ?? '').toLowerCase();
    const target = written(at(item, 'targetPort'), text);
    ports.push({
      port: port as Written<number>, name: name as Written<string>, named: true, protocol: protocol === 'udp' || protocol === 'sctp' ? protocol : 'tcp',
      targetWritten: target !== undefined, ...(typeof target?.value === 'number' ? { targetPort: target as Written<number> } : {}), item: { start, end },
    });
  }
  // Flux names the Helm release spec.releaseName, else [targetNamespace-]metadata.name (HelmRelease API reference).
  const targetNamespace = plain(at(spec, 'targetNamespace'));
  const releaseName = written(at(spec, 'releaseName'), text);
  const metadataName = release.name;
  if (ports.length === 0 || !metadataName || (targetNamespace !== undefined && typeof targetNamespace !== 'string')) return undefined;
  const name = releaseName && typeof releaseName.value === 'string' ? releaseName as Written<string>
    : { ...metadataName, value: targetNamespace ? `${targetNamespace}-${metadataName.value}` : metadataName.value };
  const type = plain(at(service, 'type'));
  return { name, namespace: targetNamespace || release.namespace, namespaceWritten: Boolean(targetNamespace || release.namespaceWritten), type: typeof type === 'string' ? type : 'ClusterIP', ports };
}

/** spec.chart.spec.chart app-template of version 3 or later (none written: the newest), or spec.chartRef to the
 *  OCIRepository named app-template (Flux's chartRef came after app-template 3). */
function isAppTemplate(spec: unknown, at: (map: unknown, key: string) => unknown, plain: (node: unknown) => unknown): boolean {
  const chart = at(at(spec, 'chart'), 'spec');
  if (chart !== undefined) {
    const version = plain(at(chart, 'version'));
    const major = version === undefined ? 3 : Number(/^[\^~>=v\s]*(\d+)/.exec(String(version))?.[1]);
    return plain(at(chart, 'chart')) === 'app-template' && major >= 3;
  }
  const ref = at(spec, 'chartRef');
  return plain(at(ref, 'kind')) === 'OCIRepository' && plain(at(ref, 'name')) === 'app-template';
}

/** A scalar's value and the offsets of its text as written, quotes excluded (kubernetesSpans). */
function written(node: unknown, text: string): Written<unknown> | undefined {
  const span = isScalar(node) ? spanOf(node, text) : undefined;
  return span && { value: (node as { value: unknown }).value, ...span };
}
