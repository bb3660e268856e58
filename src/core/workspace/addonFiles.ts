// Which files the workspace reads in a Home Assistant add-on (developers.home-assistant.io, "Add-on configuration"):
// a Dockerfile's folder that holds config.json, config.yaml or config.yml with a `slug`. Everything in that folder
// runs in one container (rootfs/ is copied into the image), so its nginx configs, its scripts (the extensionless
// s6 `run` files, cont-init.d and services.d, *.sh) and its config and build files together say which ports the
// container listens on (addonPorts.ts). One rule for every reader: the command line walks the disk, the editor asks
// its file search and watcher, so that `port-lens check` and the Problems panel see the same files.
import { isMap, isScalar, parseDocument, type Node, type Pair } from 'yaml';
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
  return readAddonConfigDocument(text)?.value;
}

/** The config read once: its top-level mapping, and `at`, where `find` is written in the key or the value of the
 *  pair at `path` (a top-level key, then keys of the mappings below it). Places come from the parsed nodes' own
 *  ranges, so a `ports:` nested under `options:`/`schema:`, a comment or another section's equal key is never
 *  taken for the one meant. */
export interface AddonConfig {
  value: Record<string, unknown>;
  /** Without `find`, the whole key or value (a list, a mapping). */
  at(path: readonly string[], side: 'key' | 'value', find?: string): { start: number; end: number } | undefined;
}

export function readAddonConfigDocument(text: string): AddonConfig | undefined {
  try {
    const options = { logLevel: 'silent', uniqueKeys: false, maxAliasCount: 0 } as const;
    const document = parseDocument(text, options);
    const value: unknown = document.toJS(options);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const at = (path: readonly string[], side: 'key' | 'value', find?: string) => {
      let node: unknown = document.contents;
      let pair: Pair | undefined;
      for (const key of path) {
        if (!isMap(node)) return undefined;
        // The last pair of a repeated key: the one the parsed value holds.
        pair = node.items.filter((item) => isScalar(item.key) && String(item.key.value) === key).pop();
        if (!pair) return undefined;
        node = pair.value;
      }
      const range = (pair?.[side] as Node | null | undefined)?.range;
      if (!range) return undefined;
      if (find === undefined) return { start: range[0], end: range[1] };
      const at = isScalar(pair![side]) ? text.slice(range[0], range[1]).indexOf(find) : -1;
      return at === -1 ? undefined : { start: range[0] + at, end: range[0] + at + find.length };
    };
    return { value: value as Record<string, unknown>, at };
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
