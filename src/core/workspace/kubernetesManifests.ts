// The workspace's Kubernetes manifests as one model: each file's objects (read once per revision), the links
// between all manifests (Services to the pods they select, routes to Services, named ports to their definitions),
// made again after any manifest came, changed or went, and the questions the editor asks of them.
import { readKubernetesObjects, type KubernetesObject } from '../formats/kubernetesObjects';
import { mentionAt } from '../mentionAt';
import type { Finding, KubernetesPortsView, PortLocation, PortMention } from '../types';
import { builtImageIndex, type ComposeBuild } from './kubernetesBuiltImages';
import { linkManifests, type KubernetesLinks, type ManifestFile } from './kubernetesLinks';
import { kubernetesPortsView } from './kubernetesPortsView';
import { resolveFrom } from './paths';
import { uniqueLocations } from './uniqueLocations';
import type { LocalAnalysis, WorkspaceFile } from './workspaceFile';

/** What the manifests need of the workspace. */
export interface ManifestReader {
  files(): Iterable<WorkspaceFile>;
  file(path: string): WorkspaceFile | undefined;
  local(file: WorkspaceFile): LocalAnalysis;
  lineOf(file: WorkspaceFile, offset: number): number;
  /** The compose services that build an image and name it (image: beside build:). */
  composeBuilds(): ComposeBuild[];
}

export class KubernetesManifests {
  /** Bumped whenever a manifest, a Dockerfile or a compose file comes, changes or goes: the links between
   *  manifests (and from containers to the Dockerfiles that build their images) are made again. */
  private version = 0;
  private linksCache: { version: number; links: KubernetesLinks } | undefined;
  private viewCache: { version: number; view: KubernetesPortsView } | undefined;
  private readonly sortedMentions = new WeakMap<LocalAnalysis, { version: number; sorted: PortMention[] }>();

  constructor(private readonly reader: ManifestReader) {}

  noteChange(): void {
    this.version++;
  }

  /** A manifest's objects, read once per revision of the file. */
  objects(file: WorkspaceFile): KubernetesObject[] {
    const stamp = String(file.revision);
    if (file.kubernetes?.stamp !== stamp) file.kubernetes = { stamp, value: readKubernetesObjects(file.text) };
    return file.kubernetes.value;
  }

  /** The findings between manifests that land in this file. */
  findings(file: WorkspaceFile): Finding[] {
    return this.links().findings.get(file.path) ?? [];
  }

  /** A manifest's mentions, with the ports it writes as names that resolve to a number. */
  mentions(file: WorkspaceFile): PortMention[] {
    const local = this.reader.local(file);
    const cached = this.sortedMentions.get(local);
    if (cached?.version === this.version) return cached.sorted;
    const named = this.links().namedMentions.get(file.path) ?? [];
    const sorted = named.length === 0 ? local.sorted : [...local.sorted, ...named].sort((a, b) => a.start - b.start || a.end - b.end);
    this.sortedMentions.set(local, { version: this.version, sorted });
    return sorted;
  }

  definition(file: WorkspaceFile, offset: number): PortLocation[] {
    try {
      const reference = (this.links().references.get(file.path) ?? []).find((ref) => ref.start <= offset && offset <= ref.end);
      return reference ? reference.definitions.map((at) => ({ ...at })) : [];
    } catch {
      return [];
    }
  }

  /** From a reference: its definitions and every reference to them. From a definition: it and its references. */
  references(file: WorkspaceFile, offset: number): PortLocation[] {
    const links = this.links();
    const covers = (at: PortLocation) => at.path === file.path && at.start <= offset && offset <= at.end;
    const reference = (links.references.get(file.path) ?? []).find((ref) => ref.start <= offset && offset <= ref.end);
    const targets = reference ? reference.definitions : [];
    const found: PortLocation[] = reference ? [{ path: file.path, start: reference.start, end: reference.end }, ...targets] : [];
    const same = (a: PortLocation, b: PortLocation) => a.path === b.path && a.start === b.start && a.end === b.end;
    for (const [path, refs] of links.references) {
      for (const ref of refs) {
        const hit = reference ? ref.definitions.some((at) => targets.some((target) => same(at, target))) : ref.definitions.some(covers);
        if (hit) {
          if (!reference) found.push(...ref.definitions.filter(covers));
          found.push({ path, start: ref.start, end: ref.end });
        }
      }
    }
    if (found.length === 0) {
      // A port nothing names elsewhere: its references are itself.
      const mention = mentionAt(this.mentions(file), offset);
      if (mention) found.push({ path: file.path, start: mention.start, end: mention.end });
    }
    return uniqueLocations(found);
  }

  /** The Services and the ports taken on nodes, for the Ports view: made again after any manifest changed. */
  portsView(): KubernetesPortsView {
    if (this.viewCache?.version !== this.version) this.viewCache = { version: this.version, view: kubernetesPortsView(this.manifestFiles()) };
    return this.viewCache.view;
  }

  private manifestFiles(): (ManifestFile & { folder: string })[] {
    return [...this.reader.files()].filter((file) => file.format === 'kubernetes')
      .map((file) => ({ path: file.path, folder: file.folder, objects: this.objects(file) }));
  }

  /** The links between all manifests, made again after any manifest changed. */
  private links(): KubernetesLinks {
    if (this.linksCache?.version === this.version) return this.linksCache.links;
    const manifests = this.manifestFiles();
    const placeName = (path: string, offset: number, from: string) => {
      const file = this.reader.file(path);
      const line = file ? this.reader.lineOf(file, offset) : 0;
      return path === from ? `line ${line}` : `${path} line ${line}`;
    };
    if (manifests.length === 0) {
      const none: KubernetesLinks = { findings: new Map(), namedMentions: new Map(), references: new Map() };
      this.linksCache = { version: this.version, links: none };
      return none;
    }
    const dockerfiles = [...this.reader.files()].filter((file) => file.format === 'dockerfile')
      .map((file) => ({ path: file.path, text: file.text, mentions: this.reader.local(file).mentions, lineOf: (offset: number) => this.reader.lineOf(file, offset) }));
    // skaffold.yaml reads as a manifest (apiVersion and kind): its artifacts say which folder builds which image.
    const skaffoldBuilds: ComposeBuild[] = [];
    for (const manifest of manifests) {
      for (const object of manifest.objects) {
        for (const artifact of object.skaffoldArtifacts ?? []) {
          const context = resolveFrom(manifest.folder, artifact.context);
          const dockerfile = context === undefined ? undefined : resolveFrom(context, artifact.dockerfile);
          if (dockerfile !== undefined) skaffoldBuilds.push({ image: artifact.image, dockerfile });
        }
      }
    }
    const links = linkManifests(manifests, placeName, builtImageIndex(dockerfiles, [...this.reader.composeBuilds(), ...skaffoldBuilds]));
    this.linksCache = { version: this.version, links };
    return links;
  }
}
