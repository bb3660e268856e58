// From claims to rows. The image owner's word first: when the owner states ports, they are the row's ports.
// Otherwise a port becomes a default only when two catalogs state it for the image (one store's compose may
// publish a sidecar's port, or the port its own config moved the app to), and never from a catalog that set it
// through a variable (that variable becomes a port setting instead). Curated rows win: their keys are skipped.
import type { ImageKind, Protocol } from '../../src/core/types';
import type { ImageClaim, PortClaim, Speaks } from './claims';

export interface CatalogPort {
  port: number;
  endPort?: number;
  protocol: Protocol;
  description: string;
  speaks?: Speaks;
}

/** A generated row as committed (src/core/images/generated/catalogImages.jsonl), one per image. */
export interface CatalogRow {
  image: string;
  software: string;
  kind: ImageKind;
  ports: CatalogPort[];
  portSettings?: string[];
  /** The owner's documentation says the software listens on no port (src/core/types.ts, ImageInfo). */
  listensOnNoPort?: true;
  url: string;
  /** The image's other name: a project publishes `owner/name` on Docker Hub and `ghcr.io/owner/name` alike. */
  aliases?: string[];
  /** The catalogs whose statements made the row (owner first): for review, not shipped. */
  sources: string[];
}

export const MIN_AGREEING_CATALOGS = 2;

export function mergeClaims(claims: readonly ImageClaim[], curatedKeys: ReadonlySet<string>): CatalogRow[] {
  const byKey = new Map<string, ImageClaim[]>();
  for (const claim of claims) {
    const names = namesOf(claim.key);
    if (names.some((name) => curatedKeys.has(name)) || claim.key.includes('$')) continue;
    byKey.set(names[0], [...(byKey.get(names[0]) ?? []), claim]);
  }
  const rows: CatalogRow[] = [];
  for (const key of [...byKey.keys()].sort()) {
    // A retired template speaks only where no current catalog states the image's ports: what is published now wins
    // over what was.
    const all = byKey.get(key)!;
    const current = all.filter((c) => !c.retired);
    const heard = current.some((c) => c.ports.length > 0) ? current : all;
    const row = rowOf(key, heard.slice().sort(byCatalogThenUrl));
    if (row) {
      const aliases = namesOf(key).slice(1);
      if (aliases.length > 0) row.aliases = aliases;
      rows.push(row);
    }
  }
  return rows;
}

/** The names one image goes by, the one rows are keyed by first: `ghcr.io/owner/name` and `owner/name` are taken for the same
 *  project's image (projects publish to both under their GitHub name), so catalogs that write either agree. */
export function namesOf(key: string): string[] {
  // Bitnami's images are published under three names (lookupImage reads the other two as bitnami/).
  const bitnami = /^(bitnami|bitnamilegacy|bitnamisecure)\/([^/]+)$/.exec(key);
  if (bitnami) return [`bitnami/${bitnami[2]}`, `bitnamilegacy/${bitnami[2]}`, `bitnamisecure/${bitnami[2]}`];
  const hub = key.startsWith('ghcr.io/') ? key.slice(8) : key;
  if (hub.split('/').length !== 2 || hub.includes('.') && hub.indexOf('.') < hub.indexOf('/')) return [key];
  return [hub, `ghcr.io/${hub}`];
}

