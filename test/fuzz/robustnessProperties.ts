// The fast-check properties shared by the robustness unit test (fixed seed, modest count) and
// `npm run fuzz` (100,000 cases in all, any seed). Two per format: mutated fixture files, and "token soup":
// random sequences of the format's own tokens, which reach deeper into a scanner than random characters do.
// Two more for Dockerfile ports cut by line continuations, which neither of those writes by chance.
import fc from 'fast-check';
import type { CheckOptions, ConfigFormat, PortMention } from '../../src/core/types';
import { anyInstruction, renderSplitDockerfile, splitDockerfile, splitPortCase, type SplitPortCase } from './dockerfileSplitInputs';
import { seedTexts } from './fixtureTexts';
import { applyMutations, mutatedCase } from './mutations';
import { checkText, formats } from './scanInvariants';
import { imageProperties } from './imageProperties';

const severityOrOff = fc.constantFrom('error', 'warning', 'info', 'hint', 'off') as fc.Arbitrary<'error' | 'warning' | 'info' | 'hint' | 'off'>;

/** Settings as a user may write them, reversed and out-of-range ephemeral ranges included. */
export const checkOptions: fc.Arbitrary<CheckOptions> = fc.record(
  {
    ephemeralRange: fc.tuple(fc.integer({ min: -10, max: 70000 }), fc.integer({ min: -10, max: 70000 })),
    rules: fc.dictionary(fc.constantFrom('invalid-port', 'dynamic-range', 'host-port-conflict', 'exposed-all-interfaces', 'privileged-host-port', 'yaml-base60', 'unset-variable', 'container-port-mismatch', 'no-such-rule'), severityOrOff),
    // Compose: the .env variables (with values that are not ports, and one that holds a `${`), and a merged file.
    variables: fc.constantFrom(new Map<string, string>(), new Map([['PORT', '8080'], ['WEB_PORT', '80:80'], ['IP', '::1'], ['A', '${'], ['DB_PORT', '99999']])),
    mergedWith: fc.constantFrom([], [{ name: 'compose.override.yaml', text: 'services:\n  web:\n    deploy: {replicas: 2}\n    profiles: [a]\n    ports: ["8080:80", "${PORT}:81"]\n', after: true }]),
  },
  { requiredKeys: [] },
);

const tokens: Record<ConfigFormat, string[]> = {
  compose: ['services:', 'web:', 'image: ', 'grafana/grafana', 'lscr.io/linuxserver/duplicati:latest', 'postgres:16', 'build: .', 'env_file: a',
    'command: ', 'volumes:', './c:/etc/c', 'GF_SERVER_HTTP_PORT', ':80', '0.0.0.0:', '[::]:', 'ports:', 'expose:', 'environment:', 'healthcheck:', 'test:', 'labels:', 'network_mode: host',
    'target:', 'published:', 'host_ip:', 'protocol:', 'mode: host', 'PORT', 'DB_PORT', '=', ': ', ':', '- ', '\n', '\n  ', '\n    ', '\n      ',
    '"', "'", '8080', '80', '22', '0', '65536', '127.0.0.1', '[::1]', '::1', '/udp', '/TCP', '/x', '-', '${', '}', ':-', '$$', '[', ']', '{', '}', ',',
    '#', 'http://localhost:', 'postgres://u:p@db:', 'traefik.http.services.a.loadbalancer.server.port=', '&a ', '*a', '<<: ', '!!str ', '---\n', '|\n', ' '],
  dockerfile: ['FROM alpine', 'FROM ', ' AS b', 'FROM b', 'node:20', 'grafana/grafana', '--platform=$P ', 'EXPOSE ', 'ARG ', 'ENV ', 'HEALTHCHECK ', 'CMD ', 'curl http://localhost:', 'PORT', 'PORT=', '=', ' ', '\n', '\\\n', '`\n',
    '# escape=`\n', '8080', '80', '0', '65536', '/tcp', '/udp', '/TCP', '/x', '-', ':', '$', '${', '}', ':-', '"', "'", '#', '<<EOF\n', 'EOF\n', '[', ']', ','],
  nginx: ['listen ', 'server ', 'upstream u ', 'proxy_pass ', 'fastcgi_pass ', 'grpc_pass ', 'resolver ', 'server {', 'http {', '{', '}', ';', ' ', '\n',
    '"', "'", '#', '\\', '8080', '80', '0', '65536', '127.0.0.1', 'localhost', '[::]', '[', ']', '::1', '*', ':', '-', 'unix:', '/run/a.sock',
    'http://', 'https://', 'grpc://', 'ssl', 'quic', 'default_server', 'backlog=', 'syslog:server=', '${', 'NGINX_PORT', '$host'],
  kubernetes: ['apiVersion: v1\n', 'apiVersion: apps/v1\n', 'kind: ', 'Pod', 'Service', 'Deployment', 'Ingress', 'HTTPRoute', 'NetworkPolicy', '\n---\n', 'metadata:', 'namespace: ',
    'labels:', 'selector:', 'app: web', 'spec:', 'template:', 'containers:', 'initContainers:', 'image: ', 'nginx', 'grafana/grafana', 'ports:', 'containerPort: ', 'hostPort: ', 'name: ', 'http',
    'protocol: UDP', 'targetPort: ', 'nodePort: ', 'port: ', 'number: ', 'backend:', 'service:', 'backendRefs:', 'readinessProbe:', 'httpGet:', 'tcpSocket:', 'grpc:', 'env:', 'value: ',
    'clusterIP: None', 'type: NodePort', 'podSelector:', 'matchLabels:', 'ingress:', 'endPort: ', '{{ .Values.port }}', '- ', '\n', '\n  ', '\n    ', '\n      ', ': ', '"', "'", '{', '}', '[', ']', ',',
    '8080', '80', '0', '30080', '65536', '-1', 'Http_Port', '#', '&a ', '*a', ' '],
  dotenv: ['PORT', 'DB_PORT', ':80', '0.0.0.0:', '[::]:', '127.0.0.1:', 'API_URL', 'export ', '=', ': ', ' ', '\n', '\r\n', '"', "'", '#', ' #', '\\', '8080', '80', '0', '65536', '-1', ',',
    'http://localhost:', 'postgres://u:p@db:', '/app', '${', '}', ':-', '$', 'abc'],
};

