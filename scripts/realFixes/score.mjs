#!/usr/bin/env node
// Scores Port Lens on a corpus of real port fixes (see mine.mjs and docs in the issue-18 note): for each case,
// the parent version of the file with the mistake (and the files beside it, which compose and nginx read with
// it) is written to <corpus>/cases/<id>/, `port-lens check` runs over it, and the case is caught when a finding
// from a rule that speaks of the mistake lands on the wrong line.
// Usage: node scripts/realFixes/score.mjs <cases.jsonl> <corpus folder> [port-lens.js] [--json]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const [casesFile, corpus, cli = 'packages/cli/dist/port-lens.js'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const asJson = process.argv.includes('--json');

/** The codes that speak of each kind of mistake; a finding of another code on the line does not count. */
const SPEAKS = {
  'traefik-label': ['unreachable-port', 'route-protocol-mismatch'],
  'caddy-label': ['unreachable-port', 'route-protocol-mismatch'],
  'virtual-port': ['unreachable-port', 'route-protocol-mismatch'],
  'coolify-var': ['unreachable-port', 'route-protocol-mismatch'],
  healthcheck: ['unreachable-port', 'route-protocol-mismatch'],
  'container-port': ['container-port-mismatch', 'unreachable-port'],
  // invalid-port: a port setting that holds no port at all (zulip's DB_HOST_PORT: "zulip", held-out 4).
  'port-setting': ['container-port-mismatch', 'unreachable-port', 'invalid-port'],
  udp: ['udp-published-as-tcp'],
  base60: ['yaml-base60'],
  'nginx-upstream-port': ['unreachable-port', 'route-protocol-mismatch'],
  'nginx-proxy-pass': ['unreachable-port', 'route-protocol-mismatch'],
  'dockerfile-expose': ['container-port-mismatch', 'expose-contradicts-config'],
  url: ['unreachable-port', 'route-protocol-mismatch'],
  'host-conflict': ['host-port-conflict'],
  // loopback-bind: a listen-address setting that binds the app to 127.0.0.1 inside its container, so the published
  // port and the other services reach nothing (f1-dash, held-out 9).
  'loopback-bind': ['unreachable-port', 'container-port-mismatch'],
  // expose-mapping: a host mapping written under expose:, which takes container ports only (fonoster, held-out 8).
  syntax: ['invalid-port', 'invalid-protocol', 'expose-mapping'],
  'k8s-target-port': ['target-port-undeclared', 'crossed-target-port', 'unreachable-port', 'container-port-mismatch'],
};
/** Files beside the wrong one that a tool reads with it. */
const BESIDE = /(^|\/)(\.env[^/]*|[^/]*\.ya?ml|[^/]*\.conf[^/]*|Dockerfile[^/]*|[^/]*\.env)$/;

const CODE = /\.(m?js|cjs|ts|py|go)$|(^|\/)bin\/www$/;
const SKIP = /(^|\/)(node_modules|vendor|third_party|test|tests|__tests__|spec|e2e|testdata|examples?|docs?|public|static|dist|build|client|frontend|\.[^/]+)\//;

