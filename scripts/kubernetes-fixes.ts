// Mines git history for commits that fix a port in a plain Kubernetes manifest (issue 20), and scores Port Lens
// on them: a case is caught when a Kubernetes rule reports on the wrong line of the parent version (with the
// other manifests of its folder and the folder above, as they stood then) and not on the fixed line.
//
//   npx tsx scripts/kubernetes-fixes.ts mine /work/.mirror/<owner>+<name>/repo … > /work/corpus/20/candidates.json
//   npx tsx scripts/kubernetes-fixes.ts score /work/corpus/20/cases.json
//
// `mine` keeps a change of containerPort, targetPort, port, nodePort, hostPort, servicePort, number or a port's
// name whose parent is a manifest (not a Helm template), and marks it `consistent` when the new value already
// stood in the parent's folder as the other end of the link (the fix made two statements agree: the evidence
// mining-real-fixes.md asks for first). The repository's Dockerfiles and compose files are read too, as the
// editor's index would have them (a container's image may be built there). Each candidate names the parent files it needs; `score` reads them again
// from the repository, so only the case list is kept (outside the repository, under /work/corpus/20/).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkspace, formatOf, lineStartsOf, lastIndexAtOrBelow } from '../src/core';
import './sourceDataFiles'; // the core's data files, from the sources
import { installCatalogTable } from '../src/core/images/catalogTable';

// The generated image rows too, as the editor and the command line read them on first use: without them an image
// only the catalog knows (kennethreitz/httpbin) would count as unknown here and nowhere else.
if (!installCatalogTable(readFileSync(join(__dirname, '../src/core/images/generated/catalogImages.data'), 'utf8'))) throw new Error('catalogImages.data is not a table');

