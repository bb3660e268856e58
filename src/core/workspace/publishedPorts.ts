// The port map as the workspace keeps it: every file's entries made once per analysis of that file (after an
// edit only the edited file's entries are made again), and the whole list, sorted, once per revision.
import type { PortMapEntry } from '../types';
import { comparePaths } from './paths';
import { manifestPortMapEntries, portMapEntries } from './portMap';
import type { LocalAnalysis, WorkspaceFile } from './workspaceFile';

/** What the port map needs of the workspace. */
export interface PortMapReader {
  /** The compose files of every project, then every other file: manifests are taken from these. */
  composeFiles(): Iterable<WorkspaceFile>;
  files(): Iterable<WorkspaceFile>;
  local(file: WorkspaceFile): LocalAnalysis;
  revision(): number;
}

export class PublishedPorts {
  private cache: { revision: number; entries: PortMapEntry[] } | undefined;
  private readonly ofAnalysis = new WeakMap<LocalAnalysis, PortMapEntry[]>();

  constructor(private readonly reader: PortMapReader) {}

  /** The cached entries: for reading inside the model, never handed out (see copyEntry). */
  entries(): readonly PortMapEntry[] {
    const revision = this.reader.revision();
    if (this.cache?.revision !== revision) {
      const entries: PortMapEntry[] = [];
      for (const file of this.reader.composeFiles()) entries.push(...this.entriesOf(file, portMapEntries));
      for (const file of this.reader.files()) {
        if (file.format === 'kubernetes') entries.push(...this.entriesOf(file, manifestPortMapEntries));
      }
      entries.sort((a, b) => a.port - b.port || comparePaths(a.location.path, b.location.path) || a.location.start - b.location.start);
      this.cache = { revision, entries };
    }
    return this.cache.entries;
  }

  private entriesOf(file: WorkspaceFile, make: typeof portMapEntries): PortMapEntry[] {
    const local = this.reader.local(file);
    let own = this.ofAnalysis.get(local);
    if (!own) this.ofAnalysis.set(local, (own = make(file, local.mentions)));
    return own;
  }
}

/** A copy a caller may change without changing the model. */
export function copyEntry(entry: PortMapEntry): PortMapEntry {
  return { ...entry, location: { ...entry.location } };
}