function tokenSoup(format: ConfigFormat): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...tokens[format]), { maxLength: 80 }).map((parts) => parts.join(''));
}

export interface RobustnessProperty {
  name: string;
  property: fc.IPropertyWithHooks<unknown[]>;
}

/** The one mention a valid port cut only by joining continuations must give: split, from its first character
 *  to its last, with the numbers written, and no other mention or problem on it. Throws if not. */
function checkWholeSplitPort(text: string, port: { start: number; end: number }, { target }: SplitPortCase, mentions: PortMention[],
  problems: { code: string; start: number; end: number }[]): void {
  const [first, last] = target.value.split('-').map(Number);
  const expected = { port: first, endPort: last, protocol: target.template.protocol, split: true, start: port.start, end: port.end };
  const overlaps = (m: { start: number; end: number }) => m.start < port.end && m.end > port.start;
  // `8080` may come back with endPort 8080; the protocol is only checked where the template has one (EXPOSE).
  const on = mentions.filter(overlaps).map((m) => ({ port: m.port, endPort: m.endPort === m.port && last === undefined ? undefined : m.endPort,
    protocol: target.template.protocol && m.protocol, split: m.split, start: m.start, end: m.end }));
  const written = JSON.stringify(text.slice(port.start, port.end));
  if (on.length !== 1 || JSON.stringify(on[0]) !== JSON.stringify(expected)) {
    throw new Error(`split port ${written}: expected exactly ${JSON.stringify(expected)}, got ${JSON.stringify(on)}`);
  }
  const wrong = problems.filter(overlaps);
  if (wrong.length > 0) throw new Error(`split port ${written}: unexpected problems ${JSON.stringify(wrong)}`);
}

export function robustnessProperties(): RobustnessProperty[] {
  const seeds = seedTexts();
  const properties: RobustnessProperty[] = [];
  for (const format of formats) {
    const byName = new Map(seeds[format].map((seed) => [seed.name, seed.text]));
    properties.push({
      name: `${format}: mutated fixtures (${byName.size} seeds)`,
      property: fc.property(mutatedCase([...byName.keys()]), checkOptions, (mutated, options) => {
        checkText(applyMutations(byName.get(mutated.seed) ?? '', mutated.mutations), format, options);
      }),
    });
    properties.push({
      name: `${format}: token soup`,
      property: fc.property(tokenSoup(format), checkOptions, (text, options) => {
        checkText(text, format, options);
      }),
    });
  }
  properties.push({
    name: 'dockerfile: ports cut by line continuations',
    property: fc.property(splitDockerfile(anyInstruction), checkOptions, (file, options) => {
      checkText(renderSplitDockerfile(file).text, 'dockerfile', options);
    }),
  });
  // Not only robustness: it fails if the generator stops writing split ports or the scanner stops reading them.
  properties.push({
    name: 'dockerfile: a valid port cut by continuations is one split mention',
    property: fc.property(splitPortCase, checkOptions, (splitCase, options) => {
      const { text, port } = renderSplitDockerfile(splitCase.file, { instruction: splitCase.target, at: splitCase.at });
      const scanned = checkText(text, 'dockerfile', options);
      checkWholeSplitPort(text, port!, splitCase, scanned.mentions, scanned.problems);
    }),
  });
  properties.push(...imageProperties());
  return properties;
}
