// target-port-undeclared for an HTTP probe of a proxy that serves its health checks on a port of its own: the
// probe must look where the health server listens. A table of images whose documentation names that port, the
// flag that turns the health server on and the one flag that moves it; a probe elsewhere fails while neither
// moving flag is set (the Cloud SQL Auth Proxy's example probed 8090 while its comment and the proxy said 9090).
// The container's other port settings (the database port, the health server's address) leave this port alone.
import type { Finding, PortMention } from '../types';
import { finding } from '../catalogue';
import { readKubernetesObjects } from '../formats/kubernetesObjects';
import { containerLabel } from '../formats/kubernetes';
import { imageKey } from '../images/imageReference';
import { podListening } from './kubernetesListening';
import { imageSaysWhere } from './kubernetesPortChecks';

interface HealthServer {
  software: string;
  port: number;
  /** A command-line flag that starts the health server. */
  enabledBy: string;
  /** The flags and environment variables that move it; nothing else does. */
  movedBy: string[];
  url: string;
}

const HEALTH_SERVERS: Record<string, HealthServer> = {
  // README "Health checks": --health-check enables /startup, /liveness and /readiness on the HTTP server, which
  // listens on --http-address (default localhost) and --http-port (default 9090); CSQL_PROXY_* variables mirror
  // every flag.
  'gcr.io/cloud-sql-connectors/cloud-sql-proxy': {
    software: 'the Cloud SQL Auth Proxy', port: 9090, enabledBy: '--health-check', movedBy: ['--http-port', 'CSQL_PROXY_HTTP_PORT'],
    url: 'https://github.com/GoogleCloudPlatform/cloud-sql-proxy/blob/31c3b33e3f85f294799c1136655efce52558b62d/README.md',
  },
};

export function kubernetesHealthPorts(_mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  for (const object of readKubernetesObjects(text)) {
    const pod = object.pod;
    if (!pod) continue;
    // Where nothing moves any of the image's ports, kubernetesProbePorts judges its probes already.
    const judged = podListening([pod]).complete;
    for (const container of pod.containers) {
      if (judged && imageSaysWhere(container)) continue;
      const image = container.image?.value;
      const key = image !== undefined && !image.includes('$') ? imageKey(image) : undefined;
      const server = key !== undefined ? HEALTH_SERVERS[key] : undefined;
      if (!server || !container.commandWords.some((word) => word.trim().split(/[\s=]/)[0] === server.enabledBy)) continue;
      const moved = (name: string) => container.commandWords.some((word) => word.includes(name)) || container.envNames.includes(name) || container.envFrom;
      if (server.movedBy.some(moved)) continue;
      for (const probe of container.probes) {
        const port = probe.port;
        if (probe.handler !== 'httpGet' || typeof port.value !== 'number' || port.value === server.port) continue;
        findings.push(finding('target-port-undeclared', port.start, port.end,
          `The ${probe.kind} of ${containerLabel(object, container)} checks port ${port.value}, but ${server.software} serves its health checks (${server.enabledBy}) on ${server.port} unless ${server.movedBy.join(' or ')} moves it, and neither is set here, so the probe fails.`));
      }
    }
  }
  return findings;
}
