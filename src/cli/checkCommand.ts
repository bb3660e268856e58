// `port-lens check`: every file's findings, exactly as the workspace model gives them to the editor, printed in
// the chosen format; the exit status says whether anything reached --fail-on.
import type { Command } from './arguments';
import { findingsOfFiles } from './checkFiles';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './exitStatus';
import { reaches, type CheckReport } from './formatters/checkReport';
import { formatGithub } from './formatters/github';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import { loadWorkspaces } from './loadWorkspaces';
import { ProgressLine, useColor, type Streams } from './terminal';

export function runCheck(command: Extract<Command, { kind: 'check' }>, streams: Streams, cwd: string, version: string): number {
  const progress = new ProgressLine(streams.stderr, streams.stderr.isTTY === true);
  const { workspaces, skipped, empty, notOurs } = loadWorkspaces(command.paths, {
    cwd,
    configFile: command.configFile,
    flagSettings: command.settings,
    warn: (message) => streams.stderr.write(`port-lens: ${message}\n`),
    progress: (done, total) => progress.update(done, total),
  });
  progress.clear();
  // A run that checks nothing must not pass in CI: a folder without a file of the five formats is most likely
  // the wrong folder (ESLint fails on a pattern that matches no file for the same reason).
  if (empty.length > 0) {
    for (const path of empty) streams.stderr.write(`port-lens: nothing to check in ${path}: no Compose file, Dockerfile, nginx config, .env file or Kubernetes manifest there\n`);
    return EXIT_USAGE;
  }

  // The pre-commit hook hands over every staged YAML and .conf file, since a manifest or an app-store compose file is
  // ours by its content only: with --allow-unrecognized, those that are none of ours are passed over without a word.
  const shown = command.allowUnrecognized ? skipped.filter((file) => !file.notOurs) : skipped;
  const report: CheckReport = { files: [], findings: [], skipped: shown };
  for (const { workspace, reported, files } of workspaces) {
    report.files.push(...reported.map((file) => file.path));
    report.findings.push(...findingsOfFiles(workspace, reported, files));
  }
  for (const file of shown) streams.stderr.write(`port-lens: ${file.unreadable ? 'cannot read' : 'skipped'} ${file.path}: ${file.reason}\n`);
  if (report.files.length === 0) {
    if (command.allowUnrecognized && shown.length === 0) return EXIT_OK;
    // A folder of Ansible roles holds only YAML that is none of ours: nothing was skipped, so say what was found.
    if (skipped.length === 0 && notOurs > 0) {
      const found = notOurs === 1 ? 'the one YAML or .conf file found is not a Compose file, Kubernetes manifest or nginx config by its'
        : `the ${notOurs} YAML and .conf files found are not Compose files, Kubernetes manifests or nginx configs by their`;
      streams.stderr.write(`port-lens: nothing to check: ${found} content `
        + '(Ansible playbooks, CI workflows and Helm templates are not checked)\n');
    } else {
      streams.stderr.write('port-lens: nothing was checked: every file found was skipped or could not be read\n');
    }
    return EXIT_USAGE;
  }

  streams.stdout.write(format(report, command.format, useColor(streams.stdout, streams.env), version));
  if (skipped.some((file) => file.unreadable)) return EXIT_USAGE;
  const failOn = command.failOn;
  return failOn !== 'none' && report.findings.some((finding) => reaches(finding.severity, failOn)) ? EXIT_FINDINGS : EXIT_OK;
}

function format(report: CheckReport, kind: Extract<Command, { kind: 'check' }>['format'], color: boolean, version: string): string {
  switch (kind) {
    case 'json': return formatJson(report);
    case 'sarif': return formatSarif(report, { version });
    case 'github': return formatGithub(report);
    default: return formatText(report, { color });
  }
}
