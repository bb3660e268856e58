// `--format json`: every finding with its path, 1-based start and end, code, severity, message, fix and
// related places (the evidence of a cross-file finding), and the
// files skipped, for scripts. Stable field names; positions as in the text output.
import type { CheckReport } from './checkReport';

export function formatJson(report: CheckReport): string {
  const output = {
    files: report.files.length,
    findings: report.findings.map((finding) => ({
      path: finding.path,
      start: finding.start,
      end: finding.end,
      code: finding.code,
      severity: finding.severity,
      message: finding.message,
      fix: finding.fix ?? null,
      related: finding.related ?? [],
    })),
    skipped: report.skipped.map(({ path, reason, unreadable }) => ({ path, reason, unreadable })),
  };
  return JSON.stringify(output, null, 2) + '\n';
}
