#!/usr/bin/env node
// Candidate real port fixes from git history: pairs a removed line that carries a port with the most similar
// added line of the same hunk, and keeps pairs where only a port number changed or `/udp` was added. Output is
// one JSON object per line (repo, commit, parent, subject, path, parent line, old and new text, kind guess,
// and whether the new port already stood elsewhere in the parent's file: the parent disagreed with itself).
// Usage: node scripts/realFixes/mine.mjs <mirror git dir>... > candidates.jsonl
import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';

const PATHS = ['*.yml', '*.yaml', '*.conf', '*.sample', '*Dockerfile*', '*.env', '*.env.*', '.env*', '*.json', '*.template'];
// Lines where a number is a port: the places Port Lens reads and the ones issue 18 names.
const PORT_PLACE = /ports?\b|port[=:]|_PORT|listen\b|proxy_pass|upstream|EXPOSE|loadbalancer\.server\.port|VIRTUAL_PORT|SERVICE_(FQDN|URL)_|upstreams|localhost:|127\.0\.0\.1:|0\.0\.0\.0:|^\s*-\s*["']?\d{2,5}(:\d{2,5})?(\/(tcp|udp))?["']?\s*$|:\d{2,5}["']?\s*$|containerPort|targetPort|port_map|containerHttpPort/i;
const NOT_PORT = /\bimage:|version|tag:|sha256|@sha|digest|date|checksum|"version"|appVersion|release/i;

function git(dir, args, max = 1 << 30) {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: max });
}

function kindOf(oldLine, newLine, path) {
  const l = newLine;
  if (/\/udp/i.test(newLine) && !/\/udp/i.test(oldLine)) return 'udp';
  if (/loadbalancer\.server\.port/i.test(l)) return 'traefik-label';
  if (/caddy.*upstreams/i.test(l)) return 'caddy-label';
  if (/VIRTUAL_PORT/.test(l)) return 'virtual-port';
  if (/SERVICE_(FQDN|URL)_/.test(l)) return 'coolify-var';
  if (/containerHttpPort/.test(l)) return 'caprover-port';
  if (/curl|wget|healthcheck|test:|nc -z/i.test(l)) return 'healthcheck';
  if (/\$upstream_port|set \$upstream/.test(l)) return 'nginx-upstream-port';
  if (/^\s*listen\b/.test(l)) return 'nginx-listen';
  if (/proxy_pass|fastcgi_pass/.test(l)) return 'nginx-proxy-pass';
  if (/^\s*EXPOSE/i.test(l)) return 'dockerfile-expose';
  if (/^\s*-\s*["']?[\d${}A-Z_:.-]+:\d+/.test(l) || /published|target:/.test(l)) return 'ports-mapping';
  if (/^\s*-\s*["']?\d+["']?\s*$/.test(l)) return 'expose-or-port';
  if (/PORT/i.test(l)) return 'port-setting';
  if (/:\/\/|:\d+/.test(l)) return 'url';
  return 'other';
}

const shape = (line) => line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
const numbers = (line) => (line.match(/\d+/g) ?? []).map(Number);

function pairs(removed, added) {
  const out = [];
  const used = new Set();
  for (const r of removed) {
    if (!PORT_PLACE.test(r.text) || NOT_PORT.test(r.text) || /^\s*(#|\/\/)/.test(r.text)) continue;
    const rShape = shape(r.text.replace(/\/(udp|tcp)\b/i, ''));
    let best;
    for (let i = 0; i < added.length; i++) {
      if (used.has(i)) continue;
      const a = added[i];
      const aShape = shape(a.text.replace(/\/(udp|tcp)\b/i, ''));
      if (aShape !== rShape && !(aShape === rShape.replace(/(["'])?$/, '') )) continue;
      if (a.text === r.text) continue;
      best = i;
      break;
    }
    if (best === undefined) continue;
    used.add(best);
    const a = added[best];
    const rn = numbers(r.text), an = numbers(a.text);
    const changed = rn.some((n, i) => n !== an[i] && n > 0 && n < 65536 && an[i] > 0 && an[i] < 65536);
    const udp = /\/udp/i.test(a.text) && !/\/udp/i.test(r.text);
    if (!changed && !udp) continue;
    out.push({ removed: r, added: a, udp });
  }
  return out;
}

function mine(dir) {
  const repo = basename(dirname(dir)).replace('+', '/');
  const head = git(dir, ['symbolic-ref', '--short', 'HEAD']).trim();
  const log = git(dir, ['log', '--no-merges', head, '-p', '-U0', '--no-renames', '--format=@@@COMMIT %H %P%x09%s', '--', ...PATHS]);
  let commit, parent, subject, path, oldLine = 0, newLine = 0, removed = [], added = [];
  const candidates = [];
  const flush = () => {
    if (commit && path && (removed.length || added.length)) {
      for (const p of pairs(removed, added)) {
        candidates.push({ repo, commit, parent, subject, path, line: p.removed.line, old: p.removed.text, new: p.added.text, kind: kindOf(p.removed.text, p.added.text, path) });
      }
    }
    removed = []; added = [];
  };
  for (const line of log.split('\n')) {
    if (line.startsWith('@@@COMMIT ')) {
      flush();
      const [ids, ...rest] = line.slice(10).split('\t');
      [commit, parent] = ids.split(' ');
      subject = rest.join('\t');
      path = undefined;
    } else if (line.startsWith('diff --git ')) {
      flush(); path = undefined;
    } else if (line.startsWith('--- ')) {
      // the old name; the new one follows
    } else if (line.startsWith('+++ ')) {
      path = line.startsWith('+++ b/') ? line.slice(6) : undefined;
    } else if (line.startsWith('@@ ')) {
      flush();
      const m = /^@@ -(\d+)(?:,\d+)? \+(\d+)/.exec(line);
      if (m) { oldLine = Number(m[1]); newLine = Number(m[2]); }
    } else if (line.startsWith('-') && path) {
      removed.push({ line: oldLine++, text: line.slice(1) });
    } else if (line.startsWith('+') && path) {
      added.push({ line: newLine++, text: line.slice(1) });
    }
  }
  flush();
  // Consistency: does the fixed port already stand in the parent's file (elsewhere than the changed line)?
  for (const c of candidates) {
    if (!c.parent) continue;
    try {
      const parentText = git(dir, ['show', `${c.parent}:${c.path}`], 1 << 26);
      const lines = parentText.split('\n');
      const rn = numbers(c.old), an = numbers(c.new);
      const newPorts = an.filter((n, i) => n !== rn[i] && n > 0 && n < 65536);
      c.selfContradiction = newPorts.some((p) => lines.some((l, i) => i !== c.line - 1 && new RegExp(`(^|[^0-9])${p}([^0-9]|$)`).test(l)));
      c.parentLines = lines.length;
    } catch { /* the path did not exist in the parent */ }
  }
  return candidates;
}

for (const dir of process.argv.slice(2)) {
  try {
    for (const c of mine(dir)) process.stdout.write(JSON.stringify(c) + '\n');
  } catch (error) {
    process.stderr.write(`${dir}: ${error.message}\n`);
  }
}
