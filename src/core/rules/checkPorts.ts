// The rule engine: scan once, keep the scanner's reading problems, run the semantic rules over the
// mentions, apply the user's severities, and return findings in text order. Never throws: the editor
// calls this on every (debounced) keystroke, and a broken rule must only lose its own findings.
import { shareImagesAcrossFiles, takeImagesStated } from '../formats/composeImage';
import { composeReadingsShared, sharingComposeReadings } from '../formats/composeParse';
import { scanFile } from '../formats/scanFile';
import { applyServiceSettings, mergeServiceSettings, withoutReplacedPorts } from '../formats/serviceSettings';
import type { CheckOptions, ConfigFormat, Finding, MergedComposeFile, PortMention, ScanResult, ServiceSettings, Severity } from '../types';
import { containerPortMismatch } from './containerPortMismatch';
import { routeProtocolMismatch } from './routeProtocolMismatch';
import { databasePortMismatch } from './databasePortMismatch';
import { sharedPortVariable } from './sharedPortVariable';
import { settingPortMismatch } from './settingPortMismatch';
import { udpPublishedAsTcp } from './udpPublishedAsTcp';
import { udpExposedAsTcp } from './udpExposedAsTcp';
import { httpAndHttpsOnOnePort } from './httpAndHttpsOnOnePort';
import { dynamicRange } from './dynamicRange';
import { exposedAllInterfaces } from './exposedAllInterfaces';
import { hostPortConflicts, hostPortConflictsAcrossFiles, type MergedFile } from './hostPortConflicts';
import { privilegedHostPort } from './privilegedHostPort';
import { replicatedHostPorts } from './replicatedHostPorts';
import type { SemanticRule } from './semanticRule';
import { containerPortVariable } from './containerPortVariable';
import { loopbackListenAddress } from './loopbackListenAddress';
import { healthCheckClientPort } from './healthCheckClientPort';
import { kubernetesCode } from '../kubernetesCode';

export interface PortAnalysis {
  mentions: PortMention[];
  findings: Finding[];
}

export const SEMANTIC_RULES: readonly SemanticRule[] = [
  dynamicRange, hostPortConflicts, replicatedHostPorts, exposedAllInterfaces, privilegedHostPort, containerPortMismatch,
  settingPortMismatch, udpPublishedAsTcp, routeProtocolMismatch, databasePortMismatch, httpAndHttpsOnOnePort, containerPortVariable, loopbackListenAddress,
  healthCheckClientPort, udpExposedAsTcp, sharedPortVariable,
];

export function checkPorts(text: string, format: ConfigFormat, options?: CheckOptions): Finding[] {
  return analyzePorts(text, format, options).findings;
}

export function analyzePorts(text: string, format: ConfigFormat, options?: CheckOptions): PortAnalysis {
  // A manifest's scanner and rules each read its objects: parsed once for them all. They are kubernetes.js's
  // (../kubernetesCode.ts): without it a manifest says nothing.
  if (format === 'kubernetes') {
    const kubernetes = kubernetesCode();
    return kubernetes ? kubernetes.readingManifest(() => analyzeText(text, format, options)) : { mentions: [], findings: [] };
  }
  return analyzeText(text, format, options);
}

function analyzeText(text: string, format: ConfigFormat, options?: CheckOptions): PortAnalysis {
  if (format !== 'compose') return analyzeParsed(text, format, false, options);
  // The rules that read a service's fields from the documents (containerPortVariable, loopbackListenAddress) take
  // the scanner's parse rather than parsing the file again.
  const cachedScan = composeReadingsShared();
  return sharingComposeReadings(() => analyzeParsed(text, format, cachedScan, options));
}

/** `cachedScan`: the workspace model is at work, and the scan of this text may be one it made already. */
function analyzeParsed(text: string, format: ConfigFormat, cachedScan: boolean, options?: CheckOptions): PortAnalysis {
  try {
    const source = typeof text === 'string' ? text : '';
    const { mentions, problems, services } = cachedScan ? scanComposeText(source, options?.variables) : scanFile(source, format, options?.variables);
    const merged = format === 'compose' ? scanMergedFiles(options) : [];
    if (merged.length > 0) {
      // A service's profiles and replica count are merged across the files like docker compose merges them.
      const inReadingOrder = [...merged.filter((file) => !file.after), { services }, ...merged.filter((file) => file.after)];
      const settings = mergeServiceSettings(inReadingOrder.map((file) => file.services));
      for (const file of [{ mentions }, ...merged]) applyServiceSettings(file.mentions, settings);
      shareImagesAcrossFiles(mentions, merged);
      takeImagesStated(mentions, merged);
    }
    const rules = format === 'kubernetes' ? kubernetesCode()?.rules ?? [] : merged.length === 0 ? SEMANTIC_RULES : SEMANTIC_RULES.map((rule): SemanticRule =>
      rule === hostPortConflicts ? (own, ownText) => conflictsAcrossFiles(own, ownText, services, merged) : rule);
    const findings = runRules(rules, mentions, text, options ?? {});
    return { mentions, findings: withUserSeverities([...problems, ...findings], options) };
  } catch {
    return { mentions: [], findings: [] };
  }
}