const PORT_KEY = /^\s*(?:-\s+)?(containerPort|targetPort|nodePort|hostPort|servicePort|port|number|name)\s*:\s*["']?([^"'\s#]+)["']?\s*(?:#.*)?$/;
const K8S_RULES = new Set(['invalid-port', 'invalid-port-name', 'duplicate-port', 'node-port-range', 'node-port-conflict', 'undefined-port-name',
  'backend-port-missing', 'target-port-undeclared', 'container-port-mismatch', 'crossed-target-port', 'unreachable-port']);

interface Candidate {
  repo: string;
  commit: string;
  parent: string;
  subject: string;
  path: string;
  /** 1-based line of the wrong value in the parent, and of the fixed value in the fix. */
  line: number;
  fixedLine: number;
  key: string;
  wrong: string;
  fixed: string;
  consistent: boolean;
}

function git(repo: string, args: string[]): string {
  try {
    return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    // A partly fetched mirror stops `git log` at its first missing object: keep the history read up to there.
    const out = (error as { stdout?: unknown }).stdout;
    return typeof out === 'string' ? out : '';
  }
}

function show(repo: string, commit: string, path: string): string | undefined {
  try {
    return execFileSync('git', ['-C', repo, 'show', `${commit}:${path}`], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** Many files of one commit with one git process (cat-file --batch). */
function showMany(repo: string, commit: string, paths: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  if (paths.length === 0) return found;
  let out: Buffer;
  try {
    out = execFileSync('git', ['-C', repo, 'cat-file', '--batch'], { input: paths.map((p) => `${commit}:${p}`).join('\n') + '\n', maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'ignore'] });
  } catch {
    return found;
  }
  let at = 0;
  for (const path of paths) {
    const end = out.indexOf(10, at);
    if (end < 0) break;
    const header = out.subarray(at, end).toString();
    const size = Number(header.split(' ')[2]);
    at = end + 1;
    if (!Number.isFinite(size) || header.endsWith('missing')) continue;
    found.set(path, out.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return found;
}

/** The manifests a tool must see with this one: the YAML files of its folder and of the folder above, as they
 *  stood at `commit` (at most 200). */
function neighbours(repo: string, commit: string, path: string): string[] {
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const above = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '';
  const listed = git(repo, ['ls-tree', '-r', '--name-only', commit, '--', above === '' && folder === '' ? '.' : (above || folder)]).split('\n');
  return listed.filter((p) => /\.ya?ml$/i.test(p) && p !== path).slice(0, 200);
}

function mine(repos: string[]): Candidate[] {
  const found: Candidate[] = [];
  for (const repo of repos) {
    const name = repo.replace(/\/repo\/?$/, '').split('/').pop()!.replace('+', '/');
    const head = git(repo, ['symbolic-ref', '--short', 'HEAD']).trim() || 'HEAD';
    const log = git(repo, ['log', head, '--no-merges', '-p', '-U0', '--format=@@@%H %P%x09%s',
      '-G(containerPort|targetPort|nodePort|hostPort|servicePort|port:|number:)', '--', '*.yaml', '*.yml']);
    process.stderr.write(`${name}: ${log.length} characters of history\n`);
    for (const block of log.split('\n@@@').map((b) => b.replace(/^@@@/, ''))) {
      const [header, ...rest] = block.split('\n');
      const [ids, subject = ''] = header.split('\t');
      const [commit, parent] = ids.split(' ');
      if (!parent) continue;
      let path = '';
      let oldLine = 0;
      let newLine = 0;
      let removed: { line: number; key: string; value: string }[] = [];
      let added: { line: number; key: string; value: string }[] = [];
      const flush = () => {
        // Pair the i-th removed line of a key with the i-th added one; a value that only moved (lines swapped or
        // reordered) is no change.
        const addedValues = new Set(added.map((x) => `${x.key}=${x.value}`));
        const removedValues = new Set(removed.map((x) => `${x.key}=${x.value}`));
        const nth = new Map<string, number>();
        for (const r of removed) {
          const index = nth.get(r.key) ?? 0;
          nth.set(r.key, index + 1);
          const a = added.filter((x) => x.key === r.key)[index];
          if (!a || a.value === r.value || addedValues.has(`${r.key}=${r.value}`) || removedValues.has(`${a.key}=${a.value}`)) continue;
          if (r.key === 'name' && !/port|http|grpc|metrics|web|tcp|udp/i.test(`${r.value}${a.value}`)) continue;
          found.push({ repo: name, commit, parent, subject, path, line: r.line, fixedLine: a.line, key: r.key, wrong: r.value, fixed: a.value, consistent: false });
        }
        removed = [];
        added = [];
      };
      for (const line of rest) {
        if (line.startsWith('+++ ')) {
          flush();
          path = line.startsWith('+++ b/') ? line.slice(6) : '';
        } else if (line.startsWith('@@')) {
          flush();
          const m = /^@@ -(\d+)(?:,\d+)? \+(\d+)/.exec(line);
          oldLine = m ? Number(m[1]) : 0;
          newLine = m ? Number(m[2]) : 0;
        } else if (line.startsWith('-') && !line.startsWith('---')) {
          const m = PORT_KEY.exec(line.slice(1));
          if (m) removed.push({ line: oldLine, key: m[1], value: m[2] });
          oldLine++;
        } else if (line.startsWith('+')) {
          const m = PORT_KEY.exec(line.slice(1));
          if (m) added.push({ line: newLine, key: m[1], value: m[2] });
          newLine++;
        }
      }
      flush();
    }
  }
  // Keep changes to plain manifests; mark the consistent ones (the new value already stood in the parent's folder
  // or the folder above as another end of a link: one git grep per candidate).
  const kept: Candidate[] = [];
  const seen = new Set<string>();
  const perFile = new Map<string, number>();
  for (const c of found) perFile.set(`${c.repo} ${c.commit} ${c.path}`, (perFile.get(`${c.repo} ${c.commit} ${c.path}`) ?? 0) + 1);
  for (const candidate of found) {
    // A commit that changes many ports of a file renumbers it (a release bundle, a redesign): not a fix of one mistake.
    if ((perFile.get(`${candidate.repo} ${candidate.commit} ${candidate.path}`) ?? 0) > 3) continue;
    const repo = repoPath(candidate.repo);
    const key = `${candidate.repo} ${candidate.commit} ${candidate.path} ${candidate.line}`;
    // Generated expectations (istio's manifest-generate/output/*.golden.yaml) change with the generator, not by a fix.
    if (seen.has(key) || /\/templates\//.test(candidate.path) || /(^|[/.])golden([/.]|$)|\/testdata\/.*\/output\//i.test(candidate.path)) continue;
    seen.add(key);
    const text = show(repo, candidate.parent, candidate.path);
    if (text === undefined || text.includes('{{') || formatOf(candidate.path, undefined, text) !== 'kubernetes') continue;
    const escaped = candidate.fixed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const folder = candidate.path.includes('/') ? candidate.path.slice(0, candidate.path.lastIndexOf('/')) : '.';
    const above = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '.';
    const pattern = `(containerPort|targetPort|port|number|servicePort|name|nodePort)[[:space:]]*:[[:space:]]*["']?${escaped}["']?[[:space:]]*$`;
    const grep = git(repo, ['grep', '-l', '-E', pattern, candidate.parent, '--', `${above}/*.yaml`, `${above}/*.yml`, `${above}/**/*.yaml`, `${above}/**/*.yml`]);
    const nodePortFix = candidate.key === 'nodePort' && inNodeRange(candidate.fixed) && !inNodeRange(candidate.wrong);
    candidate.consistent = grep.trim() !== '' || nodePortFix;
    kept.push(candidate);
  }
  process.stderr.write(`${found.length} changes, ${kept.length} in plain manifests, ${kept.filter((c) => c.consistent).length} consistent\n`);
  return kept;
}

function inNodeRange(value: string): boolean {
  return /^\d+$/.test(value) && Number(value) >= 30000 && Number(value) <= 32767;
}

const repoRoots = new Map<string, string>();
function repoPath(name: string): string {
  return repoRoots.get(name) ?? `/work/.mirror/${name.replace('/', '+')}/repo`;
}

interface Scored {
  caught: boolean;
  codes: string[];
  stillOnFix: boolean;
}

/** Port Lens's Kubernetes findings on a line of a file of `commit`, seeing its neighbours as they stood then. */
function findingsOnLine(repo: string, commit: string, path: string, line: number): string[] {
  const text = show(repo, commit, path);
  if (text === undefined) return [];
  const workspace = createWorkspace();
  workspace.set(path, text);
  // The Services an Ingress or route names may be defined anywhere in the repository (a shared example backend):
  // the files that name them come too, as the editor's index of the whole repository would have them.
  const named = new Set<string>();
  for (const match of text.matchAll(/(?:serviceName:|service:\s*\n\s*name:|backendRefs:\s*\n\s*-\s*name:)\s*["']?([a-z0-9.-]+)/g)) named.add(match[1]);
  const elsewhere = [...named].flatMap((name) => git(repo, ['grep', '-l', '-E', `name:[[:space:]]*["']?${name}["']?[[:space:]]*$`, commit, '--', '*.yaml', '*.yml'])
    .split('\n').filter(Boolean).map((line) => line.slice(commit.length + 1)).slice(0, 20));
  // The Dockerfiles and compose files anywhere in the repository: a container's image may be built there.
  const builds = git(repo, ['ls-tree', '-r', '--name-only', commit]).split('\n')
    .filter((p) => /(^|\/)(dockerfile[^/]*|[^/]*\.dockerfile|(docker-)?compose[^/]*\.ya?ml)$/i.test(p)).slice(0, 400);
  const others = [...new Set([...neighbours(repo, commit, path), ...elsewhere, ...builds])].filter((other) => other !== path);
  for (const [other, otherText] of showMany(repo, commit, others)) workspace.set(other, otherText);
  const starts = lineStartsOf(text);
  const all = workspace.findings(path);
  if (process.env.EXPLAIN) for (const f of all) console.log(`    ${lastIndexAtOrBelow(starts, f.start) + 1}: ${f.code} ${f.severity} ${f.message}`);
  return all.filter((f) => K8S_RULES.has(f.code) && lastIndexAtOrBelow(starts, f.start) + 1 === line).map((f) => f.code);
}

function score(candidate: Candidate): Scored {
  const repo = repoPath(candidate.repo);
  const codes = findingsOnLine(repo, candidate.parent, candidate.path, candidate.line);
  const after = findingsOnLine(repo, candidate.commit, candidate.path, candidate.fixedLine);
  return { caught: codes.length > 0, codes, stillOnFix: after.length > 0 };
}

const [command, ...args] = process.argv.slice(2);
if (command === 'mine') {
  for (const repo of args) repoRoots.set(repo.replace(/\/repo\/?$/, '').split('/').pop()!.replace('+', '/'), repo);
  console.log(JSON.stringify(mine(args), null, 1));
} else if (command === 'score') {
  const cases = JSON.parse(readFileSync(args[0], 'utf8')) as (Candidate & { confirmed?: boolean; evidence?: string })[];
  const confirmed = cases.filter((c) => c.confirmed !== false && (c.confirmed === true || c.consistent));
  const byRepo = new Map<string, { cases: number; caught: number }>();
  let caught = 0;
  for (const candidate of confirmed) {
    const result = score(candidate);
    if (result.caught) caught++;
    const entry = byRepo.get(candidate.repo) ?? { cases: 0, caught: 0 };
    entry.cases++;
    if (result.caught) entry.caught++;
    byRepo.set(candidate.repo, entry);
    console.log(`${result.caught ? 'CAUGHT' : 'missed'} ${candidate.repo} ${candidate.commit.slice(0, 10)} ${candidate.path}:${candidate.line} ${candidate.key} ${candidate.wrong} -> ${candidate.fixed}`
      + `${result.codes.length ? ` [${result.codes.join(', ')}]` : ''}${result.stillOnFix ? ' (still reported after the fix)' : ''}`);
  }
  console.log(`\n${caught} of ${confirmed.length} confirmed cases caught on their line (${confirmed.length ? Math.round((100 * caught) / confirmed.length) : 0}%), from ${byRepo.size} repositories`);
  for (const [repo, entry] of [...byRepo].sort()) console.log(`  ${repo}: ${entry.caught}/${entry.cases}`);
} else {
  console.error('usage: kubernetes-fixes.ts mine <repo>… | score <cases.json>');
  process.exit(2);
}
