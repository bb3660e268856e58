// The shared vocabulary of the core: registry entries, port mentions found by the scanners, and the
// findings the rules report. Plain data only, so that every layer (Node, browser, tests) can pass it around.

export type Protocol = 'tcp' | 'udp' | 'sctp' | 'dccp';

/** IANA's three classes of port numbers (RFC 6335 §6). */
export type PortClass = 'well-known' | 'registered' | 'dynamic';

export interface ServiceEntry {
  name: string;
  protocols: Protocol[];
  description: string;
  source: 'iana' | 'common' | 'user';
  /** Where the fact comes from: the vendor's documentation for common software, IANA's registry page. */
  url?: string;
  /** The documents IANA's record cites (80/tcp `http`: RFC 9110 at rfc-editor.org), in the record's order. */
  references?: ServiceReference[];
}

/** A document a registry entry cites, with the address to open it at. */
export interface ServiceReference {
  label: string;
  url: string;
}

export interface PortInfo {
  port: number;
  class: PortClass;
  /** Ordered user, common software, then IANA. Empty for an unassigned port. */
  services: ServiceEntry[];
}

/** A team's own port, fed to the registry at run time (the `portLens.customPorts` setting). */
export interface CustomPortEntry {
  port: number;
  /** Last port of a range the entry covers, inclusive. */
  endPort?: number;
  name: string;
  description?: string;
  protocols?: Protocol[];
  url?: string;
}

export type ConfigFormat = 'compose' | 'dockerfile' | 'nginx' | 'dotenv' | 'kubernetes';

export type PortRole = 'host' | 'container' | 'expose' | 'listen' | 'upstream' | 'setting';

export interface PortMention {
  /** First port (for a range, its start). */
  port: number;
  /** Last port of a range. */
  endPort?: number;
  /** UTF-16 offsets into the text: exactly the digits (or `8000-8010`); for an implicit port, the address. */
  start: number;
  end: number;
  role: PortRole;
  /** As written, or the format's default. */
  protocol?: Protocol;
  /** For published ports and nginx listen addresses, without brackets. */
  hostIp?: string;
  /** A default port that is not written in the text (`listen 127.0.0.1;` → 80, `https://host` → 443). */
  implicit?: boolean;
  /** Written across a line continuation (a Dockerfile's `30\` then `00` on the next line): `start`/`end` cover
   *  the first digit to the last, continuation(s) included, and the text between is not all port. */
  split?: true;
  /** The compose service it belongs to. */
  service?: string;
  /** The other side of a mapping: for a host port, the container port it forwards to; for a container
   *  port, the host port published for it. */
  peer?: { port: number; endPort?: number };
  /** Where it is written: the directive or key (`listen`, `proxy_pass`, `DB_PORT`, `EXPOSE`, `healthcheck`). */
  context?: string;
  /** For compose `ports:` entries: which syntax, and the range of the entry's value (for the short syntax
   *  the text inside any quotes; for the long syntax the whole mapping node, braces included when flow). */
  entry?: { syntax: 'short' | 'long'; start: number; end: number };
  /** For compose: the service's `profiles:`, when it has any; it then runs only when one of them is enabled. */
  profiles?: string[];
  /** For compose: how many containers the service runs, when a fixed number above one. */
  replicas?: Replicas;
  /** For compose: the service's `container_name:`, when set and readable (see ServiceSettings.containerName). */
  containerName?: string;
  /** When the port is written as a variable reference (`${WEB_PORT}`, `$PORT`), whose value it is: the
   *  variable's name and, in words, where its value comes from. */
  variable?: { name: string; source: string };
  /** Other parts of a compose mapping that a variable sets and that cannot be read here (unset in the `.env`
   *  beside the file), as written: `hostIp` (`${BIND_IP}`), `peer` (the other side's port). The hover names
   *  them instead of guessing "every interface" or "a port the engine picks". */
  unresolved?: { hostIp?: string; peer?: string };
  /** The image the port belongs to: the compose service's `image:` (interpolated), or the Dockerfile stage's
   *  `FROM` image, as written there (see `lookupImage`). */
  image?: string;
  /** For compose, without `image`: the service's `build:` context and Dockerfile as written (`.`,
   *  `./elasticsearch Dockerfile`): the service runs an image of its own, whose name says nothing. */
  buildsFrom?: string;
  /** For compose, with `image`: what in the service may make the image listen elsewhere than its defaults (an
   *  `environment` port setting, `env_file:`, a `command:` naming a port, a mounted config file), in words.
   *  Absent when nothing there can. */
  portsChangedBy?: string;
  /** For compose: the services that join this service's network (`network_mode: service:<this>`, as behind a VPN
   *  container): its ports may be theirs, whatever its own image listens on. */
  networkSharedWith?: readonly string[];
  /** For compose: a route to the service's own container that a proxy, a platform or a health check takes on
   *  this port (a Traefik or Caddy label, nginx-proxy's VIRTUAL_PORT, a Coolify SERVICE_FQDN_<NAME>_<PORT>, a
   *  health check's localhost URL): the container must listen there. */
  route?: RouteKind;
  /** For Kubernetes manifests: the field the port is written in (`containerPort`, `targetPort`, `nodePort`,
   *  `readinessProbe httpGet`) and the object it belongs to (`Deployment web, container app`), for the hover.
   *  `named`: the port was written as a name and resolved to this number. */
  kubernetes?: { field: string; object: string; named?: string };
  /** For a target whose host is written in another directive (nginx `set $upstream_app gotify;` beside
   *  `set $upstream_port 80;`, LinuxServer.io's SWAG convention): that host, as written. */
  host?: string;
}

