// Docker official images (Docker Hub's `library/` namespace) and what they listen on by default inside the
// container. Each row's `url` is its source: the image's Dockerfile in its docker-library repository (its
// `EXPOSE`), or the vendor's documentation where the Dockerfile does not say. Rows that could not be verified
// from a source are left out.
import type { ImageRow } from '../imageRow';

export function officialImageRows(): ImageRow[] {
  return [
    { image: 'postgres', software: 'PostgreSQL', kind: 'database',
      ports: [{ port: 5432, protocol: 'tcp', description: 'PostgreSQL protocol' }],
      portSettings: ['PGPORT', '-p'],
      url: 'https://github.com/docker-library/postgres/blob/master/17/bookworm/Dockerfile' },
  ];
}
