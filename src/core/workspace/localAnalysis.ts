// A file's single-file analysis, exactly as the editor makes it for an open document: a compose file is
// interpolated with the `.env` beside it (an empty set of variables when there is none) and checked together
// with its override partner; the other formats are read alone.
import { analyzePorts } from '../rules/checkPorts';
import { dotenvVariables } from '../formats/dotenv';
import type { CheckOptions, MergedComposeFile, PortMention } from '../types';
import { composeFileNamesOf, defaultPartnerName, ENV_FILE_NAME, isOverrideFileName } from './composeFileNames';
import type { ComposeStructure } from './composeStructure';
import { dockStarterFileNames } from './dockStarterApps';
import { baseNameOf } from './paths';
import type { Cached, LocalAnalysis, WorkspaceFile } from './workspaceFile';

/** What the model lets the analysis see of the other files. */
export interface FileLookup {
  file(path: string): WorkspaceFile | undefined;
  /** Counts analyses, for the tests of incremental behaviour and for the benchmark. */
  counted(kind: 'local'): void;
  /** A compose file's structure (the workspace's reading), where the caller has one. */
  structure?(file: WorkspaceFile): ComposeStructure;
}

const noVariables: ReadonlyMap<string, string> = new Map();

export function siblingPath(file: WorkspaceFile, name: string): string {
  return file.folder === '' ? name : `${file.folder}/${name}`;
}

/** The `.env` beside a compose file, when the workspace has one. */
export function envFileOf(file: WorkspaceFile, files: FileLookup): WorkspaceFile | undefined {
  return files.file(siblingPath(file, ENV_FILE_NAME));
}

/** The compose file names `COMPOSE_FILE` in the `.env` of a folder lists (see composeFileNamesOf), or undefined. */
export function composeFileSettingIn(folder: string, files: FileLookup): string[] | undefined {
  const env = files.file(folder === '' ? ENV_FILE_NAME : `${folder}/${ENV_FILE_NAME}`);
  return env ? composeFileNamesOf(variablesOf(env)) : undefined;
}

/** The compose file names read together in a folder, in order, when something other than the default names
 *  decides: COMPOSE_FILE in its `.env`, else DockSTARTer's merge of an app's parts (dockStarterApps.ts). */
export function composeFilesListedIn(folder: string, files: FileLookup): string[] | undefined {
  return composeFileSettingIn(folder, files) ?? dockStarterListingIn(folder, files);
}

function dockStarterListingIn(folder: string, files: FileLookup): string[] | undefined {
  return dockStarterFileNames(baseNameOf(folder), (name) => files.file(folder === '' ? name : `${folder}/${name}`)?.format === 'compose');
}

/** The images a DockSTARTer part states for the app's service (its arch file's `image:`), for the other parts,
 *  which name none. What may move the image's ports: what the part itself says, else the app's main file, read
 *  last, which holds its environment and volumes (and, with no image, build or ports, is not known as a compose file
 *  by its content, so the workspace rarely holds it). */
function dockStarterImages(file: WorkspaceFile, partner: WorkspaceFile, files: FileLookup): MergedComposeFile['images'] {
  if (!files.structure || composeFileSettingIn(file.folder, files) !== undefined) return undefined;
  const listed = dockStarterListingIn(file.folder, files);
  // Only the arch file's, for the other parts: its own analysis then never asks for theirs (no circle).
  if (!listed || partner.name !== listed[0] || file.name === listed[0]) return undefined;
  // An image with a variable the .env does not set (`gotson/komga:${KOMGA_TAG}`) as written, as the scanner keeps it.
  const images = files.structure(partner).services.filter((service) => (service.image ?? service.imageWritten) !== undefined && !service.builds)
    .map((service) => ({ service: service.name, image: (service.image ?? service.imageWritten)!, portsChangedBy: service.imagePortsMovedBy ?? `settings in ${listed[listed.length - 1]}` }));
  return images.length > 0 ? images : undefined;
}