/** Who takes a route to a compose service's own container port. */
export type RouteKind = 'traefik-http' | 'traefik-tcp' | 'traefik-udp' | 'caddy' | 'nginx-proxy' | 'coolify' | 'healthcheck';

/** A compose service's container count and the setting it comes from. */
export interface Replicas {
  count: number;
  setting: 'deploy.replicas' | 'scale';
}

/** What a scanner reads from one file: the ports, and what is wrong with how ports are written. */
export interface ScanResult {
  mentions: PortMention[];
  /** Problems the scanner finds while reading (codes of the syntax rules in catalogue.ts, such as
   *  invalid-port, invalid-protocol, range-mismatch, yaml-base60, expose-mapping,
   *  network-mode-host-ports), each at its default severity. */
  problems: Finding[];
  /** Compose only: the services that set `profiles:` or a replica count, with those settings (the ones that
   *  decide whether publishes collide), so that files docker compose merges can be combined. */
  services?: ReadonlyMap<string, ServiceSettings>;
}

/** A compose service's settings that decide whether its publishes collide. */
export interface ServiceSettings {
  profiles?: string[];
  replicas?: Replicas;
  /** `ports: !override` or `ports: !reset` in this file: its ports replace those of the files read before it. */
  portsReplaced?: true;
  /** `container_name:`, interpolated: docker compose never runs two containers of one name, so two services
   *  that set the same one are never up together (see hostPortConflicts). */
  containerName?: string;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  /** One plain sentence: no Markdown, no backticks (the Problems panel and every CLI format show it as is). */
  message: string;
  start: number;
  end: number;
  /** The likely fix (the editor's preferred quick fix unless `preferred` is false). */
  fix?: FindingFix;
  /** Other fixes worth offering (another port the service listens on), never preferred. */
  otherFixes?: FindingFix[];
  /** The places in other files that prove a cross-file finding (where the service says what it listens on):
   *  the editor's related information, SARIF's relatedLocations, the text output's indented lines. */
  related?: RelatedPlace[];
}

export interface FindingFix {
  title: string;
  edits: TextEdit[];
  /** False when the fix is one of several equally likely ones: offered, not applied by "fix all". */
  preferred?: false;
}

