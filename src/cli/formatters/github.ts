// `--format github`: GitHub Actions workflow commands, which annotate the pull request's diff at each finding
// (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).
import type { Severity } from '../../core';
import type { CheckReport } from './checkReport';

/** GitHub has three annotation levels; info and hint are both notices. */
const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function formatGithub(report: CheckReport): string {
  const lines = report.findings.map((finding) => {
    const properties = [
      ['file', finding.path],
      ['line', String(finding.start.line)],
      ['col', String(finding.start.column)],
      ['endLine', String(finding.end.line)],
      ['endColumn', String(finding.end.column)],
      ['title', `Port Lens ${finding.code}`],
    ].map(([name, value]) => `${name}=${escapeProperty(value)}`);
    // The evidence of a cross-file finding, one line each under the message (an annotation shows newlines).
    const related = (finding.related ?? []).map((place) => `\n${place.path}:${place.start.line}:${place.start.column}: ${place.message}`).join('');
    return `::${COMMANDS[finding.severity]} ${properties.join(',')}::${escapeData(finding.message + related)}`;
  });
  for (const skipped of report.skipped) {
    lines.push(`::warning file=${escapeProperty(skipped.path)},title=${escapeProperty('Port Lens did not check this file')}::${escapeData(skipped.reason)}`);
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

// The escaping of the runner's command parser (actions/toolkit, packages/core/src/command.ts): a message must
// not end the command at a newline, and a property value must not end at `,` or `:`.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
