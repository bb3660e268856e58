// container-port-mismatch, from the service's own statements: its environment tells the software which port to
// listen on (`PORT=3333`, or the image's own setting such as GF_SERVER_HTTP_PORT), while `ports:` and `expose:`
// name only other container ports. One of the two is wrong, whatever the image's defaults: the publish reaches
// nothing, or the software listens where nothing is published.
import { lookupImage } from '../images/lookupImage';
import type { Finding, PortMention } from '../types';
import { finding } from '../catalogue';
import { LISTEN_SETTINGS } from './listenSettings';
import { lineNumberLookup } from './lineNumbers';
import { mentionsByService } from './mentionsByService';

export function settingPortMismatch(mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  for (const service of mentionsByService(mentions).values()) {
    const image = service[0].image;
    // A service that builds its image has no image here: the Dockerfile rule (builtPortMismatch) speaks for it.
    if (image === undefined || image.includes('$')) continue;
    // Services that join its network publish through it: its ports may be theirs.
    if (service[0].networkSharedWith !== undefined) continue;
    const info = lookupImage(image);
    const names = info && (info.ports.length > 0 || info.listensOnNoPort)
      ? new Set((info.portSettings ?? []).filter((name) => !name.startsWith('-')).map((name) => name.toUpperCase()))
      : LISTEN_SETTINGS;
    const settings = service.filter((m) => m.role === 'setting' && m.endPort === undefined && !m.implicit
      && m.context?.startsWith('environment ') && names.has(m.context.slice('environment '.length).toUpperCase()));
    // The port a setting names is a TCP one (a web server's); a UDP publish beside it is another of the service's
    // ports (WireGuard's 51820 beside wg-easy's PORT=51821). So is one of the image's own other ports (MinIO's API
    // on 9000 beside MINIO_CONSOLE_ADDRESS=:9001).
    const imagePort = (m: PortMention) => info !== undefined && info.ports.some((p) => p.port <= m.port && m.port <= (p.endPort ?? p.port));
    const containerPorts = service.filter((m) => ((m.role === 'container' && m.context === 'ports') || (m.role === 'expose' && m.context === 'expose'))
      && (m.protocol ?? 'tcp') === 'tcp');
    if (containerPorts.some(imagePort)) continue;
    // A range published beside the setting is a block of other listeners (the Minecraft servers Ismaeloul's
    // CraftDeck starts on 25565-25574 beside its web UI on PORT=8449, RTP or passive FTP ports), never the one port
    // a setting moves: only single ports are held against it. A range that holds the setting's port still agrees.
    const single = containerPorts.filter((m) => m.endPort === undefined || m.endPort === m.port);
    if (settings.length === 0 || single.length === 0) continue;
    if (!settingDisagrees(settings, containerPorts, service)) continue;
    if (otherListeners(settings, containerPorts, service)) continue;
    const setting = settings[0];
    const key = setting.context!.slice('environment '.length);
    const line = lineNumberLookup(text)(setting.start);
    for (const mention of single) {
      const side = mention.role === 'expose' ? 'expose:' : 'ports:';
      const message = `${key} on line ${line} tells the service to listen on ${setting.port}, but ${side} names container port `
        + `${mention.port}: one of them is wrong, and nothing answers on this port unless both agree.`;
      findings.push(finding('container-port-mismatch', mention.start, mention.end, message, useSettingPort(text, mention, settings)));
    }
  }
  return findings;
}

/**
 * Whether a service's listen settings really disagree with the container ports it publishes or exposes
 * (`containerSide`), given what else the service says (`service`, its mentions). Shared with the built-image check
 * (workspace/builtPortMismatch.ts), which asks the same of a service whose Dockerfile declares no port.
 */
export function settingDisagrees(settings: readonly PortMention[], containerSide: readonly PortMention[], service: readonly PortMention[]): boolean {
  const covered = (port: number) => containerSide.some((m) => m.port <= port && port <= (m.endPort ?? m.port));
  if (settings.some((s) => covered(s.port))) return false;
  // A publish whose container side cannot be read may be the setting's port.
  if (service.some((m) => m.role === 'host' && m.peer === undefined)) return false;
  // The setting set to the host side of the mapping is how some images take their public port (for links they
  // write), not the one they listen on: no guess.
  const hostPorts = new Set(service.filter((m) => m.role === 'host').map((m) => m.port));
  if (settings.some((s) => hostPorts.has(s.port))) return false;
  // A health check or label naming the container port says something listens there; so does another port setting
  // of the service (fteproxy's CLIENT_PORT=1194, published, beside SERVER_PORT=4911, the remote server it dials).
  const named = new Set(service.filter((m) => m.role === 'setting' && (m.route !== undefined || m.context?.startsWith('environment ')))
    .map((m) => m.port));
  return !containerSide.some((m) => named.has(m.port));
}

/**
 * Whether the service's own health check confirms the setting's port while it publishes or exposes two or more other
 * ports: then the setting moves one listener (Supavisor's API on PORT=4000, probed by its health check) and the others
 * are other listeners (its proxy on 5432 and 6543), not mistakes.
 */
function otherListeners(settings: readonly PortMention[], containerSide: readonly PortMention[], service: readonly PortMention[]): boolean {
  const probed = service.some((m) => m.context === 'healthcheck' && settings.some((s) => s.port === m.port));
  return probed && new Set(containerSide.map((m) => m.port)).size >= 2;
}

/** "Use container port N" on a publish written as plain digits, when one setting says where the service listens. */
export function useSettingPort(text: string, mention: PortMention, settings: readonly PortMention[]): Finding['fix'] {
  const digits = text.slice(mention.start, mention.end) === String(mention.port) && mention.endPort === undefined;
  if (!digits || settings.length !== 1) return undefined;
  return { title: `Use container port ${settings[0].port}`, edits: [{ start: mention.start, end: mention.end, newText: String(settings[0].port) }] };
}