/** A place that bears on a finding: a workspace path (as in `PortLocation`), offsets into that file, and one
 *  plain sentence saying what is there ("web listens on 3000 (EXPOSE)"). A rule over one file writes an empty
 *  path for a place in that same file; the workspace fills in the file's path. */
export interface RelatedPlace extends PortLocation {
  message: string;
}

/** Which OS range of outgoing (ephemeral) ports the `dynamic-range` rule warns about. */
export type EphemeralRangeName = 'iana' | 'linux' | 'windows' | 'macos';

export interface CheckOptions {
  /** Severity per rule code, or 'off'. Codes not named keep their default severity. */
  rules?: Record<string, Severity | 'off'>;
  /** The ephemeral range to warn about, inclusive. Default: IANA's dynamic range 49152–65535. */
  ephemeralRange?: [number, number];
  /** Compose only: the variables of the `.env` file beside the compose file, which Compose interpolates it
   *  with (see `dotenvVariables`). Without them every `${VAR}` is unknown and reads as its default, if any. */
  variables?: ReadonlyMap<string, string>;
  /** Compose only: the other files docker compose merges with this one (its override file, or the base file
   *  of an override). Their publishes take part in host-port-conflict; findings are reported only in this file. */
  mergedWith?: readonly MergedComposeFile[];
  /** Kubernetes only: the cluster's NodePort range (the API server's --service-node-port-range), inclusive.
   *  Default: 30000–32767. */
  nodePortRange?: [number, number];
}

/** A compose file docker compose merges with the one checked. */
export interface MergedComposeFile {
  /** For messages (`compose.override.yaml`). */
  name: string;
  text: string;
  /** docker compose reads it after the checked file (it is its override), so its service settings win. */
  after?: boolean;
  /** The images its services run, given to the checked file's services of the same name that name none (DockSTARTer
   *  states an app's image in `<app>.<arch>.yml` only), with what may move the image's ports. */
  images?: readonly { service: string; image: string; portsChangedBy: string }[];
}

/** What kind of software an image runs: it decides which of its ports must not face other machines. */
export type ImageKind = 'database' | 'cache' | 'queue' | 'object-store' | 'admin-ui' | 'web-app' | 'proxy'
  | 'media' | 'auth' | 'monitoring' | 'vpn' | 'dns' | 'other';

/** One port an image listens on by default, inside the container. */
export interface ImagePort {
  port: number;
  /** Last port of a range, inclusive. */
  endPort?: number;
  protocol: Protocol;
  /** One line: what is served there ("web UI", "PostgreSQL protocol"). */
  description: string;
  /** An administration or management port (a console, a dashboard, an admin API) of software whose main port
   *  may face users: it should not be published on every interface even when the main port is. */
  admin?: true;
  /** What the port speaks, where the source says: HTTP (a web UI or HTTP API), TLS (HTTPS and other TLS), or
   *  another protocol (FastCGI, AMQP, DNS, a game's own). Unset when the source does not say. */
  speaks?: 'http' | 'tls' | 'other';
}

/** What an image runs and where it listens by default, with the source that states it. */
export interface ImageInfo {
  /** The canonical reference, without host for Docker Hub, without `library/`, tag or digest: `postgres`,
   *  `grafana/grafana`, `quay.io/keycloak/keycloak`. */
  image: string;
  software: string;
  kind: ImageKind;
  /** Empty when the image listens on nothing. */
  ports: ImagePort[];
  /** The image owner's documentation says the software listens on no port at all (a backup client, an updater, an
   *  agent or tunnel that only dials out): `ports` is empty as a fact, not because the port is the application's
   *  own (node) or its configuration's (haproxy). */
  listensOnNoPort?: true;
  /** Environment variables or command-line flags that change the port (`GF_SERVER_HTTP_PORT`, `--console-address`). */
  portSettings?: string[];
  /** The source that states the ports: the image's Dockerfile (its `EXPOSE`) or the vendor's documentation. */
  url: string;
}

