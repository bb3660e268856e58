// What the workspace model says about an open document (its port mentions and its findings, cross-file ones
// included), asked once per document version and model revision and remembered until either changes or the
// document closes, so that hovers and code actions on an unchanged workspace cost a lookup, not a query.
import type * as vscode from 'vscode';
import type { ConfigFormat, PortAnalysis, PortMention } from '../core';
import type { PortLensSettings } from './settings';
import { documentFormat, type WorkspaceIndex } from './workspaceIndex';

export { documentFormat } from './workspaceIndex';

export interface DocumentAnalysis {
  format: ConfigFormat;
  version: number;
  /** The index revision it was asked at: another file's change can change this file's findings. */
  revision: number;
  /** The document's path in the workspace model. */
  path: string;
  analysis: PortAnalysis;
  /** Mentions sorted by start offset, for a binary search from the hover position. */
  sortedMentions: PortMention[];
}

export type AnalysisResult =
  | { kind: 'analysed'; result: DocumentAnalysis }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'not-ports' };

export class DocumentAnalyses {
  private readonly cache = new Map<string, DocumentAnalysis>();

  constructor(private readonly settings: () => PortLensSettings, private readonly index: WorkspaceIndex) {}

  analyse(document: vscode.TextDocument): AnalysisResult {
    const format = documentFormat(document);
    if (!format) return { kind: 'not-ports' };
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.format === format && cached.revision === this.index.revision) {
      return { kind: 'analysed', result: cached };
    }

    const path = this.index.syncDocument(document, format);
    if (path === undefined) {
      this.cache.delete(key);
      return { kind: 'too-large', size: document.getText().length, limit: this.settings().maxFileSize };
    }
    const workspace = this.index.workspace;
    const sortedMentions = workspace.mentions(path);
    const analysis: PortAnalysis = { mentions: sortedMentions, findings: workspace.findings(path) };
    const result: DocumentAnalysis = { format, version: document.version, revision: this.index.revision, path, analysis, sortedMentions };
    this.cache.set(key, result);
    return { kind: 'analysed', result };
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }

  /** Settings changed: every result may be stale. */
  forgetAll(): void {
    this.cache.clear();
  }

  cachedDocuments(): string[] {
    return [...this.cache.keys()];
  }
}
