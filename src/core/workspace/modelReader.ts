// What the parts of the model may ask of the workspace: its files and their cached readings.
import type { ComposeStructure } from './composeStructure';
import type { LocalAnalysis, WorkspaceFile } from './workspaceFile';

export type WorkKind = 'local' | 'structure' | 'project' | 'links';

export interface ModelReader {
  file(path: string): WorkspaceFile | undefined;
  local(file: WorkspaceFile): LocalAnalysis;
  structure(file: WorkspaceFile): ComposeStructure;
  /** Counts readings made, for the tests of incremental behaviour and for the benchmark. */
  counted(kind: WorkKind): void;
  /** Bumped by every change: a reading checked at the current revision is current. */
  currentRevision(): number;
}
