// What `port-lens check` does once it has read the files: one workspace model fed every file, and each file's
// findings with 1-based positions. No Node API here, so that the integration suite can run this very code inside
// VS Code on the files the editor sees and compare it with the Problems panel.
import { createWorkspace, formatOf, type PortLensSettings, type PortWorkspace } from '../core';
import { locateFindings, type LocatedFinding } from './formatters/checkReport';

export interface SourceFile {
  /** The workspace's path for it: `/`-separated, relative to the current folder when the folder checked is inside it
   *  (then the same as `path`), else to the folder checked. */
  key: string;
  /** What the output calls it. */
  path: string;
  text: string;
}

export function workspaceOfFiles(files: Iterable<SourceFile>, settings: PortLensSettings): PortWorkspace {
  const workspace = createWorkspace(settings.checkOptions);
  // The name decides the format, as in the editor (the text where the name does not); by the path the user sees,
  // so that folders above the one checked (`nginx/`) count as they do for an editor opened on the repository.
  for (const file of files) workspace.set(file.key, file.text, formatOf(file.path, undefined, file.text));
  return workspace;
}

/** The findings of `reported`, file by file in that order, each file's by position. `all` (every file of the
 *  workspace, by key) places the evidence of cross-file findings in the files it is in. */
export function findingsOfFiles(workspace: PortWorkspace, reported: Iterable<SourceFile>, all?: ReadonlyMap<string, SourceFile>): LocatedFinding[] {
  const findings: LocatedFinding[] = [];
  const fileOf = (key: string) => all?.get(key);
  for (const file of reported) findings.push(...locateFindings(file.path, file.text, workspace.findings(file.key), fileOf));
  return findings;
}
