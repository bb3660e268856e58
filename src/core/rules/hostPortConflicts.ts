// host-port-conflict: two publishes of the same host port and protocol on overlapping addresses, which
// `docker compose up` rejects with "port is already allocated". Both places are marked.
//
// Linear-ish by design (the editor runs this on every keystroke): publishes are grouped by exact
// protocol and port span, groups are swept in port order, and within a pair of groups partners are
// found through per-address buckets, so identical ports across thousands of services cost no n² walk.
//
// A host range with a single container port (`"8000-9000:80"`) is left out: the engine picks one free
// port from the range, so a fixed publish inside it only narrows the choice and does not fail the stack.
//
// Services with `profiles:` run only when a profile of theirs is enabled: two whose profiles share none are
// alternatives and are not paired; so are two that set the same container_name under different profiles (see
// sameContainerAlternatives). A fixed port repeated by replicas of one service is replicatedHostPorts.ts.
//
// `docker compose` merges compose.yaml with its override file, so the publishes of the files merged with this
// one take part too (hostPortConflictsAcrossFiles), but only this file's are reported: the other file gets its
// own findings when it is checked. Compose keeps one of two identical `ports:` entries of a service (same host
// IP, host port, container port and protocol), so such a pair across files is one publish, not a conflict.
import type { Finding, PortMention } from '../types';
import { finding } from '../catalogue';
import { hostAddressOfMention, type HostAddress } from './hostAddress';
import { hostPortSpan } from './hostPortSpan';
import { lineNumberLookup } from './lineNumbers';

/** The file checked, or one merged with it. */
export interface MergedFile {
  /** For messages (`compose.override.yaml`). */
  name: string;
  text: string;
  mentions: readonly PortMention[];
}

/** Where a publish is written: `name` is undefined for the file checked. */
interface Source {
  name?: string;
  text: string;
  /** Built on the first message that names a line of this file. */
  lineOf?: (offset: number) => number;
}

interface Publish {
  mention: PortMention;
  low: number;
  high: number;
  address: HostAddress;
  source: Source;
}

interface Group {
  low: number;
  high: number;
  members: Publish[];
  /** Some member's service has profiles, so not every pair of members runs together. */
  withProfiles: boolean;
  /** Built only for groups that meet another publish: most ports are published once. */
  byAddress?: AddressIndex;
}

interface AddressIndex {
  everyInterface: Publish[];
  byIp: Map<string, Publish[]>;
}

/** How many other places a message names; the rest are counted. */
const NAMED_PARTNERS = 3;

interface Partners {
  named: Publish[];
  count: number;
}

export function hostPortConflicts(mentions: readonly PortMention[], text: string): Finding[] {
  return hostPortConflictsAcrossFiles(mentions, text, []);
}

/** Conflicts of this file's publishes with each other and with those of the files merged with it. */
export function hostPortConflictsAcrossFiles(mentions: readonly PortMention[], text: string, merged: readonly MergedFile[]): Finding[] {
  const groupsByProtocol = new Map<string, Map<number, Group>>();
  // Per identical entry of a service, the file it was first seen in; only needed when files are merged.
  const firstSeenIn = merged.length > 0 ? new Map<string, Source>() : undefined;
  const files: { source: Source; mentions: readonly PortMention[] }[] = [
    { source: { text }, mentions },
    ...merged.map((file) => ({ source: { name: file.name, text: file.text }, mentions: file.mentions })),
  ];
  for (const { source, mentions: written } of files) {
    for (const mention of written) {
      const publish = publishOf(mention, source);
      if (!publish) continue;
      if (firstSeenIn && isMergedAway(publish, firstSeenIn)) continue;
      const protocol = mention.protocol ?? 'tcp';
      let groups = groupsByProtocol.get(protocol);
      if (!groups) groupsByProtocol.set(protocol, (groups = new Map()));
      const key = publish.low * 65536 + publish.high;
      const group = groups.get(key);
      const withProfiles = mention.profiles !== undefined;
      if (group) {
        group.members.push(publish);
        group.withProfiles ||= withProfiles;
      } else groups.set(key, { low: publish.low, high: publish.high, members: [publish], withProfiles });
    }
  }

  const partners = new Map<Publish, Partners>();
  for (const groups of groupsByProtocol.values()) {
    const ordered = [...groups.values()].sort((a, b) => a.low - b.low || a.high - b.high);
    let active: Group[] = [];
    for (const group of ordered) {
      if (active.length > 0) active = active.filter((other) => other.high >= group.low);
      if (group.members.length > 1) collectPartners(group, group, partners);
      for (const other of active) {
        collectPartners(group, other, partners);
        collectPartners(other, group, partners);
      }
      active.push(group);
    }
  }
  if (partners.size === 0) return [];

  const findings: Finding[] = [];
  for (const [publish, { named, count }] of partners) {
    findings.push(finding('host-port-conflict', publish.mention.start, publish.mention.end, messageFor(publish, named, count)));
  }
  return findings;
}

