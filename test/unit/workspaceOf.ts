// Helpers of the tests that read several files as one workspace.
import { createWorkspace, type Finding, type PortWorkspace } from '../../src/core';

export function workspaceOf(files: Record<string, string>): PortWorkspace {
  const workspace = createWorkspace();
  for (const [path, text] of Object.entries(files)) workspace.set(path, text);
  return workspace;
}

/** `line: code "text"` of each finding (of one code, when given), for assertions that read like the file. */
export function shown(text: string, findings: readonly Finding[], code?: string): string[] {
  return findings.filter((f) => code === undefined || f.code === code)
    .map((f) => `${text.slice(0, f.start).split('\n').length}: ${f.code} ${JSON.stringify(text.slice(f.start, f.end))}`);
}
