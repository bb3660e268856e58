// An image's own source repository (`coder/code-server` for `codercom/code-server`): the owner's word about the
// ports the image listens on, from the EXPOSE of the Dockerfile that builds it and from the repository's own
// Compose files. A repository speaks for an image only when its files name the image (its README pulls it, its CI
// pushes it) and the image's namespace or name is the repository's (`ghcr.io/owner/x`, `owner/x`, `x/name`).
import { DockerfileParser } from 'dockerfile-ast';
import { parse } from 'yaml';
import { imageKey, imageTag } from '../../src/core/images/imageReference';
import type { Protocol } from '../../src/core/types';
import type { CatalogFiles } from './catalogFiles';
import type { ImageClaim, PortClaim } from './claims';
import { dedupe, serviceFacts } from './composeServices';

/** Paths that are examples, tests or development set-ups, not what the published image is. */
const NOT_SHIPPED = /(^|\/)(tests?|e2e|examples?|samples?|\.devcontainer|dev|development|local|fixtures?|testdata|contrib|hack|vendor|node_modules|third_party|integration|integration[-_]tests?|e2e[-_]tests?|test[-_]?suites?|benchmarks?|[^/]*[._-]tests?)(\/|$)/i;
// (`BTCPayServer.Tests/` runs regtest nodes on ports of its own; `docker/local/` is solidtime's development set-up.)
// (`Dockerfile-zb` too: project-zot/zot's build/Dockerfile-zb builds its benchmark client, build/Dockerfile the server.)
const DOCKERFILE = /(^|\/)(Dockerfile([.-][A-Za-z0-9_-]+)?|[A-Za-z0-9_-]+\.dockerfile)$/i;
/** `docker-compose.yml`, `compose.prod.yaml`, and the `<variant>.compose.yaml` files some projects ship one per
 *  set-up (moghtech/komodo's `compose/mongo.compose.yaml`, which alone names `ghcr.io/moghtech/komodo-core`). */
const COMPOSE = /(^|\/)((docker-)?compose[^/]*|[^/]+\.compose)\.ya?ml$/i;
/** Compose files for development and tests (`docker-compose.dev.yml`, `compose.e2e-x.yaml`, `dev.compose.yaml`) run other set-ups. */
const COMPOSE_NOT_SHIPPED = /(^|\/)((docker-)?compose[.-](dev|development|test|tests|e2e|ci|debug|local|build)\b[^/]*|(dev|development|test|tests|e2e|ci|debug|local|build)([.-][^/]*)?\.compose\.ya?ml)$/i;
/** Namespaces of a tag built only in CI or in an example (`test/oxicloud`, `cool-guy/openldap`), never published. */
// (`your_dockerhub_username/certmate`: fabriziosalmi/certmate's README tells the reader to put their own name there.)
const PLACEHOLDER = /^(test|tests|testing|local|localhost|example|examples|my|your|yours|user|username|myuser|yourname|you|me|foo|bar|cool-guy|some-?user|(your|my)[-_]?(docker[-_]?hub[-_]?|ghcr[-_]?|github[-_]?)?(user(name)?|name|org(anization)?|namespace|account))$/;
/** Kubernetes resource kinds: `kubectl set image deployment/readur readur=…` names a Deployment, not an image of an
 *  account called `deployment` (readur/readur's docs/integrations.md). */
const KUBERNETES_KIND = /^(deployments?|deploy|statefulsets?|sts|daemonsets?|ds|replicasets?|rs|pods?|po|services?|svc|jobs?|cronjobs?|cj|configmaps?|cm|secrets?|ingress(es)?|ing|namespaces?|nodes?)$/;
/** Tag words that select one part of a project or a bundled server: that tag's ports are not the image's. */
const PART_TAG = /(^|[-_.])(frontend|backend|front|back|api|worker|web|ui|server|client|fpm|nginx|apache|celery|flower|proxy|cron|scheduler|beat|queue)([-_.]|$)/i;
/** Variables that name the port the image's own web server listens on (not a client's `DB_PORT`). */
// A bare PORT or APP_PORT is often an app server behind the image's own proxy (drone-logbook: PORT=3001 on 127.0.0.1
// behind nginx's EXPOSE 80): only variables that name the web port count.
const LISTEN_VARIABLE = /^(HTTPS?|WEB|WEBUI)_PORT$/i;
/** An image reference as written in a README, a workflow or a Compose file. */
const REFERENCE = /(?:(ghcr\.io|quay\.io|docker\.io|index\.docker\.io)\/)?([a-z0-9][a-z0-9._-]*)\/([a-z0-9][a-z0-9._-]*)/gi;
/** Words a GitHub organisation adds to its project's name (`wger-project`, `mealie-recipes` is not one). */
const ORG_SUFFIX = /[-_](project|app|apps|org|hq|io|dev|team|labs|official|community)$/i;
/** Registries whose namespace is the project's account: an image there is the repository's only under its owner's name. */
const ACCOUNT_REGISTRIES: ReadonlySet<string> = new Set(['ghcr.io', 'quay.io']);