/** True for a service's entry that repeats, in another file, one already seen: Compose merges the two into one. */
function isMergedAway(publish: Publish, firstSeenIn: Map<string, Source>): boolean {
  const { service, hostIp, protocol, peer } = publish.mention;
  if (service === undefined) return false;
  const container = peer ? `${peer.port}-${peer.endPort ?? peer.port}` : '';
  const key = `${service}\n${hostIp ?? ''}\n${protocol ?? 'tcp'}\n${publish.low}-${publish.high}\n${container}`;
  const first = firstSeenIn.get(key);
  if (first === undefined) firstSeenIn.set(key, publish.source);
  return first !== undefined && first !== publish.source;
}

/** A fixed host port or port range on a readable address; undefined for what cannot conflict. */
function publishOf(mention: PortMention, source: Source): Publish | undefined {
  const span = hostPortSpan(mention);
  if (!span || span.picksOne) return undefined;
  const address = hostAddressOfMention(mention, source.text);
  if (address.kind === 'unknown') return undefined;
  return { mention, low: span.low, high: span.high, address, source };
}

/** Records, for each publish of `from`, the publishes of `to` it collides with. Every publish in the
 *  candidate lists collides (same span, overlapping address by construction), so only the first few are
 *  walked and the rest are counted: thousands of services on one port stay linear. */
function collectPartners(from: Group, to: Group, partners: Map<Publish, Partners>): void {
  const index = addressIndexOf(to);
  for (const publish of from.members) {
    // Another file's publishes are partners only: that file reports its own.
    if (publish.source.name !== undefined) continue;
    const candidates = publish.address.kind === 'ip'
      ? [index.everyInterface, index.byIp.get(publish.address.ip) ?? []]
      : [to.members];
    for (const list of candidates) {
      if (publish.mention.profiles || to.withProfiles) collectRunningTogether(publish, list, partners);
      else collectAll(publish, list, from === to && list !== index.everyInterface, partners);
    }
  }
}

/** Every publish of the list collides with this one. A publish is in its own group's lists (`includesSelf`),
 *  except in everyInterface when it has an IP of its own. */
function collectAll(publish: Publish, list: Publish[], includesSelf: boolean, partners: Map<Publish, Partners>): void {
  const count = list.length - (includesSelf ? 1 : 0);
  if (count <= 0) return;
  const record = recordOf(publish, partners);
  record.count += count;
  for (const other of list) {
    if (record.named.length >= NAMED_PARTNERS) break;
    if (other !== publish) record.named.push(other);
  }
}

/** Profiles are involved: only the publishes whose services can run at the same time collide. This walks
 *  the whole list, which only files that use profiles pay for. */
function collectRunningTogether(publish: Publish, list: Publish[], partners: Map<Publish, Partners>): void {
  for (const other of list) {
    if (other === publish || !canRunTogether(publish.mention, other.mention)) continue;
    const record = recordOf(publish, partners);
    record.count++;
    if (record.named.length < NAMED_PARTNERS) record.named.push(other);
  }
}

