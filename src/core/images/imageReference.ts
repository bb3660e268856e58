// What an `image:` or `FROM` names, reduced to the repository that the image table is keyed by:
// `docker.io/library/postgres:16@sha256:…` → `postgres`, `LSCR.io/linuxserver/duplicati:latest` →
// `linuxserver/duplicati`, `quay.io/keycloak/keycloak:24` → `quay.io/keycloak/keycloak`.
// The grammar is the distribution reference's: [host[:port]/]path[:tag][@digest], where the first part is a
// host only when it has a `.` or a `:`, or is `localhost`.

/** Docker Hub under its other names: what they serve is the same image as the bare name. mirror.gcr.io is Google's
 *  cache of Docker Hub, "kept in sync with Docker Hub" (https://cloud.google.com/artifact-registry/docs/pull-cached-dockerhub-images):
 *  `mirror.gcr.io/couchdb:3.5.2` is the official couchdb image (Mafyuh/iac writes every image that way). */
const DOCKER_HUB_HOSTS: ReadonlySet<string> = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com', 'mirror.gcr.io']);

/** Amazon ECR Public's copy of Docker Hub's official images: `public.ecr.aws/docker/library/postgres` is the official
 *  postgres image, "the same Docker Official Images available on Docker Hub"
 *  (https://aws.amazon.com/blogs/containers/docker-official-images-now-available-on-amazon-elastic-container-registry-public/).
 *  Other namespaces of public.ecr.aws are their owners' own images, kept as written. */
const ECR_PUBLIC_LIBRARY = 'public.ecr.aws/docker/library/';

/** Scarf Gateway hosts (`devlake.docker.scarf.sh/apache/devlake`, hotio's `cr.hotio.dev/hotio/sonarr`) redirect a pull
 *  to the registry the image is published on, under the same name: "the image name of a container on Scarf must match
 *  the name on the outgoing registry" (https://github.com/scarf-sh/docs/issues/50). hotio's images were
 *  `cr.hotio.dev/hotio/x` until it moved to ghcr.io, the old tags staying on Docker Hub as `hotio/x`
 *  (https://hotio.dev/containers/cloudflareddns/). Read as the Docker Hub name. */
const SCARF_HOST = /\.docker\.scarf\.sh$|^cr\.hotio\.dev$/;

/** LinuxServer.io publishes each image under the same name on Docker Hub, ghcr.io and its own lscr.io. */
const LINUXSERVER_MIRRORS: ReadonlySet<string> = new Set(['lscr.io', 'ghcr.io']);

const MAX_REFERENCE_LENGTH = 512;

/**
 * The table key of a reference, or undefined when it cannot name a known image: empty, too long, or with a
 * part of its name still written as a variable (`${REGISTRY}/app`), whose value cannot be read here. A variable
 * in the tag or digest alone (`postgres:${PG_VERSION}`) leaves the image known.
 * One pass over the characters and one string built: the hover and the rules ask for every port of a service.
 */
export function imageKey(reference: string): string | undefined {
  if (typeof reference !== 'string') return undefined;
  let start = 0;
  let end = reference.length;
  while (start < end && reference.charCodeAt(start) <= SPACE) start++;
  while (end > start && reference.charCodeAt(end - 1) <= SPACE) end--;
  if (end === start || end - start > MAX_REFERENCE_LENGTH) return undefined;
  // The digest, then the tag: a `:` after the last `/` (one before it is a registry host's port).
  const at = reference.indexOf('@', start);
  if (at >= 0 && at < end) end = at;
  const lastSlash = reference.lastIndexOf('/', end - 1);
  const tagColon = reference.indexOf(':', lastSlash >= start ? lastSlash + 1 : start);
  if (tagColon >= 0 && tagColon < end) end = tagColon;
  if (end === start) return undefined;
  // Only what a reference's name may hold: a variable (`$`, or the scanners' marker for an unknown value),
  // a blank or anything else means the name is not read to its end.
  let upper = false;
  let firstSlash = -1;
  let colonInFirst = false;
  let dotInFirst = false;
  for (let i = start; i < end; i++) {
    const c = reference.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f) continue;
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c === 0x2e) dotInFirst ||= firstSlash < 0;
    else if (c === 0x2f) {
      // No empty path component: not first, not last, not doubled.
      if (i === start || i === end - 1 || reference.charCodeAt(i - 1) === 0x2f) return undefined;
      if (firstSlash < 0) firstSlash = i;
    } else if (c === 0x3a && firstSlash < 0) colonInFirst = true;
    else return undefined;
  }
  let name = reference.slice(start, end);
  if (upper) name = name.toLowerCase();
  if (firstSlash < 0) return colonInFirst ? undefined : name;
  const first = name.slice(0, firstSlash - start);
  // The first part is a registry host only when it has a `.` or a `:`, or is `localhost`.
  if (!dotInFirst && !colonInFirst && first !== 'localhost') return withoutLibrary(name);
  const path = name.slice(firstSlash - start + 1);
  if (DOCKER_HUB_HOSTS.has(first) || SCARF_HOST.test(first)) return withoutLibrary(path);
  if (name.startsWith(ECR_PUBLIC_LIBRARY) && name.indexOf('/', ECR_PUBLIC_LIBRARY.length) < 0) return name.slice(ECR_PUBLIC_LIBRARY.length);
  if (LINUXSERVER_MIRRORS.has(first) && path.startsWith('linuxserver/')) return path;
  return name;
}

const SPACE = 0x20;

/** Docker Hub's official images live in `library/`: `library/postgres` is `postgres` (not `library/a/b`). */
function withoutLibrary(path: string): string {
  if (path.startsWith('library/') && path.indexOf('/', 8) < 0) return path.slice(8);
  // The official images are also published one architecture per namespace (`arm64v8/mariadb` is the mariadb image
  // built for ARMv8): the same software, listening where the bare name does. The namespaces are those
  // docker-library/official-images's README lists under "Architectures other than amd64?".
  const slash = path.indexOf('/');
  return slash > 0 && path.indexOf('/', slash + 1) < 0 && ARCHITECTURE_NAMESPACES.has(path.slice(0, slash)) ? path.slice(slash + 1) : path;
}

const ARCHITECTURE_NAMESPACES: ReadonlySet<string> = new Set(['amd64', 'arm32v5', 'arm32v6', 'arm32v7', 'arm64v8', 'i386', 'ppc64le', 'riscv64', 's390x', 'winamd64']);

/** The tag of a reference (`fpm-alpine` in `wordpress:fpm-alpine@sha256:…`), or undefined when it has none. */
export function imageTag(reference: string): string | undefined {
  if (typeof reference !== 'string') return undefined;
  let end = reference.indexOf('@');
  if (end < 0) end = reference.length;
  const colon = reference.indexOf(':', reference.lastIndexOf('/', end - 1) + 1);
  if (colon < 0 || colon >= end) return undefined;
  const tag = reference.slice(colon + 1, end).trim();
  return tag === '' ? undefined : tag;
}
