// The workspace's Kubernetes model (kubernetesManifests.ts) lives in kubernetes.js (../kubernetesCode.ts): this stands
// in for it in the bundle and runs the script on the first question about a manifest or the Ports view, not when a
// compose file or a Dockerfile merely changes (which only marks the links to make again). Without the script a
// manifest has no links and says nothing.
import { kubernetesCode } from '../kubernetesCode';
import type { Finding, KubernetesPortsView, PortLocation, PortMention } from '../types';
import type { KubernetesManifests, ManifestReader } from './kubernetesManifests';
import type { WorkspaceFile } from './workspaceFile';

export class ManifestsOnFirstUse {
  /** Made on the first question; a model made later starts with no links made, so a change before it needs no note. */
  private model: KubernetesManifests | undefined;

  constructor(private readonly reader: ManifestReader) {}

  noteChange(): void {
    this.model?.noteChange();
  }

  private get manifests(): KubernetesManifests | undefined {
    return (this.model ??= kubernetesCode()?.manifests(this.reader) as KubernetesManifests | undefined);
  }

  findings(file: WorkspaceFile): Finding[] {
    return this.manifests?.findings(file) ?? [];
  }

  mentions(file: WorkspaceFile): PortMention[] {
    return this.manifests?.mentions(file) ?? this.reader.local(file).sorted;
  }

  definition(file: WorkspaceFile, offset: number): PortLocation[] {
    return this.manifests?.definition(file, offset) ?? [];
  }

  references(file: WorkspaceFile, offset: number): PortLocation[] {
    return this.manifests?.references(file, offset) ?? [];
  }

  portsView(): KubernetesPortsView {
    return this.manifests?.portsView() ?? { services: [] };
  }

  /** Primes the check of a manifest with its objects, kept per revision, so that it does not parse the text again. */
  rememberObjects(file: WorkspaceFile): void {
    const manifests = this.manifests;
    if (manifests) kubernetesCode()?.rememberKubernetesObjects(file.text, manifests.objects(file));
  }
}
