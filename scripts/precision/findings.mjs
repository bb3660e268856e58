#!/usr/bin/env node
// findings.mjs <port-lens.js> <corpus folder> <out.jsonl>: runs `port-lens check` on each repository folder of the corpus
// (each its own project, as a user opens it) and writes every error and warning with its source line, one JSON a
// line, for reading; prints the files checked and the count per severity and code.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const [cli, dir, out] = process.argv.slice(2);
const rows = []; let files = 0;
for (const repo of readdirSync(dir)) {
  let fs = [];
  try { const o = JSON.parse(execFileSync('node', [cli, 'check', '--format', 'json', '--fail-on', 'none', '.'], { cwd: join(dir, repo), encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] })); fs = o.findings; files += o.files; }
  // Exit status 2 with --fail-on none: nothing to check there, or a path it could not read (a broken .env link) beside
  // the files it did check, whose findings it still wrote (the command line says which on stderr).
  catch (e) {
    let written;
    try { written = e.status === 2 && e.stdout ? JSON.parse(e.stdout) : undefined; } catch { /* no report: nothing checked */ }
    if (written) { fs = written.findings; files += written.files; }
    else rows.push(e.status === 2 ? { repo, code: 'nothing-checked', severity: 'note', message: '' } : { repo, code: 'CRASH', severity: 'error', message: String(e.message).slice(0, 300) });
  }
  for (const f of fs) {
    if (!(f.severity === 'error' || f.severity === 'warning')) continue;
    let line = ''; try { line = readFileSync(join(dir, repo, f.path), 'utf8').split('\n')[f.start.line - 1].trim().slice(0, 160); } catch {}
    rows.push({ repo, path: f.path, line: f.start.line, code: f.code, severity: f.severity, message: f.message, src: line });
  }
}
writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log('files checked', files);
const c = {};
for (const r of rows) { const k = `${r.severity[0]} ${r.code}`; c[k] = (c[k] ?? 0) + 1; }
for (const [k, v] of Object.entries(c).sort()) console.log(k.padEnd(36), v);
