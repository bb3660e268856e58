// host-port-conflict, within one service: a service that runs several containers (`deploy.replicas: 3`,
// `scale: 3`) and publishes a fixed host port. Every replica asks for the same host port, so only the first
// binds it and the others fail with "port is already allocated". The engine only spreads replicas over host
// ports when given a range with a single container port (`"8000-8002:80"`) at least as wide as the count, or
// no host port at all.
import type { Finding, PortMention } from '../types';
import { finding } from '../catalogue';
import { hostPortSpan } from './hostPortSpan';

/** An overlay network, or a `deploy` key only swarm reads (`placement`, `update_config`, `rollback_config`,
 *  `endpoint_mode`): the file is a swarm stack (`docker stack deploy`), where a port published in the default
 *  ingress mode goes through the routing mesh and every replica shares it. */
const SWARM_STACK = /^[ \t]+(?:driver:[ \t]*["']?overlay["']?|placement:|update_config:|rollback_config:|endpoint_mode:)[ \t]*(#.*)?$/m;
/** A comment that says the file is for swarm ("# this file is meant for Docker Swarm stacks only", "# docker stack
 *  deploy -c …"): the author tells the reader where it runs, as example-voting-app's docker-stack.yml does. */
const SWARM_COMMENT = /^[ \t]*#.*(?:\bswarm\b|\bdocker[ \t]+stack[ \t]+deploy\b)/im;

export function replicatedHostPorts(mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  // Read only once a service runs several containers: most files have none, and this reads the whole text.
  let swarm: boolean | undefined;
  for (const mention of mentions) {
    const replicas = mention.replicas;
    const span = replicas && hostPortSpan(mention);
    if (!replicas || !span) continue;
    swarm ??= SWARM_STACK.test(text) || SWARM_COMMENT.test(text);
    const mode = mention.entry?.syntax === 'long' ? /\bmode:[ \t]*["']?(host|ingress)\b/.exec(text.slice(mention.entry.start, mention.entry.end))?.[1] : undefined;
    // `mode: ingress` names swarm's routing mesh: the file is written for it. `mode: host` binds the port on each container.
    if (mode === 'ingress' || (swarm && mode !== 'host')) continue;
    const width = span.high - span.low + 1;
    const picksOne = span.picksOne;
    if (picksOne && width >= replicas.count) continue;
    // A swarm stack in mode: host fails otherwise: the scheduler puts one such task on each node and leaves the rest
    // pending (khs1994-docker/lnmp's redis stack, 6 replicas on published 8080).
    if (swarm && !picksOne) findings.push(finding('host-port-conflict', mention.start, mention.end, swarmMessage(mention, replicas.count, replicas.setting)));
    else findings.push(finding('host-port-conflict', mention.start, mention.end,
      messageFor(mention, width, picksOne, replicas.count, replicas.setting), widenFix(mention, replicas.count, text)));
  }
  return findings;
}

function swarmMessage(mention: PortMention, count: number, setting: string): string {
  const service = mention.service === undefined ? 'This service' : `Service "${mention.service}"`;
  return `${service} runs ${count} tasks (${setting}: ${count}), each binding host port ${mention.port} of its node (mode: host): swarm `
    + `places one per node and leaves the rest pending ("host-mode port already in use") on fewer than ${count} nodes. `
    + 'Publish in mode: ingress to share the port through the routing mesh, or run one task per node (deploy.mode: global).';
}

function messageFor(mention: PortMention, width: number, picksOne: boolean, count: number, setting: string): string {
  const service = mention.service === undefined ? 'This service' : `Service "${mention.service}"`;
  const ports = width > 1 ? `host ports ${mention.port}-${mention.endPort}` : `host port ${mention.port}`;
  const runs = `${service} runs ${count} containers (${setting}: ${count})`;
  const what = picksOne
    ? `${runs}, but ${ports} give only ${width} to pick from, so the rest fail with "port is already allocated".`
    : `${runs}, and each one asks for ${ports}: only the first gets ${width > 1 ? 'them' : 'it'}, the others fail with "port is already allocated".`;
  return `${what} Publish a host port range at least ${count} wide with one container port${example(mention, count)}, or only the container port to let the engine choose.`;
}

/** The host range that gives every replica a port: from the port written, one per replica; undefined when
 *  the container side is a range too (no host range fixes that) or the range would pass 65535. */
function widened(mention: PortMention, count: number): string | undefined {
  const peer = mention.peer;
  const end = mention.port + count - 1;
  if (!peer || peer.endPort !== undefined || end > 65535) return undefined;
  return `${mention.port}-${end}`;
}

function example(mention: PortMention, count: number): string {
  const range = widened(mention, count);
  return range === undefined ? '' : ` ("${range}:${mention.peer!.port}")`;
}

/** Writes the widened range over the host port, when the host port is written as plain digits (not inside
 *  an interpolation default, where the edit would change what a variable falls back to). */
function widenFix(mention: PortMention, count: number, text: string): Finding['fix'] {
  const range = widened(mention, count);
  const written = text.slice(mention.start, mention.end);
  const entry = mention.entry ? text.slice(mention.entry.start, mention.entry.end) : '';
  if (range === undefined || !/^\d+(-\d+)?$/.test(written) || entry.includes('$')) return undefined;
  return { title: `Publish host ports ${range}, one per replica`, edits: [{ start: mention.start, end: mention.end, newText: range }] };
}
