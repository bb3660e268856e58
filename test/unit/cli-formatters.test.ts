// The four printers of `port-lens check`, fed real findings of the core on real snippets.
import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkspace, RULES } from '../../src/core';
import { locateFindings, type CheckReport } from '../../src/cli/formatters/checkReport';
import { formatGithub } from '../../src/cli/formatters/github';
import { formatJson } from '../../src/cli/formatters/json';
import { formatSarif } from '../../src/cli/formatters/sarif';
import { formatText } from '../../src/cli/formatters/text';
import { sarifSchemaErrors } from '../cli/sarifSchema';

// CRLF line ends and a non-ASCII comment before the findings: positions must still be the editor's.
const compose = [
  '# Café stack — ports',
  'services:',
  '  db:',
  '    image: postgres:16',
  '    ports:',
  '      - "5432:5432"',
  '  ssh:',
  '    image: linuxserver/openssh-server',
  '    ports:',
  '      - 2222:22',
  '  web:',
  '    image: nginx',
  '    ports:',
  '      - "8080:80"',
  '      - "8080:8080"',
].join('\r\n');
const dockerfile = 'FROM node:20\nEXPOSE 3000\nEXPOSE 8080:80\n';

function reportOf(files: Record<string, string>): CheckReport {
  const workspace = createWorkspace({});
  for (const [path, text] of Object.entries(files)) workspace.set(path, text);
  const report: CheckReport = { files: Object.keys(files), findings: [], skipped: [] };
  const fileOf = (key: string) => (files[key] === undefined ? undefined : { path: key, text: files[key] });
  for (const [path, text] of Object.entries(files)) report.findings.push(...locateFindings(path, text, workspace.findings(path), fileOf));
  return report;
}

const report = reportOf({ 'compose.yaml': compose, 'app/Dockerfile': dockerfile });
const lineOf = (text: string, line: number) => text.split(/\r\n|\n/)[line - 1];