export function readOwnerRepository(files: CatalogFiles): ImageClaim[] {
  const [owner, name] = files.repo.toLowerCase().split('/');
  const owned = ownedImages(files, owner, name);
  if (owned.size === 0) return [];
  const claims: ImageClaim[] = [];
  // Root Dockerfiles given to an image only because it is the one image the repository names (not named after it,
  // no folder of its name): a guess, which the repository's own Compose file running that image overrules.
  const guessed = new Set<ImageClaim>();
  const fromDockerfile = new Set<ImageClaim>();
  // Ports the owner's own Compose healthchecks probe on the container (`https://localhost:5601/login`), per image.
  const probed = new Map<string, number[]>();
  // Compose services that run the image with a command of their own (wger's `celery_flower` runs `/start-flower` on
  // 5555): another role of the image, heard only where no service of the owner's runs it as it starts by default.
  const otherRole = new Set<ImageClaim>();
  const dockerfiles = files.paths.filter((p) => DOCKERFILE.test(p) && !NOT_SHIPPED.test(p) && !/[./-](dev|test|ci|debug|e2e|local)(\.Dockerfile)?$/i.test(p));
  for (const key of [...owned].sort()) {
    // Variants of one image (alpine/, ubuntu/) count only where they expose the same ports.
    let paths = dockerfilesOf(key, dockerfiles, owned, owner, name);
    // Among variants that differ (Dockerfile, Dockerfile.worker), the one named plainly builds the image.
    const plain = paths.filter((p) => /(^|\/)Dockerfile$/.test(p));
    if (plain.length === 1 && paths.length > 1) paths = plain;
    const read = paths.map((path) => exposedPorts(files.read(path)));
    const sets = new Set(read.map((r) => r.ports.map((p) => `${p.port}-${p.endPort ?? ''}/${p.protocol}`).sort().join(',')));
    // A Dockerfile that exposes nothing but runs its base's server unchanged (`FROM postgres` plus an extension)
    // listens where the base does: the claim names the base, whose ports are filled in once every catalog is read.
    const bases = new Set(read.map((r) => `${r.inherits}:${r.inheritsTag ?? ''}`));
    if (paths.length > 0 && sets.size === 1 && read[0].ports.length === 0 && bases.size === 1 && read[0].inherits !== undefined) {
      const inherited: ImageClaim = { ...claim(files, key, paths[0], [], []), inherits: read[0].inherits };
      if (read[0].inheritsTag !== undefined) inherited.inheritsTag = read[0].inheritsTag;
      claims.push(inherited);
      if (guessedRoot(key, dockerfiles, owner, name)) guessed.add(inherited);
      continue;
    }
    if (paths.length === 0 || sets.size !== 1 || read[0].ports.length === 0) continue;
    const found = claim(files, key, paths[0], read[0].ports, read[0].settings);
    claims.push(found);
    fromDockerfile.add(found);
    if (guessedRoot(key, dockerfiles, owner, name)) guessed.add(found);
  }
  for (const path of files.paths.filter((p) => COMPOSE.test(p) && !NOT_SHIPPED.test(p) && !COMPOSE_NOT_SHIPPED.test(p))) {
    let doc: unknown;
    try {
      doc = parse(files.read(path), { logLevel: 'silent', uniqueKeys: false, maxAliasCount: 100 });
    } catch {
      continue;
    }
    const services = (doc as { services?: unknown } | null)?.services;
    if (!services || typeof services !== 'object') continue;
    // A service whose network another joins (`network_mode: container:iptables`) publishes that one's ports too:
    // vimagick/iptables publishes shadowsocks's 8388.
    const hosts = new Set(Object.values(services as Record<string, unknown>).map((raw) => (raw as { network_mode?: unknown } | null)?.network_mode)
      .filter((mode): mode is string => typeof mode === 'string').map((mode) => /^(?:service|container):(.+)$/.exec(mode.trim())?.[1]).filter((name) => name !== undefined));
    for (const [service, raw] of Object.entries(services as Record<string, unknown>)) {
      const containerName = (raw as { container_name?: unknown } | null)?.container_name;
      if (hosts.has(service) || (typeof containerName === 'string' && hosts.has(containerName))) continue;
      const facts = serviceFacts(service, raw, new Map());
      // A service that builds the repository's root (`build: .` beside the root Dockerfile) runs the image named
      // after the repository, when the repository names one (asternic/wuzapi runs `build: .` on 8080).
      // Only where the root Dockerfile exposes nothing: donetick's `build: .` example maps 8085:8000, while its
      // Dockerfile's EXPOSE 2021 is what the image listens on.
      const built = facts && !facts.key && buildsRoot(path, raw) && exposedPorts(files.read('Dockerfile')).ports.length === 0 ? namedAfterRepository(owned, name) : [];
      for (const key of built) {
        if (facts!.hostNetwork || mayMovePorts(raw) || variableContainerSide(raw)) break;
        const ports = facts!.ports.filter((p) => !p.movedBy);
        if (ports.length > 0) claims.push(claim(files, key, path, ports, facts!.portSettings));
      }
      if (!facts?.key || !owned.has(facts.key) || facts.hostNetwork) continue;
      // A tag that names one part of the project (`doccano/doccano:frontend`) runs another server than the image's own.
      if (facts.tag !== undefined && PART_TAG.test(facts.tag)) continue;
      // Even where a mounted config may move the ports, a healthcheck says where this set-up's server answers.
      const checks = healthcheckPorts(raw);
      if (checks.length > 0) probed.set(facts.key, [...(probed.get(facts.key) ?? []), ...checks]);
      if (mayMovePorts(raw)) continue;
      // A container side the example leaves to a variable (`${APP_PORT:-8188}:${APP_PORT:-8188}`) makes its literal
      // ports a part only: ai-dock/comfyui's file would say 22 (SSH) and hide ComfyUI's 8188.
      if (variableContainerSide(raw)) continue;
      const ports = facts.ports.filter((p) => !p.movedBy);
      if (ports.length === 0) continue;
      const found = claim(files, facts.key, path, ports, facts.portSettings);
      claims.push(found);
      if ((raw as { command?: unknown } | null)?.command !== undefined) otherRole.add(found);
    }
  }
  const roles = claims.filter((c) => otherRole.has(c) && claims.some((o) => o.key === c.key && !otherRole.has(o) && !fromDockerfile.has(o) && !o.url.includes('/Dockerfile')));
  for (const c of roles) claims.splice(claims.indexOf(c), 1);
  // saleor/saleor's root Dockerfile builds its API (8000); the ghcr.io/saleor/saleor-dashboard it runs serves on 80.
  // Only a Compose file that shares no port with the guess overrules it: one that publishes a part (MineOS's game
  // ports without its 8443) confirms it.
  const shares = (a: ImageClaim, b: ImageClaim) => a.ports.some((p) => b.ports.some((q) => p.port <= (q.endPort ?? q.port) && q.port <= (p.endPort ?? p.port)));
  // wazuh/wazuh-docker's dashboard Dockerfile says EXPOSE 443, while its Compose files probe https://localhost:5601 and
  // publish 443:5601: an EXPOSE that none of the owner's healthchecks reaches is stale, and says nothing.
  const unprobed = (c: ImageClaim) => fromDockerfile.has(c) && probed.has(c.key)
    && !c.ports.some((p) => probed.get(c.key)!.some((q) => p.port <= q && q <= (p.endPort ?? p.port)));
  return claims.filter((c) => !unprobed(c) && (!guessed.has(c) || !claims.some((o) => o !== c && !guessed.has(o) && o.key === c.key && !shares(o, c))));
}