/** A place in a workspace file: `path` is `/`-separated and relative to the workspace root; offsets as in
 *  `PortMention`. */
export interface PortLocation {
  path: string;
  start: number;
  end: number;
}

/** One host port the workspace publishes. */
export interface PortMapEntry {
  port: number;
  endPort?: number;
  protocol: Protocol;
  hostIp?: string;
  service?: string;
  /** The compose project: the path of its compose file's folder ('' for the workspace root). */
  project?: string;
  containerPort?: number;
  location: PortLocation;
}

/** The stack a workspace describes, fed file by file; every editor and command-line feature is a query over it.
 *  Paths are `/`-separated and relative to the workspace root. No method throws. */
export interface PortWorkspace {
  /** Adds or replaces a file. `format` is for a file whose name says nothing (an untitled document with a
   *  language id); a recognised name wins. Files of no format are held but read by nothing. */
  set(path: string, text: string, format?: ConfigFormat): void;
  delete(path: string): void;
  /** New settings (rule severities, ephemeral range): every finding is made again when next asked for. */
  configure(options?: CheckOptions): void;
  has(path: string): boolean;
  paths(): string[];
  /** The workspace paths (files or folders) that compose services mount where configuration lives: a host reads
   *  the files there into the model (`set`, any name) so that what they say about ports can be checked. */
  mountedConfigSources(): string[];
  /** Single-file and cross-file findings of one file, in text order. */
  findings(path: string): Finding[];
  /** The file's port mentions sorted by start offset (for `mentionAt` and the hover); the model's own array,
   *  handed out without a copy: read it, do not change it. */
  mentions(path: string): PortMention[];
  /** The mentions that refer to the same socket as the port under `offset`, that port included. */
  references(path: string, offset: number): PortLocation[];
  /** Where the port of the target under `offset` is declared (the container's port it reaches). */
  definition(path: string, offset: number): PortLocation[];
  /** Every host port the workspace publishes, by port, then path, then offset. */
  portMap(): PortMapEntry[];
  /** The publishes of a host port (or any port of `endPort`'s range) across the workspace. */
  publishers(port: number, protocol?: Protocol, endPort?: number): PortMapEntry[];
  /** The publishes of the host port under `offset` (a compose `ports:` host port) in other compose projects of
   *  the workspace: not a problem (the stacks may never run together), but worth saying in the hover and the
   *  Ports view ("also published by `db` in `other/compose.yaml`"). */
  otherPublishers(path: string, offset: number): PortMapEntry[];
  /** The nearest host port nothing in the workspace publishes, outside the ephemeral range and not the port of
   *  well-known software: what "Use host port N" offers. */
  suggestHostPort(port: number, protocol?: Protocol): number | undefined;
  /** The service the target under `offset` reaches (`proxy_pass http://web:3000`) and what it listens on. */
  target(path: string, offset: number): TargetInfo | undefined;
  /** Markdown lines the hover adds about the port under `offset` from the rest of the workspace: the service a
   *  target reaches and what it listens on, the other compose projects that publish the same host port. */
  hoverNotes(path: string, offset: number): string[];
  /** Every compose service of the workspace, by project then name: what it listens on and the targets that
   *  reach it (for the Ports view). */
  services(): WorkspaceService[];
  /** The Kubernetes Services of the workspace with their ports and what those reach (for the Ports view). The
   *  model's own objects: read them, do not change them. */
  kubernetesPorts(): KubernetesPortsView;
  /** The files whose findings may change when this one changes (itself excluded): what a front end re-checks. */
  dependants(path: string): string[];
  /** Counters of the work done so far, for tests of the incremental behaviour and the benchmark. */
  stats(): WorkspaceStats;
}

