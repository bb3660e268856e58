// The names that tie an image to the Dockerfile that builds it: an image's last path segment, and the names a
// Dockerfile answers to. Both the Kubernetes links (kubernetesBuiltImages.ts, in the script kubernetes.js) and the
// compose side (imageDockerfile.ts, in the bundle) ask them: here, in a module of its own, the bundle hands them to the
// script (../kubernetes/shared.ts) rather than the script and the bundle each carrying a copy.

/** The last path segment of an image reference, without tag or digest, lower-cased; undefined for a reference
 *  that is not a plain name (a variable, a template). */
export function imageLastSegment(image: string): string | undefined {
  const withoutDigest = image.split('@')[0].trim();
  const slash = withoutDigest.lastIndexOf('/');
  const last = withoutDigest.slice(slash + 1).split(':')[0].toLowerCase();
  return /^[a-z0-9][a-z0-9._-]*$/.test(last) ? last : undefined;
}

function folderName(path: string): string {
  const parts = path.split('/');
  return parts.length >= 2 ? parts[parts.length - 2].toLowerCase() : '';
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).toLowerCase();
}

/** The names a Dockerfile answers to: its folder's (for a file called Dockerfile), `api` for Dockerfile.api or
 *  api.Dockerfile. */
export function namesOf(path: string): string[] {
  const name = baseName(path);
  if (name === 'dockerfile') return [folderName(path)];
  if (name.startsWith('dockerfile.')) return [name.slice('dockerfile.'.length)];
  if (name.endsWith('.dockerfile')) return [name.slice(0, -'.dockerfile'.length)];
  return [];
}
