// What docker compose reads beside a compose file besides the file itself: the `.env` it interpolates the file
// with, and the file it merges with it (compose.yaml with compose.override.yaml). Names and their order are
// compose-go's (DefaultFileNames, DefaultOverrideFileNames): it takes the first base file that exists, then the
// first override file that exists, whatever their stems.
import { dotenvVariables } from '../core';
import { FilesBeside, type FileBeside } from './filesBeside';
import type { PortLensSettings } from './settings';

const ENV_FILE_NAMES = ['.env'] as const;
const BASE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'] as const;
const OVERRIDE_FILE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'] as const;

export type Variables = ReadonlyMap<string, string>;
export type ComposeEnvFiles = FilesBeside<Variables>;
export type ComposeMergePartners = FilesBeside<FileBeside | undefined>;

const noVariables: Variables = new Map();

/** The variables of the `.env` beside each compose document; none when there is no `.env`. */
export function followComposeEnvFiles(settings: () => PortLensSettings): ComposeEnvFiles {
  return new FilesBeside<Variables>(settings, {
    names: ENV_FILE_NAMES,
    candidatesFor: () => ENV_FILE_NAMES,
    valueOf: (file) => (file ? dotenvVariables(file.text) : noVariables),
    same: sameVariables,
  });
}

/** For a base compose file, its override file; for an override file, its base file; undefined when none
 *  exists, and for compose files with other names, which docker compose reads only when told to (`-f`). */
export function followComposeMergePartners(settings: () => PortLensSettings): ComposeMergePartners {
  return new FilesBeside<FileBeside | undefined>(settings, {
    names: [...BASE_FILE_NAMES, ...OVERRIDE_FILE_NAMES],
    candidatesFor: mergePartnerNames,
    valueOf: (file) => file,
    same: (a, b) => a?.name === b?.name && a?.text === b?.text,
  });
}

/** Whether docker compose reads this file after the base file: it is an override, whose settings win. */
export function isOverrideFile(name: string): boolean {
  return (OVERRIDE_FILE_NAMES as readonly string[]).includes(name);
}

function mergePartnerNames(documentName: string): readonly string[] | undefined {
  if ((BASE_FILE_NAMES as readonly string[]).includes(documentName)) return OVERRIDE_FILE_NAMES;
  if ((OVERRIDE_FILE_NAMES as readonly string[]).includes(documentName)) return BASE_FILE_NAMES;
  return undefined;
}

function sameVariables(a: Variables, b: Variables): boolean {
  if (a.size !== b.size) return false;
  for (const [name, value] of a) {
    if (b.get(name) !== value) return false;
  }
  return true;
}