/** Whether a Compose service builds the repository's root with its default Dockerfile. */
function buildsRoot(composePath: string, raw: unknown): boolean {
  const build = (raw as { build?: unknown } | null)?.build;
  const spec = typeof build === 'string' ? { context: build } : build && typeof build === 'object' ? build as { context?: unknown; dockerfile?: unknown } : undefined;
  // A `target:` builds one stage (b310-digital/teammapper's `target: development` serves its dev ports), not what is published.
  if (!spec || (spec.dockerfile !== undefined && spec.dockerfile !== 'Dockerfile' && spec.dockerfile !== './Dockerfile') || (spec as { target?: unknown }).target !== undefined) return false;
  const context = typeof spec.context === 'string' ? spec.context : '.';
  const folder = composePath.split('/').slice(0, -1);
  for (const part of context.split('/')) {
    if (part === '..') { if (folder.pop() === undefined) return false; } else if (part !== '.' && part !== '') folder.push(part);
  }
  return folder.length === 0;
}

/** The repository's images named after it (`asternic/wuzapi`, `ghcr.io/asternic/wuzapi` from asternic/wuzapi). */
function namedAfterRepository(owned: ReadonlySet<string>, name: string): string[] {
  const bare = (s: string) => s.toLowerCase().replace(/[-_.]/g, '');
  const names = new Set([bare(name), bare(name.replace(/^docker-|-docker$/g, ''))]);
  return [...owned].filter((k) => names.has(bare(k.slice(k.lastIndexOf('/') + 1)))).sort();
}

/** The container ports a Compose service's healthcheck probes on itself (`curl -k https://localhost:5601/login`). */
function healthcheckPorts(raw: unknown): number[] {
  const test = (raw as { healthcheck?: { test?: unknown } } | null)?.healthcheck?.test;
  const text = [test].flat().filter((t) => typeof t === 'string').join(' ');
  return [...text.matchAll(/\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]):(\d{1,5})\b/g)].map((m) => Number(m[1])).filter((n) => n >= 1 && n <= 65535);
}

/** Whether the image's Dockerfile is the root one reached only because the repository names no other image. */
function guessedRoot(key: string, dockerfiles: string[], owner: string, name: string): boolean {
  const last = key.slice(key.lastIndexOf('/') + 1);
  const bare = (s: string) => s.toLowerCase().replace(/[-_.]/g, '');
  const short = [owner, name].reduce((s, prefix) => (s.startsWith(`${prefix}-`) ? s.slice(prefix.length + 1) : s), last);
  const fitsRepo = bare(last) === bare(name) || bare(last) === bare(name.replace(/^docker-|-docker$/g, ''));
  if (namedFor(last, short, dockerfiles).length > 0) return false;
  const inFolder = dockerfiles.some((p) => p.split('/').slice(0, -1).some((dir) => bare(dir) === bare(last) || bare(dir) === bare(short)));
  return !fitsRepo && !inFolder;
}

function variableContainerSide(raw: unknown): boolean {
  const ports = (raw as { ports?: unknown } | null)?.ports;
  return Array.isArray(ports) && ports.some((spec) => {
    const text = typeof spec === 'string' ? spec : spec && typeof spec === 'object' ? String((spec as { target?: unknown }).target ?? '') : '';
    const container = text.replace(/\$\{[^}]*\}/g, (v) => v.replace(/:/g, '\u0000')).split(':').pop() ?? '';
    return container.includes('$');
  });
}

/** A service whose command or mounted config file may move its ports (goaccess's Traefik example mounts a config
 *  that serves on 443): its ports are that example's, not the image's defaults. */
