// The hover on a port: everything worth knowing about the number under the mouse.
import * as vscode from 'vscode';
import { hoverMarkdown, lookupPort, mentionAt } from '../core';
import { type DocumentAnalyses } from './documentAnalyses';
import type { PortLensSettings } from './settings';

export function registerHover(selector: vscode.DocumentSelector, analyses: DocumentAnalyses, settings: () => PortLensSettings): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position) {
      if (!settings().hoverEnabled) return undefined;
      const outcome = analyses.analyse(document);
      if (outcome.kind !== 'analysed') return undefined;
      const { analysis, sortedMentions } = outcome.result;
      const offset = document.offsetAt(position);
      const mention = mentionAt(sortedMentions, offset);
      if (!mention) return undefined;
      const findings = analysis.findings.filter((finding) => finding.start < mention.end && mention.start < finding.end);
      const markdown = new vscode.MarkdownString(hoverMarkdown(mention, lookupPort(mention.port), findings));
      const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
      return new vscode.Hover(markdown, range);
    },
  });
}
