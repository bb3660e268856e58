// The fast-check properties shared by the robustness unit test (fixed seed, modest count) and
// `npm run fuzz` (100,000 cases each, any seed). Two per format: mutated fixture files, and "token soup":
// random sequences of the format's own tokens, which reach deeper into a scanner than random characters do.
import fc from 'fast-check';
import type { CheckOptions, ConfigFormat } from '../../src/core/types';
import { seedTexts } from './fixtureTexts';
import { applyMutations, mutatedCase } from './mutations';
import { checkText, formats } from './scanInvariants';

const severityOrOff = fc.constantFrom('error', 'warning', 'info', 'hint', 'off') as fc.Arbitrary<'error' | 'warning' | 'info' | 'hint' | 'off'>;

/** Settings as a user may write them, reversed and out-of-range ephemeral ranges included. */
export const checkOptions: fc.Arbitrary<CheckOptions> = fc.record(
  {
    ephemeralRange: fc.tuple(fc.integer({ min: -10, max: 70000 }), fc.integer({ min: -10, max: 70000 })),
    rules: fc.dictionary(fc.constantFrom('invalid-port', 'dynamic-range', 'host-port-conflict', 'exposed-all-interfaces', 'privileged-host-port', 'yaml-base60', 'no-such-rule'), severityOrOff),
  },
  { requiredKeys: [] },
);

const tokens: Record<ConfigFormat, string[]> = {
  compose: ['services:', 'web:', 'ports:', 'expose:', 'environment:', 'healthcheck:', 'test:', 'labels:', 'network_mode: host',
    'target:', 'published:', 'host_ip:', 'protocol:', 'mode: host', 'PORT', 'DB_PORT', '=', ': ', ':', '- ', '\n', '\n  ', '\n    ', '\n      ',
    '"', "'", '8080', '80', '22', '0', '65536', '127.0.0.1', '[::1]', '::1', '/udp', '/TCP', '/x', '-', '${', '}', ':-', '$$', '[', ']', '{', '}', ',',
    '#', 'http://localhost:', 'postgres://u:p@db:', 'traefik.http.services.a.loadbalancer.server.port=', '&a ', '*a', '<<: ', '!!str ', '---\n', '|\n', ' '],
  dockerfile: ['FROM alpine', 'EXPOSE ', 'ARG ', 'ENV ', 'HEALTHCHECK ', 'CMD ', 'curl http://localhost:', 'PORT', 'PORT=', '=', ' ', '\n', '\\\n', '`\n',
    '# escape=`\n', '8080', '80', '0', '65536', '/tcp', '/udp', '/TCP', '/x', '-', ':', '$', '${', '}', ':-', '"', "'", '#', '<<EOF\n', 'EOF\n', '[', ']', ','],
  nginx: ['listen ', 'server ', 'upstream u ', 'proxy_pass ', 'fastcgi_pass ', 'grpc_pass ', 'resolver ', 'server {', 'http {', '{', '}', ';', ' ', '\n',
    '"', "'", '#', '\\', '8080', '80', '0', '65536', '127.0.0.1', 'localhost', '[::]', '[', ']', '::1', '*', ':', '-', 'unix:', '/run/a.sock',
    'http://', 'https://', 'grpc://', 'ssl', 'quic', 'default_server', 'backlog=', 'syslog:server=', '${', 'NGINX_PORT', '$host'],
  dotenv: ['PORT', 'DB_PORT', 'API_URL', 'export ', '=', ': ', ' ', '\n', '\r\n', '"', "'", '#', ' #', '\\', '8080', '80', '0', '65536', '-1', ',',
    'http://localhost:', 'postgres://u:p@db:', '/app', '${', '}', ':-', '$', 'abc'],
};

function tokenSoup(format: ConfigFormat): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...tokens[format]), { maxLength: 80 }).map((parts) => parts.join(''));
}

export interface RobustnessProperty {
  name: string;
  property: fc.IPropertyWithHooks<unknown[]>;
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
  return properties;
}
