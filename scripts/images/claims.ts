// What one catalog says about one image in one app: the claims the generator weighs against each other
// (scripts/images/mergeClaims.ts) before any of them becomes a row.
import type { Protocol } from '../../src/core/types';

/** What a port speaks, where the source says: HTTP (a web UI or API a proxy may route to), TLS, or another
 *  protocol (FastCGI, AMQP, DNS, a game's own). */
export type Speaks = 'http' | 'tls' | 'other';

export interface PortClaim {
  port: number;
  endPort?: number;
  protocol: Protocol;
  speaks?: Speaks;
  /** A word or two from the source about the port, reduced to our own vocabulary (see portWords.ts). */
  description?: string;
  /** The variable the catalog sets to this number: the catalog moved the port, so the number is not the image's
   *  default (Umbrel runs Gitea on 8085 through GITEA__server__HTTP_PORT). */
  movedBy?: string;
}

export interface ImageClaim {
  /** The table key (imageKey of the image as written, after the catalog's variables are resolved). */
  key: string;
  /** The owner/name of the catalog. */
  catalog: string;
  /** The catalog is the image's owner (LinuxServer.io's own data for linuxserver/ images). */
  owner: boolean;
  /** Permalink to the file at the commit read. */
  url: string;
  /** The app the catalog lists the image under, and whether the image is that app's main service. */
  app: string;
  main: boolean;
  /** The app's display name, when the catalog gives one. */
  title?: string;
  /** The catalog's categories for the app, lower-case. */
  categories: string[];
  ports: PortClaim[];
  /** Variables that set the port (`PORT`, `GF_SERVER_HTTP_PORT`). */
  portSettings: string[];
  /** The image (table key) the owner's Dockerfile builds FROM, when the Dockerfile exposes nothing of its own and runs
   *  the base's server unchanged: the claim's ports are the base's (scripts/images/inheritedPorts.ts). */
  inherits?: string;
  /** The tag of that FROM (`3.5.1-nouveau`, `$PG_MAJOR`): a base with rows per tag gives the row the tag picks. */
  inheritsTag?: string;
  /** The owner's documentation says the image publishes no port: LinuxServer.io's page for kometa has a `-p` table with
   *  no row and a Compose example with no `ports:` (a scheduler, a bot, an updater that only connects out). */
  listensOnNoPort?: true;
  /** From a file the catalog has since removed (a retired template): heard only for images no current claim states
   *  ports for (scripts/images/mergeClaims.ts). */
  retired?: true;
}
