// The host port to offer instead of one that collides: the nearest that nothing in the workspace publishes,
// outside the ephemeral range (the OS may hand those to outgoing connections) and not the default port of
// well-known software (taking 5433 for a web app would only collide with the next PostgreSQL).
import { commonServicesOn } from '../registry/commonIndex';

/** Ports below this need privileges on Linux; a suggestion never goes there from above it. */
const FIRST_UNPRIVILEGED = 1024;

export function nearestFreeHostPort(port: number, isPublished: (candidate: number) => boolean, ephemeral: readonly [number, number]): number | undefined {
  if (!Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  const low = port >= FIRST_UNPRIVILEGED ? FIRST_UNPRIVILEGED : 1;
  const usable = (candidate: number) =>
    candidate >= low && candidate <= 65535 && candidate !== port
    && !(candidate >= ephemeral[0] && candidate <= ephemeral[1])
    && !isPublished(candidate) && commonServicesOn(candidate).length === 0;
  for (let distance = 1; distance <= 65535; distance++) {
    if (usable(port + distance)) return port + distance;
    if (usable(port - distance)) return port - distance;
    if (port + distance > 65535 && port - distance < low) break;
  }
  return undefined;
}
