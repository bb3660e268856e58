// privileged-host-port: a compose host port below 1024. Rootful Docker binds it as root, but rootless
// Docker and Podman run as a normal user, and Linux reserves these ports for root or CAP_NET_BIND_SERVICE.
import { isPrivilegedOnLinux } from '../ranges';
import type { Finding, PortMention } from '../types';
import { finding } from '../catalogue';

export function privilegedHostPort(mentions: readonly PortMention[]): Finding[] {
  const findings: Finding[] = [];
  for (const mention of mentions) {
    if (mention.role !== 'host' || mention.implicit) continue;
    // isPrivilegedOnLinux leaves out port 0, which asks the engine for any free port.
    if (!isPrivilegedOnLinux(mention.port)) continue;
    const subject = mention.endPort !== undefined && mention.endPort > mention.port
      ? `Host ports ${mention.port}-${mention.endPort} start below 1024`
      : `Host port ${mention.port} is below 1024`;
    const message = `${subject}, which Linux lets only root or a process with CAP_NET_BIND_SERVICE bind, so rootless Docker or Podman cannot publish it. If the stack must run rootless, publish a port of 1024 or above (for example ${suggestedPort(mention.port)}) or lower net.ipv4.ip_unprivileged_port_start on the host.`;
    findings.push(finding('privileged-host-port', mention.start, mention.end, message));
  }
  return findings;
}

/** The customary unprivileged stand-in: 80 → 8080, 443 → 8443, otherwise the port plus 8000. */
function suggestedPort(port: number): number {
  if (port === 80) return 8080;
  if (port === 443) return 8443;
  return port + 8000;
}
