// container-port-mismatch for a service built from a Dockerfile of the workspace (by build:, or by an image: that
// a Dockerfile of the workspace builds, see imageDockerfile.ts): compose publishes or exposes
// container ports the built image does not listen on (`"8080:80"` for a Dockerfile that EXPOSEs 3000: the
// connection is reset). The single-file rule knows images by name; this one reads the Dockerfile the service
// builds. As conservative: quiet when any of the service's container ports is one the image exposes, when a
// setting of the service names the port (PORT=80, a health check, a Traefik label), and whenever something
// may move the port (a command, a setting read from the shell, a network mode).
import { finding } from '../catalogue';
import type { Finding, PortMention } from '../types';
import type { ServiceModel } from './project';
import { listensOn, type Listening, type ListenSource } from './serviceListening';
import { listenedPorts, relatedPlaces } from './unreachablePort';
import { LISTEN_SETTINGS } from '../rules/listenSettings';
import { lineNumberLookup } from '../rules/lineNumbers';
import { isContainerSide } from '../rules/containerPortMismatch';
import { settingDisagrees, useSettingPort } from '../rules/settingPortMismatch';

export interface BuiltService {
  service: ServiceModel;
  listening: Listening;
  /** The service's mentions in every compose file of its project. */
  mentions: readonly PortMention[];
}

/** Findings on `ownMentions` (this compose file's) for one built service. */
export function builtPortMismatch(text: string, ownMentions: readonly PortMention[], built: BuiltService): Finding[] {
  const { service, listening, mentions } = built;
  // A service with image: and no build: whose image a Dockerfile of the workspace builds is judged the same way.
  const dockerfile = service.builds ? service.dockerfile : listening.imageDockerfile;
  if (listening.uncertain || dockerfile === undefined) return [];
  // Another service joins this one's network (network_mode: service:web, a Dapr sidecar or a VPN client): the
  // ports published here may be that service's, as containerPortMismatch.ts says for an image.
  if (mentions.some((m) => m.networkSharedWith !== undefined)) return [];
  // What the built image says: its Dockerfile's EXPOSE and ENV, and the image it is built FROM.
  const fromImage = listening.sources.filter((entry) => entry.location?.path === dockerfile || entry.kind === 'image' || entry.fromCode);
  if (fromImage.length === 0) return settingAgainstPublish(text, ownMentions, mentions, service.name);
  if (!fromImage.some((entry) => entry.kind === 'dockerfile')) return [];
  const says: Listening = { sources: fromImage, uncertain: false };
  const containerPorts = mentions.filter(isContainerSide);
  if (containerPorts.length === 0 || containerPorts.some((m) => listensOn(says, m.port) || (m.endPort !== undefined && rangeMeets(fromImage, m)))) return [];
  // A URL that writes no port (ROOT_URL=http://localhost) is where users reach the service from outside, through
  // the host's mapping: it names no container port. A health check's (it runs inside) and a written port do.
  const named = new Set(mentions.filter((m) => m.role === 'setting' && !(m.implicit && m.context?.startsWith('environment '))).map((m) => m.port));
  if (containerPorts.some((m) => named.has(m.port))) return [];
  // A publish whose container side cannot be read may be the right one.
  if (mentions.some((m) => m.role === 'host' && m.peer === undefined)) return [];
  // A port setting of the service's own (RECIPYA_SERVER_PORT: 8078) may move the application off the Dockerfile's
  // port: the container side matches neither, but which one is right is the user's to say, so it is named and no
  // fix is offered. A <PREFIX>_PORT beside a <PREFIX>_HOST is where another service is reached, not a listen port.
  const ownSettings = mentions.filter((m) => m.role === 'setting' && m.route === undefined && m.context?.startsWith('environment ')
    && /(^|_)PORT$/i.test(m.context.slice(12)) && !service.environmentKeys.has(m.context.slice(12).replace(/PORT$/i, 'HOST')));
  const candidates = new Set(fromImage.map((entry) => (entry.endPort === undefined ? entry.port : -1)));
  const fixTo = candidates.size === 1 && !candidates.has(-1) && containerPorts.length === 1 && ownSettings.length === 0 ? [...candidates][0] : undefined;
  const orSettings = ownSettings.map((m) => ` or on ${m.port} (${m.context!.slice(12)})`).join('');
  const findings: Finding[] = [];
  for (const mention of ownMentions) {
    if (mention.service !== service.name || !isContainerSide(mention)) continue;
    const written = mention.endPort !== undefined ? `${mention.port}-${mention.endPort}` : String(mention.port);
    const builtFrom = fromImage.some((entry) => entry.fromCode) ? 'the application its Dockerfile runs'
      : service.builds ? 'the Dockerfile it is built from' : `${dockerfile}, which builds its image ${service.image}`;
    const message = `Service ${service.name} listens on ${listenedPorts(fromImage)} (${builtFrom})${orSettings}, not on ${written}: `
      + `unless the application is configured to listen there, nothing answers on this port. `
      + (fixTo !== undefined ? `Use container port ${fixTo}.` : 'Use one of the ports the image listens on.');
    const canFix = fixTo !== undefined && text.slice(mention.start, mention.end) === String(mention.port) && mention.endPort === undefined;
    const found = finding('container-port-mismatch', mention.start, mention.end, message,
      canFix ? { title: `Change the container port to ${fixTo}`, edits: [{ start: mention.start, end: mention.end, newText: String(fixTo) }] } : undefined);
    const related = relatedPlaces(service.name, fromImage);
    if (related.length > 0) found.related = related;
    findings.push(found);
  }
  return findings;
}

