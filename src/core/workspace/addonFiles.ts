// Which files the workspace reads in a Home Assistant add-on (developers.home-assistant.io, "Add-on configuration"):
// a Dockerfile's folder that holds config.json, config.yaml or config.yml with a `slug`. Everything in that folder
// runs in one container (rootfs/ is copied into the image), so its nginx configs, its scripts (the extensionless
// s6 `run` files, cont-init.d and services.d, *.sh) and its config and build files together say which ports the
// container listens on (addonPorts.ts). One rule for every reader: the command line walks the disk, the editor asks
// its file search and watcher, so that `port-lens check` and the Problems panel see the same files.
import { parse } from 'yaml';
import { formatOf } from '../formats/detectFormat';
import { codeLanguageOf } from './codeListenPorts';
import { CODE_SOURCE_LIMITS } from './codeSources';

/** The names an add-on's config file takes, in the order the Supervisor looks for them. */
export const ADDON_CONFIG_NAMES = ['config.yaml', 'config.yml', 'config.json'] as const;

/** Bounds on what is read per add-on folder: the application sources' (codeSources.ts). */
export const ADDON_FILE_LIMITS = CODE_SOURCE_LIMITS;

/** Text files that may start, configure or describe a listener. Images, fonts, archives and the like are not. */
const TEXT_EXTENSION = /\.(?:sh|bash|conf|cfg|ini|toml|json|ya?ml|env|txt|md|j2|tmpl|tpl|template|sample|xml|properties|lua|php|rb|pl|service|caddyfile)$/i;
/** History, not the present: a changelog names every port the add-on ever used. */
const HISTORY = /^(?:changelog|history)(?:\.|$)/i;
const SKIPPED_FOLDER = /^(?:node_modules|\..*)$/;

/** Whether a config file's text is an add-on's: a mapping with a `slug`. A quick look first, then a parse. */
export function isAddonConfigText(text: string): boolean {
  if (!/^\s*"?slug"?\s*:/m.test(text)) return false;
  const config = readAddonConfig(text);
  return config !== undefined && typeof config.slug === 'string';
}

/** The config's top-level mapping, or undefined when it is not one. JSON is YAML, so one parser reads all three. */
export function readAddonConfig(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = parse(text, { logLevel: 'silent', uniqueKeys: false, maxAliasCount: 0 });
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `relative`, a `/`-separated path below an add-on's folder, is read with it by its name: a text file
 *  (by extension, or none: the s6 `run` and `finish` scripts, a Dockerfile), no history, at most `depth` folders
 *  down, nothing hidden or installed on the way. */
export function isAddonFileBelow(relative: string): boolean {
  const parts = relative.split('/');
  const name = parts[parts.length - 1];
  const folders = parts.slice(0, -1);
  if (name === '' || HISTORY.test(name) || folders.length > ADDON_FILE_LIMITS.depth || folders.some((folder) => folder === '' || SKIPPED_FOLDER.test(folder))) return false;
  return TEXT_EXTENSION.test(name) || (!name.includes('.') && !name.startsWith('.'));
}

/** Whether a file of an add-on, with its text, is read as one of its add-on files: not a file of the formats (read
 *  and reported as such already) nor an application source (codeSources.ts reads those, for another rule), not
 *  binary, within the size limit. */
export function isAddonFileText(path: string, text: string): boolean {
  return text.length <= ADDON_FILE_LIMITS.characters && !text.includes('\0') && codeLanguageOf(path) === undefined && formatOf(path, undefined, text) === undefined;
}
