// Which Dockerfile of the workspace builds the image a compose service runs with `image:` and no `build:`. A
// repository that holds its code and its compose file often publishes the image and runs it by name
// (`image: ghcr.io/me/app` beside the Dockerfile that builds it), so the Dockerfile's EXPOSE and ENV PORT say
// where that container listens. The link is made only when it is unambiguous and the image table has nothing
// better: the image is not one it knows ports for (a published image means itself), and either exactly one
// Dockerfile answers to the image's last path segment (the rule Kubernetes manifests use, see
// kubernetesBuiltImages.ts), or the compose file's own folder holds exactly one Dockerfile, its project builds
// nothing, and this is the project's only service whose image is unknown.
import { lookupImage } from '../images/lookupImage';
import { imageLastSegment, namesOf } from './kubernetesBuiltImages';
import { folderOf } from './paths';
import type { ProjectModel, ServiceModel } from './project';

function unknownImage(image: string): boolean {
  const known = lookupImage(image);
  return known === undefined || known.ports.length === 0;
}

/** The path of the Dockerfile that builds `service`'s image, or undefined. `dockerfiles`: the workspace's. */
export function imageDockerfile(project: ProjectModel, service: ServiceModel, dockerfiles: readonly string[]): string | undefined {
  const image = service.image;
  if (service.builds || image === undefined || /[${}]/.test(image) || !unknownImage(image)) return undefined;
  const name = imageLastSegment(image);
  if (name !== undefined) {
    const named = dockerfiles.filter((path) => namesOf(path).includes(name));
    if (named.length === 1) return named[0];
    if (named.length > 1) return undefined;
  }
  const services = [...project.services.values()];
  if (services.some((other) => other.builds)) return undefined;
  // A service whose image cannot be read (`image: ${APP_IMAGE}`) may be the one: it counts as unknown too.
  const unknown = services.filter((other) => !other.builds && (other.image === undefined || unknownImage(other.image)));
  if (unknown.length !== 1 || unknown[0] !== service) return undefined;
  const beside = dockerfiles.filter((path) => folderOf(path) === project.folder);
  return beside.length === 1 ? beside[0] : undefined;
}
