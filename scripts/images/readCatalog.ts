// Which reader a catalog needs, by the repository it is (the formats are each store's own).
import type { CatalogFiles } from './catalogFiles';
import type { ImageClaim } from './claims';
import { readAnsibleNasRoles } from './ansibleNasRoles';
import { readBitnamiCharts } from './bitnamiCharts';
import { readComposeStore, type StoreFormat } from './composeStores';
import { readK8sAtHomeCharts } from './k8sAtHomeCharts';
import { readKubernetesStore, type KubernetesStore } from './kubernetesStores';
import { readLinuxServerDocs } from './linuxserverDocs';
import { readOwnerRepository } from './ownerRepository';
import { readPortainerTemplates } from './portainerTemplates';
import { readSaltboxRoles } from './saltboxRoles';
import { readUnraidTemplates } from './unraidTemplates';

const STORES: Record<string, StoreFormat> = {
  'icewhaletech/casaos-appstore': 'casaos',
  'bigbeartechworld/big-bear-casaos': 'casaos',
  'dokploy/templates': 'dokploy',
  'azukaar/cosmos-servapps-official': 'cosmos',
  'runtipi/runtipi-appstore': 'runtipi',
  '1panel-dev/appstore': '1panel',
  'caprover/one-click-apps': 'caprover',
  'ghostwriters/dockstarter-templates': 'dockstarter',
  'coollabsio/coolify': 'coolify',
  'easypanel-io/templates': 'easypanel',
  'websoft9/docker-library': 'websoft9',
};

/** Stores whose apps are Kubernetes manifests. */
const KUBERNETES_STORES: Record<string, KubernetesStore> = {
  'labring-actions/templates': 'sealos',
  'beclab/apps': 'olares',
  'kubero-dev/kubero': 'kubero',
};

/** Unraid template repositories of image authors (their images: binhex/arch-*, ich777/*, jlesage/*, hotio/*). */
const UNRAID_AUTHORS: ReadonlySet<string> = new Set(['binhex/docker-templates', 'ich777/docker-templates', 'jlesage/docker-templates',
  'hotio/unraid-templates']);

/** Whether an image is the repository owner's own: published under the owner's name on Docker Hub or ghcr.io. */
function ownedBy(repo: string): (key: string) => boolean {
  const owner = repo.slice(0, repo.indexOf('/'));
  return (key) => key.startsWith(`${owner}/`) || key.startsWith(`ghcr.io/${owner}/`);
}

/** The formats the generator reads, for `--help` and the note. */
export const KNOWN_CATALOGS = ['linuxserver/docker-documentation', 'bitnami/charts', 'k8s-at-home/charts', 'saltyorg/Saltbox', 'saltyorg/Sandbox', 'davestephens/ansible-nas', 'linuxserver/templates', 'selfhosters/unRAID-CA-templates',
  'Lissy93/portainer-templates', 'portainer/templates', ...UNRAID_AUTHORS, ...Object.keys(STORES), ...Object.keys(KUBERNETES_STORES)];

export function readCatalog(files: CatalogFiles): ImageClaim[] {
  const repo = files.repo.toLowerCase();
  if (repo === 'linuxserver/docker-documentation') return readLinuxServerDocs(files);
  if (repo === 'bitnami/charts') return readBitnamiCharts(files);
  if (repo === 'k8s-at-home/charts') return readK8sAtHomeCharts(files);
  if (repo === 'saltyorg/saltbox' || repo === 'saltyorg/sandbox') return readSaltboxRoles(files);
  if (repo === 'davestephens/ansible-nas') return readAnsibleNasRoles(files);
  // LinuxServer.io's templates are rendered from each image's own readme-vars.yml: the owner's word for its images.
  if (repo === 'linuxserver/templates') return withRetiredTemplates(files, (key) => key.startsWith('linuxserver/'));
  if (repo.endsWith('unraid-ca-templates') || UNRAID_AUTHORS.has(repo)) {
    // An author's own templates are the owner's word for the images the author publishes.
    return withRetiredTemplates(files, ownedBy(repo));
  }
  if (repo.endsWith('portainer-templates') || repo === 'portainer/templates') return readPortainerTemplates(files);
  const kubernetes = KUBERNETES_STORES[repo];
  if (kubernetes) return readKubernetesStore(files, kubernetes);
  const format = STORES[repo];
  if (format) return readComposeStore(files, format);
  // Any other repository: Unraid templates (an author's own, or a collection), an image's own source (its
  // Dockerfile and Compose files), or both.
  const templates = files.paths.some((p) => p.toLowerCase().endsWith('.xml')) ? withRetiredTemplates(files, ownedBy(repo)) : [];
  return [...templates, ...readOwnerRepository(files)];
}

/** A template repository's current templates, and the ones it has removed for images none of its current templates
 *  names (deprecated images people still pull: hotio/readarr). An image whose removed templates disagree on its
 *  ports (one image that moved its port between versions) gets none of them. Only in a repository that holds
 *  templates now: a source tree's old XML files are no templates. */
export function withRetiredTemplates(files: CatalogFiles, owner: (key: string) => boolean): ImageClaim[] {
  const current = readUnraidTemplates(files, owner);
  if (current.length === 0 || !files.removed) return current;
  const named = new Set(current.map((c) => c.key));
  const retired = readUnraidTemplates(files.removed(/\.xml$/i), owner).filter((c) => !named.has(c.key));
  const portsOf = (c: ImageClaim) => c.ports.map((p) => `${p.port}-${p.endPort ?? ''}/${p.protocol}`).sort().join(',');
  const disagree = new Set(retired.filter((c) => retired.some((o) => o.key === c.key && portsOf(o) !== portsOf(c))).map((c) => c.key));
  return [...current, ...retired.filter((c) => !disagree.has(c.key)).map((c): ImageClaim => ({ ...c, retired: true }))];
}
