// The hover on a port: everything worth knowing about the number under the mouse, and what the rest of the
// workspace adds (the core words it): the service a target reaches and what it listens on, and the other compose
// projects that publish the same host port (not a diagnostic: the two may never run together).
import * as vscode from 'vscode';
import { catalogTableLoading, dataFilesLoading, hoverMarkdown, lookupPort, mentionAt } from '../core';
import { type DocumentAnalyses } from './documentAnalyses';
import type { PortLensSettings } from './settings';
import type { WorkspaceIndex } from './workspaceIndex';

export function registerHover(selector: vscode.DocumentSelector, analyses: DocumentAnalyses, index: WorkspaceIndex, settings: () => PortLensSettings): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    async provideHover(document, position) {
      if (!settings().hoverEnabled) return undefined;
      // The image rows may be on their way (the curated and the generated rows are read on the first lookup they
      // could answer): wait for them. Each file is read once, so this ends.
      let outcome = analyses.analyse(document);
      for (let loading = imageRowsLoading(); loading; loading = imageRowsLoading()) {
        await loading;
        outcome = analyses.analyse(document);
      }
      if (outcome.kind !== 'analysed') return undefined;
      const { analysis, sortedMentions, path } = outcome.result;
      const offset = document.offsetAt(position);
      const mention = mentionAt(sortedMentions, offset);
      if (!mention) return undefined;
      const findings = analysis.findings.filter((finding) => finding.start < mention.end && mention.start < finding.end);
      // What the rest of the workspace says about it, which hoverNotes puts first: the service a target reaches, or
      // the targets that reach the service listening here (the most specific facts, so they lead); then, last,
      // other projects' publishes of the same host port (a side note).
      const notes = index.workspace.hoverNotes(path, mention.start);
      const leads = notes.length - (index.workspace.otherPublishers(path, mention.start).length > 0 ? 1 : 0);
      const text = hoverMarkdown(mention, lookupPort(mention.port), findings, { lead: notes.slice(0, leads), notes: notes.slice(leads) });
      const markdown = new vscode.MarkdownString(text);
      const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
      return new vscode.Hover(markdown, range);
    },
  });
}

function imageRowsLoading(): Promise<void> | undefined {
  return dataFilesLoading() ?? catalogTableLoading();
}
