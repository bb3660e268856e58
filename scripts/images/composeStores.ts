// The compose app stores: each app is a folder (or a file) holding a Compose file and the store's manifest.
// A reader per store says where its apps are, which service is the app's main one, the app's name and the
// ports its manifest routes HTTP to; the services' own statements come from composeServices.ts.
import { parse } from 'yaml';
import type { CatalogFiles } from './catalogFiles';
import type { ImageClaim, PortClaim } from './claims';
import { contradictedByOwnPort, dedupe, entries, markMoved, serviceFacts, type ServiceFacts } from './composeServices';
import { easypanelApps } from './easypanelTemplates';
import { readPortWords } from './portWords';

interface App {
  id: string;
  /** The file each claim cites: the app's Compose file. */
  path: string;
  services: Record<string, unknown>;
  values: Map<string, string>;
  title?: string;
  categories: string[];
  /** The main service's name, when the store marks one. */
  main?: string;
  /** Container ports the store routes HTTP to, by service. */
  http: Map<string, number[]>;
  /** Port descriptions the store gives, by service and container port. */
  words: Map<string, Map<number, string>>;
}

export type StoreFormat = 'casaos' | 'cosmos' | 'dokploy' | 'runtipi' | '1panel' | 'caprover' | 'dockstarter' | 'coolify' | 'easypanel' | 'websoft9' | 'compose';

export function readComposeStore(files: CatalogFiles, format: StoreFormat): ImageClaim[] {
  const apps = appsOf(files, format);
  return apps.flatMap((app) => appClaims(files, app));
}

function appsOf(files: CatalogFiles, format: StoreFormat): App[] {
  switch (format) {
    case 'casaos': return byFolder(files, /^Apps\/([^/]+)\/docker-compose\.ya?ml$/, casaosApp);
    case 'cosmos': return byFolder(files, /^servapps\/([^/]+)\/cosmos-compose\.json$/, (f) => cosmosApp(files, f));
    case 'dokploy': return byFolder(files, /^blueprints\/([^/]+)\/docker-compose\.ya?ml$/, (f, app) => dokployApp(files, f, app));
    case 'runtipi': return byFolder(files, /^apps\/([^/]+)\/docker-compose\.ya?ml$/, (f, app) => runtipiApp(files, f, app));
    case '1panel': return byFolder(files, /^apps\/([^/]+)\/[^/]+\/docker-compose\.ya?ml$/, (f, app) => onePanelApp(files, f, app));
    case 'caprover': return byFolder(files, /^public\/v4\/apps\/([^/]+)\.ya?ml$/, caproverApp);
    case 'dockstarter': return dockstarterApps(files);
    case 'coolify': return byFolder(files, /^templates\/compose\/([^/]+)\.ya?ml$/, coolifyApp);
    case 'websoft9': return byFolder(files, /^apps\/([^/]+)\/docker-compose\.ya?ml$/, (f) => websoft9App(files, f));
    case 'easypanel': return easypanelApps(files).map((app) => ({ ...app, values: new Map(), words: new Map() }));
    case 'compose': return byFolder(files, /^(.+)\/(?:docker-)?compose\.ya?ml$/, (f) => ({ http: new Map(), words: new Map(), categories: [], values: new Map(), main: undefined, title: undefined, ...f }));
  }
}

type Found = { id: string; path: string; doc: Record<string, unknown>; services: Record<string, unknown> };

function byFolder(files: CatalogFiles, pattern: RegExp, make: (found: Found, doc: Record<string, unknown>) => Partial<App> & { values?: Map<string, string> }): App[] {
  const apps: App[] = [];
  for (const path of files.paths) {
    const m = pattern.exec(path);
    if (!m) continue;
    const doc = yamlOf(files.read(path));
    const services = doc?.services;
    if (!doc || !services || typeof services !== 'object') continue;
    const found: Found = { id: m[1], path, doc, services: services as Record<string, unknown> };
    apps.push({ http: new Map(), words: new Map(), categories: [], values: new Map(), ...found, ...make(found, doc) });
  }
  return apps;
}

