// Traefik's label keys, read by their dot-separated parts (any case, as Traefik reads them): what four
// case-insensitive patterns of composeSettings.ts read, without compiling them on the first check
// (asciiWords.ts says why). Each function answers as the pattern in its comment.
import { asciiCaseEquals } from '../asciiWords';

const isProtocol = (part: string) => asciiCaseEquals(part, 'http') || asciiCaseEquals(part, 'tcp') || asciiCaseEquals(part, 'udp');

/** /^traefik\.(http|tcp|udp)\.services\.[^.]+\.loadbalancer\.server\.port$/i: the protocol as written. */
export function traefikServicePort(key: string): string | undefined {
  const parts = key.split('.');
  return parts.length === 7 && asciiCaseEquals(parts[0], 'traefik') && isProtocol(parts[1]) && asciiCaseEquals(parts[2], 'services')
    && parts[3] !== '' && asciiCaseEquals(parts[4], 'loadbalancer') && asciiCaseEquals(parts[5], 'server') && asciiCaseEquals(parts[6], 'port')
    ? parts[1] : undefined;
}

/** /^traefik\.(?:[^.]+\.)?port$/i: Traefik v1's `traefik.port` and `traefik.<name>.port`. */
export function isTraefikV1Port(key: string): boolean {
  const parts = key.split('.');
  if (!asciiCaseEquals(parts[0], 'traefik') || !asciiCaseEquals(parts[parts.length - 1], 'port')) return false;
  return parts.length === 2 || (parts.length === 3 && parts[1] !== '');
}

/** /^traefik\.(?:http|tcp|udp)\.routers\.([^.]+)\.(.+)$/i: the router's name and the rest, as written. */
export function traefikRouter(key: string): { router: string; option: string } | undefined {
  const parts = key.split('.');
  if (parts.length < 5 || !asciiCaseEquals(parts[0], 'traefik') || !isProtocol(parts[1]) || !asciiCaseEquals(parts[2], 'routers') || parts[3] === '') return undefined;
  const option = key.slice(parts[0].length + parts[1].length + parts[2].length + parts[3].length + 4);
  // `.` matches no line terminator.
  return option === '' || ['\n', '\r', '\u2028', '\u2029'].some((end) => option.includes(end)) ? undefined : { router: parts[3], option };
}

/** /^traefik\.(?:http|tcp|udp)\.services\.([^.]+)\./i: the service's name as written. */
export function traefikServiceName(key: string): string | undefined {
  const parts = key.split('.');
  return parts.length >= 5 && asciiCaseEquals(parts[0], 'traefik') && isProtocol(parts[1]) && asciiCaseEquals(parts[2], 'services') && parts[3] !== ''
    ? parts[3] : undefined;
}
