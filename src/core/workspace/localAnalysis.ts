// A file's single-file analysis, exactly as the editor makes it for an open document: a compose file is
// interpolated with the `.env` beside it (an empty set of variables when there is none) and checked together
// with its override partner; the other formats are read alone.
import { analyzePorts } from '../rules/checkPorts';
import { dotenvVariables } from '../formats/dotenv';
import type { CheckOptions, MergedComposeFile } from '../types';
import { ENV_FILE_NAME, isOverrideFileName, mergePartnerNames } from './composeFileNames';
import type { LocalAnalysis, WorkspaceFile } from './workspaceFile';

/** What the model lets the analysis see of the other files. */
export interface FileLookup {
  file(path: string): WorkspaceFile | undefined;
  /** Counts analyses, for the tests of incremental behaviour and for the benchmark. */
  counted(kind: 'local'): void;
}

const noVariables: ReadonlyMap<string, string> = new Map();

export function siblingPath(file: WorkspaceFile, name: string): string {
  return file.folder === '' ? name : `${file.folder}/${name}`;
}

/** The `.env` beside a compose file, when the workspace has one. */
export function envFileOf(file: WorkspaceFile, files: FileLookup): WorkspaceFile | undefined {
  return files.file(siblingPath(file, ENV_FILE_NAME));
}

/** The first of the names docker compose merges with this file that exists beside it. */
export function mergePartnerOf(file: WorkspaceFile, files: FileLookup): WorkspaceFile | undefined {
  for (const name of mergePartnerNames(file.name)) {
    const partner = files.file(siblingPath(file, name));
    if (partner) return partner;
  }
  return undefined;
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

export function localAnalysisOf(file: WorkspaceFile, files: FileLookup, options: CheckOptions, optionsRevision: number): LocalAnalysis {
  if (!file.format) return { mentions: [], findings: [], sorted: [] };
  let stamp = `${optionsRevision}:${file.revision}`;
  let variables: ReadonlyMap<string, string> | undefined;
  let mergedWith: MergedComposeFile[] | undefined;
  if (file.format === 'compose') {
    const env = envFileOf(file, files);
    const partner = mergePartnerOf(file, files);
    stamp += `|${env?.revision ?? '-'}|${partner ? `${partner.name}@${partner.revision}` : '-'}`;
    if (file.local?.stamp === stamp) return file.local.value;
    variables = variablesOf(env);
    if (partner) mergedWith = [{ name: partner.name, text: partner.text, after: isOverrideFileName(partner.name) }];
  } else if (file.local?.stamp === stamp) {
    return file.local.value;
  }
  files.counted('local');
  const analysis = analyzePorts(file.text, file.format, { ...options, variables, mergedWith });
  const sorted = [...analysis.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const value: LocalAnalysis = { ...analysis, sorted };
  file.local = { stamp, value };
  return value;
}