/**
 * A service without profiles always runs; services with profiles run only when one of theirs is enabled, so
 * two whose profiles share none are alternatives (`db` in `dev`, `db-ci` in `ci`) that a plain
 * `docker compose --profile ...` never starts together. (Enabling both profiles at once would still fail:
 * that is a choice made on the command line, which the file cannot see.)
 */
function canRunTogether(a: PortMention, b: PortMention): boolean {
  if (sameContainerAlternatives(a, b)) return false;
  if (!a.profiles || !b.profiles) return true;
  return a.profiles.some((profile) => b.profiles!.includes(profile));
}

/**
 * Two services that set the same `container_name` are never up at once: docker compose refuses a project in which
 * two enabled services share one (compose-go's Project.CheckContainerNameUnicity, run by `docker compose create`
 * and `up` before any container exists: "container name ... is already in use by service ..."), so whichever
 * profiles are enabled their ports are never allocated together. When their profiles differ, that is how a file
 * offers variants of one container (Websoft9's ollama: app-nogpu always, app-nvidia under profile nvidia, both
 * `container_name: ollama`): alternatives, not a port conflict. With the same
 * profiles (none, or the same list) every `up` that starts one starts both: the file itself is broken, and the
 * shared port is still reported, as the mistake it most likely is (a copied service).
 */
function sameContainerAlternatives(a: PortMention, b: PortMention): boolean {
  if (a.containerName === undefined || a.containerName !== b.containerName) return false;
  return !sameProfiles(a.profiles, b.profiles);
}

function sameProfiles(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((profile) => b.includes(profile));
}

function recordOf(publish: Publish, partners: Map<Publish, Partners>): Partners {
  let record = partners.get(publish);
  if (!record) partners.set(publish, (record = { named: [], count: 0 }));
  return record;
}

function addressIndexOf(group: Group): AddressIndex {
  if (group.byAddress) return group.byAddress;
  const index: AddressIndex = { everyInterface: [], byIp: new Map() };
  for (const publish of group.members) {
    if (publish.address.kind === 'all') index.everyInterface.push(publish);
    else if (publish.address.kind === 'ip') {
      const bucket = index.byIp.get(publish.address.ip);
      if (bucket) bucket.push(publish);
      else index.byIp.set(publish.address.ip, [publish]);
    }
  }
  return (group.byAddress = index);
}

function messageFor(publish: Publish, named: Publish[], count: number): string {
  const protocol = publish.mention.protocol ?? 'tcp';
  const places = named.map((other) => describePlace(publish, other));
  const rest = count - named.length;
  const list = rest > 0 ? `${places.join(', ')} and ${rest} more` : joinAnd(places);
  const subject = publish.high > publish.low
    ? `Host ports ${publish.low}-${publish.high}/${protocol} overlap a host port also published by ${list}`
    : `Host port ${publish.low}/${protocol} is also published by ${list}`;
  // A service with profiles runs only when one of them is enabled: a plain `docker compose up` may well work, and
  // the failure comes with the profile (centrifugo's redpanda beside kafka, dittofeed's MinIO beside ClickHouse).
  const gated = [publish, ...named].flatMap((one) => one.mention.profiles ? [one.mention.profiles] : []);
  const shared = gated[0]?.find((profile) => gated.every((list) => list.includes(profile)));
  const profiles = shared !== undefined ? [shared] : [...new Set(gated.map((list) => list[0]))];
  const when = profiles.length === 0 ? 'docker compose up' : `docker compose up with ${profiles.length === 1 ? 'profile' : 'profiles'} ${joinAnd(profiles)} enabled`;
  return `${subject} on an overlapping address, so ${when} fails with "port is already allocated". Give one of them another host port, or bind them to different IP addresses.`;
}

function describePlace(publish: Publish, other: Publish): string {
  const source = other.source;
  const lineOf = (source.lineOf ??= lineNumberLookup(source.text));
  const where = `${source.name === undefined ? '' : ` in ${source.name}`} (line ${lineOf(other.mention.start)})`;
  const service = other.mention.service;
  if (service === undefined) return `another entry${where}`;
  if (service === publish.mention.service) return `another entry of this service${where}`;
  return `service "${service}"${where}`;
}

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
