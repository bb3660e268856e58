// The workspace model: the stack a workspace describes, fed file by file (`set`, `delete`) by whoever reads
// the files (the editor, the command line), and asked questions (findings, port map, references). Nothing is
// read at `set`: every answer is made on demand from cached readings whose stamps say which inputs they were
// made from, so a change costs only the readings that depended on it, and only when they are next asked for.
import { formatOf } from '../formats/detectFormat';
import type { CheckOptions, ConfigFormat, Finding, PortLocation, PortMapEntry, PortMention, PortWorkspace, Protocol, WorkspaceStats } from '../types';
import { localAnalysisOf, type FileLookup } from './localAnalysis';
import { baseNameOf, folderOf, normalizePath } from './paths';
import { portMapEntries } from './portMap';
import type { WorkspaceFile } from './workspaceFile';

export function createWorkspace(options?: CheckOptions): PortWorkspace {
  return new Workspace(options);
}

class Workspace implements PortWorkspace, FileLookup {
  private readonly files = new Map<string, WorkspaceFile>();
  private options: CheckOptions;
  private optionsRevision = 0;
  /** Bumped by every change; each file's `revision` is the value at its last `set`. */
  private revision = 0;
  private readonly counts = { local: 0 };
  private portMapCache: { revision: number; entries: PortMapEntry[] } | undefined;

  constructor(options?: CheckOptions) {
    this.options = checkOptionsOf(options);
  }

  set(path: string, text: string, format?: ConfigFormat): void {
    try {
      const key = normalizePath(path);
      if (key === '') return;
      const content = typeof text === 'string' ? text : '';
      const existing = this.files.get(key);
      const fileFormat = formatOf(key) ?? (format && FORMATS.has(format) ? format : undefined);
      if (existing && existing.text === content && existing.format === fileFormat) return;
      this.revision++;
      if (existing) {
        existing.text = content;
        existing.format = fileFormat;
        existing.revision = this.revision;
      } else {
        this.files.set(key, { path: key, folder: folderOf(key), name: baseNameOf(key), text: content, format: fileFormat, revision: this.revision });
      }
    } catch {
      // Never throw at the caller: a file that cannot be taken in is simply not in the model.
    }
  }

  delete(path: string): void {
    const key = normalizePath(typeof path === 'string' ? path : '');
    if (this.files.delete(key)) this.revision++;
  }

  configure(options?: CheckOptions): void {
    this.options = checkOptionsOf(options);
    this.optionsRevision++;
    this.revision++;
  }

  has(path: string): boolean {
    return this.files.has(normalizePath(typeof path === 'string' ? path : ''));
  }

  paths(): string[] {
    return [...this.files.keys()];
  }

  findings(path: string): Finding[] {
    try {
      const file = this.fileAt(path);
      return file ? [...this.local(file).findings] : [];
    } catch {
      return [];
    }
  }

  mentions(path: string): PortMention[] {
    try {
      const file = this.fileAt(path);
      return file ? this.local(file).sorted : [];
    } catch {
      return [];
    }
  }

  references(path: string, offset: number): PortLocation[] {
    void path;
    void offset;
    return [];
  }

  definition(path: string, offset: number): PortLocation[] {
    void path;
    void offset;
    return [];
  }

  portMap(): PortMapEntry[] {
    try {
      if (this.portMapCache?.revision !== this.revision) {
        const entries: PortMapEntry[] = [];
        for (const file of this.files.values()) {
          if (file.format === 'compose') entries.push(...portMapEntries(file, this.local(file).mentions));
        }
        entries.sort((a, b) => a.port - b.port || comparePaths(a.location.path, b.location.path) || a.location.start - b.location.start);
        this.portMapCache = { revision: this.revision, entries };
      }
      return this.portMapCache.entries.map((entry) => ({ ...entry, location: { ...entry.location } }));
    } catch {
      return [];
    }
  }

  publishers(port: number, protocol: Protocol = 'tcp', endPort?: number): PortMapEntry[] {
    const last = typeof endPort === 'number' && endPort >= port ? endPort : port;
    return this.portMap().filter((entry) => entry.protocol === protocol && entry.port <= last && (entry.endPort ?? entry.port) >= port);
  }

  stats(): WorkspaceStats {
    return { files: this.files.size, localAnalyses: this.counts.local };
  }

  // FileLookup, for the readings.
  file(path: string): WorkspaceFile | undefined {
    return this.files.get(path);
  }

  counted(kind: 'local'): void {
    this.counts[kind]++;
  }

  private fileAt(path: string): WorkspaceFile | undefined {
    return typeof path === 'string' ? this.files.get(normalizePath(path)) : undefined;
  }

  private local(file: WorkspaceFile) {
    return localAnalysisOf(file, this, this.options, this.optionsRevision);
  }
}

const FORMATS: ReadonlySet<string> = new Set<ConfigFormat>(['compose', 'dockerfile', 'nginx', 'dotenv']);

/** The user's settings only: the `.env` and the merged files are the workspace's to find. */
function checkOptionsOf(options: CheckOptions | undefined): CheckOptions {
  if (!options || typeof options !== 'object') return {};
  const { variables: _variables, mergedWith: _mergedWith, ...settings } = options;
  return settings;
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