const mirror = (repo) => `/work/.mirror/${repo.replace('/', '+')}/repo`;
const git = (repo, args) => execFileSync('git', ['-C', mirror(repo), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

const cases = readFileSync(casesFile, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('//')).map((l) => JSON.parse(l));
/** The Home Assistant add-on folder (config.{json,yaml,yml} with a `slug`, at the parent) the case's file lies in. */
function addonFolderOf(c, tree) {
  const names = new Set(tree);
  for (let folder = dirname(c.path); ; folder = dirname(folder)) {
    const at = folder === '.' ? '' : folder;
    for (const name of ['config.yaml', 'config.yml', 'config.json']) {
      const path = at === '' ? name : `${at}/${name}`;
      if (!names.has(path)) continue;
      try {
        if (/^\s*"?slug"?\s*:/m.test(git(c.repo, ['show', `${c.parent}:${path}`]))) return at;
      } catch { /* not there */ }
    }
    if (at === '') return undefined;
  }
}

const results = [];
for (const c of cases) {
  const dir = join(corpus, 'cases', c.id);
  const folder = dirname(c.path);
  if (!existsSync(join(dir, c.path))) {
    const names = git(c.repo, ['ls-tree', '--name-only', `${c.parent}:${folder === '.' ? '' : folder}`]).split('\n').filter(Boolean)
      .map((name) => (folder === '.' ? name : `${folder}/${name}`));
    const copied = [];
    for (const path of [c.path, ...(c.files ?? []), ...names.filter((n) => n !== c.path && BESIDE.test(n))]) {
      try {
        const text = git(c.repo, ['show', `${c.parent}:${path}`]);
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
        copied.push({ path, text });
      } catch { /* a folder, or not there */ }
    }
    // What a checkout holds beside them and a tool reads with them: the env_files and bind-mounted files a compose
    // file names, and the application sources under a Dockerfile's folder (its build context).
    const tree = git(c.repo, ['ls-tree', '-r', '--name-only', c.parent]).split('\n').filter(Boolean);
    const extra = new Set();
    for (const { path, text } of copied) {
      const base = dirname(path) === '.' ? '' : `${dirname(path)}/`;
      if (/\.ya?ml$/.test(path)) {
        for (const m of text.matchAll(/^\s*(?:env_file:\s*|-\s+)["']?(\.{1,2}\/[^\s"':]+)(?::\/[^\s"']*)?["']?\s*$/gm)) {
          const target = normalize(base + m[1]);
          for (const file of tree) if (file === target || file.startsWith(`${target}/`)) extra.add(file);
        }
      }
      if (/(^|\/)Dockerfile[^/]*$|\.dockerfile$/i.test(path)) {
        const under = tree.filter((file) => file.startsWith(base) && CODE.test(file) && !SKIP.test(file.slice(base.length)));
        for (const file of under.slice(0, 300)) extra.add(file);
      }
    }
    // A Home Assistant add-on runs its whole folder in one container (its config, build file, scripts and nginx
    // configs under rootfs/): a case in one is checked with every file of the add-on, as a checkout holds them.
    const addon = addonFolderOf(c, tree);
    const ADDON_SKIP = /\.(png|jpe?g|gif|ico|svg|webp|woff2?|ttf|otf|eot|gz|zip|tar|bin|so|whl|jar|pdf|mp3|wav)$/i;
    const addonFiles = addon === undefined ? [] : tree.filter((f) => (addon === '' || f.startsWith(`${addon}/`)) && !ADDON_SKIP.test(f)).slice(0, 400);
    for (const path of [...[...extra].slice(0, 400), ...addonFiles]) {
      if (existsSync(join(dir, path))) continue;
      try {
        const text = git(c.repo, ['show', `${c.parent}:${path}`]);
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      } catch { /* not there */ }
    }
  }
  if (c.outside) { results.push({ ...c, caught: false, findings: [] }); continue; }
  let report;
  try {
    report = JSON.parse(execFileSync('node', [cli, 'check', '--format', 'json', '--fail-on', 'none', dir], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  } catch (error) {
    report = { findings: [] };
  }
  const wrongFile = join(dir, c.path);
  // A mistake written twice (a port and the label that repeats it) is caught on either line.
  const lines = [c.line, ...(c.alsoLines ?? [])];
  const onLine = report.findings.filter((f) => f.path === wrongFile && lines.some((line) => f.start.line <= line && line <= f.end.line));
  const speaks = SPEAKS[c.kind] ?? [];
  const caught = onLine.some((f) => speaks.includes(f.code));
  results.push({ ...c, caught, findings: onLine.map((f) => `${f.code}: ${f.message}`) });
}

if (asJson) {
  process.stdout.write(JSON.stringify(results, null, 1));
} else {
  const inFormats = results.filter((r) => !r.outside);
  const tally = (key) => {
    const by = new Map();
    for (const r of inFormats) {
      const k = r[key];
      const t = by.get(k) ?? { caught: 0, total: 0 };
      t.total++;
      if (r.caught) t.caught++;
      by.set(k, t);
    }
    return [...by].sort((a, b) => b[1].total - a[1].total).map(([k, t]) => `  ${k}: ${t.caught}/${t.total}`).join('\n');
  };
  const caught = inFormats.filter((r) => r.caught).length;
  console.log(`cases: ${results.length} (${new Set(results.map((r) => r.repo)).size} repositories); in formats Port Lens reads: ${inFormats.length}; caught: ${caught} (${(100 * caught / Math.max(1, inFormats.length)).toFixed(1)}%)`);
  console.log(`by kind:\n${tally('kind')}\nby repository:\n${tally('repo')}`);
  console.log('missed:');
  for (const r of inFormats.filter((r) => !r.caught)) console.log(`  ${r.id} ${r.kind} ${r.path}:${r.line} ${r.findings.join(' | ').slice(0, 160)}`);
  const outside = results.filter((r) => r.outside);
  if (outside.length) console.log(`outside the formats Port Lens reads: ${outside.length} (${outside.map((r) => r.id).join(', ')})`);
}