function mayMovePorts(raw: unknown): boolean {
  const service = raw as { command?: unknown; entrypoint?: unknown; volumes?: unknown } | null;
  if (!service) return true;
  // A command that names a port or an address (`--port 9000`, `-l :8080`) may move it; `hbbs` alone does not.
  const command = [service.command, service.entrypoint].flat().filter((c) => c !== undefined).map(String).join(' ');
  // So may one that points at a config file (twemproxy's `--conf-file=conf/nutcracker.yml` listens where it says).
  if (/port|listen|bind|addr|conf|:\d{2,5}\b|\b\d{4,5}\b|\.(ya?ml|json|toml|ini|cfg)\b/i.test(command)) return true;
  // So may an environment variable that sets a listen address (vimagick/stunnel's `ACCEPT=0.0.0.0:4911`); a client's
  // address (`DB_HOST=db:5432`) names another host and says nothing.
  const environment = (raw as { environment?: unknown }).environment;
  const values = Array.isArray(environment) ? environment.map((e) => String(e).replace(/^[^=]*=/, '')) : environment && typeof environment === 'object' ? Object.values(environment).map(String) : [];
  if (values.some((v) => /^\s*(0\.0\.0\.0|\[::\]|::)?:\d{1,5}\s*$/.test(v))) return true;
  const volumes = Array.isArray(service.volumes) ? service.volumes : [];
  return volumes.some((v) => {
    const text = typeof v === 'string' ? v : typeof v === 'object' && v ? `${String((v as { source?: unknown }).source ?? '')}:${String((v as { target?: unknown }).target ?? '')}` : '';
    return /\.(conf|cfg|ini|toml|ya?ml|json|xml|properties|env|caddyfile)(:|$)|caddyfile(:|$)/i.test(text);
  });
}

function claim(files: CatalogFiles, key: string, path: string, ports: PortClaim[], settings: string[]): ImageClaim {
  // One app for the whole repository: its Dockerfile and Compose files are one owner's word, merged.
  return { key, catalog: files.repo, owner: true, url: files.permalink(path), app: files.repo, main: true, categories: [], ports: dedupe(ports), portSettings: [...new Set(settings)].sort() };
}

/** The images the repository names that are its own: `ghcr.io/<owner>/…`, or `<owner>/…` and `…/<name>` on
 *  Docker Hub (`codercom/code-server` from coder/code-server). Names are compared without `-`, `_` and `.`. */
