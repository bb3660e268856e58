// `--format sarif`: a SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers. One reportingDescriptor
// per rule of the catalogue (so a rule's help is there even when this run found nothing for it), each with a
// helpUri to its row of the README, one result
// per finding with the severity the settings gave it, quick fixes as SARIF fixes, and the files that could not
// be checked as tool notifications.
import { RULES, type Severity } from '../../core';
import { REPOSITORY_URL, ruleHelpUri } from '../readmeLinks';
import type { CheckReport, LocatedEdit, LocatedFinding } from './checkReport';

export interface SarifTool {
  version: string;
  informationUri?: string;
}

type SarifLevel = 'error' | 'warning' | 'note';

/** SARIF has no level below `note`: info and hint are both notes. */
const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function formatSarif(report: CheckReport, tool: SarifTool): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.code, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Port Lens',
          semanticVersion: tool.version,
          informationUri: tool.informationUri ?? REPOSITORY_URL,
          // The description once (viewers fall back to shortDescription when there is no fullDescription); the
          // help says only what the description does not: how to change the rule, and where to read more.
          rules: RULES.map((rule) => {
            const helpUri = ruleHelpUri(rule.code);
            const configure = `Default severity: ${rule.defaultSeverity}. Change it, or turn the check off, with the portLens.rules setting ({ "${rule.code}": "off" }) or --rule ${rule.code}=off.`;
            return {
              id: rule.code,
              name: pascalCase(rule.code),
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
              helpUri,
              help: { text: `${configure} More: ${helpUri}`, markdown: `${configure} [More about ${rule.code}](${helpUri}).` },
              properties: { tags: ['ports', 'configuration'] },
            };
          }),
        },
      },
      // The columns below count UTF-16 code units, as the core's offsets do.
      columnKind: 'utf16CodeUnits',
      originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory port-lens ran in.' } } },
      results: report.findings.map((finding) => result(finding, ruleIndex.get(finding.code))),
      invocations: [{
        executionSuccessful: !report.skipped.some((skipped) => skipped.unreadable),
        toolExecutionNotifications: report.skipped.map((skipped) => ({
          level: skipped.unreadable ? 'error' : 'warning',
          message: { text: `Not checked: ${skipped.reason}.` },
          locations: [{ physicalLocation: { artifactLocation: artifact(skipped.path) } }],
        })),
      }],
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function result(finding: LocatedFinding, ruleIndex: number | undefined) {
  return {
    ruleId: finding.code,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [{
      physicalLocation: {
        artifactLocation: artifact(finding.path),
        region: region(finding.start, finding.end),
      },
    }],
    ...(finding.related ? {
      relatedLocations: finding.related.map((place, id) => ({
        id,
        physicalLocation: { artifactLocation: artifact(place.path), region: region(place.start, place.end) },
        message: { text: place.message },
      })),
    } : {}),
    ...(finding.fix ? {
      fixes: [{
        description: { text: finding.fix.title },
        artifactChanges: [{
          artifactLocation: artifact(finding.path),
          replacements: finding.fix.edits.map((edit: LocatedEdit) => ({
            deletedRegion: region(edit.start, edit.end),
            insertedContent: { text: edit.newText },
          })),
        }],
      }],
    } : {}),
  };
}

function region(start: LocatedFinding['start'], end: LocatedFinding['end']) {
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

/** A relative URI reference: each path segment percent-encoded, resolved against where port-lens ran. */
function artifact(path: string) {
  const uri = path.split('/').map(encodeURIComponent).join('/');
  return /^[a-z]:|^\//i.test(path) ? { uri: fileUri(path) } : { uri, uriBaseId: '%SRCROOT%' };
}

/** Paths outside the current directory are absolute: file URIs. */
function fileUri(path: string): string {
  const segments = path.replace(/^\//, '').split('/').map((segment, index) => (index === 0 && /^[a-z]:$/i.test(segment) ? segment : encodeURIComponent(segment)));
  return `file:///${segments.join('/')}`;
}

function pascalCase(code: string): string {
  return code.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}
