#!/usr/bin/env node
// Candidate port fixes by commit subject, the way held-out 5 was mined: for each mirror, the commits whose subject
// says a port was fixed (or EXPOSE changed) and that touch a Dockerfile, a compose file, an nginx config or a .env
// file, then the lines of those commits where only numbers changed (a port moved). Prints one JSON object per line
// (repo, commit, subject, path, parent line, wrong and fixed text); a person then reads each diff and keeps only
// mistakes confirmed by the software's documentation or Dockerfile. Repositories already used are skipped.
// Usage: node scripts/realFixes/subjects.mjs <mirror root, e.g. /work/.mirror> <cases*.jsonl>... > candidates.jsonl
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [root, ...caseFiles] = process.argv.slice(2);
const used = new Set(caseFiles.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('//')).map((l) => JSON.parse(l).repo)));
const SUBJECT = '(fix|correct|wrong|typo|change|update).{0,20}port|port.{0,20}(fix|wrong|typo)|expose';
const PATHS = ['*Dockerfile*', '*compose*.y*ml', '*.conf', '*.env*'];
const git = (dir, args) => { try { return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 }); } catch { return ''; } };

for (const name of readdirSync(root).sort()) {
  const repo = name.replace('+', '/');
  const dir = join(root, name, 'repo');
  if (used.has(repo) || !existsSync(dir)) continue;
  const commits = git(dir, ['log', '--all', '--no-merges', '-i', '-E', `--grep=${SUBJECT}`, '--format=%H %s', '--', ...PATHS]).split('\n').filter(Boolean).slice(0, 20);
  for (const line of commits) {
    const [commit, ...words] = line.split(' ');
    let path; let oldLine = 0; let minus = []; let plus = [];
    const flush = () => {
      for (const [at, removed] of minus) {
        const added = plus.find((text) => text.replace(/\d+/g, '#') === removed.replace(/\d+/g, '#') && text !== removed);
        if (!added || !/\d{2,5}/.test(removed)) continue;
        const pairs = removed.match(/\d+/g).map((n, i) => [n, added.match(/\d+/g)[i]]).filter(([a, b]) => a !== b);
        if (pairs.every(([a, b]) => a.length >= 2 && b.length >= 2 && Number(b) < 65536)) {
          console.log(JSON.stringify({ repo, commit, subject: words.join(' '), path, line: at, wrong: removed.trim(), fixed: added.trim() }));
        }
      }
      minus = []; plus = [];
    };
    for (const text of git(dir, ['show', '-U0', '--format=', commit, '--', ...PATHS]).split('\n')) {
      if (text.startsWith('+++ ')) { flush(); path = text.startsWith('+++ b/') ? text.slice(6) : undefined; }
      else if (text.startsWith('@@')) { flush(); oldLine = Number(/^@@ -(\d+)/.exec(text)?.[1] ?? 0); }
      else if (text.startsWith('-') && !text.startsWith('---')) minus.push([oldLine++, text.slice(1)]);
      else if (text.startsWith('+') && !text.startsWith('+++')) plus.push(text.slice(1));
    }
    flush();
  }
}
