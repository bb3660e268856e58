// Which format a file is by what it says, for the files whose names do not decide: app stores and deployment
// templates name their Compose files after the app (`gotify.yaml`, `apps/x/x.yml`), and LinuxServer.io's nginx
// snippets are `*.subdomain.conf.sample`. Cheap on purpose: only the start of the file is looked at, line by
// line, without parsing; and strict, since claiming a GitHub workflow or a Kubernetes manifest as Compose would
// fill it with false findings.
import type { ConfigFormat } from '../types';
import { isKindlessKustomization, isKubernetesManifest } from './kubernetesDetect';

/** Enough for the top of any real Compose file or nginx server block; the rest is never looked at. */
const HEAD = 16 * 1024;

/** The top-level keys the Compose specification allows: its schema rejects any other (`x-*` extensions aside),
 *  so a file with another key (`apiVersion`, `on`, `jobs`, `openapi`, `steps`) is not one docker compose runs. */
const COMPOSE_TOP_KEYS = new Set(['version', 'services', 'networks', 'volumes', 'configs', 'secrets', 'name', 'include', 'models']);
/** What makes a map entry a container: `image:` with a value, `build:`, or `ports:`. */
const SERVICE_FIELD = /^(image[ \t]*:[ \t]*[^\s#{[]|build[ \t]*:|ports[ \t]*:)/;

/** Names that may hold a Compose file whatever they are called: YAML files. */
export function mayBeComposeByContent(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/** Names that may hold an nginx config: `*.conf`, and the samples and examples shipped beside them. */
export function mayBeNginxByContent(name: string): boolean {
  return /\.conf(\.(sample|example|dist|tmpl|j2|default|disabled))?$/i.test(name) || /\.vhost$/i.test(name);
}

/** Whether a file of this name is worth reading to decide by content (the command line and indexing ask). */
export function mayBeDetectedByContent(name: string): boolean {
  return mayBeComposeByContent(name) || mayBeNginxByContent(name);
}

/** The format the text shows, for a file of this base name; undefined when it does not show one clearly. */
export function formatOfContent(baseName: string, text: string, languageId?: string): ConfigFormat | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  // An untitled document the user set to YAML is read as YAML whatever its name.
  if (mayBeComposeByContent(baseName) || languageId === 'yaml') {
    if (isKubernetesManifest(text) || isKindlessKustomization(baseName, text)) return 'kubernetes';
    return looksLikeCompose(head) ? 'compose' : undefined;
  }
  if (mayBeNginxByContent(baseName)) return looksLikeNginx(head) ? 'nginx' : undefined;
  return undefined;
}

/**
 * A Compose file: only keys the Compose specification allows at the top level (a workflow's `on:`, a manifest's
 * `kind:`, an OpenAPI `paths:` rule it out), a `services:` map, and in it an entry with `image:`, `build:` or
 * `ports:` (a GitLab CI `services:` is a list, a Helm values file's entries hold maps under `image:`). Only
 * the first document counts: a multi-document file is a Kubernetes or Ansible habit, not a Compose one.
 */
export function looksLikeCompose(head: string): boolean {
  const lines = head.split(/\r?\n/);
  // The last line may be cut by the head's limit.
  if (head.length === HEAD) lines.pop();
  let inServices = false;
  let sawServices = false;
  let serviceIndent = -1;
  let fieldIndent = -1;
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(#.*)?$/.test(line)) continue;
    if (line.startsWith('---') && /^---\s*(#.*)?$/.test(line)) {
      if (sawServices || i > 0 && lines.slice(0, i).some((l) => !/^\s*(#.*)?$/.test(l))) break;
      continue;
    }
    if (line.startsWith('...')) break;
    if (line.startsWith('%')) continue;
    if (!/^\s/.test(line)) {
      // A top-level line: a key, else this is no Compose file (a list: Ansible; a scalar; a flow map).
      const key = /^(["']?)([A-Za-z_][\w.-]*)\1[ \t]*:(?:[ \t]|$)/.exec(line);
      if (!key) return false;
      const name = key[2];
      if (!COMPOSE_TOP_KEYS.has(name) && !name.startsWith('x-')) return false;
      inServices = name === 'services';
      if (inServices) {
        if (sawServices) return false;
        sawServices = true;
        // `services: {}` or a flow map: only the block form is read.
        if (!/^services[ \t]*:[ \t]*(#.*)?$/.test(line)) return false;
      }
      continue;
    }
    if (!inServices) continue;
    const indent = /^[ ]*/.exec(line)![0].length;
    const body = line.slice(indent);
    if (body.startsWith('\t') || /^\t/.test(line)) return false;
    if (serviceIndent < 0) {
      // The first entry of services: a map key, not a list item.
      if (body.startsWith('- ') || body === '-') return false;
      serviceIndent = indent;
    }
    if (indent === serviceIndent) {
      if (body.startsWith('-') || !/^["']?[^\s:#"'][^:]*["']?[ \t]*:/.test(body)) return false;
      fieldIndent = -1;
      continue;
    }
    if (indent < serviceIndent) return false;
    if (fieldIndent < 0) fieldIndent = indent;
    if (indent === fieldIndent && SERVICE_FIELD.test(body)) found = true;
  }
  return found && sawServices;
}

/** Block openers and directives that only nginx's syntax has together: `server {` or `location … {` or
 *  `upstream name {`, and a `;`-terminated directive Port Lens reads. */
const NGINX_BLOCK = /^[ \t]*(server|http|stream|events|upstream[ \t]+[\w.$-]+|location[ \t]+[^{;\n]+)[ \t]*\{/m;
const NGINX_DIRECTIVE = /^[ \t]*(listen|proxy_pass|server_name|fastcgi_pass|uwsgi_pass|grpc_pass|set[ \t]+\$upstream_\w+|include|root|return)[ \t]+[^;{}\n]*;/m;

export function looksLikeNginx(head: string): boolean {
  return NGINX_BLOCK.test(head) && NGINX_DIRECTIVE.test(head);
}
