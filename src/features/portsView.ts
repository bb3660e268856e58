// The Port Map view (Explorer; not VS Code's own Ports panel, which forwards ports), in two groups. Host ports:
// every host port the workspace publishes, by number, one row per publish (`5432 · db`, described `PostgreSQL ·
// compose.yaml:31`); under it the container port it forwards to, and under that what reaches or declares that
// port elsewhere (an nginx upstream, a URL in .env, the Dockerfile's EXPOSE). Services: each compose service, the
// ports it listens on and the targets that reach each, and the ports it is reached or published on where it does
// not listen. A row is marked only by the findings the Problems panel lists (so the two agree), and what a service
// listens on is what the rules conclude: a container port a rule says nothing listens on is not listed as one.
// Clicking a row opens its line. Everything shown comes from the workspace model. Kubernetes: each Service with its
// ports (port → targetPort) and the container ports each reaches in the pods it selects; the ports manifests take
// on nodes (nodePort, hostPort) are in Host ports, from the port map.
import * as vscode from 'vscode';
import {
  lookupImage, mentionAt, type Finding, type KubernetesPortEnd, type KubernetesPortSource, type KubernetesServicePortView, type KubernetesServiceView,
  type PortLocation, type PortMapEntry, type PortMention, type WorkspaceService,
} from '../core';
import type { WorkspaceIndex } from './workspaceIndex';
import { lineNumberOf, toLocation } from './workspaceLocations';

export const PORTS_VIEW_ID = 'portLens.ports';

/** Redrawing on every keystroke of a burst would flicker: one redraw after the burst. */
const REFRESH_DELAY_MS = 200;

type Listen = WorkspaceService['listensOn'][number];

export type PortsViewNode =
  | { kind: 'group'; group: Group }
  | { kind: 'service'; service: WorkspaceService }
  | { kind: 'listen'; service: WorkspaceService; port: number; sources: Listen[] }
  | { kind: 'unlistened'; service: WorkspaceService; port: number; published: Listen[] }
  | { kind: 'publish'; entry: PortMapEntry }
  | { kind: 'container'; entry: PortMapEntry; mention: PortMention }
  /** `under` is the parent's id: one place can be listed under several rows, and ids must be unique. */
  | { kind: 'reference'; place: PortLocation; under: string }
  | { kind: 'kubernetesService'; service: KubernetesServiceView }
  | { kind: 'kubernetesPort'; service: KubernetesServiceView; port: KubernetesServicePortView }
  | { kind: 'kubernetesEnd'; end: KubernetesPortEnd; under: string }
  | { kind: 'kubernetesSource'; source: KubernetesPortSource; under: string };

type Group = 'ports' | 'services' | 'kubernetes';

/** A row as the tests read it: what a person sees. */
export interface PortsViewRow {
  label: string;
  description?: string;
  tooltip?: string;
  /** The ThemeIcon's id: `error`/`warning`/`info` when the row has a problem. */
  icon?: string;
  /** `path:line` the row opens. */
  opens?: string;
  /** What clicking the row runs. */
  command?: vscode.Command;
  /** The tree item's id: unique in the whole tree, or VS Code refuses to show it. */
  id?: string;
  children: PortsViewRow[];
}

const severityOrder: Finding['severity'][] = ['error', 'warning', 'info', 'hint'];
const severityIcons: Record<Finding['severity'], vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  info: new vscode.ThemeIcon('info'),
  hint: new vscode.ThemeIcon('info'),
};

