// The hover's role line for a port of a Kubernetes manifest: which field it is, of which object, and what that
// field does with it (a Service's own port, the pods' port it sends to, the port opened on every node).
import type { PortMention } from './types';

/** `code` renders an inline code span (the hover's own, passed in so that this file imports nothing above it). */
export function kubernetesRoleLine(mention: PortMention, code: (text: string) => string): string | undefined {
  const k8s = mention.kubernetes;
  if (!k8s) return undefined;
  const protocol = mention.protocol ?? 'tcp';
  const of = code(k8s.object);
  const named = k8s.named !== undefined ? `, named ${code(k8s.named)} there` : '';
  switch (k8s.field) {
    case 'containerPort':
      return mention.peer
        ? `**Container port** ${mention.port}/${protocol} of ${of}, also bound on its node as hostPort ${mention.peer.port}`
        : `**Container port** ${mention.port}/${protocol} of ${of}: what the pod serves on its own address (informational: Services reach it by number or by name)`;
    case 'hostPort':
      return `**hostPort** ${mention.port}/${protocol} on the node${mention.hostIp ? ` (${mention.hostIp})` : ''}, forwarded to container port ${mention.peer?.port ?? '?'} of ${of}`;
    case 'port':
      return `**Service port** ${mention.port}/${protocol} of ${of}: clients connect to the Service on it`;
    case 'targetPort':
      return `**targetPort** of ${of}: the pods' port ${mention.port}/${protocol} it sends traffic to${named}`;
    case 'nodePort':
      return `**nodePort** of ${of}: opened on every node of the cluster, forwarded to the Service`;
    default:
      return `**${k8s.field}** of ${of}${named ? `: port ${mention.port}${named}` : ''}`;
  }
}
