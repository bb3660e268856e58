// What `port-lens check` does once it has read the files: one workspace model fed every file, and each file's
// findings with 1-based positions. No Node API here, so that the integration suite can run this very code inside
// VS Code on the files the editor sees and compare it with the Problems panel.
import { createWorkspace, formatOf, type PortLensSettings, type PortWorkspace } from '../core';
import { locateFindings, type LocatedFinding } from './formatters/checkReport';

export interface SourceFile {
  /** The workspace's path for it: `/`-separated, relative to the folder checked. */
  key: string;
  /** What the output calls it. */
  path: string;
  text: string;
}

export function workspaceOfFiles(files: Iterable<SourceFile>, settings: PortLensSettings): PortWorkspace {
  const workspace = createWorkspace(settings.checkOptions);
  // The name decides the format, as in the editor; by the path the user sees, so that folders above the one
  // checked (`nginx/`) count as they do for an editor opened on the repository.
  for (const file of files) workspace.set(file.key, file.text, formatOf(file.path, undefined, file.text));
  return workspace;
}

/** The findings of `reported`, file by file in that order, each file's by position. */
export function findingsOfFiles(workspace: PortWorkspace, reported: Iterable<SourceFile>): LocatedFinding[] {
  const findings: LocatedFinding[] = [];
  for (const file of reported) findings.push(...locateFindings(file.path, file.text, workspace.findings(file.key)));
  return findings;
}