/** The files docker compose merges with this one when run without -f in its folder, in reading order, and whether
 *  each comes after it: the others `COMPOSE_FILE` lists with it when the folder's `.env` sets it (none when it
 *  leaves this one out), else its override or its base when it reads this one by default at all (a
 *  docker-compose.yml beside a compose.yaml is read by nobody by default). */
export function mergePartnersOf(file: WorkspaceFile, files: FileLookup): { file: WorkspaceFile; after: boolean }[] {
  const listed = composeFilesListedIn(file.folder, files);
  if (listed) {
    const own = listed.indexOf(file.name);
    if (own < 0) return [];
    const partners: { file: WorkspaceFile; after: boolean }[] = [];
    listed.forEach((name, index) => {
      const partner = index === own ? undefined : files.file(siblingPath(file, name));
      if (partner?.format === 'compose') partners.push({ file: partner, after: index > own });
    });
    return partners;
  }
  const exists = (name: string) => files.file(siblingPath(file, name))?.format === 'compose';
  const name = defaultPartnerName(file.name, exists);
  const partner = name === undefined ? undefined : files.file(siblingPath(file, name));
  return partner ? [{ file: partner, after: isOverrideFileName(partner.name) }] : [];
}

export function variablesOf(env: WorkspaceFile | undefined): ReadonlyMap<string, string> {
  if (!env) return noVariables;
  const stamp = String(env.revision);
  if (env.variables?.stamp !== stamp) env.variables = { stamp, value: safeVariables(env.text) };
  return env.variables.value;
}

function safeVariables(text: string): ReadonlyMap<string, string> {
  try {
    return dotenvVariables(text);
  } catch {
    return noVariables;
  }
}

export function localAnalysisOf(file: WorkspaceFile, files: FileLookup, options: CheckOptions, optionsRevision: number, revision: number): LocalAnalysis {
  if (!file.format) return { mentions: [], findings: [], sorted: [] };
  if (file.local?.checkedAt === revision) return file.local.value;
  let stamp = `${optionsRevision}:${file.revision}`;
  let variables: ReadonlyMap<string, string> | undefined;
  let mergedWith: MergedComposeFile[] | undefined;
  if (file.format === 'compose') {
    const env = envFileOf(file, files);
    const partners = mergePartnersOf(file, files);
    // The project key too: the port map's entries, made once per analysis, name the file's project.
    stamp += `|${env?.revision ?? '-'}|${partners.map(({ file: partner }) => `${partner.name}@${partner.revision}`).join(',') || '-'}|${file.projectKey}`;
    if (file.local?.stamp === stamp) return checked(file.local, revision);
    variables = variablesOf(env);
    if (partners.length > 0) {
      mergedWith = partners.map(({ file: partner, after }) => {
        const images = dockStarterImages(file, partner, files);
        return images ? { name: partner.name, text: partner.text, after, images } : { name: partner.name, text: partner.text, after };
      });
    }
  } else if (file.local?.stamp === stamp) {
    return checked(file.local, revision);
  }
  files.counted('local');
  // `options` holds the user's settings only (see checkOptionsOf): the other formats take it as it is.
  const analysis = analyzePorts(file.text, file.format, file.format === 'compose' ? { ...options, variables, mergedWith } : options);
  // A rule over one file names its places in that file with an empty path: here the file's own path is known.
  for (const found of analysis.findings) {
    if (found.related?.some((place) => place.path === '')) found.related = found.related.map((place) => place.path === '' ? { ...place, path: file.path } : place);
  }
  // The scanners mostly give mentions in text order already: then the analysis's own array serves.
  const sorted = inTextOrder(analysis.mentions) ? analysis.mentions : [...analysis.mentions].sort(byPosition);
  const value: LocalAnalysis = { mentions: analysis.mentions, findings: analysis.findings, sorted };
  file.local = { stamp, value, checkedAt: revision };
  return value;
}

function checked<T>(cached: Cached<T>, revision: number): T {
  cached.checkedAt = revision;
  return cached.value;
}

const byPosition = (a: PortMention, b: PortMention) => a.start - b.start || a.end - b.end;

function inTextOrder(mentions: readonly PortMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (byPosition(mentions[i - 1], mentions[i]) > 0) return false;
  return true;
}