export class PortsViewProvider implements vscode.TreeDataProvider<PortsViewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<PortsViewNode | undefined>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscription: vscode.Disposable;
  /** What the tree showed when last redrawn: a redraw that would show the same is skipped. */
  private shown: string | undefined;
  /** For the tests: redraws asked for (a change was told) and redraws fired (what the view shows changed). */
  refreshChecks = 0;
  refreshes = 0;
  private readonly parents = new WeakMap<PortsViewNode, PortsViewNode>();

  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly index: WorkspaceIndex) {
    this.subscription = index.onDidChange(() => this.scheduleRefresh());
  }

  getParent(node: PortsViewNode): PortsViewNode | undefined {
    return this.parents.get(node);
  }

  getChildren(node?: PortsViewNode): PortsViewNode[] {
    const children = this.childrenOf(node);
    if (node) for (const child of children) this.parents.set(child, node);
    return children;
  }

  private childrenOf(node?: PortsViewNode): PortsViewNode[] {
    const workspace = this.index.workspace;
    if (!node) {
      // Empty when there is nothing to show, so that the view's welcome text says why.
      const groups: PortsViewNode[] = [];
      if (this.publishes().length > 0) groups.push({ kind: 'group', group: 'ports' });
      if (this.services().length > 0) groups.push({ kind: 'group', group: 'services' });
      if (this.kubernetesServices().length > 0) groups.push({ kind: 'group', group: 'kubernetes' });
      return groups;
    }
    switch (node.kind) {
      case 'group':
        switch (node.group) {
          case 'ports': return this.publishes().map((entry) => ({ kind: 'publish', entry }));
          case 'services': return this.services().map((service) => ({ kind: 'service', service }));
          default: return this.kubernetesServices().map((service) => ({ kind: 'kubernetesService', service }));
        }
      case 'kubernetesService':
        return node.service.ports.map((port) => ({ kind: 'kubernetesPort', service: node.service, port }));
      case 'kubernetesPort': {
        const under = kubernetesPortId(node.service, node.port);
        const ends: PortsViewNode[] = node.port.reaches.filter((end) => this.index.file(end.location.path)).map((end) => ({ kind: 'kubernetesEnd', end, under }));
        const sources: PortsViewNode[] = node.port.reachedBy.filter((source) => this.index.file(source.location.path)).map((source) => ({ kind: 'kubernetesSource', source, under }));
        return [...ends, ...sources];
      }
      case 'publish': {
        const container = this.containerMention(node.entry);
        return container ? [{ kind: 'container', entry: node.entry, mention: container }] : [];
      }
      case 'container': {
        const path = node.entry.location.path;
        return workspace.references(path, node.mention.start)
          .filter((place) => !(place.path === path && place.start === node.mention.start))
          .filter((place) => this.index.file(place.path))
          .map((place) => ({ kind: 'reference', place, under: `container:${path}:${node.mention.start}` }));
      }
      case 'service': {
        const { listened, refuted } = this.listening(node.service);
        const rows: PortsViewNode[] = [...listened].map(([port, sources]) => ({ kind: 'listen', service: node.service, port, sources }));
        const unlistened = new Set([...refuted.keys(), ...node.service.reachedBy.filter((reacher) => !listened.has(reacher.port)).map((reacher) => reacher.port)]);
        for (const port of unlistened) rows.push({ kind: 'unlistened', service: node.service, port, published: refuted.get(port) ?? [] });
        return rows;
      }
      case 'listen':
      case 'unlistened':
        return node.service.reachedBy
          .filter((reacher) => reacher.port === node.port && this.index.file(reacher.location.path))
          .map((reacher) => ({ kind: 'reference', place: reacher.location, under: `${node.kind}:${node.service.project}:${node.service.name}:${node.port}` }));
      default:
        return [];
    }
  }

  getTreeItem(node: PortsViewNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': return this.groupItem(node.group);
      case 'service': return this.serviceItem(node.service);
      case 'listen': return this.listenItem(node.service, node.port, node.sources);
      case 'unlistened': return this.unlistenedItem(node.service, node.port, node.published);
      case 'publish': return this.publishItem(node.entry);
      case 'container': return this.containerItem(node.entry, node.mention);
      case 'kubernetesService': return this.kubernetesServiceItem(node.service);
      case 'kubernetesPort': return this.kubernetesPortItem(node.service, node.port);
      case 'kubernetesEnd': return this.kubernetesEndItem(node.end, node.under);
      case 'kubernetesSource': return this.kubernetesSourceItem(node.source, node.under);
      default: return this.referenceItem(node.place, node.under);
    }
  }

  /** The whole tree as plain rows, for the integration tests (through the extension's API). */
  rows(node?: PortsViewNode): PortsViewRow[] {
    return this.getChildren(node).map((child) => {
      const item = this.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : item.tooltip;
      const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined;
      const location = item.command?.arguments?.[0] instanceof vscode.Uri ? `${vscode.workspace.asRelativePath(item.command.arguments[0])}:${(item.command.arguments[1]?.selection?.start.line ?? 0) + 1}` : undefined;
      return { label, description: typeof item.description === 'string' ? item.description : undefined, tooltip, icon, opens: location, command: item.command, id: item.id, children: this.rows(child) };
    });
  }

  /** Redraws the tree when what it shows changed. A redraw drops the tree's nodes while VS Code may be expanding
   *  one (`TreeError … Data tree node not found`): opening a file from a row must not cause one. */
  refresh(): void {
    this.refreshChecks++;
    const now = this.signature();
    if (now === this.shown) return;
    this.shown = now;
    this.refreshes++;
    this.changed.fire(undefined);
  }

  /** Everything the rows show, ids included, as one string. */
  private signature(node?: PortsViewNode): string {
    return this.childrenOf(node).map((child) => {
      const item = this.getTreeItem(child);
      const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : item.tooltip ?? '';
      const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : '';
      const opens = item.command?.arguments?.[1]?.selection instanceof vscode.Range ? `${item.command.arguments[0]}@${item.command.arguments[1].selection.start.line}` : '';
      const open = item.collapsibleState === vscode.TreeItemCollapsibleState.None ? '' : `[${this.signature(child)}]`;
      return `${item.id}|${String(typeof item.label === 'string' ? item.label : item.label?.label)}|${String(item.description)}|${tooltip}|${icon}|${opens}|${item.collapsibleState}${open}`;
    }).join('\n');
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.changed.dispose();
  }

  scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
  }

  /** What the service listens on as the rules conclude, by port: a port whose every source is a container port a
   *  rule (container-port-mismatch) says nothing listens on is `refuted`, not listened. */
  private listening(service: WorkspaceService): { listened: Map<number, Listen[]>; refuted: Map<number, Listen[]> } {
    const byPort = new Map<number, Listen[]>();
    for (const source of service.listensOn) byPort.set(source.port, [...(byPort.get(source.port) ?? []), source]);
    const listened = new Map<number, Listen[]>();
    const refuted = new Map<number, Listen[]>();
    for (const [port, sources] of byPort) {
      const denied = (source: Listen) => source.location !== undefined && this.findingsAt(source.location).some((finding) => finding.code === 'container-port-mismatch');
      (sources.every(denied) ? refuted : listened).set(port, sources);
    }
    return { listened, refuted };
  }

  /** The targets that reach the service where a finding (unreachable-port) says nothing listens. */
  private unreachableReachers(service: WorkspaceService, port?: number): WorkspaceService['reachedBy'] {
    return service.reachedBy.filter((reacher) => (port === undefined || reacher.port === port)
      && this.findingsAt(reacher.location).some((finding) => finding.code === 'unreachable-port'));
  }

  private publishes(): PortMapEntry[] {
    return this.index.workspace.portMap().filter((entry) => this.index.file(entry.location.path));
  }

  private services(): WorkspaceService[] {
    return this.index.workspace.services().filter((service) => service.declarations.some((place) => this.index.file(place.path)));
  }

  private groupItem(group: Group): vscode.TreeItem {
    const groups: Record<Group, { label: string; count: () => number; tooltip: string }> = {
      ports: { label: 'Host ports', count: () => this.publishes().length, tooltip: 'Every host port the compose files of the workspace publish (ports:), by number.' },
      services: { label: 'Services', count: () => this.services().length, tooltip: 'Every compose service: the ports it listens on, and the targets in the workspace that reach it.' },
      kubernetes: { label: 'Kubernetes Services', count: () => this.kubernetesServices().length, tooltip: 'Every Kubernetes Service of the workspace\'s manifests: each port, the targetPort it sends to, and the container ports that reaches in the pods it selects.' },
    };
    const item = new vscode.TreeItem(groups[group].label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `group:${group}`;
    item.description = String(groups[group].count());
    item.tooltip = groups[group].tooltip;
    return item;
  }

  private kubernetesServices(): KubernetesServiceView[] {
    return this.index.workspace.kubernetesPorts().services.filter((service) => this.index.file(service.location.path));
  }

  private kubernetesServiceItem(service: KubernetesServiceView): vscode.TreeItem {
    const state = vscode.TreeItemCollapsibleState;
    const item = new vscode.TreeItem(service.name, service.ports.length > 0 ? state.Expanded : state.None);
    item.id = `kubernetesService:${service.location.path}:${service.location.start}`;
    const kind = service.headless ? 'headless' : service.type !== 'ClusterIP' ? service.type : undefined;
    const selects = !service.selects ? 'no selector'
      : service.pods.length === 0 ? 'selects no pod of the workspace'
        : `selects ${[...new Set(service.pods.map((pod) => pod.label))].join(', ')}`;
    item.description = [service.namespace !== 'default' ? `namespace ${service.namespace}` : undefined, kind, this.placeText(service.location), selects].filter(Boolean).join(' · ');
    const findings = service.ports.flatMap((port) => this.kubernetesPortFindings(port));
    const worst = severityOrder.find((severity) => findings.some((finding) => finding.severity === severity));
    item.iconPath = worst ? severityIcons[worst] : new vscode.ThemeIcon('server-environment');
    const tooltip = new vscode.MarkdownString(`Service \`${service.name}\` in namespace \`${service.namespace}\` (${service.headless ? 'headless' : service.type}).`);
    if (!service.selects) tooltip.appendMarkdown('\n\nIt has no selector: its endpoints are managed by hand.');
    else if (service.pods.length > 0) tooltip.appendMarkdown(`\n\nIt selects ${service.pods.map((pod) => `\`${pod.label}\` (${this.placeText(pod.location)})`).join(', ')}.`);
    for (const finding of findings) tooltip.appendMarkdown(`\n\n**${finding.severity}** ${finding.code}: ${finding.message}`);
    item.tooltip = tooltip;
    item.command = this.openCommand(service.location);
    return item;
  }

  /** The findings on a Service port's own lines: its port, targetPort and nodePort. */
  private kubernetesPortFindings(port: KubernetesServicePortView): Finding[] {
    const places = [port.location, port.targetLocation, port.nodePort?.location].filter((place): place is PortLocation => place !== undefined);
    const seen = new Set<Finding>();
    return places.flatMap((place) => this.findingsAt(place)).filter((finding) => !seen.has(finding) && Boolean(seen.add(finding)));
  }

  private kubernetesPortItem(service: KubernetesServiceView, port: KubernetesServicePortView): vscode.TreeItem {
    const shown = port.reaches.filter((end) => this.index.file(end.location.path));
    const state = vscode.TreeItemCollapsibleState;
    const protocol = port.protocol !== 'tcp' ? `/${port.protocol}` : '';
    const target = port.target === undefined ? '?'
      : typeof port.target === 'string' ? (port.targetResolved !== undefined ? `${port.target} (${port.targetResolved})` : port.target)
        : String(port.target);
    const sources = port.reachedBy.filter((source) => this.index.file(source.location.path));
    const item = new vscode.TreeItem(`${port.port ?? '?'}${protocol} → ${target}`, shown.length + sources.length > 0 ? state.Expanded : state.None);
    item.id = kubernetesPortId(service, port);
    const containers = [...new Set(shown.map((end) => end.container))];
    const reaches = !service.selects ? undefined
      : shown.length === 0 ? (service.pods.length === 0 ? undefined : 'reaches no port the pods declare')
        : shown.every((end) => !end.declared) ? `${containers.join(', ')} listens there (its image)` : containers.join(', ');
    item.description = [port.name, port.nodePort ? `nodePort ${port.nodePort.port}` : undefined, reaches].filter(Boolean).join(' · ');
    const findings = this.kubernetesPortFindings(port);
    const worst = severityOrder.find((severity) => findings.some((finding) => finding.severity === severity));
    item.iconPath = worst ? severityIcons[worst] : new vscode.ThemeIcon('plug');
    const lines = [`Port ${port.port ?? '?'}${protocol} of Service \`${service.name}\`${port.name ? ` (named \`${port.name}\`)` : ''} sends to ${port.targetDefaulted ? `targetPort ${target} (not written: the same number as the port)` : `targetPort ${target}`}${port.nodePort ? `; nodePort ${port.nodePort.port} on every node` : ''}.`];
    for (const finding of findings) lines.push(`**${finding.severity}** ${finding.code}: ${finding.message}`);
    item.tooltip = new vscode.MarkdownString(lines.join('\n\n'));
    item.command = this.openCommand(port.location);
    return item;
  }

  /** An Ingress or route that sends traffic to the Service port, under it: marked by the findings on its port. */
  private kubernetesSourceItem(source: KubernetesPortSource, under: string): vscode.TreeItem {
    const item = new vscode.TreeItem(source.label, vscode.TreeItemCollapsibleState.None);
    item.id = `${under}/from:${source.location.path}:${source.location.start}`;
    item.description = [`backend port ${source.port}`, this.placeText(source.location)].filter(Boolean).join(' · ');
    item.tooltip = `${source.label} sends traffic to this port (written as ${typeof source.port === 'number' ? 'port' : 'port name'} ${source.port}).`;
    const findings = this.findingsAt(source.location);
    const worst = severityOrder.find((severity) => findings.some((finding) => finding.severity === severity));
    item.iconPath = worst ? severityIcons[worst] : new vscode.ThemeIcon('globe');
    item.command = this.openCommand(source.location);
    return item;
  }

  private kubernetesEndItem(end: KubernetesPortEnd, under: string): vscode.TreeItem {
    const what = end.declared ? `containerPort ${end.port ?? '?'}${end.name ? ` (${end.name})` : ''}` : `port ${end.port ?? '?'} of its image`;
    const item = new vscode.TreeItem(what, vscode.TreeItemCollapsibleState.None);
    item.id = `${under}/end:${end.location.path}:${end.location.start}`;
    const software = end.image ? lookupImage(end.image)?.software : undefined;
    item.description = [end.container, software ?? end.image, this.placeText(end.location)].filter(Boolean).join(' · ');
    item.tooltip = `${end.declared ? 'Declared by' : 'Not declared; the image listens there:'} ${end.container}${end.image ? `, image ${end.image}` : ''}.`;
    const findings = this.findingsAt(end.location);
    const worst = severityOrder.find((severity) => findings.some((finding) => finding.severity === severity));
    item.iconPath = worst ? severityIcons[worst] : new vscode.ThemeIcon('package');
    item.command = this.openCommand(end.location);
    return item;
  }

  /** Which compose project a service belongs to, as a tooltip says it: a project's key is its folder for the files
   *  docker compose reads there by default, and a compose file's own path for one started with -f (no folder). */
  private projectPhrase(project: string): string {
    if (project === '') return '';
    if (this.index.file(project)) return ` of the compose project started with \`-f ${project}\``;
    return ` of the compose project in \`${project}/\``;
  }

  private serviceItem(service: WorkspaceService): vscode.TreeItem {
    const declared = service.declarations.find((place) => this.index.file(place.path));
    const software = service.image ? lookupImage(service.image)?.software : undefined;
    const { listened, refuted } = this.listening(service);
    const item = new vscode.TreeItem(service.name, service.listensOn.length + service.reachedBy.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `service:${service.project}:${service.name}`;
    const ports = [...listened.keys()];
    const listens = ports.length > 0 ? `listens on ${ports.join(', ')}${service.listeningKnown ? '' : ' (may be moved)'}` : 'listens on no known port';
    item.description = [software, declared && this.placeText(declared), listens].filter(Boolean).join(' · ');
    const unreachable = this.unreachableReachers(service);
    const marked = unreachable.length > 0 || refuted.size > 0;
    item.iconPath = marked ? severityIcons.warning : new vscode.ThemeIcon('server');
    const tooltip = new vscode.MarkdownString(`Service \`${service.name}\`${this.projectPhrase(service.project)}${service.image ? `, image \`${service.image}\`` : ''}${service.dockerfile ? `, built from \`${service.dockerfile}\`` : ''}.`);
    if (!service.listeningKnown) tooltip.appendMarkdown('\n\nSomething in it (a command, a setting read from the shell, a network mode) may move its port.');
    if (unreachable.length > 0) tooltip.appendMarkdown(`\n\n${unreachable.length} ${unreachable.length === 1 ? 'target reaches it on a port' : 'targets reach it on ports'} it does not listen on.`);
    if (refuted.size > 0) tooltip.appendMarkdown(`\n\nPublished or exposed on ${[...refuted.keys()].join(', ')}, where it does not listen.`);
    item.tooltip = tooltip;
    if (declared) item.command = this.openCommand(declared);
    return item;
  }

  private listenItem(service: WorkspaceService, port: number, sources: Listen[]): vscode.TreeItem {
    const written = sources.find((source) => source.location && this.index.file(source.location.path));
    const reached = service.reachedBy.filter((reacher) => reacher.port === port).length;
    const item = new vscode.TreeItem(String(port), reached > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `listen:${service.project}:${service.name}:${port}`;
    const where = written?.location ? this.placeText(written.location) : sources[0]?.where;
    item.description = [where, reached === 0 ? 'nothing in the workspace reaches it' : `reached from ${reached} ${reached === 1 ? 'place' : 'places'}`].filter(Boolean).join(' · ');
    item.tooltip = `${service.name} listens on ${port}: ${sources.map((source) => source.where).join('; ')}.`;
    item.iconPath = new vscode.ThemeIcon('package');
    if (written?.location) item.command = this.openCommand(written.location);
    return item;
  }

  private unlistenedItem(service: WorkspaceService, port: number, published: Listen[]): vscode.TreeItem {
    const reachers = service.reachedBy.filter((reacher) => reacher.port === port);
    const flagged = published.length > 0 || this.unreachableReachers(service, port).length > 0;
    const known = flagged || reachers.some((reacher) => reacher.reachable === false);
    const state = vscode.TreeItemCollapsibleState;
    const item = new vscode.TreeItem(String(port), reachers.length > 0 ? state.Expanded : state.None);
    item.id = `unlistened:${service.project}:${service.name}:${port}`;
    const written = published.find((source) => source.location && this.index.file(source.location.path));
    const what = published.length > 0 ? `${written?.location ? `${this.placeText(written.location)} · ` : ''}published, but nothing listens there` : known ? 'nothing listens there' : 'not known to listen there';
    item.description = reachers.length > 0 ? `${what} · reached from ${reachers.length} ${reachers.length === 1 ? 'place' : 'places'}` : what;
    item.tooltip = published.length > 0
      ? `${service.name} publishes or exposes ${port}, but does not listen there (container-port-mismatch).`
      : known ? `Targets reach ${service.name} on ${port}, where it does not listen: connections there fail.`
        : `Targets reach ${service.name} on ${port}; what it listens on is not known for sure.`;
    item.iconPath = flagged ? severityIcons.warning : known ? new vscode.ThemeIcon('circle-slash') : severityIcons.info;
    if (written?.location) item.command = this.openCommand(written.location);
    return item;
  }

  private publishItem(entry: PortMapEntry): vscode.TreeItem {
    const mention = this.mentionAt(entry.location);
    const software = mention?.image ? lookupImage(mention.image)?.software : undefined;
    const label = [portText(entry.port, entry.endPort, entry.protocol), entry.service ?? software].filter(Boolean).join(' · ');
    const item = new vscode.TreeItem(label, mention && entry.containerPort !== undefined ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `publish:${entry.location.path}:${entry.location.start}`;
    item.description = [entry.service ? software : undefined, this.placeText(entry.location), entry.hostIp ? `on ${entry.hostIp} only` : undefined].filter(Boolean).join(' · ');
    // The row stands for the whole mapping: the findings on its container side (container-port-mismatch) mark it too.
    const container = mention && this.containerMention(entry);
    const findings = [...this.findingsAt(entry.location), ...(container ? this.findingsAt({ path: entry.location.path, start: container.start, end: container.end }) : [])];
    const others = this.otherProjectsPublishing(entry);
    const notes = [
      ...findings.map((finding) => `**${finding.severity}** ${finding.code}: ${finding.message}`),
      // Not a problem (the two stacks may never run together), so no mark: a note in the tooltip.
      ...others.map((other) => `Also published by \`${other.service ?? '?'}\` in \`${this.fileText(other.location.path)}\`: only one of the two projects can run at a time.`),
    ];
    const tooltip = new vscode.MarkdownString(`Host port ${portText(entry.port, entry.endPort, entry.protocol)}${entry.hostIp ? ` on ${entry.hostIp}` : ' on every interface'}${entry.containerPort !== undefined ? `, forwarded to container port ${entry.containerPort}` : ''}.`);
    for (const note of notes) tooltip.appendMarkdown(`\n\n${note}`);
    item.tooltip = tooltip;
    const worst = severityOrder.find((severity) => findings.some((finding) => finding.severity === severity));
    item.iconPath = worst ? severityIcons[worst] : new vscode.ThemeIcon('plug');
    item.command = this.openCommand(entry.location);
    item.contextValue = 'publish';
    return item;
  }

  private containerItem(entry: PortMapEntry, mention: PortMention): vscode.TreeItem {
    const item = new vscode.TreeItem(`container ${portText(mention.port, mention.endPort, mention.protocol ?? entry.protocol)}`, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `container:${entry.location.path}:${mention.start}`;
    const reached = this.getChildren({ kind: 'container', entry, mention }).length;
    item.description = reached === 0 ? 'nothing else in the workspace refers to it' : `${reached} ${reached === 1 ? 'place refers' : 'places refer'} to it`;
    if (reached === 0) item.collapsibleState = vscode.TreeItemCollapsibleState.None;
    const findings = this.findingsAt({ path: entry.location.path, start: mention.start, end: mention.end });
    const worst = severityOrder.find((severity) => findings.some((finding) => finding.severity === severity));
    item.iconPath = worst ? severityIcons[worst] : new vscode.ThemeIcon('package');
    if (findings.length > 0) item.tooltip = findings.map((finding) => `${finding.code}: ${finding.message}`).join('\n');
    item.command = this.openCommand({ path: entry.location.path, start: mention.start, end: mention.end });
    return item;
  }

  private referenceItem(place: PortLocation, under: string): vscode.TreeItem {
    const mention = this.mentionAt(place);
    const what = mention?.context ?? (mention ? mention.role : undefined);
    const item = new vscode.TreeItem(this.placeText(place), vscode.TreeItemCollapsibleState.None);
    item.id = `${under}/reference:${place.path}:${place.start}`;
    if (what) item.description = what;
    const findings = this.findingsAt(place);
    const worst = severityOrder.find((severity) => findings.some((finding) => finding.severity === severity));
    item.iconPath = worst ? severityIcons[worst] : new vscode.ThemeIcon('references');
    if (findings.length > 0) item.tooltip = findings.map((finding) => `${finding.code}: ${finding.message}`).join('\n');
    item.command = this.openCommand(place);
    return item;
  }

  /** The container side of the same `ports:` entry as a published host port. */
  private containerMention(entry: PortMapEntry): PortMention | undefined {
    const host = this.mentionAt(entry.location);
    if (!host?.entry) return undefined;
    return this.index.workspace.mentions(entry.location.path).find(
      (mention) => mention.role === 'container' && mention.entry?.start === host.entry!.start && mention.service === host.service,
    );
  }

  private mentionAt(place: PortLocation): PortMention | undefined {
    return mentionAt(this.index.workspace.mentions(place.path), place.start);
  }

  /** A file's findings, asked once per model revision: the rows ask for them place by place. */
  private findingsCache: { revision: number; byPath: Map<string, Finding[]> } = { revision: -1, byPath: new Map() };

  private findingsAt(place: PortLocation): Finding[] {
    if (this.findingsCache.revision !== this.index.revision) this.findingsCache = { revision: this.index.revision, byPath: new Map() };
    let findings = this.findingsCache.byPath.get(place.path);
    if (!findings) this.findingsCache.byPath.set(place.path, findings = this.index.workspace.findings(place.path));
    return findings.filter((finding) => finding.start < place.end && place.start < finding.end);
  }

  /** Publishes of the same host port by another compose project (they may never run together: not a
   *  diagnostic, but worth knowing). */
  private otherProjectsPublishing(entry: PortMapEntry): PortMapEntry[] {
    return this.index.workspace.otherPublishers(entry.location.path, entry.location.start).filter((other) => this.index.file(other.location.path));
  }

  private placeText(place: PortLocation): string {
    const line = lineNumberOf(this.index, place);
    return `${this.fileText(place.path)}${line === undefined ? '' : `:${line}`}`;
  }

  private fileText(path: string): string {
    const file = this.index.file(path);
    return file ? vscode.workspace.asRelativePath(file.uri) : path;
  }

  private openCommand(place: PortLocation): vscode.Command | undefined {
    const location = toLocation(this.index, place);
    if (!location) return undefined;
    return { command: 'vscode.open', title: 'Open', arguments: [location.uri, { selection: location.range }] };
  }
}

/** One id per Service port, unique in the tree (a Service's ports are told apart by where they are written). */
function kubernetesPortId(service: KubernetesServiceView, port: KubernetesServicePortView): string {
  return `kubernetesPort:${service.location.path}:${port.location.start}`;
}

function portText(port: number, endPort: number | undefined, protocol: string | undefined): string {
  const span = endPort !== undefined && endPort !== port ? `${port}–${endPort}` : String(port);
  return protocol && protocol !== 'tcp' ? `${span}/${protocol}` : span;
}

export function registerPortsView(index: WorkspaceIndex): { provider: PortsViewProvider; disposable: vscode.Disposable } {
  const provider = new PortsViewProvider(index);
  const view = vscode.window.createTreeView(PORTS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  return { provider, disposable: vscode.Disposable.from(provider, view) };
}
