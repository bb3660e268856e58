// One file of the workspace as the model holds it: its text and what has been read from it so far. Every
// reading is cached with the stamp of the inputs it was made from, and made again only when asked for after
// one of them changed (lazy: a file nobody asks about is never analysed twice).
import type { PortAnalysis } from '../rules/checkPorts';
import type { KubernetesObject } from '../formats/kubernetesObjects';
import type { ConfigFormat, PortMention } from '../types';
import type { ComposeStructure } from './composeStructure';
import type { ResolvedTarget } from './unreachablePort';

export interface WorkspaceFile {
  path: string;
  folder: string;
  /** The key of the compose project it belongs to: its folder, where docker compose merges the compose files it
   *  finds by name; its own path for a compose file known only by its content (an app store's `gotify.yaml`
   *  beside hundreds of other apps' files, which nothing merges). */
  projectKey: string;
  name: string;
  text: string;
  format: ConfigFormat | undefined;
  /** Taken from the workspace's counter at each `set`: a reading made from an older revision is stale. */
  revision: number;
  /** The single-file analysis (today's rules; a compose file with its `.env` and its override partner). */
  local?: Cached<LocalAnalysis>;
  /** A `.env` file's variables, one Map per revision (the scanners cache on the Map's identity). */
  variables?: Cached<ReadonlyMap<string, string>>;
  /** A compose file's services, names, builds and mounts. */
  structure?: Cached<ComposeStructure>;
  /** The file's targets resolved against the projects it belongs to. */
  links?: Cached<ResolvedTarget[]>;
  /** Folders of the projects the file was last resolved against, so that they can name it as a dependant. */
  memberOf?: string[];
  /** A Kubernetes manifest's objects. */
  kubernetes?: Cached<KubernetesObject[]>;
  /** Offsets to line numbers, for messages that name a line of this file. */
  lines?: Cached<(offset: number) => number>;
}

export interface Cached<T> {
  /** The revisions of every input the value was made from, joined: equal stamps mean an equal value. */
  stamp: string;
  value: T;
  /** The workspace revision at which the stamp was last found current: while nothing changed since, the value
   *  is current without computing the stamp again (indexing asks for the same readings many times). */
  checkedAt?: number;
}

export interface LocalAnalysis extends PortAnalysis {
  /** Mentions sorted by start offset, for a binary search (`mentionAt`). */
  sorted: PortMention[];
}
