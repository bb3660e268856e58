// Community images people run (LinuxServer.io, Bitnami, Grafana, HashiCorp, …) and what they listen on by
// default inside the container. Each row's `url` is its source: the image's Dockerfile (its `EXPOSE`) or the
// vendor's documentation of the image. Rows that could not be verified from a source are left out.
import type { ImageRow } from '../imageRow';

export function communityImageRows(): ImageRow[] {
  return [
    { image: 'grafana/grafana', software: 'Grafana', kind: 'monitoring',
      ports: [{ port: 3000, protocol: 'tcp', description: 'web UI' }],
      portSettings: ['GF_SERVER_HTTP_PORT'],
      url: 'https://grafana.com/docs/grafana/latest/setup-grafana/installation/docker/' },
  ];
}
