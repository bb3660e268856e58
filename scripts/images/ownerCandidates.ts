// The name map: from an image's name, the GitHub repositories that may be its owner's (the owner-repository route
// of ownerRepository.ts reads them). It only proposes: a repository speaks for an image when readOwnerRepository finds
// its files naming the image in the image's own namespace, so a wrong guess gives no row, never a wrong one.
// `npx tsx scripts/images/ownerCandidates.ts <misses file>`: one line per missed image (its key last on the line, as
// measure-image-coverage.ts --misses and the pool rankings print it); prints `owner/name` a line, each once, leaving
// out the repositories catalogSources.json says were read already, in the order of the list.
import { readFileSync } from 'fs';
import { imageKey } from '../../src/core/images/imageReference';

/** Registries whose first path part is the publishing GitHub account: ghcr.io is GitHub's own, and quay.io's
 *  namespaces are in practice the project's GitHub organisation (quay.io/prometheus, quay.io/oauth2-proxy). */
const ACCOUNT_REGISTRIES: ReadonlySet<string> = new Set(['ghcr.io', 'quay.io']);

/**
 * Repositories to try as the image's source, likeliest first, `owner/name` in lower case:
 * - `ghcr.io/<account>/<name>[/<part>]`: `<account>/<name>` (a package is published from its repository);
 * - Docker Hub `<owner>/<name>`: `<owner>/<name>`, then the names projects give a repository that only packages
 *   another's software (`<owner>/docker-<name>`, `<owner>/<name>-docker`), which ownedImages accepts too;
 * - `linuxserver/<name>`: `linuxserver/docker-<name>`, where LinuxServer.io keeps every image.
 * None for an official image (the docker-library catalog reads those), another registry (its namespaces are not
 * GitHub accounts) or a reference that names no image.
 */
export function ownerRepositoryCandidates(reference: string): string[] {
  const key = imageKey(reference);
  if (key === undefined) return [];
  const parts = key.split('/');
  const host = parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost' ? parts.shift() : undefined;
  if (parts.length < 2) return [];
  const [owner, name] = parts;
  if (host !== undefined) return ACCOUNT_REGISTRIES.has(host) ? [`${owner}/${name}`] : [];
  if (owner === 'library') return [];
  if (owner === 'linuxserver') return [`linuxserver/docker-${name}`];
  return [`${owner}/${name}`, `${owner}/docker-${name}`, `${owner}/${name}-docker`];
}

if (require.main === module) {
  const [list] = process.argv.slice(2);
  const read = new Set(
    (JSON.parse(readFileSync('src/core/images/generated/catalogSources.json', 'utf8')) as { repo: string }[]).map((s) => s.repo.toLowerCase()),
  );
  const printed = new Set<string>();
  for (const line of readFileSync(list, 'utf8').split('\n')) {
    const image = line.trim().split(/\s+/).pop();
    if (!image) continue;
    for (const repo of ownerRepositoryCandidates(image)) {
      if (read.has(repo) || printed.has(repo)) continue;
      printed.add(repo);
      console.log(repo);
    }
  }
}
