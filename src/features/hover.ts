// The hover on a port: everything worth knowing about the number under the mouse, and, for a published host
// port, the other compose projects of the workspace that publish it too (not a diagnostic: the two projects
// may never run together, but only one of them can while both publish it).
import * as vscode from 'vscode';
import { hoverMarkdown, lookupPort, mentionAt, type PortMapEntry } from '../core';
import { type DocumentAnalyses } from './documentAnalyses';
import type { PortLensSettings } from './settings';
import type { WorkspaceIndex } from './workspaceIndex';
import { lineNumberOf } from './workspaceLocations';

export function registerHover(selector: vscode.DocumentSelector, analyses: DocumentAnalyses, index: WorkspaceIndex, settings: () => PortLensSettings): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position) {
      if (!settings().hoverEnabled) return undefined;
      const outcome = analyses.analyse(document);
      if (outcome.kind !== 'analysed') return undefined;
      const { analysis, sortedMentions, path } = outcome.result;
      const offset = document.offsetAt(position);
      const mention = mentionAt(sortedMentions, offset);
      if (!mention) return undefined;
      const findings = analysis.findings.filter((finding) => finding.start < mention.end && mention.start < finding.end);
      let text = hoverMarkdown(mention, lookupPort(mention.port), findings);
      const others = index.workspace.otherPublishers(path, mention.start).filter((other) => index.file(other.location.path));
      if (others.length > 0) text += `\n\n${others.map((other) => alsoPublishedBy(index, other)).join('\n')}`;
      const markdown = new vscode.MarkdownString(text);
      const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
      return new vscode.Hover(markdown, range);
    },
  });
}

function alsoPublishedBy(index: WorkspaceIndex, other: PortMapEntry): string {
  const file = index.file(other.location.path);
  const name = file ? vscode.workspace.asRelativePath(file.uri) : other.location.path;
  const line = lineNumberOf(index, other.location);
  const service = other.service ? `\`${other.service}\`` : 'a service';
  return `- Also published by ${service} in \`${name}\`${line ? ` (line ${line})` : ''}: only one of the two projects can run at a time.`;
}