export function ownedImages(files: CatalogFiles, owner: string, name: string): Set<string> {
  const bare = (s: string) => s.toLowerCase().replace(/[-_.]/g, '');
  const names = new Set([bare(name), bare(name.replace(/^docker-|-docker$/g, ''))]);
  // An organisation named for its project's image namespace plus a word (wger-project publishes wger/server,
  // immich-app ghcr.io/immich-app/…): the namespace without that word is the owner's too.
  const accounts = new Set([bare(owner), bare(owner.replace(ORG_SUFFIX, ''))]);
  const owned = new Set<string>();
  for (const path of files.paths) {
    if (NOT_SHIPPED.test(path)) continue;
    if (!/(^|\/)readme[^/]*\.md$|^docs?\/[^/]+\.md$/i.test(path) && !/^\.github\/workflows\//.test(path) && !COMPOSE.test(path)) continue;
    // A monorepo's Compose file names its images through variables with defaults
    // (`${DOCKER_ORG:-ghcr.io/mailu}/${DOCKER_PREFIX:-}admin`): what Compose pulls when they keep their defaults.
    const text = withVariableDefaults(files.read(path).replace(/\$\{\{\s*github\.repository\s*\}\}/g, `${owner}/${name}`));
    // A Compose file deep in the tree (a tool's, a developer's set-up) may run anyone's build; the project's own is at
    // the root or in its docker/ or deploy/ folder.
    const nestedCompose = COMPOSE.test(path) && path.includes('/') && !/^(docker|deploy|deployments?|compose)\/[^/]+$/i.test(path);
    for (const m of text.matchAll(REFERENCE)) {
      const registry = m[1]?.toLowerCase();
      const ns = m[2].toLowerCase();
      const image = m[3].toLowerCase().replace(/\.git$/, '');
      // Links and paths are not images: a reference follows a space, a quote, `:` or `=`.
      const before = m.index === 0 ? ' ' : text[m.index - 1];
      if (!/[\s"'`=:(]/.test(before)) continue;
      const after = text[m.index + m[0].length] ?? ' ';
      if (after === '/' || after === '.') continue;
      if (!/[a-z]/.test(ns) || !/[a-z0-9]$/.test(image) || PLACEHOLDER.test(ns) || KUBERNETES_KIND.test(ns)) continue;
      const ownNamespace = accounts.has(bare(ns));
      const line = logicalLine(text, m.index);
      // docker/build-push-action@v1 named the image it pushes `repository:` (excalidraw/excalidraw-room).
      // (A workflow's `DOCKER_HUB: seerr/seerr` names where it pushes: seerr-team/seerr's release.yml.)
      const pulled = /docker (pull|run)|image[-_a-z]*:|images:|tags:|docker_?hub[-_a-z]*:/i.test(line) || (/^\.github\/workflows\//.test(path) && ((/^\s*repository:/.test(line) && dockerStep(text, m.index)) || underImagesKey(text, m.index)));
      // A workflow job's container or service (`container: image: quay.io/prometheus/golang-builder`) is the CI's build
      // environment, not what the project publishes; a push action's `with: image:` (umami's) is what it publishes.
      if (/^\.github\/workflows\//.test(path) && ciEnvironment(text, m.index)) continue;
      // A reference names an image where it has a registry or the line pulls, runs or pushes it (not `owner/repo` in prose).
      if (!registry && !pulled) continue;
      // Another account's image named like the project (`x/<name>`) is the project's where its README pulls it, its CI
      // pushes it or its own Compose file runs it, not where a nested one does (grafana/loki's tools/stream-generator
      // runs theperiklis/loki, a developer's build; taskcafe's root docker-compose.yml runs taskcafe/taskcafe).
      const account = registry !== undefined && ACCOUNT_REGISTRIES.has(registry);
      if (account ? !ownNamespace : !(ownNamespace || (names.has(bare(image)) && !nestedCompose))) continue;
      // A README's section on building one's own image names the reader's build (osixia's "Make your own phpLDAPadmin
      // image" runs `billy-the-king/phpldapadmin`), not a published image: another account's name there says nothing.
      if (!ownNamespace && /(^|\/)readme[^/]*\.md$/i.test(path) && OWN_BUILD_SECTION.test(headingBefore(text, m.index))) continue;
      const key = imageKey(`${account ? `${registry}/` : ''}${ns}/${image}`);
      if (key) owned.add(key);
    }
  }
  return owned;
}

/** A README heading over instructions to build, extend or customise one's own image. */
const OWN_BUILD_SECTION = /\b(your own|make your|build(ing)? your|custom(i[sz]ed?|i[sz]ing)? image|extend(ing)? (the|this) image)\b/i;

/** The Markdown heading (`## …`) last before `at`, or '' where none is. */
function headingBefore(text: string, at: number): string {
  const headings = [...text.slice(0, at).matchAll(/^#{1,6}\s+(.+)$/gm)];
  return headings.length > 0 ? headings[headings.length - 1][1] : '';
}

/** The text with each `${VAR:-default}` (and `${VAR-default}`) written as its default. */
export function withVariableDefaults(text: string): string {
  return text.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}$]*)\}/g, '$1');
}

/** Whether the workflow line at `at` names a job's container or a service (`container: <image>`, or an `image:` whose
 *  parent key is `container:` or sits under `services:`). */
function ciEnvironment(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const line = text.slice(start, text.indexOf('\n', at) >>> 0);
  if (/^\s*container\s*:/.test(line)) return true;
  if (!/^\s*image\s*:/.test(line)) return false;
  const parents: string[] = [];
  let indent = /^\s*/.exec(line)![0].length;
  for (const previous of text.slice(0, start).split('\n').reverse()) {
    if (previous.trim() === '' || previous.trim().startsWith('#')) continue;
    const own = /^\s*/.exec(previous)![0].length;
    if (own >= indent) continue;
    parents.push(previous.trim());
    indent = own;
    if (parents.length === 2 || own === 0) break;
  }
  return /^-?\s*container\s*:/.test(parents[0] ?? '') || /^services\s*:/.test(parents[1] ?? '');
}

/** Whether the workflow step around `at` is a Docker action's (its last `uses:` before it): actions/checkout's
 *  `repository: matrix-org/matrix-react-sdk` names a repository to check out, not an image. */
function dockerStep(text: string, at: number): boolean {
  const uses = [...text.slice(0, at).matchAll(/^\s*-?\s*uses:\s*(\S+)/gm)].pop();
  return uses !== undefined && /^docker\//i.test(uses[1]);
}

/** Whether the line at `at` is an entry of a workflow's `images:` or `tags:` written one name a line, as
 *  docker/metadata-action's `images: |` block is (supabase/auth's publish.yml lists `supabase/gotrue` there), or as a
 *  YAML list under that key: the line names no key of its own, and the first line above it indented less is the key. */
export function underImagesKey(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const own = text.slice(start, text.indexOf('\n', at) >>> 0);
  if (/^\s*-?\s*[\w-]+:(\s|$)/.test(own)) return false;
  const indent = /^\s*/.exec(own)![0].length;
  let end = start - 1;
  while (end > 0) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(lineStart, end);
    end = lineStart - 1;
    if (line.trim() === '') continue;
    const lineIndent = /^\s*/.exec(line)![0].length;
    if (lineIndent >= indent && !(lineIndent === indent && /^\s*-\s/.test(own) && !/^\s*-\s/.test(line))) continue;
    return /^\s*-?\s*(images|tags)\s*:\s*([|>][-+]?)?\s*$/.test(line);
  }
  return false;
}

/** The shell line around `at`, with the lines a trailing `\` continues into it: the image of a `docker run` written
 *  over several lines (`docker run -d \` … `plexinc/pms-docker`) is on the command's last line. */
export function logicalLine(text: string, at: number): string {
  let start = text.lastIndexOf('\n', at) + 1;
  while (start > 0) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    if (!/\\\s*$/.test(text.slice(previous, start - 1))) break;
    start = previous;
  }
  return text.slice(start, text.indexOf('\n', at) >>> 0);
}

/** Which Dockerfiles build the image: those in a folder named after the image (`server-mysql/` for
 *  zabbix/zabbix-server-mysql), else the root one (or the only one) when the image is the repository's own. */