/** host-port-conflict over the merged files, without the publishes a later file replaces (`ports: !override`). */
function conflictsAcrossFiles(own: readonly PortMention[], ownText: string, ownServices: ScanResult['services'],
  merged: readonly ScannedMergedFile[]): Finding[] {
  const ownFile = { mentions: own, services: ownServices, own: true };
  const inReadingOrder = [...merged.filter((file) => !file.after), ownFile, ...merged.filter((file) => file.after)];
  const kept = withoutReplacedPorts<{ mentions: readonly PortMention[]; services?: ScanResult['services']; own?: boolean }>(inReadingOrder);
  const keptOwn = kept.find((file) => file.own)?.mentions ?? own;
  const keptMerged = merged.map((file) => ({ ...file, mentions: kept[inReadingOrder.indexOf(file)].mentions }));
  return hostPortConflictsAcrossFiles(keptOwn, ownText, keptMerged);
}

interface ScannedMergedFile extends MergedFile {
  mentions: PortMention[];
  services?: ReadonlyMap<string, ServiceSettings>;
  after: boolean;
  images?: MergedComposeFile['images'];
}

/** The ports of the files docker compose merges with this one, read with the same variables (they share the
 *  folder, so the same .env). A file that cannot be read counts as empty: it must not cost this file its findings. */
function scanMergedFiles(options: CheckOptions | undefined): ScannedMergedFile[] {
  const merged: ScannedMergedFile[] = [];
  for (const file of Array.isArray(options?.mergedWith) ? options.mergedWith : []) {
    try {
      if (typeof file?.text !== 'string') continue;
      const name = typeof file.name === 'string' ? file.name : 'another file';
      const { mentions, services } = scanComposeText(file.text, options?.variables);
      merged.push({ name, text: file.text, mentions, services, after: file.after === true, images: Array.isArray(file.images) ? file.images : undefined });
    } catch {
      // scanFile never throws; this guards against a future one that does.
    }
  }
  return merged;
}

/** The last compose files read. While the user types in compose.yaml its override does not change, and reading
 *  it again on every keystroke would double the cost of each check. While the workspace model works (see
 *  sharingComposeReadings) the checked file's own scan is kept too: it checks a compose file and then its
 *  override, each merged with the other, and so reads each once instead of twice. The mentions are handed out
 *  as copies, since the merged service settings are written onto them. */
const recentComposeScans: { text: string; variables: ReadonlyMap<string, string> | undefined; scan: ScanResult }[] = [];
const RECENT_COMPOSE_SCANS = 2;

function scanComposeText(text: string, variables: ReadonlyMap<string, string> | undefined): ScanResult {
  let recent = recentComposeScans.find((entry) => entry.text === text && entry.variables === variables);
  if (!recent) {
    recent = { text, variables, scan: scanFile(text, 'compose', variables) };
    recentComposeScans.unshift(recent);
    if (recentComposeScans.length > (composeReadingsShared() ? RECENT_COMPOSE_SCANS : 1)) recentComposeScans.length = composeReadingsShared() ? RECENT_COMPOSE_SCANS : 1;
  }
  const { mentions, problems, services } = recent.scan;
  return { mentions: mentions.map((mention) => ({ ...mention })), problems, services };
}

/** Runs each rule on its own: one that throws loses its findings, not the others'. */
export function runRules(rules: readonly SemanticRule[], mentions: readonly PortMention[], text: string, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      findings.push(...rule(mentions, text, options));
    } catch {
      // A rule bug must not take the editor's diagnostics down with it.
    }
  }
  return findings;
}

const SEVERITIES: ReadonlySet<string> = new Set<Severity>(['error', 'warning', 'info', 'hint']);

/** Drops the codes set to 'off', re-grades the others, and sorts by position (then code, for a stable order). */
export function withUserSeverities(findings: readonly Finding[], options?: CheckOptions): Finding[] {
  const overrides = options?.rules ?? {};
  const result: Finding[] = [];
  for (const found of findings) {
    const override = Object.prototype.hasOwnProperty.call(overrides, found.code) ? overrides[found.code] : undefined;
    if (override === 'off') continue;
    result.push(override !== undefined && SEVERITIES.has(override) ? { ...found, severity: override } : found);
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
