// The host ports a compose publish asks for, shared by the checks that look for publishes colliding.
import type { PortMention } from '../types';

export interface HostPortSpan {
  low: number;
  high: number;
  /** A host range with a single container port (`"8000-9000:80"`): the engine picks one free port from it
   *  for each container, rather than binding them all. */
  picksOne: boolean;
}

/** Undefined for a mention that asks for no host port in particular: not a written host port, not a valid
 *  number, or port 0 (any free port). */
export function hostPortSpan(mention: PortMention): HostPortSpan | undefined {
  if (mention.role !== 'host' || mention.implicit) return undefined;
  if (!Number.isInteger(mention.port) || mention.port < 0 || mention.port > 65535) return undefined;
  const high = mention.endPort !== undefined && Number.isInteger(mention.endPort) && mention.endPort > mention.port ? mention.endPort : mention.port;
  if (high > 65535) return undefined;
  if (mention.port === 0 && high === 0) return undefined;
  const peer = mention.peer;
  const picksOne = high > mention.port && peer !== undefined && (peer.endPort === undefined || peer.endPort <= peer.port);
  return { low: mention.port, high, picksOne };
}