/**
 * A built image that says nothing about its port (no EXPOSE, no port in the code Port Lens reads, a base image with
 * none): the service's own statements are all there is, and they disagree. Its environment tells the application
 * where to listen (PORT=9999, read by fiora's config) while ports: and expose: name only other container ports, so
 * one of the two is wrong whatever the image does. Quiet when the setting is the host side of the mapping (a public
 * port for links), when a health check or label names a container port, and when a publish cannot be read. Only
 * for an image that declares nothing: a Dockerfile that EXPOSEs the published port often runs a web server in front
 * of the application the setting moves (iptvnator's nginx on 80 before its backend on PORT=3000).
 */
function settingAgainstPublish(text: string, ownMentions: readonly PortMention[], mentions: readonly PortMention[], name: string): Finding[] {
  const own = ownMentions.filter((m) => m.service === name);
  const settings = own.filter((m) => m.role === 'setting' && m.route === undefined && m.endPort === undefined && !m.implicit
    && m.context?.startsWith('environment ') && LISTEN_SETTINGS.has(m.context.slice('environment '.length).toUpperCase()));
  const containerPorts = own.filter((m) => isContainerSide(m) && (m.protocol ?? 'tcp') === 'tcp');
  if (settings.length === 0 || containerPorts.length === 0) return [];
  if (!settingDisagrees(settings, mentions.filter(isContainerSide), mentions)) return [];
  const setting = settings[0];
  const key = setting.context!.slice('environment '.length);
  const line = lineNumberLookup(text)(setting.start);
  return containerPorts.map((mention) => {
    const side = mention.role === 'expose' ? 'expose:' : 'ports:';
    const written = mention.endPort !== undefined ? `${mention.port}-${mention.endPort}` : String(mention.port);
    const message = `${key} on line ${line} tells service ${name} to listen on ${setting.port}, but ${side} names container port ${written}, `
      + 'and the image it is built from says nothing else: one of them is wrong, and nothing answers on this port unless both agree.';
    return finding('container-port-mismatch', mention.start, mention.end, message, useSettingPort(text, mention, settings));
  });
}

function rangeMeets(sources: readonly ListenSource[], mention: PortMention): boolean {
  const last = mention.endPort ?? mention.port;
  return sources.some((entry) => entry.port <= last && (entry.endPort ?? entry.port) >= mention.port);
}
