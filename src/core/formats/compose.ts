// The Compose scanner: parses once with `yaml` (all documents, merge keys on) and walks each service once.
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { Replicas, ScanResult, ServiceSettings } from '../types';
import { exposeMoveFix } from './composeExposeFix';
import { parseComposeDocuments } from './composeParse';
import { readServiceImage } from './composeImage';
import { composeLookup, composeValue, readExposeEntry, readLongPort, readShortPort, type ServiceScope } from './composePorts';
import { readBuildArgs, readEnvironment, readHealthcheck, readLabels } from './composeSettings';
import { mapEntries, seqItems, WalkBudget, type MapEntry } from './composeYaml';
import { UNKNOWN } from './interpolation';
import { replacesEarlierPorts, serviceSettings, stampServiceSettings } from './serviceSettings';
import { ScanCollector } from './scanCollector';

/** `variables`: the `.env` file's, which Compose interpolates the file with (the shell's cannot be seen). */
export function scanCompose(text: string, variables?: ReadonlyMap<string, string>): ScanResult {
  const out = new ScanCollector();
  const lookup = composeLookup(variables);
  const docs = parseComposeDocuments(text);
  if (!docs) return out.result();
  // Every entry visited costs one unit; a file can only ask for more than its own size through aliases.
  const budget = new WalkBudget(2 * text.length + 10_000);
  const settings = new Map<string, ServiceSettings>();
  const joiners = new Map<string, string[]>();
  for (const doc of docs) {
    const services = mapEntries(doc.contents as Node | null, doc, budget).find((e) => e.key === 'services');
    if (!services) continue;
    for (const service of mapEntries(services.value, doc, budget)) {
      const set = readService({ text, lookup, envRead: variables !== undefined, doc, budget, service: service.key, out }, service, joiners);
      if (set) settings.set(service.key, set);
    }
  }
  stampJoiners(out, joiners);
  // Document order (stable, so a place read for several services keeps service order).
  out.mentions.sort((a, b) => a.start - b.start);
  out.problems.sort((a, b) => a.start - b.start);
  return settings.size > 0 ? { ...out.result(), services: settings } : out.result();
}

/** Reads the service's ports; returns its profiles and replica count when it sets either. Notes in `joiners` the
 *  service whose network it joins (`network_mode: service:vpn`), by that service's name. */
function readService(scope: ServiceScope, service: MapEntry, joiners: Map<string, string[]>): ServiceSettings | undefined {
  const { doc, budget, out } = scope;
  const entries = mapEntries(service.value, doc, budget);
  const field = (key: string) => entries.find((e) => e.key === key);
  const joined = joinedService(composeValue(field('network_mode')?.value ?? null, scope)?.text);
  if (joined !== undefined && joined !== scope.service) joiners.set(joined, [...(joiners.get(joined) ?? []), scope.service]);
  const firstMention = out.mentions.length;
  readServiceMentions(scope, service, field);
  // The image the service runs, on each of its mentions: the hover and the image-aware rules start there.
  if (out.mentions.length > firstMention) {
    const image = readServiceImage(scope, field);
    if (image) {
      for (let i = firstMention; i < out.mentions.length; i++) {
        out.mentions[i].image = image.image;
        if (image.portsChangedBy) out.mentions[i].portsChangedBy = image.portsChangedBy;
      }
    } else {
      const builds = readBuildSource(field('build')?.value ?? null, scope);
      if (builds !== undefined) for (let i = firstMention; i < out.mentions.length; i++) out.mentions[i].buildsFrom = builds;
    }
  }
  // What decides whether two services' publishes can collide, stamped on every mention of the service.
  const portsTag = (field('ports')?.value as { tag?: string } | null | undefined)?.tag;
  const settings = serviceSettings(readProfiles(field('profiles')?.value ?? null, scope), readReplicas(field, scope), replacesEarlierPorts(portsTag),
    readContainerName(field('container_name')?.value ?? null, scope));
  if (settings) for (let i = firstMention; i < out.mentions.length; i++) stampServiceSettings(out.mentions[i], settings);
  return settings;
}

/** The service named by `network_mode: service:NAME`; undefined for host, bridge, none, container:ID or a variable. */
function joinedService(mode: string | undefined): string | undefined {
  if (mode === undefined || !mode.startsWith('service:')) return undefined;
  const name = mode.slice('service:'.length).trim();
  return name === '' || name.includes(UNKNOWN) ? undefined : name;
}

/** A service whose network others join (a VPN container such as Gluetun) publishes their ports as its own: each of
 *  its mentions names them, so that no rule holds those ports to its image alone. */