function yamlOf(text: string): Record<string, unknown> | undefined {
  try {
    const doc = parse(text, { logLevel: 'silent', uniqueKeys: false, maxAliasCount: 100 }) as unknown;
    return doc && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function jsonOf(text: string): Record<string, unknown> | undefined {
  try {
    const doc = JSON.parse(text) as unknown;
    return doc && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function localized(value: unknown): string | undefined {
  if (typeof value === 'string') return str(value);
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    return str(v.en_us) ?? str(v.en_US) ?? str(v.en) ?? str(Object.values(v)[0]);
  }
  return undefined;
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase());
  return typeof value === 'string' ? value.toLowerCase().split(/[,\s]+/).filter(Boolean) : [];
}

function casaosApp(found: Found, doc: Record<string, unknown>): Partial<App> {
  const x = (doc['x-casaos'] ?? {}) as Record<string, unknown>;
  const words = new Map<string, Map<number, string>>();
  for (const [name, service] of Object.entries(found.services)) {
    const sx = (service as Record<string, unknown> | null)?.['x-casaos'] as Record<string, unknown> | undefined;
    if (!sx || !Array.isArray(sx.ports)) continue;
    const byPort = new Map<number, string>();
    for (const p of sx.ports as Record<string, unknown>[]) {
      const port = Number(p?.container);
      const text = localized(p?.description);
      if (Number.isInteger(port) && text) byPort.set(port, text);
    }
    words.set(name, byPort);
  }
  return { title: localized(x.title), main: str(x.main), categories: list(x.category), words };
}

function cosmosApp(files: CatalogFiles, found: Found): Partial<App> {
  const folder = found.path.slice(0, found.path.lastIndexOf('/'));
  const description = jsonOf(files.read(`${folder}/description.json`)) ?? {};
  // A route's target (`http://{ServiceName}:8080`) is the container port Cosmos's proxy sends HTTP to.
  const http = new Map<string, number[]>();
  let main: string | undefined;
  for (const [name, service] of Object.entries(found.services)) {
    const routes = (service as Record<string, unknown> | null)?.routes;
    for (const route of Array.isArray(routes) ? (routes as Record<string, unknown>[]) : []) {
      const m = typeof route?.target === 'string' ? /^(https?):\/\/[^/:]+:(\d{1,5})/.exec(route.target) : null;
      if (!m || m[1] !== 'http') continue;
      main ??= name;
      http.set(name, [...(http.get(name) ?? []), Number(m[2])]);
    }
  }
  return { title: str(description.name), main, categories: list(description.tags), http };
}

function dokployApp(files: CatalogFiles, found: Found, _doc: Record<string, unknown>): Partial<App> {
  const folder = found.path.slice(0, found.path.lastIndexOf('/'));
  const meta = jsonOf(files.read(`${folder}/meta.json`)) ?? {};
  const http = new Map<string, number[]>();
  // template.toml: each [[config.domains]] names the service and container port the proxy routes HTTP to.
  let main: string | undefined;
  for (const block of files.read(`${folder}/template.toml`).split(/^\[\[config\.domains\]\]/m).slice(1)) {
    const service = /^\s*serviceName\s*=\s*"([^"]+)"/m.exec(block)?.[1];
    const port = Number(/^\s*port\s*=\s*([\d_]+)/m.exec(block)?.[1]?.replace(/_/g, ''));
    if (!service || !Number.isInteger(port) || port < 1 || port > 65535) continue;
    main ??= service;
    http.set(service, [...(http.get(service) ?? []), port]);
  }
  return { title: str(meta.name), main, categories: list(meta.tags), http };
}

function runtipiApp(files: CatalogFiles, found: Found, _doc: Record<string, unknown>): Partial<App> {
  const folder = found.path.slice(0, found.path.lastIndexOf('/'));
  const config = jsonOf(files.read(`${folder}/config.json`)) ?? {};
  const dynamic = jsonOf(files.read(`${folder}/docker-compose.json`));
  const http = new Map<string, number[]>();
  let main: string | undefined;
  // config.json's `port` is the host's; the dynamic compose's internalPort is the main container's own.
  for (const s of Array.isArray(dynamic?.services) ? (dynamic.services as Record<string, unknown>[]) : []) {
    const name = str(s?.name);
    if (!name || s.isMain !== true) continue;
    main = name;
    const port = Number(s.internalPort);
    if (Number.isInteger(port) && port > 0 && port < 65536 && config.exposable !== false) http.set(name, [port]);
  }
  return { title: str(config.name), main, categories: list(config.categories), http };
}