function dockerfilesOf(key: string, dockerfiles: string[], owned: ReadonlySet<string>, owner: string, name: string): string[] {
  const ownedCount = owned.size;
  const last = key.slice(key.lastIndexOf('/') + 1);
  const bare = (s: string) => s.toLowerCase().replace(/[-_.]/g, '');
  const shortOf = (image: string) => [owner, name].reduce((s, prefix) => (s.startsWith(`${prefix}-`) ? s.slice(prefix.length + 1) : s), image);
  const short = shortOf(last);
  const fitsRepo = bare(last) === bare(name) || bare(last) === bare(name.replace(/^docker-|-docker$/g, ''));
  // The image named after the repository is built by its root Dockerfile, even where a folder has the same name
  // (TomBursch/kitchenowl: `kitchenowl/` holds the web front end's Dockerfile, the root one the image's).
  // Among root Dockerfiles that differ (Dockerfile, Dockerfile-non-alpine), the one named plainly (webreaper/damselfly).
  const rootOnly = plainFirst(dockerfiles.filter((p) => !p.includes('/')));
  if (fitsRepo && rootOnly.length === 1) return rootOnly;
  const inFolder = dockerfiles.filter((p) => p.split('/').slice(0, -1).some((dir) => bare(dir) === bare(last) || bare(dir) === bare(short)));
  if (inFolder.length > 0) return inFolder;
  // Folders of the image's name and a version (percona/percona-docker's percona-xtradb-cluster-5.6/ … -8.4/): the
  // newest builds what a pull gets today; an older one's ports (5.6's swarm set-up) are not the image's now.
  const versioned = newestVersionFolder(dockerfiles, [last, short]);
  if (versioned.length > 0) return versioned;
  // Else a Dockerfile whose name says the image (a folder named after it wins: zabbix's agent/ over a Windows build
  // stage's Dockerfile.agent).
  const named = namedFor(last, short, dockerfiles);
  if (named.length > 0) return named;
  if (ownedCount === 1 || fitsRepo) {
    // The root Dockerfile, else every Dockerfile (the caller keeps them only when they expose the same ports).
    const root = plainFirst(dockerfiles.filter((p) => !p.includes('/')));
    if (root.length === 1) return root;
    // A Dockerfile in a folder named after another of the repository's images builds that one (stashapp/stash's
    // `docker/compiler/` builds stashapp/compiler, not stashapp/stash).
    const others = [...owned].filter((k) => k !== key).map((k) => k.slice(k.lastIndexOf('/') + 1)).flatMap((n) => [bare(n), bare(shortOf(n))]);
    return dockerfiles.filter((p) => !p.split('/').slice(0, -1).some((dir) => others.includes(bare(dir))));
  }
  return [];
}

/** The Dockerfiles in the newest of the folders named after the image plus a version (`<name>-8.0`, `<name>_v2`,
 *  `<name>-9.x`), the plain `Dockerfile` first; none where no folder is so named. */
function newestVersionFolder(dockerfiles: string[], names: string[]): string[] {
  const bare = (s: string) => s.toLowerCase().replace(/[-_.]/g, '');
  const versionOf = (dir: string): number[] | undefined => {
    const m = /^(.+?)[-_]v?(\d+(?:\.(?:\d+|x))*)$/i.exec(dir);
    if (!m || !names.some((n) => bare(n) === bare(m[1]))) return undefined;
    return m[2].split('.').map((part) => (part.toLowerCase() === 'x' ? Infinity : Number(part)));
  };
  const newer = (a: number[], b: number[]) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? -1) !== (b[i] ?? -1)) return (a[i] ?? -1) > (b[i] ?? -1);
    return false;
  };
  let best: { dir: string; version: number[] } | undefined;
  for (const path of dockerfiles) {
    const dir = path.split('/').slice(0, -1).join('/');
    const version = dir.includes('/') ? undefined : versionOf(dir);
    if (version && (!best || newer(version, best.version))) best = { dir, version };
  }
  return best ? plainFirst(dockerfiles.filter((p) => p.split('/').slice(0, -1).join('/') === best!.dir)) : [];
}

/** Of several Dockerfiles in one folder, the one named plainly `Dockerfile` when there is one. */
function plainFirst(paths: string[]): string[] {
  if (paths.length < 2) return paths;
  const plain = paths.filter((p) => /(^|\/)Dockerfile$/.test(p));
  return plain.length === 1 ? plain : paths;
}

/** The Dockerfiles whose name says the image they build (`Dockerfile-zb` for zb-linux-amd64, `worker.Dockerfile` for
 *  app-worker): the variant is the image's last segment, its short form, or its first word. */
function namedFor(last: string, short: string, dockerfiles: string[]): string[] {
  const bare = (s: string) => s.toLowerCase().replace(/[-_.]/g, '');
  const first = last.split(/[-_.]/)[0];
  return dockerfiles.filter((p) => {
    const variant = variantOf(p);
    return variant !== undefined && (bare(variant) === bare(last) || bare(variant) === bare(short) || variant.toLowerCase() === first);
  });
}

/** What a Dockerfile's name adds to `Dockerfile` (`zb` of `Dockerfile-zb` or `Dockerfile.zb`, `worker` of
 *  `worker.Dockerfile`), or undefined for a plain `Dockerfile`. */
function variantOf(path: string): string | undefined {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const m = /^Dockerfile[.-](.+)$/i.exec(file) ?? /^(.+)\.dockerfile$/i.exec(file);
  return m?.[1];
}

/** The EXPOSE ports of the Dockerfile's last stage (what runs), with `$VAR` resolved from the stage's ARG and ENV
 *  defaults; an ENV that sets an exposed port is a setting that moves it. */
