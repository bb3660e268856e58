// The rules a manifest is checked with (checkPorts.ts runs them; they ship in kubernetes.js, ../kubernetes/script.ts).
import type { CheckOptions, Finding, PortMention } from '../types';
import { dynamicRange } from './dynamicRange';
import { kubernetesHealthPorts } from './kubernetesHealthPort';
import { kubernetesDuplicatePorts, kubernetesImagePorts, kubernetesProbePorts, nodePortRange } from './kubernetesPortChecks';
import { kubernetesPortNames } from './kubernetesPortNames';
import { privilegedHostPort } from './privilegedHostPort';
import type { SemanticRule } from './semanticRule';

/** A manifest's own checks, and the shared ones that mean the same there (a hostPort in the ephemeral range or
 *  below 1024). Compose's publishing rules do not apply: pods publish nothing. */
export const KUBERNETES_RULES: readonly SemanticRule[] = [
  hostPortInDynamicRange, privilegedHostPort, kubernetesPortNames, kubernetesDuplicatePorts, nodePortRange, kubernetesProbePorts, kubernetesImagePorts,
  kubernetesHealthPorts,
];

/** dynamic-range for hostPorts only: a containerPort is informational (the image's own choice, such as gRPC's
 *  50051), while a hostPort is bound on the node beside its outgoing connections. */
function hostPortInDynamicRange(mentions: readonly PortMention[], text: string, options: CheckOptions): Finding[] {
  return dynamicRange(mentions.filter((mention) => mention.role === 'host'), text, options);
}