function onePanelApp(files: CatalogFiles, found: Found, _doc: Record<string, unknown>): Partial<App> {
  const appFolder = found.path.split('/').slice(0, 2).join('/');
  const data = yamlOf(files.read(`${appFolder}/data.yml`)) ?? {};
  const props = (data.additionalProperties ?? {}) as Record<string, unknown>;
  // The app's own container is the one the panel names with ${CONTAINER_NAME}.
  const main = Object.entries(found.services).find(([, s]) => /\$\{?CONTAINER_NAME\}?$/.test(String((s as Record<string, unknown>)?.container_name ?? '')))?.[0];
  return { id: found.id, title: str(props.name) ?? str(data.name), main, categories: list(props.tags) };
}

function caproverApp(found: Found, doc: Record<string, unknown>): Partial<App> {
  const one = (doc.caproverOneClickApp ?? {}) as Record<string, unknown>;
  const values = new Map<string, string>([['$$cap_appname', 'app']]);
  for (const v of Array.isArray(one.variables) ? (one.variables as Record<string, unknown>[]) : []) {
    const id = str(v?.id);
    if (id && v.defaultValue !== undefined && v.defaultValue !== null) values.set(id, String(v.defaultValue));
  }
  const http = new Map<string, number[]>();
  for (const [name, service] of Object.entries(found.services)) {
    const extra = (service as Record<string, unknown> | null)?.caproverExtra as Record<string, unknown> | undefined;
    const port = Number(extra?.containerHttpPort);
    if (extra?.notExposeAsWebApp !== true && extra?.notExposeAsWebApp !== 'true' && Number.isInteger(port) && port > 0 && port < 65536) http.set(name, [port]);
  }
  return { title: str(one.displayName), main: '$$cap_appname', categories: list(one.categories), http, values };
}

function coolifyApp(found: Found, _doc: Record<string, unknown>): Partial<App> {
  // SERVICE_URL_<NAME>_<PORT> and SERVICE_FQDN_<NAME>_<PORT> ask Coolify's proxy to route HTTP to that port.
  const http = new Map<string, number[]>();
  let main: string | undefined;
  for (const [name, service] of Object.entries(found.services)) {
    for (const [k] of entries((service as Record<string, unknown> | null)?.environment)) {
      const m = /^SERVICE_(?:URL|FQDN)_[A-Z0-9_]+?_(\d{2,5})$/.exec(k);
      if (!m) continue;
      main ??= name;
      http.set(name, [...(http.get(name) ?? []), Number(m[1])]);
    }
  }
  return { main, http };
}

/** DockSTARTer: one app is several files (`x.yml`, `x.ports.yml`, `x.x86_64.yml`, …) that Compose merges,
 *  with the defaults in the app's `.env`. */
/** Websoft9's docker-library: `apps/<id>/docker-compose.yml` beside the app's `.env`, which names the image
 *  (`W9_REPO`, `W9_VERSION`), the container's HTTP port (`W9_HTTP_PORT=3000`) and the host ports the store picks
 *  (`W9_*_SET`). A container side written with a host-port variable (`$W9_SSH_PORT_SET:$W9_SSH_PORT_SET`) is the
 *  store's choice, never the image's, so those variables stay unresolved. The `.env` is also the services' env_file:
 *  its settings join their environment, where a variable set to a port moves it. */