describe('port-lens check output', () => {
  it('the findings used here are real and cover both files', () => {
    const codes = new Set(report.findings.map((finding) => `${finding.path} ${finding.code}`));
    assert.ok(codes.has('compose.yaml exposed-all-interfaces'), [...codes].join(', '));
    assert.ok(codes.has('compose.yaml yaml-base60'));
    assert.ok(codes.has('compose.yaml host-port-conflict'));
    assert.ok(codes.has('app/Dockerfile expose-mapping'));
  });

  it('positions are 1-based lines and UTF-16 columns that point at the port, CRLF counted as one line end', () => {
    const exposed = report.findings.find((finding) => finding.code === 'exposed-all-interfaces')!;
    assert.deepStrictEqual([exposed.start, exposed.end], [{ line: 6, column: 10 }, { line: 6, column: 14 }]);
    assert.strictEqual(lineOf(compose, 6).slice(exposed.start.column - 1, exposed.end.column - 1), '5432');
    const mapping = report.findings.find((finding) => finding.code === 'expose-mapping')!;
    assert.strictEqual(mapping.path, 'app/Dockerfile');
    assert.strictEqual(mapping.start.line, 3);
  });

  describe('text', () => {
    const text = formatText(report, { color: false });

    it('groups by file under its name, one `path:line:col  severity  code  message` line per finding', () => {
      const lines = text.split('\n');
      const composeHeading = lines.indexOf('compose.yaml');
      const dockerHeading = lines.indexOf('app/Dockerfile');
      assert.ok(composeHeading >= 0 && dockerHeading >= 0, text);
      assert.match(text, /^compose\.yaml:6:10 {2,}warning +exposed-all-interfaces +PostgreSQL/m);
      assert.match(text, /^app\/Dockerfile:3:8 {2}warning +expose-mapping +/m);
      const composeLines = lines.filter((line) => line.startsWith('compose.yaml:'));
      assert.strictEqual(composeLines.length, report.findings.filter((finding) => finding.path === 'compose.yaml').length);
      // Within a file the columns line up: every severity starts where the others do.
      assert.strictEqual(new Set(composeLines.map((line) => line.search(/ (error|warning|info|hint) /))).size, 1, composeLines.join('\n'));
    });

    it('ends with one summary line that counts problems by severity and files', () => {
      const last = text.trimEnd().split('\n').pop()!;
      const errors = report.findings.filter((finding) => finding.severity === 'error').length;
      assert.match(last, new RegExp(`^${report.findings.length} problems \\(${errors} errors?, \\d+ warnings?.*\\) in 2 of 2 files\\.$`));
    });

    it('has no escape codes without colour, and colours severities with it', () => {
      assert.ok(!text.includes('\x1b['));
      const colored = formatText(report, { color: true });
      assert.ok(colored.includes('\x1b[33mwarning'), 'warnings in yellow');
      assert.ok(colored.includes('\x1b[31merror'), 'errors in red');
    });

    it('says so when nothing is wrong, naming the skipped files', () => {
      const clean = formatText({ files: ['a/.env'], findings: [], skipped: [{ path: 'logo.env', reason: 'binary', unreadable: false }] }, { color: false });
      assert.strictEqual(clean, 'No port problems in 1 file, 1 file skipped.\n');
    });
  });

  describe('json', () => {
    const parsed = JSON.parse(formatJson(report));

    it('lists every finding with path, 1-based start and end, code, severity, message and fix', () => {
      assert.strictEqual(parsed.findings.length, report.findings.length);
      const base60 = parsed.findings.find((finding: { code: string }) => finding.code === 'yaml-base60');
      assert.deepStrictEqual(Object.keys(base60), ['path', 'start', 'end', 'code', 'severity', 'message', 'fix', 'related']);
      assert.strictEqual(base60.path, 'compose.yaml');
      assert.deepStrictEqual(base60.start, { line: 10, column: 9 });
      assert.strictEqual(base60.fix.title.length > 0, true);
      // The fix's edit, applied to that line, quotes the mapping.
      const [edit] = base60.fix.edits;
      const line = lineOf(compose, edit.start.line);
      assert.strictEqual(line.slice(0, edit.start.column - 1) + edit.newText + line.slice(edit.end.column - 1), '      - "2222:22"');
      // Every finding: its fix, or null when it has none.
      assert.deepStrictEqual(parsed.findings.map((finding: { fix: unknown }) => finding.fix), report.findings.map((finding) => finding.fix ?? null));
    });
  });

  describe('github', () => {
    it('writes one workflow command per finding, info and hint as notices', () => {
      const lines = formatGithub(report).trimEnd().split('\n');
      assert.strictEqual(lines.length, report.findings.length);
      assert.ok(lines.includes(lines.find((line) => line.startsWith('::warning file=compose.yaml,line=6,col=10,endLine=6,endColumn=14,title=Port Lens exposed-all-interfaces::PostgreSQL'))!));
      const severities = new Set(lines.map((line) => /^::(\w+) /.exec(line)![1]));
      for (const severity of severities) assert.ok(['error', 'warning', 'notice'].includes(severity), severity);
    });

    it('escapes what would end a command: newlines and % in messages, commas and colons in properties', () => {
      const tricky: CheckReport = {
        files: ['a,b:c/compose.yaml'],
        findings: [{ path: 'a,b:c/compose.yaml', start: { line: 1, column: 1 }, end: { line: 1, column: 2 }, code: 'invalid-port', severity: 'hint', message: '100% wrong\nsecond line' }],
        skipped: [],
      };
      assert.strictEqual(formatGithub(tricky),
        '::notice file=a%2Cb%3Ac/compose.yaml,line=1,col=1,endLine=1,endColumn=2,title=Port Lens invalid-port::100%25 wrong%0Asecond line\n');
    });
  });

  describe('sarif', () => {
    const log = JSON.parse(formatSarif({ ...report, skipped: [{ path: 'pics/logo.env', reason: 'binary', unreadable: false }] }, { version: '0.1.0' }));

    it('is valid against the SARIF 2.1.0 schema', () => {
      assert.deepStrictEqual(sarifSchemaErrors(log), []);
    });

    it('the schema check is real: it rejects a result without a message and a level SARIF does not have', () => {
      const broken = structuredClone(log);
      delete broken.runs[0].results[0].message;
      broken.runs[0].results[1].level = 'info';
      assert.strictEqual(sarifSchemaErrors(broken).length >= 2, true, sarifSchemaErrors(broken).join('\n'));
    });

    it('describes every rule of the catalogue once, with its default level and help', () => {
      const rules = log.runs[0].tool.driver.rules;
      assert.deepStrictEqual(rules.map((rule: { id: string }) => rule.id), RULES.map((rule) => rule.code));
      const privileged = rules.find((rule: { id: string }) => rule.id === 'privileged-host-port');
      assert.strictEqual(privileged.defaultConfiguration.level, 'note');
      assert.strictEqual(privileged.shortDescription.text, RULES.find((rule) => rule.code === 'privileged-host-port')!.description);
      assert.match(privileged.help.text, /portLens\.rules/);
    });

    it('states each rule\'s description once, and links each rule to its own README anchor', () => {
      const rules: { id: string; shortDescription: { text: string }; fullDescription?: { text: string }; help: { text: string; markdown: string }; helpUri: string }[] = log.runs[0].tool.driver.rules;
      const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
      const { repository } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
      const repositoryWeb = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
      assert.strictEqual(log.runs[0].tool.driver.informationUri, repositoryWeb);
      for (const rule of rules) {
        const description = RULES.find((known) => known.code === rule.id)!.description;
        const texts = [rule.shortDescription.text, rule.fullDescription?.text, rule.help.text, rule.help.markdown].filter((text) => text !== undefined);
        assert.strictEqual(texts.filter((text) => text!.includes(description)).length, 1, `${rule.id}: the description once`);
        assert.strictEqual(rule.helpUri, `${repositoryWeb}#rule-${rule.id}`);
        assert.ok(readme.includes(`<a id="rule-${rule.id}"></a>`), `the README has the anchor of ${rule.id}`);
        assert.ok(rule.help.markdown.includes(`(${rule.helpUri})`));
      }
      assert.strictEqual(new Set(rules.map((rule) => rule.helpUri)).size, rules.length);
    });

    it('gives each result its rule, level, region and fixes', () => {
      const results = log.runs[0].results;
      assert.strictEqual(results.length, report.findings.length);
      const base60 = results.find((result: { ruleId: string }) => result.ruleId === 'yaml-base60');
      assert.strictEqual(log.runs[0].tool.driver.rules[base60.ruleIndex].id, 'yaml-base60');
      assert.strictEqual(base60.level, 'warning');
      assert.deepStrictEqual(base60.locations[0].physicalLocation.artifactLocation, { uri: 'compose.yaml', uriBaseId: '%SRCROOT%' });
      assert.deepStrictEqual(base60.locations[0].physicalLocation.region, { startLine: 10, startColumn: 9, endLine: 10, endColumn: 16 });
      const replacement = base60.fixes[0].artifactChanges[0].replacements[0];
      assert.ok(replacement.insertedContent.text.includes('"'));
      assert.strictEqual(log.runs[0].columnKind, 'utf16CodeUnits');
    });

    it('names a skipped file as a tool notification', () => {
      const [notification] = log.runs[0].invocations[0].toolExecutionNotifications;
      assert.strictEqual(notification.locations[0].physicalLocation.artifactLocation.uri, 'pics/logo.env');
      assert.match(notification.message.text, /binary/);
      assert.strictEqual(log.runs[0].invocations[0].executionSuccessful, true);
    });
  });

  describe('the evidence of a cross-file finding', () => {
    const stack = reportOf({
      'compose.yaml': 'services:\n  web:\n    build: .\n  proxy:\n    image: nginx\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf\n',
      Dockerfile: 'FROM node:20\nEXPOSE 3000\n',
      'nginx.conf': 'http {\n  server {\n    location / { proxy_pass http://web:8080; }\n  }\n}\n',
    });
    const unreachable = stack.findings.find((finding) => finding.code === 'unreachable-port')!;

    it('the message is one plain sentence, without backticks', () => {
      assert.strictEqual(unreachable.message, 'Nothing listens on web:8080: service web listens on 3000.');
      for (const finding of stack.findings) assert.ok(!finding.message.includes('`'), finding.message);
    });

    it('text: the places that prove it, indented under the finding, as path:line:col links', () => {
      const lines = formatText(stack, { color: false }).split('\n');
      const at = lines.findIndex((line) => line.includes('unreachable-port'));
      assert.strictEqual(lines[at + 1], '    Dockerfile:2:8  web listens on 3000: EXPOSE in the Dockerfile it is built from.');
    });

    it('sarif: relatedLocations with their regions and messages, valid against the schema', () => {
      const log = JSON.parse(formatSarif(stack, { version: '0.1.0' }));
      const result = log.runs[0].results.find((entry: { ruleId: string }) => entry.ruleId === 'unreachable-port');
      assert.deepStrictEqual(result.relatedLocations, [{
        id: 0,
        physicalLocation: { artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 8, endLine: 2, endColumn: 12 } },
        message: { text: 'web listens on 3000: EXPOSE in the Dockerfile it is built from.' },
      }]);
      assert.deepStrictEqual(sarifSchemaErrors(log), []);
    });

    it('github: the places under the message in the annotation', () => {
      const line = formatGithub(stack).split('\n').find((entry) => entry.includes('unreachable-port'));
      assert.ok(line?.endsWith('::Nothing listens on web:8080: service web listens on 3000.%0ADockerfile:2:8: web listens on 3000: EXPOSE in the Dockerfile it is built from.'), line);
    });

    it('json: the related places with 1-based positions', () => {
      const parsed = JSON.parse(formatJson(stack));
      const entry = parsed.findings.find((finding: { code: string }) => finding.code === 'unreachable-port');
      assert.deepStrictEqual(entry.related, [{ path: 'Dockerfile', start: { line: 2, column: 8 }, end: { line: 2, column: 12 }, message: 'web listens on 3000: EXPOSE in the Dockerfile it is built from.' }]);
    });
  });
});
