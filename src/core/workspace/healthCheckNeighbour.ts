// A compose health check runs inside its own container, so `curl http://localhost:80` reaches only what that
// container listens on. When the port it names is one another service of the project says it listens on (its
// expose:, the container side of its ports:, the EXPOSE of the Dockerfile it builds, its port setting) and the
// checked service's own statements name other ports, the check was written for, or copied from, the neighbour
// (wger's web service, published as "8000", checked on 80, nginx's port beside it; FAForever's faf-java-server
// checked on 8080, where its stack's Spring Boot admin listens). A health check on a side port nothing declares
// is common and right (TiDB's status port, ONLYOFFICE's docservice): it is the neighbour's statement that turns
// an undeclared port into a mistake.
import type { ServiceModel } from './project';
import type { Listening, ListenSource } from './serviceListening';

export interface NeighbourListening {
  service: ServiceModel;
  listening: Listening;
}

export interface NeighbourPort {
  service: string;
  source: ListenSource;
}

/** The first other service that states it listens on the port, by a statement of its own (not an image's
 *  documented default). None when the checked service shares a network namespace with it, where the port is
 *  reachable on localhost. */
export function neighbourListeningOn(service: ServiceModel, neighbours: readonly NeighbourListening[], port: number): NeighbourPort | undefined {
  if (service.networkMode !== undefined) return undefined;
  for (const { service: other, listening } of neighbours) {
    if (other.name === service.name || other.networkMode !== undefined) continue;
    const source = listening.sources.find((entry) => entry.kind !== 'image' && entry.protocol !== 'udp' && entry.port <= port && port <= (entry.endPort ?? entry.port));
    if (source) return { service: other.name, source };
  }
  return undefined;
}