export function exposedPorts(text: string): { ports: PortClaim[]; settings: string[]; inherits?: string; inheritsTag?: string } {
  let instructions;
  try {
    instructions = DockerfileParser.parse(text).getInstructions();
  } catch {
    return { ports: [], settings: [] };
  }
  const { lastFrom, stageEnd } = shippedStage(instructions);
  // EXPOSE and ENV pass down FROM one stage to the next: fmartinou/whats-up-docker says EXPOSE 3000 in its `base`
  // stage, and the stage that ships is built FROM base (through `dependencies`, `release`).
  const inherited = stagesShippedFrom(instructions, lastFrom);
  const shipped = (index: number) => index < stageEnd && (index >= lastFrom || inherited.some(([from, end]) => index >= from && index < end));
  const values = new Map<string, { value: string; env: boolean }>();
  const ports: PortClaim[] = [];
  const settings: string[] = [];
  // The ports the last stage's own listen variables hold (`ENV HTTP_PORT="8080"`).
  const listens: number[] = [];
  instructions.forEach((instruction, index) => {
    const keyword = instruction.getKeyword();
    if (index >= stageEnd || (!shipped(index) && keyword !== 'ARG')) return;
    if (keyword === 'ARG' || keyword === 'ENV') {
      for (const arg of instruction.getArguments().map((a) => a.getValue())) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(arg);
        if (m) values.set(m[1], { value: expanded(m[2].replace(/^["']|["']$/g, ''), values), env: keyword === 'ENV' });
      }
      // `ENV PORT 3000`: the legacy form, one variable.
      const args = instruction.getArguments().map((a) => a.getValue());
      if (keyword === 'ENV' && args.length === 2 && !args[0].includes('=')) values.set(args[0], { value: expanded(args[1], values), env: true });
      if (keyword === 'ENV') {
        const set = args.length === 2 && !args[0].includes('=') ? [[args[0], args[1]]] : args.map((a) => a.split('=', 2));
        for (const [variable, value] of set) {
          const v = expanded((value ?? '').replace(/^["']|["']$/g, ''), values);
          if (LISTEN_VARIABLE.test(variable) && /^\d{1,5}$/.test(v)) listens.push(Number(v));
        }
      }
    }
    if (keyword !== 'EXPOSE' || !shipped(index)) return;
    for (const arg of instruction.getArguments().map((a) => a.getValue())) {
      let spec = arg;
      const variable = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::-([0-9]+))?\}?(\/\w+)?$/.exec(arg);
      if (variable) {
        const known = values.get(variable[1]);
        const value = known?.value ?? variable[2];
        if (!value) continue;
        spec = `${value}${variable[3] ?? ''}`;
        if (known?.env) settings.push(variable[1]);
      }
      const m = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/(tcp|udp|sctp))?$/i.exec(spec);
      if (!m) continue;
      const port = Number(m[1]);
      const end = m[2] === undefined ? undefined : Number(m[2]);
      if (port < 1 || port > 65535 || (end !== undefined && (end <= port || end > 65535))) continue;
      const p: PortClaim = { port, protocol: (m[3]?.toLowerCase() ?? 'tcp') as Protocol };
      if (end !== undefined) p.endPort = end;
      ports.push(p);
    }
  });
  // gurucomputing/headscale-ui sets HTTP_PORT=8080 and HTTPS_PORT=8443 but still says EXPOSE 443 (its ports before
  // 2023): an EXPOSE that none of the stage's own listen variables names is stale, and says nothing.
  if (listens.length > 0 && ports.length > 0 && !ports.some((p) => listens.some((l) => p.port <= l && l <= (p.endPort ?? p.port)))) {
    return { ports: [], settings: [] };
  }
  if (ports.length === 0) {
    const base = unchangedBase(instructions.slice(0, stageEnd), lastFrom);
    if (base !== undefined) return { ports: [], settings: [], inherits: base.key, ...(base.tag !== undefined ? { inheritsTag: base.tag } : {}) };
  }
  return { ports: dedupe(ports), settings: [...new Set(settings)] };
}

/** An ARG or ENV value with the variables it names replaced as Docker does (`${ENVOY_HTTP_PORT:-8000}`, `$PORT`): by
 *  the value set before, else the default, else nothing. supabase/postgres's all-in-one image sets
 *  `ENV HTTP_PORT=${ENVOY_HTTP_PORT:-…}` and exposes `${HTTP_PORT}`. */
function expanded(value: string, values: ReadonlyMap<string, { value: string }>): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, braced: string | undefined, fallback: string | undefined, bare: string | undefined) =>
    values.get(braced ?? bare!)?.value || (fallback ?? ''));
}

/** The [FROM index, end) ranges of the earlier stages the stage at `lastFrom` is built on (`FROM base AS release`,
 *  `FROM dependencies` …), nearest first; none where it is built FROM an image. */
function stagesShippedFrom(instructions: ReturnType<ReturnType<typeof DockerfileParser.parse>['getInstructions']>, lastFrom: number): [number, number][] {
  const froms = instructions.flatMap((instruction, index) => (instruction.getKeyword() === 'FROM' ? [index] : []));
  const argsOf = (index: number) => instructions[index].getArguments().map((a) => a.getValue()).filter((a) => !a.startsWith('--'));
  const ranges: [number, number][] = [];
  let at = froms.indexOf(lastFrom);
  while (at > 0) {
    const base = argsOf(froms[at])[0]?.toLowerCase();
    // The last stage of that name before this one (a name may be reused; Docker takes the earlier definition).
    let found = -1;
    for (let i = at - 1; i >= 0; i--) {
      const args = argsOf(froms[i]);
      if (args.length === 3 && args[1].toLowerCase() === 'as' && args[2].toLowerCase() === base) { found = i; break; }
    }
    if (found < 0) break;
    ranges.push([froms[found], froms[found + 1]]);
    at = found;
  }
  return ranges;
}

/** Stage names of a development build: appwrite's Dockerfile ends with `FROM base AS development` (EXPOSE 80 and
 *  8080), but its release workflows build `target: production`, an earlier stage that exposes only 80. */
const DEVELOPMENT_STAGE = /^(dev|develop|development|debug|test|tests|testing|e2e|ci|local)$/i;

/** The stage that ships: the last one, unless it is named for development; then the last earlier stage that is
 *  neither so named nor used by another stage (`FROM base`, `COPY --from=composer`, `RUN --mount=from=xdebug` make
 *  a stage a step of the build), else the stage the development one is built FROM. `lastFrom` is its FROM's index,
 *  `stageEnd` where the next stage starts. */
function shippedStage(instructions: ReturnType<ReturnType<typeof DockerfileParser.parse>['getInstructions']>): { lastFrom: number; stageEnd: number } {
  const froms = instructions.flatMap((instruction, index) => (instruction.getKeyword() === 'FROM' ? [index] : []));
  const nameOf = (index: number) => {
    const args = instructions[index].getArguments().map((a) => a.getValue()).filter((a) => !a.startsWith('--'));
    return args.length === 3 && args[1].toLowerCase() === 'as' ? args[2].toLowerCase() : '';
  };
  let at = froms.length - 1;
  if (at > 0 && DEVELOPMENT_STAGE.test(nameOf(froms[at]))) {
    const used = new Set<string>();
    for (const instruction of instructions) {
      const args = instruction.getArguments().map((a) => a.getValue()).filter((a) => !a.startsWith('--'));
      if (instruction.getKeyword() === 'FROM' && args[0]) used.add(args[0].toLowerCase());
      for (const m of instruction.getTextContent().matchAll(/(?:^|[\s,=])(?:--)?from=["']?([A-Za-z0-9_.-]+)/gi)) used.add(m[1].toLowerCase());
    }
    const stages = froms.map((f, i) => ({ name: nameOf(f), i }));
    // Failing such a stage, the one the development stage is built FROM (`FROM app AS debug`).
    const parent = instructions[froms[at]].getArguments().map((a) => a.getValue()).filter((a) => !a.startsWith('--'))[0]?.toLowerCase();
    const shipped = stages.filter(({ name }) => !DEVELOPMENT_STAGE.test(name) && !used.has(name)).pop()
      ?? stages.find(({ name }) => name !== '' && name === parent && !DEVELOPMENT_STAGE.test(name));
    if (shipped) at = shipped.i;
  }
  return { lastFrom: at < 0 ? -1 : froms[at], stageEnd: at + 1 < froms.length ? froms[at + 1] : instructions.length };
}

/** Touches the port or the server's configuration: a listen directive, a port variable, a file into /etc. */
const TOUCHES_PORT = /\blisten|\bports?\b|_PORT\b|\bPORT=|\s\/etc\//i;

/**
 * The base image (table key) of the Dockerfile's last stage when that stage runs the base's own server unchanged,
 * so the image listens where the base does: no ENTRYPOINT of its own, a CMD (if any) that starts the base's program
 * (`postgres -c …` on postgres, `redis-server` on redis), and nothing that names a port or a listen directive or
 * copies configuration into /etc (an nginx.conf may move nginx off 80). A stage FROM an earlier stage is followed.
 */
function unchangedBase(instructions: ReturnType<ReturnType<typeof DockerfileParser.parse>['getInstructions']>, lastFrom: number): { key: string; tag?: string } | undefined {
  if (lastFrom < 0) return undefined;
  const stages = new Map<string, string>();
  let base: string | undefined;
  for (let i = 0; i <= lastFrom; i++) {
    if (instructions[i].getKeyword() !== 'FROM') continue;
    const args = instructions[i].getArguments().map((a) => a.getValue()).filter((a) => !a.startsWith('--'));
    const from = args[0];
    if (from === undefined) return undefined;
    const resolved = stages.get(from.toLowerCase()) ?? from;
    if (args.length === 3 && args[1].toLowerCase() === 'as') stages.set(args[2].toLowerCase(), resolved);
    base = resolved;
  }
  if (base === undefined || base.toLowerCase() === 'scratch') return undefined;
  const key = imageKey(base);
  if (key === undefined) return undefined;
  const program = key.slice(key.lastIndexOf('/') + 1);
  for (const instruction of instructions.slice(lastFrom + 1)) {
    const keyword = instruction.getKeyword();
    if (keyword === 'ENTRYPOINT') return undefined;
    const text = instruction.getTextContent();
    if (keyword === 'CMD') {
      const args = instruction.getArguments().map((a) => a.getValue().replace(/^\[?\s*["']?|["']?\s*,?\]?$/g, ''));
      const first = (args[0] ?? '').replace(/^.*\//, '');
      if (!first.startsWith(program)) return undefined;
    }
    if (TOUCHES_PORT.test(text)) return undefined;
  }
  // The tag may pick another row of the base (couchdb:3.5.1-nouveau runs the Nouveau search server, not CouchDB).
  const tag = imageTag(base);
  return tag === undefined ? { key } : { key, tag };
}
