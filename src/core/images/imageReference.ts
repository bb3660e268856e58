// What an `image:` or `FROM` names, reduced to the repository that the image table is keyed by:
// `docker.io/library/postgres:16@sha256:…` → `postgres`, `LSCR.io/linuxserver/duplicati:latest` →
// `linuxserver/duplicati`, `quay.io/keycloak/keycloak:24` → `quay.io/keycloak/keycloak`.
// The grammar is the distribution reference's: [host[:port]/]path[:tag][@digest], where the first part is a
// host only when it has a `.` or a `:`, or is `localhost`.

/** Docker Hub under its other names: what they serve is the same image as the bare name. */
const DOCKER_HUB_HOSTS: ReadonlySet<string> = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/** LinuxServer.io publishes each image under the same name on Docker Hub, ghcr.io and its own lscr.io. */
const LINUXSERVER_MIRRORS: ReadonlySet<string> = new Set(['lscr.io', 'ghcr.io']);

const MAX_REFERENCE_LENGTH = 512;

/**
 * The table key of a reference, or undefined when it cannot name a known image: empty, too long, or with a
 * part of its name still written as a variable (`${REGISTRY}/app`), whose value cannot be read here. A variable
 * in the tag or digest alone (`postgres:${PG_VERSION}`) leaves the image known.
 */
export function imageKey(reference: string): string | undefined {
  if (typeof reference !== 'string') return undefined;
  let rest = reference.trim();
  if (rest.length === 0 || rest.length > MAX_REFERENCE_LENGTH) return undefined;
  // The digest, then the tag: a `:` after the last `/` (one before it is a registry host's port).
  const at = rest.indexOf('@');
  if (at >= 0) rest = rest.slice(0, at);
  const lastSlash = rest.lastIndexOf('/');
  const tagColon = rest.indexOf(':', lastSlash + 1);
  if (tagColon >= 0) rest = rest.slice(0, tagColon);
  // Only what a reference's name may hold: a variable (`$`, or the scanners' marker for an unknown value),
  // a blank or anything else means the name is not read to its end.
  if (!/^[A-Za-z0-9._\-/:]+$/.test(rest)) return undefined;
  rest = rest.toLowerCase();
  const parts = rest.split('/');
  if (parts.some((part) => part.length === 0)) return undefined;
  let host: string | undefined;
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) host = parts.shift();
  // A `:` is left only in a registry host (`localhost:5000`); anywhere else the reference is malformed.
  if (parts.some((part) => part.includes(':'))) return undefined;
  if (host !== undefined && DOCKER_HUB_HOSTS.has(host)) host = undefined;
  if (host !== undefined && LINUXSERVER_MIRRORS.has(host) && parts[0] === 'linuxserver') host = undefined;
  if (host === undefined && parts.length === 2 && parts[0] === 'library') parts.shift();
  return host === undefined ? parts.join('/') : `${host}/${parts.join('/')}`;
}