/** Where a target resolves: a compose service, and what it is known to listen on, in order of trust. */
export interface TargetInfo {
  host: string;
  port: number;
  service: string;
  /** The compose project: its folder. */
  project: string;
  /** Where the service is declared (its key in each compose file). */
  declarations: PortLocation[];
  listensOn: { port: number; endPort?: number; where: string; location?: PortLocation }[];
  /** True or false when what the service listens on is known; undefined when something may move its port. */
  reachable?: boolean;
}

/** A compose service as the workspace sees it. */
export interface WorkspaceService {
  /** The compose project: its folder ('' for the workspace root). */
  project: string;
  name: string;
  /** Its key in each compose file that defines it. */
  declarations: PortLocation[];
  /** Other names it answers to: hostname, container_name, network aliases, link aliases. */
  aliases: string[];
  image?: string;
  /** The workspace path of the Dockerfile it builds. */
  dockerfile?: string;
  /** What it listens on, in order of trust (see TargetInfo). */
  listensOn: TargetInfo['listensOn'];
  /** False when something (a command, a setting read from the shell, a network mode) may move its port. */
  listeningKnown: boolean;
  /** The targets in the workspace that reach it (`proxy_pass http://web:3000`, `DATABASE_URL=…db:5432…`). */
  reachedBy: { port: number; location: PortLocation; reachable?: boolean }[];
}

export interface WorkspaceStats {
  files: number;
  /** Single-file analyses made (a file's own rules; a compose file with its .env and override). */
  localAnalyses: number;
  /** Compose files read for their services, names, builds and mounts. */
  structureReads: number;
  /** Projects (re)built from their compose files. */
  projectBuilds: number;
  /** Files whose targets were resolved against the projects (the links between files). */
  linkResolutions: number;
}

/** A container port a Kubernetes Service port reaches: declared (containerPort, with its name), or known only
 *  from the image table (then `declared` is false and the place is the container's image). */
export interface KubernetesPortEnd {
  /** `Deployment shop, container web`. */
  container: string;
  image?: string;
  port?: number;
  name?: string;
  declared: boolean;
  location: PortLocation;
}

/** One port of a Kubernetes Service: port → targetPort, and what that reaches in the pods the Service selects. */
export interface KubernetesServicePortView {
  port?: number;
  name?: string;
  protocol: Protocol;
  /** The port as written (else the whole `- port:` item). */
  location: PortLocation;
  /** The targetPort as written, or the port it defaults to; undefined when written as something unreadable. */
  target?: number | string;
  targetDefaulted: boolean;
  targetLocation?: PortLocation;
  /** A named targetPort's number, when the selected pods define the name. */
  targetResolved?: number;
  nodePort?: { port: number; location: PortLocation };
  reaches: KubernetesPortEnd[];
  /** The Ingress backends and Gateway API routes that send traffic to this port (by its number or its name). */
  reachedBy: KubernetesPortSource[];
}

/** An Ingress backend or a Gateway API route's backendRef naming a Service port. */
export interface KubernetesPortSource {
  /** `Ingress shop`, `HTTPRoute store`. */
  label: string;
  /** The port as the backend writes it. */
  port: number | string;
  location: PortLocation;
}

/** A Kubernetes Service as the Ports view lists it. */
export interface KubernetesServiceView {
  name: string;
  namespace: string;
  /** ClusterIP, NodePort, LoadBalancer, ExternalName. */
  type: string;
  headless: boolean;
  /** False when the Service has no selector (its endpoints are managed by hand). */
  selects: boolean;
  /** The workloads it selects (in its folder and the folders above and below it), as `Deployment shop`. */
  pods: { label: string; location: PortLocation }[];
  /** Its `name:` (else the document). */
  location: PortLocation;
  ports: KubernetesServicePortView[];
}

/** The workspace's Kubernetes Services (for the Ports view; the ports manifests take on nodes are in the port map). */
export interface KubernetesPortsView {
  /** By namespace, then name, then path. */
  services: KubernetesServiceView[];
}
