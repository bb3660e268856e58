// Analyses open documents once per version and remembers the result until the document changes or closes,
// so that hovers and code actions on an unchanged document cost a lookup, not a parse.
import * as vscode from 'vscode';
import { analyzePorts, formatOf, type ConfigFormat, type PortAnalysis, type PortMention } from '../core';

import { isOverrideFile, type ComposeEnvFiles, type ComposeMergePartners } from './composeSiblingFiles';
import type { FileBeside } from './filesBeside';
import type { PortLensSettings } from './settings';

export interface DocumentAnalysis {
  format: ConfigFormat;
  version: number;
  /** Compose only: the `.env` variables it was interpolated with. A different map means they changed. */
  variables: ReadonlyMap<string, string> | undefined;
  /** Compose only: the file docker compose merges with it, as it was read. Another object means it changed. */
  mergePartner: FileBeside | undefined;
  analysis: PortAnalysis;
  /** Mentions sorted by start offset, for a binary search from the hover position. */
  sortedMentions: PortMention[];
}

export type AnalysisResult =
  | { kind: 'analysed'; result: DocumentAnalysis }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'not-ports' };

/** Views of a file's history or of tool output are not the file being edited: checking them would report
 *  every problem twice. */
const ignoredSchemes = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'review', 'pr']);

export function documentFormat(document: vscode.TextDocument): ConfigFormat | undefined {
  if (ignoredSchemes.has(document.uri.scheme)) return undefined;
  return formatOf(document.uri.path, document.languageId);
}

export class DocumentAnalyses {
  private readonly cache = new Map<string, DocumentAnalysis>();

  constructor(
    private readonly settings: () => PortLensSettings,
    private readonly envFiles: ComposeEnvFiles,
    private readonly mergePartners: ComposeMergePartners,
  ) {}

  analyse(document: vscode.TextDocument): AnalysisResult {
    const format = documentFormat(document);
    if (!format) return { kind: 'not-ports' };
    const key = document.uri.toString();
    const variables = format === 'compose' ? this.envFiles.valueFor(document) : undefined;
    const mergePartner = format === 'compose' ? this.mergePartners.valueFor(document) : undefined;
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.format === format && cached.variables === variables && cached.mergePartner === mergePartner) {
      return { kind: 'analysed', result: cached };
    }

    const { maxFileSize, checkOptions } = this.settings();
    const text = document.getText();
    if (text.length > maxFileSize) {
      this.cache.delete(key);
      return { kind: 'too-large', size: text.length, limit: maxFileSize };
    }
    const mergedWith = mergePartner && [{ ...mergePartner, after: isOverrideFile(mergePartner.name) }];
    const analysis = analyzePorts(text, format, { ...checkOptions, variables, mergedWith });
    const sortedMentions = [...analysis.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    const result = { format, version: document.version, variables, mergePartner, analysis, sortedMentions };
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
