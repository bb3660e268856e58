// A connection from another container (nginx's proxy_pass or `set $upstream_port`, a URL in a setting) to a
// compose service by its name, on the host side of that service's own mapping: `dockwatch:10000` where the
// service publishes "10000:80". Over the project's network a client reaches the container itself, where the
// software listens on the container side (80); the host port exists only on the Docker host. The usual slip of
// copying the port a browser uses into a proxy's config (dockwatch's outer proxy, held-out 10).
import type { Listening, ListenSource } from './serviceListening';
import { listensOn } from './serviceListening';

/**
 * The mapping whose host side is `port` while its container side differs, when every reading of the service
 * agrees that nothing in its container listens on `port`: nothing may move the port (no command, network mode or
 * unread port setting), no statement names `port` as a container port, the image does not document it and no
 * environment setting names it. Undefined otherwise. Every project the file belongs to must agree (the same
 * config may sit in two stacks), and each must publish `port` with the same container side.
 */
export function hostSideMapping(listenings: readonly Listening[], port: number): ListenSource | undefined {
  let found: ListenSource | undefined;
  for (const listening of listenings) {
    if (listening.uncertain || listensOn(listening, port)) return undefined;
    if ((listening.imagePorts ?? []).some((entry) => entry.port <= port && port <= (entry.endPort ?? entry.port))) return undefined;
    if ((listening.settingPorts ?? []).includes(port)) return undefined;
    const published = listening.sources.filter((entry) => entry.kind === 'ports' && entry.hostPort === port && entry.endPort === undefined && entry.protocol !== 'udp');
    // One mapping from this host port: two (`8080:80` and `8080:80/udp`) agree only when their container sides do.
    if (published.length === 0 || published.some((entry) => entry.port !== published[0].port) || published[0].port === port) return undefined;
    if (found && found.port !== published[0].port) return undefined;
    found ??= published[0];
  }
  return found;
}