function byCatalogThenUrl(a: ImageClaim, b: ImageClaim): number {
  return Number(b.owner) - Number(a.owner) || compare(a.catalog, b.catalog) || compare(a.url, b.url);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function portId(p: PortClaim): string {
  return `${p.port}-${p.endPort ?? p.port}/${p.protocol}`;
}

function rowOf(key: string, claims: ImageClaim[]): CatalogRow | undefined {
  const owning = claims.filter((c) => c.owner && c.ports.length > 0);
  // The owner's word about the image as an app's own service (a chart's main image) before its word about the
  // image as another app's component (the same exporter in many charts).
  const owners = owning.some((c) => c.main) ? owning.filter((c) => c.main) : owning;
  // The owner's documentation says the image listens on no port, and no catalog states one for it: a row that says so
  // (the hover names the software; no rule takes a port for it). A catalog that does state a port leaves the row to
  // the agreement below.
  const noPort = claims.find((c) => c.owner && c.listensOnNoPort);
  if (noPort && claims.every((c) => c.ports.length === 0 && c.inherits === undefined)) {
    return { image: key, software: softwareOf(key, claims), kind: kindOf(claims, []), ports: [], listensOnNoPort: true, url: noPort.url, sources: [noPort.catalog] };
  }
  let ports: CatalogPort[];
  let url: string;
  let sources: string[];
  if (owners.length > 0) {
    // One image whose tag selects what runs (ich777/steamcmd runs a different game server per tag): the owner's
    // templates disagree on its ports, and no one row can say them.
    const portSets = new Set(owners.map((c) => c.ports.map(portId).sort().join(',')));
    const templatesOnly = owners.every((c) => c.catalog !== 'linuxserver/docker-documentation' && c.catalog !== 'bitnami/charts');
    if (templatesOnly && new Set(owners.map((c) => c.app)).size > 1 && portSets.size > 1) return undefined;
    const merged = new Map<string, PortClaim[]>();
    for (const p of owners.flatMap((c) => c.ports)) merged.set(portId(p), [...(merged.get(portId(p)) ?? []), p]);
    // An image that is no app's own service (an exporter beside many charts' apps) gets a port per app that runs it;
    // only the ports two of those apps state are the image's, not one app's configuration (jmx-exporter's 10445).
    const apps = new Set(owners.map((c) => c.app));
    if (!owners.some((c) => c.main) && apps.size > 1) {
      for (const [id] of merged) {
        if (new Set(owners.filter((c) => c.ports.some((p) => portId(p) === id)).map((c) => c.app)).size < 2) merged.delete(id);
      }
      if (merged.size === 0) return undefined;
    }
    // What a port speaks: the owner's word where it gives one; where its Dockerfile only says EXPOSE, what two
    // stores both say the same port speaks (one store's word is not enough: a chart called Omada's HTTPS 8043 http).
    ports = [...merged.values()].map((said) => portOf(said.some((p) => p.speaks) ? said : [...said, ...agreedStoreStatements(claims, portId(said[0]))], 'owner'));
    url = owners[0].url;
    sources = [...new Set(owners.map((c) => c.catalog))];
  } else {
    // Agreement: distinct catalogs that state the same port, protocol and range, not through a variable.
    const stated = new Map<string, { claims: PortClaim[]; catalogs: Set<string>; files: Set<string>; urls: string[] }>();
    for (const claim of claims) {
      for (const p of claim.ports) {
        if (p.movedBy) continue;
        const id = portId(p);
        const entry = stated.get(id) ?? { claims: [], catalogs: new Set<string>(), files: new Set<string>(), urls: [] };
        entry.claims.push(p);
        entry.catalogs.add(claim.catalog);
        entry.files.add(sameFile(claim.url));
        entry.urls.push(claim.url);
        stated.set(id, entry);
      }
    }
    // A fork holds its upstream's files at the same commits: one file read twice is one statement, not two that agree
    // (agusalex/docker-templates and binhex/docker-templates both hold needo's templates at 5b2bdf4).
    const agreed = [...stated.values()].filter((e) => e.catalogs.size >= MIN_AGREEING_CATALOGS && e.files.size >= MIN_AGREEING_CATALOGS);
    if (agreed.length === 0) return undefined;
    ports = agreed.map((e) => portOf(e.claims, `${e.catalogs.size} catalogs`));
    url = agreed.map((e) => e.urls[0]).sort()[0];
    sources = [...new Set(agreed.flatMap((e) => [...e.catalogs]))].sort();
  }
  ports.sort((a, b) => a.port - b.port || compare(a.protocol, b.protocol));
  const settings = [...new Set(claims.flatMap((c) => c.portSettings))].sort();
  const row: CatalogRow = { image: key, software: softwareOf(key, claims), kind: kindOf(claims, ports), ports, url, sources };
  if (settings.length > 0) row.portSettings = settings;
  return row;
}

/** A claim's file as the same text in any repository: the commit and path of its permalink (a fork shares both). */
function sameFile(url: string): string {
  const m = /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/([0-9a-f]{40}\/.*)$/.exec(url);
  return m ? m[1] : url;
}

/** What two stores agree one port speaks (statements not moved through a variable), else none. */
function agreedStoreStatements(claims: ImageClaim[], id: string): PortClaim[] {
  const said = claims.filter((c) => !c.owner).flatMap((c) => c.ports.filter((p) => !p.movedBy && p.speaks && portId(p) === id).map((p) => ({ p, catalog: c.catalog })));
  // Stores that disagree are all passed on, and portOf then says nothing.
  return new Set(said.map((s) => s.catalog)).size >= MIN_AGREEING_CATALOGS ? said.map((s) => s.p) : [];
}

const HTTPS_PORTS: ReadonlySet<number> = new Set([443, 8443]);

function portOf(said: PortClaim[], by: string): CatalogPort {
  const { port, endPort, protocol } = said[0];
  const out: CatalogPort = { port, protocol, description: '' };
  if (endPort !== undefined) out.endPort = endPort;
  const speaks = new Set(said.map((p) => p.speaks).filter((s): s is Speaks => s !== undefined));
  // Sources that disagree on what the port speaks say nothing we can use; UDP carries neither HTTP nor TLS.
  if (speaks.size === 1 && !(protocol === 'udp' && [...speaks][0] !== 'other')) out.speaks = [...speaks][0];
  // A catalog's "WebUI" on 443 or 8443 (HTTPS's port; IANA's pcsync-https, the usual alternate) reads as HTTP by its
  // words, but the server there most likely speaks TLS (LinuxServer's pydio, crafty-4): say nothing rather than http.
  if (out.speaks === 'http' && HTTPS_PORTS.has(port)) delete out.speaks;
  const words = said.map((p) => p.description).filter((d): d is string => !!d).sort();
  if (out.speaks === undefined && HTTPS_PORTS.has(port) && speaks.has('http')) words.splice(0, words.length, 'web UI or API');
  out.description = out.speaks === 'http' ? 'web UI or HTTP API'
    : out.speaks === 'tls' ? 'web UI or API over HTTPS'
    : words[0] ?? (by === 'owner' ? 'port the image documents' : `port that ${by} publish`);
  return out;
}

/** Lower-case letters and digits only: `Home Assistant` and `homeassistant/home-assistant` meet as names. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A name fits an image when one holds the other's distinctive part: `Navidrome` and `deluan/navidrome`. */
export function nameFitsImage(name: string, key: string): boolean {
  const n = squash(name);
  if (n.length < 3) return false;
  const path = key.includes('.') && key.indexOf('.') < key.indexOf('/') ? key.slice(key.indexOf('/') + 1) : key;
  const segments = path.split('/').map(squash).filter((s) => s.length >= 3);
  const whole = squash(path);
  const firstWord = squash(name.split(/[\s\-_:(]+/)[0] ?? '');
  return whole.includes(n) || segments.some((s) => n.includes(s) || s.includes(n))
    || (firstWord.length >= 4 && whole.includes(firstWord));
}

function softwareOf(key: string, claims: ImageClaim[]): string {
  // The owner's documentation names its software; an owner's template is believed only where the name fits the
  // image (a copied template once called sdesbure/t411torznab "Domoticz").
  const ownerTitle = claims.find((c) => c.owner && c.title && (DOCUMENTED_NAMES.has(c.catalog) || nameFitsImage(c.title, key)))?.title;
  if (ownerTitle) return ownerTitle;
  const votes = new Map<string, { name: string; catalogs: Set<string> }>();
  for (const c of claims) {
    if (!c.main || !c.title) continue;
    const id = squash(c.title);
    if (!id) continue;
    const vote = votes.get(id) ?? { name: c.title, catalogs: new Set() };
    vote.catalogs.add(c.catalog);
    votes.set(id, vote);
  }
  // An app's name names the image only when it fits the image's name or two catalogs give it: an app whose
  // main service is a generic image (nginx serving a PHP app) must not rename that image.
  const fitting = [...votes.values()]
    .filter((v) => nameFitsImage(v.name, key) || v.catalogs.size >= MIN_AGREEING_CATALOGS)
    .sort((a, b) => b.catalogs.size - a.catalogs.size || Number(nameFitsImage(b.name, key)) - Number(nameFitsImage(a.name, key)) || compare(a.name, b.name));
  const distinctFitting = new Set(fitting.filter((v) => v.catalogs.size >= MIN_AGREEING_CATALOGS).map((v) => squash(v.name)));
  if (fitting.length > 0 && distinctFitting.size <= 1) return fitting[0].name;
  return key.slice(key.lastIndexOf('/') + 1);
}

/** Catalogs that are the owner's documentation of each image, whose names need no check. */
const DOCUMENTED_NAMES: ReadonlySet<string> = new Set(['linuxserver/docker-documentation', 'bitnami/charts']);

const MEDIA = /media|music|video|movie|photo|audiobook|podcast|stream|tv\b|film/;
const MONITORING = /monitor|observab|metrics/;

function kindOf(claims: ImageClaim[], ports: CatalogPort[]): ImageKind {
  // Never a kind the rules treat as sensitive (database, cache, queue, object store, admin UI): a catalog's
  // category is too loose to warn on, and a missing warning costs less than a false one.
  const categories = claims.filter((c) => c.main).flatMap((c) => c.categories).join(' ');
  if (MEDIA.test(categories)) return 'media';
  if (MONITORING.test(categories)) return 'monitoring';
  return ports.some((p) => p.speaks === 'http' || p.speaks === 'tls') ? 'web-app' : 'other';
}
