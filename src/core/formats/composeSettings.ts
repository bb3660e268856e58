// Ports in a Compose service's settings: `environment:` and `build.args` (list and map form),
// `healthcheck.test`, and Traefik's `loadbalancer.server.port` labels (list and map form).
import { isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { interpolate } from './interpolation';
import { composeValue, type ServiceScope } from './composePorts';
import { mapEntries, scalarView, seqItems } from './composeYaml';
import type { MappedText } from './mappedText';
import { readCommandPorts, readPortValue, readSetting } from './portSettings';

/** `KEY=value` items of a list: the key as written, and the value (interpolated) mapped to its source. */
function splitAssignment(scope: ServiceScope, node: Node): { key: string; value: MappedText } | undefined {
  if (!isScalar(node)) return undefined;
  const view = scalarView(node as Scalar, scope.text);
  if (!view) return undefined;
  const eq = view.text.indexOf('=');
  if (eq <= 0) return undefined;
  return { key: view.text.slice(0, eq).trim(), value: interpolate(view.slice(eq + 1, view.length), scope.lookup, '$$') };
}

/** Both forms: `- KEY=value` lists and `KEY: value` maps. */
function assignments(scope: ServiceScope, node: Node | null): { key: string; value: MappedText }[] {
  const found: { key: string; value: MappedText }[] = [];
  if (isSeq(node)) {
    for (const item of seqItems(node, scope.doc, scope.budget)) {
      const a = splitAssignment(scope, item.node);
      if (a) found.push(a);
    }
    return found;
  }
  for (const entry of mapEntries(node, scope.doc, scope.budget)) {
    const value = composeValue(entry.value, scope);
    if (value) found.push({ key: entry.key, value });
  }
  return found;
}

export function readEnvironment(scope: ServiceScope, node: Node | null): void {
  for (const { key, value } of assignments(scope, node)) {
    readSetting({ key, context: `environment ${key}`, service: scope.service }, value, scope.out);
  }
}

/** `build.args` are read like `environment:`: a port is set there just as often (`ARG PORT` in the
 *  Dockerfile). `build: ./dir` (a string context) has no args, and mapEntries finds no entries in it. */
export function readBuildArgs(scope: ServiceScope, build: Node | null): void {
  const args = mapEntries(build, scope.doc, scope.budget).find((e) => e.key === 'args');
  if (!args) return;
  for (const { key, value } of assignments(scope, args.value)) {
    readSetting({ key, context: `build arg ${key}`, service: scope.service }, value, scope.out);
  }
}

/** Traefik's port for the service behind a router: traefik.<http|tcp|udp>.services.<name>.loadbalancer.server.port */
const TRAEFIK_PORT = /^traefik\.(http|tcp|udp)\.services\.[^.]+\.loadbalancer\.server\.port$/i;

export function readLabels(scope: ServiceScope, node: Node | null): void {
  for (const { key, value } of assignments(scope, node)) {
    if (TRAEFIK_PORT.test(key)) readPortValue({ key, context: 'label', service: scope.service }, value, scope.out, false);
  }
}

export function readHealthcheck(scope: ServiceScope, node: Node | null): void {
  const test = mapEntries(node, scope.doc, scope.budget).find((e) => e.key === 'test')?.value ?? null;
  const commands = isSeq(test) ? seqItems(test, scope.doc, scope.budget).map((i) => i.node) : [test];
  for (const command of commands) {
    const value = composeValue(command, scope);
    if (value) readCommandPorts({ key: 'healthcheck test', context: 'healthcheck', service: scope.service }, value, scope.out);
  }
}