function websoft9App(files: CatalogFiles, found: Found): Partial<App> {
  const folder = found.path.slice(0, found.path.lastIndexOf('/'));
  const dotenv = new Map<string, string>();
  for (const line of files.read(`${folder}/.env`).split('\n')) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=\s*(['"]?)([^'"#]*)\2\s*(#.*)?$/.exec(line.trim());
    if (m) dotenv.set(m[1], m[3].trim());
  }
  const values = new Map([...dotenv].filter(([k, v]) => !/_SET$/.test(k) && !v.includes('$')));
  const services: Record<string, unknown> = {};
  let main: string | undefined;
  for (const [name, raw] of Object.entries(found.services)) {
    if (!raw || typeof raw !== 'object') continue;
    const service = raw as Record<string, unknown>;
    if (typeof service.container_name === 'string' && /^\$\{?W9_ID\}?$/.test(service.container_name.trim())) main ??= name;
    const usesDotenv = [service.env_file].flat().some((f) => typeof f === 'string' && /^(\.\/)?\.env$/.test(f.trim()));
    const own = Object.fromEntries(entries(service.environment));
    const fromFile = usesDotenv ? Object.fromEntries([...dotenv].filter(([k]) => !k.startsWith('W9_'))) : {};
    services[name] = { ...service, environment: { ...fromFile, ...own } };
  }
  const http = new Map<string, number[]>();
  const httpPort = Number(values.get('W9_HTTP_PORT'));
  if (main && Number.isInteger(httpPort) && httpPort > 0 && httpPort < 65536) http.set(main, [httpPort]);
  const variables = jsonOf(files.read(`${folder}/variables.json`)) ?? {};
  return { services, values, main, http, title: str(variables.trademark) };
}

function dockstarterApps(files: CatalogFiles): App[] {
  const byApp = new Map<string, string[]>();
  for (const path of files.paths) {
    const m = /^\.apps\/([^/]+)\/[^/]+\.ya?ml$/.exec(path);
    if (m && !path.includes('.aarch64.') && !path.includes('.armv7.')) byApp.set(m[1], [...(byApp.get(m[1]) ?? []), path]);
  }
  const apps: App[] = [];
  for (const [id, paths] of byApp) {
    const services: Record<string, Record<string, unknown>> = {};
    for (const path of paths) {
      const doc = yamlOf(files.read(path).replace(/<__instance>/gi, ''));
      for (const [name, s] of Object.entries((doc?.services ?? {}) as Record<string, unknown>)) {
        if (s && typeof s === 'object') services[name] = mergeService(services[name] ?? {}, s as Record<string, unknown>);
      }
    }
    const values = new Map<string, string>();
    for (const line of files.read(`.apps/${id}/.env`).replace(/<__instance>/gi, '').split('\n')) {
      const m = /^([A-Za-z0-9_]+)='?([^'#]*)'?/.exec(line.trim());
      if (m) values.set(m[1], m[2].trim());
    }
    const main = Object.keys(services)[0];
    const nice = main ? entries(services[main]?.labels).find(([k]) => k === 'com.dockstarter.appinfo.nicename')?.[1] : undefined;
    const path = paths.find((p) => /\/[^/.]+\.x86_64\.ya?ml$/.test(p)) ?? paths.find((p) => p.endsWith(`/${id}.yml`)) ?? paths[0];
    apps.push({ id, path, services, values, title: nice?.replace(/<__Instance>/gi, ''), main, categories: [], http: new Map(), words: new Map() });
  }
  return apps;
}

function mergeService(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const had = out[k];
    if (Array.isArray(had) && Array.isArray(v)) out[k] = [...had, ...v];
    else if (had && v && typeof had === 'object' && typeof v === 'object' && !Array.isArray(had) && !Array.isArray(v)) out[k] = { ...had, ...v };
    else out[k] = v;
  }
  return out;
}

function appClaims(files: CatalogFiles, app: App): ImageClaim[] {
  const claims: ImageClaim[] = [];
  const names = Object.keys(app.services);
  for (const name of names) {
    const facts: ServiceFacts | undefined = serviceFacts(name, app.services[name], app.values);
    if (!facts?.key) continue;
    const ports: PortClaim[] = facts.ports;
    if (!facts.hostNetwork) {
      for (const port of app.http.get(name) ?? []) ports.push({ port, protocol: 'tcp', speaks: 'http' });
    }
    const settings = new Set([...facts.portSettings, ...markMoved(ports, facts.environment)]);
    // The service's own PORT set to another number than every port the store states: the store's ports say nothing.
    const contradiction = contradictedByOwnPort(ports, facts.environment);
    if (contradiction) {
      ports.length = 0;
      settings.add(contradiction);
    }
    const words = app.words.get(name);
    for (const p of ports) {
      const said = words?.get(p.port);
      if (said && !p.speaks) Object.assign(p, readPortWords(said));
    }
    const main = app.main !== undefined ? app.main === name : names.length === 1;
    claims.push({
      key: facts.key, catalog: files.repo, owner: false, url: files.permalink(app.path), app: app.id, main,
      title: main ? app.title : undefined, categories: app.categories, ports: dedupe(ports), portSettings: [...settings].sort(),
    });
  }
  return claims;
}
