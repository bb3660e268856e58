// `--format text`: one line per finding, `path:line:col  severity  code  message`, grouped by file under its
// name, then one summary line. The path:line:col form is what terminals and editors turn into links.
import type { Severity } from '../../core';
import { SEVERITY_ORDER, type CheckReport, type LocatedFinding } from './checkReport';

export interface TextStyle {
  /** ANSI colours: only for a terminal, and never with NO_COLOR (the caller decides). */
  color: boolean;
}

const SEVERITY_COLORS: Record<Severity, number> = { error: 31, warning: 33, info: 36, hint: 90 };

export function formatText(report: CheckReport, style: TextStyle): string {
  const paint = (code: number, text: string) => (style.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const groups = new Map<string, LocatedFinding[]>();
  for (const finding of report.findings) {
    const group = groups.get(finding.path);
    if (group) group.push(finding);
    else groups.set(finding.path, [finding]);
  }
  const severityWidth = Math.max(0, ...report.findings.map((finding) => finding.severity.length));
  const codeWidth = Math.max(0, ...report.findings.map((finding) => finding.code.length));

  const blocks: string[] = [];
  for (const [path, findings] of groups) {
    const lines = [paint(1, path)];
    const whereOf = (finding: LocatedFinding) => `${path}:${finding.start.line}:${finding.start.column}`;
    const whereWidth = Math.max(...findings.map((finding) => whereOf(finding).length));
    for (const finding of findings) {
      const where = whereOf(finding).padEnd(whereWidth);
      const severity = paint(SEVERITY_COLORS[finding.severity], finding.severity.padEnd(severityWidth));
      lines.push(`${where}  ${severity}  ${paint(2, finding.code.padEnd(codeWidth))}  ${oneLine(finding.message)}`);
      // The evidence of a cross-file finding, indented under it: each place as a link, and what it says.
      for (const place of finding.related ?? []) lines.push(`    ${place.path}:${place.start.line}:${place.start.column}  ${oneLine(place.message)}`);
    }
    blocks.push(lines.join('\n'));
  }
  blocks.push(summary(report, paint));
  return blocks.join('\n\n') + '\n';
}

function summary(report: CheckReport, paint: (code: number, text: string) => string): string {
  const files = plural(report.files.length, 'file');
  const skipped = report.skipped.length > 0 ? `, ${plural(report.skipped.length, 'file')} skipped` : '';
  if (report.findings.length === 0) return paint(32, `No port problems in ${files}${skipped}.`);
  const counts = SEVERITY_ORDER
    .map((severity) => [severity, report.findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(count, severity === 'info' ? 'info' : severity, severity === 'info' ? 'info' : undefined));
  const withProblems = new Set(report.findings.map((finding) => finding.path)).size;
  const line = `${plural(report.findings.length, 'problem')} (${counts.join(', ')}) in ${withProblems} of ${files}${skipped}.`;
  return paint(report.findings.some((finding) => finding.severity === 'error') ? 31 : 33, line);
}

function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? word : pluralWord}`;
}

/** A message is one line in the Problems panel; keep it one line here, so each finding stays one line. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
