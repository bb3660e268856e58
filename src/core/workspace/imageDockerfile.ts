// Which Dockerfile of the workspace builds the image a compose service runs with `image:` and no `build:`. A
// repository that holds its code and its compose file often publishes the image and runs it by name
// (`image: ghcr.io/me/app` beside the Dockerfile that builds it), so the Dockerfile's EXPOSE and ENV PORT say
// where that container listens. The link is made only when it is unambiguous and the image table has nothing
// better: the image is not one it knows ports for (a published image means itself), the service mounts no host
// folder, and either exactly one Dockerfile in or below the compose file's folder answers to the image's last
// path segment (the rule Kubernetes manifests use, see kubernetesBuiltImages.ts), or the compose file's own
// folder holds exactly one Dockerfile, its project builds nothing, this is the project's only service whose
// image is unknown, and the image is not named like software the table knows.
import { onCatalogTableInstalled } from '../images/catalogTable';
import { catalogImageRows, imageRows, lookupImage } from '../images/lookupImage';
import { imageLastSegment, namesOf } from './imageNames';
import { folderOf, isUnder } from './paths';
import type { ImageKind } from '../types';
import type { ProjectModel, ServiceModel } from './project';

function unknownImage(image: string): boolean {
  const known = lookupImage(image);
  // An image whose owner says it listens on no port (a backup client) is itself, not a workspace build of that name.
  return known === undefined || (known.ports.length === 0 && !known.listensOnNoPort);
}

let softwareNames: Set<string> | undefined;
let listening = false;

/** The last path segments of the images the table knows (`postgresql` of bitnami/postgresql), made once and again
 *  when the generated rows arrive: listing the rows parses every one of them. */
function knownSoftwareNames(): Set<string> {
  if (!listening) {
    onCatalogTableInstalled(() => { softwareNames = undefined; });
    listening = true;
  }
  if (softwareNames === undefined) {
    // Listing the generated rows may read their parts, which tells the listener above: the names are kept only
    // once every row is listed.
    const rows = [...imageRows(), ...catalogImageRows()];
    const names = new Set<string>();
    for (const row of rows) {
      const last = imageLastSegment(row.image);
      if (last !== undefined) names.add(last);
    }
    softwareNames = names;
  }
  return softwareNames;
}

/** An unknown image named like one the table knows (`kkimurak/sameersbn-postgresql`) is a repackaging of that
 *  software, not the repository's own build. */
function namesKnownSoftware(name: string): boolean {
  const names = knownSoftwareNames();
  // `kkimurak/sameersbn-postgresql` too: a word of the name (five letters or more, so `api` or `web` do not count).
  return names.has(name) || name.split(/[-_.]/).some((word) => word.length >= 5 && names.has(word));
}

/** Kinds of software a stack runs beside its own application rather than as it. */
const INFRASTRUCTURE: ReadonlySet<ImageKind> = new Set(['database', 'cache', 'queue', 'object-store', 'proxy', 'dns', 'vpn']);

function runsApplication(image: string): boolean {
  const known = lookupImage(image);
  return known !== undefined && known.ports.length > 0 && !INFRASTRUCTURE.has(known.kind);
}

/** The path of the Dockerfile that builds `service`'s image, or undefined. `dockerfiles`: the workspace's. */
export function imageDockerfile(project: ProjectModel, service: ServiceModel, dockerfiles: readonly string[], folderBuilds = false): string | undefined {
  const image = service.image;
  if (service.builds || image === undefined || /[${}]/.test(image) || !unknownImage(image)) return undefined;
  // A folder mounted from the host may hold a config that moves the port (mailcow's postfix mounts its master.cf).
  if (service.mounts.length > 0) return undefined;
  const name = imageLastSegment(image);
  if (name !== undefined) {
    // Only the compose file's own folder and those below it: in a repository of many apps, a folder of another
    // app may carry the same name (netbirdio/dashboard beside some other app's dashboard/Dockerfile).
    const named = dockerfiles.filter((path) => namesOf(path).includes(name) && isUnder(path, project.directory));
    if (named.length === 1) return named[0];
    if (named.length > 1) return undefined;
  }
  if (name === undefined || namesKnownSoftware(name)) return undefined;
  const services = [...project.services.values()];
  // `folderBuilds`: another compose file of the folder (an alternative read with -f) builds from it: the Dockerfile
  // beside is that service's (pingvin-share's docker-compose.dev.yml runs clamav/clamav beside the app's build).
  if (folderBuilds || services.some((other) => other.builds)) return undefined;
  // A service whose image cannot be read (`image: ${APP_IMAGE}`) may be the one: it counts as unknown too.
  const unknown = services.filter((other) => !other.builds && (other.image === undefined || unknownImage(other.image)));
  if (unknown.length !== 1 || unknown[0] !== service) return undefined;
  // Another service runs a known application image: the Dockerfile beside is more likely that one's (ztnet's
  // compose runs its own sinamics/ztnet, which the table knows, beside zyclonite/zerotier, which it does not).
  if (services.some((other) => other !== service && other.image !== undefined && runsApplication(other.image))) return undefined;
  const beside = dockerfiles.filter((path) => folderOf(path) === project.directory);
  return beside.length === 1 ? beside[0] : undefined;
}
