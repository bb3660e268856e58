// What `port-lens check` found, in the shape every formatter prints: findings with 1-based positions, the
// files it had to skip, and the ones it could not read.
import type { Finding, Severity, TextEdit } from '../../core';
import { LineIndex, type TextPosition } from '../textPositions';

export interface LocatedEdit {
  start: TextPosition;
  end: TextPosition;
  newText: string;
}

export interface LocatedFinding {
  /** `/`-separated, relative to the current directory when inside it (what CI annotations and SARIF expect). */
  path: string;
  start: TextPosition;
  end: TextPosition;
  code: string;
  severity: Severity;
  message: string;
  fix?: { title: string; edits: LocatedEdit[] };
  /** The places in other files that prove a cross-file finding, with what each says. */
  related?: LocatedPlace[];
}

export interface LocatedPlace {
  path: string;
  start: TextPosition;
  end: TextPosition;
  message: string;
}

/** A workspace file by its workspace path: what the output calls it and its text. */
export type FileOfKey = (key: string) => { path: string; text: string } | undefined;

export interface SkippedFile {
  path: string;
  /** Why, in a few words: `binary`, `not UTF-8`, `too large: 6,000,000 characters (limit 5,000,000)`, or the
   *  reason it could not be read. */
  reason: string;
  /** Unreadable (the run is incomplete and exits 2), as opposed to deliberately skipped. */
  unreadable: boolean;
  /** Named, but none of ours by its name or content (a CI workflow): what --allow-unrecognized passes over quietly. */
  notOurs?: boolean;
}

export interface CheckReport {
  /** Every file checked, in output order, including those without findings. */
  files: string[];
  /** Sorted by path, then position. */
  findings: LocatedFinding[];
  skipped: SkippedFile[];
}

/** One checked file's findings with positions; its edits' offsets are converted with the same index. */
export function locateFindings(path: string, text: string, findings: readonly Finding[], fileOf?: FileOfKey): LocatedFinding[] {
  const lines = new LineIndex(text);
  const indexes = new Map<string, LineIndex>();
  const located = findings.map((finding): LocatedFinding => {
    const entry: LocatedFinding = {
      path,
      start: lines.positionAt(finding.start),
      end: lines.positionAt(finding.end),
      code: finding.code,
      severity: finding.severity,
      message: finding.message,
    };
    if (finding.fix) entry.fix = { title: finding.fix.title, edits: finding.fix.edits.map((edit) => locateEdit(lines, edit)) };
    const related: LocatedPlace[] = [];
    for (const place of finding.related ?? []) {
      const file = fileOf?.(place.path);
      if (!file) continue;
      let index = indexes.get(file.path);
      if (!index) indexes.set(file.path, index = new LineIndex(file.text));
      related.push({ path: file.path, start: index.positionAt(place.start), end: index.positionAt(place.end), message: place.message });
    }
    if (related.length > 0) entry.related = related;
    return entry;
  });
  return located.sort(comparePositions);
}

function locateEdit(lines: LineIndex, edit: TextEdit): LocatedEdit {
  return { start: lines.positionAt(edit.start), end: lines.positionAt(edit.end), newText: edit.newText };
}

function comparePositions(a: LocatedFinding, b: LocatedFinding): number {
  return a.start.line - b.start.line || a.start.column - b.start.column || a.end.line - b.end.line
    || a.end.column - b.end.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Whether `severity` is at least as serious as `threshold`. */
export function reaches(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(threshold);
}