function stampJoiners(out: ScanCollector, joiners: ReadonlyMap<string, string[]>): void {
  if (joiners.size === 0) return;
  for (const mention of out.mentions) {
    const joining = mention.service !== undefined ? joiners.get(mention.service) : undefined;
    if (joining) mention.networkSharedWith = joining;
  }
}

/** `build: ./api` or `build: { context: ./api, dockerfile: Dockerfile.prod }`, as written, lower-cased; undefined
 *  when the service builds nothing. A part that cannot be read is left out: the words only ever narrow a guess. */
function readBuildSource(node: Node | null, scope: ServiceScope): string | undefined {
  if (node === null) return undefined;
  if (!isMap(node)) return (composeValue(node, scope)?.text ?? '').toLowerCase();
  const parts = mapEntries(node, scope.doc, scope.budget)
    .filter((entry) => entry.key === 'context' || entry.key === 'dockerfile')
    .map((entry) => composeValue(entry.value as Node, scope)?.text ?? '');
  return parts.join(' ').toLowerCase();
}

/** `profiles: [debug, tools]`: the service runs only when one of them is enabled. Undefined when it has none
 *  (it always runs) or when a name cannot be read, since a profile we cannot read might be any. */
function readProfiles(node: Node | null, scope: ServiceScope): string[] | undefined {
  if (!isSeq(node) || node.items.length === 0) return undefined;
  const names: string[] = [];
  for (const item of node.items) {
    const name = composeValue(item as Node, scope)?.text;
    if (!name || name.includes(UNKNOWN)) return undefined;
    names.push(name);
  }
  return names;
}

/** `container_name: ollama`, interpolated; undefined when unset or not readable (a name we cannot read might
 *  be any, so it proves nothing about two services). */
function readContainerName(node: Node | null, scope: ServiceScope): string | undefined {
  const name = composeValue(node, scope)?.text.trim();
  return name && !name.includes(UNKNOWN) ? name : undefined;
}

/** How many containers the service runs when that is a fixed number: `deploy.replicas` (the Compose spec's
 *  place for it) or the older `scale`. Kept even when it is 1, since an override file can set it back to 1. */
function readReplicas(field: (key: string) => MapEntry | undefined, scope: ServiceScope): Replicas | undefined {
  const { doc, budget } = scope;
  const deploy = field('deploy');
  const fromDeploy = deploy && mapEntries(deploy.value, doc, budget).find((e) => e.key === 'replicas');
  const entry = fromDeploy ?? field('scale');
  const value = composeValue(entry?.value ?? null, scope)?.text;
  if (!entry || value === undefined || !/^\d{1,6}$/.test(value)) return undefined;
  return { count: Number(value), setting: fromDeploy ? 'deploy.replicas' : 'scale' };
}

/** `expose: 27017` or `ports: "8080:80"`: the Compose schema types both as lists, and docker compose refuses the
 *  file ("services.mongo.expose must be a array") before anything runs. The fix makes the one value a list. */
function listRequired(scope: ServiceScope, entry: MapEntry): void {
  const node = entry.value;
  if (!isScalar(node) || !node.range || node.value === null || node.value === '' || !entry.own) return;
  const [start, end] = node.range;
  const written = scope.text.slice(start, end);
  if (written.includes('\n')) return;
  scope.out.problem('invalid-port', start, end,
    `${entry.key}: takes a list of ports, not a single value: docker compose rejects the file ("services.${scope.service}.${entry.key} must be a array"). `
    + `Write it as a list: ${entry.key}: [${written}].`,
    { title: `Make ${entry.key}: a list`, edits: [{ start, end, newText: `[${written}]` }] });
}

/** Every port the service mentions: ports, expose, environment, build args, healthcheck, labels. */
function readServiceMentions(scope: ServiceScope, service: MapEntry, field: (key: string) => MapEntry | undefined): void {
  const { text, doc, budget, out } = scope;
  const ports = field('ports');
  for (const entry of [ports, field('expose')]) if (entry) listRequired(scope, entry);

  if (ports) {
    for (const { node } of seqItems(ports.value, doc, budget)) {
      if (isScalar(node)) readShortPort(scope, node as Scalar);
      else if (isMap(node)) readLongPort(scope, node);
    }
    const mode = composeValue(field('network_mode')?.value ?? null, scope);
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
      const value = composeValue(node, scope);
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
  const build = field('build');
  if (build) readBuildArgs(scope, build.value);
  const healthcheck = field('healthcheck');
  if (healthcheck) readHealthcheck(scope, healthcheck.value);
  const labels = field('labels');
  if (labels) readLabels(scope, labels.value);
  // In swarm mode Traefik reads the labels under deploy: (the service's), not the container's.
  const deployLabels = mapEntries(field('deploy')?.value ?? null, doc, budget).find((e) => e.key === 'labels');
  if (deployLabels) readLabels(scope, deployLabels.value);
}
