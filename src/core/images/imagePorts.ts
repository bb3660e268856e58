// Questions about one image's ports: which of them a container port (or range) is, and which kinds of software
// must not face other machines.
import type { ImageInfo, ImageKind, ImagePort } from '../types';

/** The image's ports that lie in [low, high]. */
export function imagePortsIn(info: ImageInfo, low: number, high: number): ImagePort[] {
  return info.ports.filter((p) => p.port <= high && (p.endPort ?? p.port) >= low);
}

/** Software whose every port is for its own clients and its operators, not for the internet. */
const SENSITIVE_KINDS: ReadonlyMap<ImageKind, string> = new Map<ImageKind, string>([
  ['database', 'a database, scanned for and brute-forced constantly'],
  ['cache', 'a cache, usually without a password'],
  ['queue', 'a message broker, often with default credentials or none'],
  ['object-store', 'an object store, with every stored file behind it'],
  ['admin-ui', 'an administration interface'],
]);

/** Why the kind must stay local, or undefined when its main ports may face users (a web app, a proxy). */
export function sensitiveKindReason(kind: ImageKind): string | undefined {
  return SENSITIVE_KINDS.get(kind);
}

/** `5432/tcp` or `60000–60100/udp`. */
export function imagePortText(port: ImagePort): string {
  const end = port.endPort !== undefined && port.endPort !== port.port ? `–${port.endPort}` : '';
  return `${port.port}${end}/${port.protocol}`;
}
