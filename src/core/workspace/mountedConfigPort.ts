// container-port-mismatch, with the config files a service mounts read rather than feared. A mounted config may
// move the image's port, so the image rule falls silent at any config mount (composeImage.ts). When every such
// mount is a file or folder of the workspace, its text can be read the way a Dockerfile's copied nginx config is
// (copiedNginxConfig.ts): a container port that the mounted files never write, that the image does not listen on
// and that nothing else of the service names is one nothing answers on, whatever else the files move.
//   - With an image the table knows: mariadb published as "3307:3307" while the folder mounted at
//     /etc/mysql/conf.d names no 3307 (frappe_docker).
//   - With any image, crossed: the mounted file listens on the mapping's host side and never names its container
//     side (uptrace.yml's `grpc: ':14317'` beside "14317:4317").
// Quiet when anything but a mount may move the port (environment, env_file, command, network_mode: the image
// rule's reading, `portsChangedBy`), when a config mount is a named volume, a host path outside the workspace or
// a folder the workspace holds no file of, and for UDP and ranges.
import { finding } from '../catalogue';
import { imagePortsIn } from '../images/imagePorts';
import { lookupImage } from '../images/lookupImage';
import { isConfigTarget } from '../formats/composeImage';
import type { Finding, PortMention } from '../types';
import type { ComposeServiceStructure } from './composeStructure';
import { mentionsByService } from '../rules/mentionsByService';
import { mountedNginxFindings, type MountedNginx } from './mountedNginxConfig';

export interface MountedText {
  path: string;
  text: string;
}

/** The texts the workspace holds at a mount's source: the file, or the files under the folder; undefined when it
 *  holds none (not read, not there). */
export type MountedTexts = (source: string) => MountedText[] | undefined;

const MOUNT_REASON = 'a file mounted at ';

/** Bounds on what hosts read at the mounts: files in all (per workspace), how deep below a mounted folder, how
 *  large one file may be. A config folder is small; a mount of a whole project is not config, and what is left
 *  unread there only keeps the rule quiet (an unread file names no port, but the whole project names many). */
export const MOUNTED_CONFIG_LIMITS = { files: 1000, depth: 3, characters: 256 * 1024 } as const;

export function mountedConfigPortFindings(text: string, mentions: readonly PortMention[], services: readonly ComposeServiceStructure[], textsAt: MountedTexts,
  nginxAt?: MountedNginx): Finding[] {
  const findings: Finding[] = [];
  // Most services mount no config: they cost one look, and the mentions are grouped only when one does.
  if (!services.some((structure) => structure.configMounts.length > 0)) return findings;
  const byService = mentionsByService(mentions);
  for (const structure of services) {
    if (structure.configMounts.length === 0) continue;
    const own = byService.get(structure.name) ?? [];
    const first = own[0];
    if (!first || first.image === undefined || first.image.includes('$') || first.networkSharedWith !== undefined) continue;
    // Only a mount stands between the service and its image's port: nothing else moves it.
    if (!first.portsChangedBy?.startsWith(MOUNT_REASON)) continue;
    // The nginx image with its config mounted over the image's: the mounted files say all it listens on.
    const nginx = nginxAt ? mountedNginxFindings(text, own, structure, nginxAt) : undefined;
    if (nginx) { findings.push(...nginx); continue; }
    const files: MountedText[] = [];
    let unread = false;
    for (const mount of structure.configMounts) {
      // Hosts read only mounts at a configuration path (PortWorkspace.mountedConfigSources): any other host folder
      // (a project's sources at /app) stays unread, and the service with it.
      const texts = mount.source === undefined || mount.source === '' || !isConfigTarget(mount.target) ? undefined : textsAt(mount.source);
      if (!texts || texts.length === 0) { unread = true; break; }
      files.push(...texts);
    }
    if (unread) continue;
    const published = own.filter((m) => m.role === 'container' && m.context === 'ports' && m.endPort === undefined && (m.protocol ?? 'tcp') === 'tcp');
    // A port the service's own settings, labels or health check name: something says it listens there.
    const named = new Set(own.filter((m) => m.role === 'setting' || m.role === 'expose').map((m) => m.port));
    const info = lookupImage(first.image);
    const imagePort = (port: number) => info !== undefined && imagePortsIn(info, port, port).length > 0;
    const unnamed = (m: PortMention) => !named.has(m.port) && !imagePort(m.port) && !files.some((file) => writesNumber(file.text, m.port));
    const where = mountWords(structure.configMounts);
    if (info && info.ports.length > 0) {
      // As the image rule: only when none of the service's container ports is one the image or the files name.
      const container = own.filter((m) => (m.role === 'container' && m.context === 'ports') || (m.role === 'expose' && m.context === 'expose'));
      if (container.length > 0 && container.every((m) => m.endPort === undefined && unnamed(m)) && !own.some((m) => m.role === 'host' && m.peer === undefined)) {
        const listens = info.ports.map((p) => `${p.port}${p.endPort !== undefined ? `-${p.endPort}` : ''}/${p.protocol}`).join(', ');
        for (const m of container) {
          const message = `${info.software} (image ${info.image}) listens on ${listens} inside the container, and nothing ${where} names ${m.port}: `
            + `nothing moves it there, so nothing answers on container port ${m.port}.`
            + (info.ports.length === 1 && info.ports[0].endPort === undefined ? ` Use container port ${info.ports[0].port}.` : '');
          findings.push(finding('container-port-mismatch', m.start, m.end, message, digitsFix(text, m, info.ports.length === 1 ? info.ports[0].port : undefined)));
        }
        continue;
      }
    }
    // Crossed: the file listens on the host side of the mapping, and never names its container side.
    for (const m of published) {
      const host = m.peer?.endPort === undefined ? m.peer?.port : undefined;
      if (host === undefined || host === m.port || !unnamed(m)) continue;
      const listening = files.find((file) => listensOn(file.text, host));
      if (!listening) continue;
      const message = `${listening.path}, mounted into this container, listens on ${host}, the host side of this mapping, and never names ${m.port}: `
        + `inside the container nothing answers on ${m.port}. Use container port ${host}, or make the file listen on ${m.port}.`;
      findings.push(finding('container-port-mismatch', m.start, m.end, message, digitsFix(text, m, host)));
    }
  }
  return findings;
}

/** The number written anywhere in the text as a whole number (not inside a longer number or a version). */
function writesNumber(text: string, port: number): boolean {
  return new RegExp(`(?<![0-9.])${port}(?![0-9])`).test(text);
}

/** A wildcard listen address on the port, as config files write one: `:14317`, `0.0.0.0:4317`, `[::]:8080`. */
function listensOn(text: string, port: number): boolean {
  return new RegExp(`(?:^|[\\s"'=,(\\[])(?:0\\.0\\.0\\.0|\\[::\\]|\\*)?:${port}(?![0-9])`, 'm').test(text);
}

function mountWords(mounts: readonly { target: string }[]): string {
  return `mounted at ${mounts.map((mount) => mount.target).join(', ')}`;
}

function digitsFix(text: string, mention: PortMention, port: number | undefined): Finding['fix'] {
  if (port === undefined || text.slice(mention.start, mention.end) !== String(mention.port) || mention.split) return undefined;
  return { title: `Change the container port to ${port}`, edits: [{ start: mention.start, end: mention.end, newText: String(port) }] };
}
