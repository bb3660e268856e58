// Which of our five formats a file is, from its name (and folders) first, the editor's language id second,
// and its text last: the name is what the real tools go by (`docker compose` picks compose.yaml, nginx includes
// conf.d/*.conf), the language id is all there is for an untitled file (or what the user chose with
// files.associations), and the text decides for app-store files named after their app (`gotify.yaml`).
import type { ConfigFormat } from '../types';
import { formatOfContent } from './detectContent';

const LANGUAGE_IDS = new Map<string, ConfigFormat>([
  ['dockercompose', 'compose'],
  ['dockerfile', 'dockerfile'],
  ['dotenv', 'dotenv'],
  ['nginx', 'nginx'],
]);

// Debian's layout: every file in these folders is a server block, often named after the site (example.com).
const NGINX_SITE_FOLDERS = new Set(['sites-available', 'sites-enabled']);
// Extensionless names that sit beside nginx configs but are not nginx syntax.
const NOT_NGINX = new Set(['readme', 'license', 'makefile', 'changelog']);

/** Language ids under which the text may still decide: the generic ones an editor gives any YAML or unknown
 *  file. Any other (a workflow, Ansible, Helm, Kubernetes language id from another extension, or one the user
 *  set with files.associations) is taken at its word: not ours. */
const CONTENT_LANGUAGE_IDS = new Set(['yaml', 'plaintext', 'properties', 'ini', 'conf']);

/**
 * The format of a file, or undefined when it is none of ours. `text`, when given, decides for a file whose name
 * and language id do not: a YAML file that is a Compose file by its top-level keys, an nginx config by its
 * blocks and directives (see detectContent.ts).
 */
export function formatOf(fileName: string, languageId?: string, text?: string): ConfigFormat | undefined {
  const segments = pathSegments(typeof fileName === 'string' ? fileName : '');
  const byName = formatOfName(segments);
  if (byName) return byName;
  const language = typeof languageId === 'string' && languageId !== '' ? languageId.toLowerCase() : undefined;
  const byLanguage = language === undefined ? undefined : LANGUAGE_IDS.get(language);
  if (byLanguage) return byLanguage;
  if (typeof text !== 'string' || (language !== undefined && !CONTENT_LANGUAGE_IDS.has(language))) return undefined;
  const base = segments[segments.length - 1];
  return base === undefined ? undefined : formatOfContent(base, text, language);
}

/** Splits a file system path (`/` or `\`) or a URI (`file:///c%3A/x/compose.yaml`) into its segments. */
function pathSegments(fileName: string): string[] {
  let path = fileName;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    path = path.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
    try {
      path = decodeURIComponent(path);
    } catch {
      // A stray `%` in a name: keep it as written.
    }
  }
  return path.split(/[\\/]/).filter((segment) => segment !== '');
}

function formatOfName(segments: string[]): ConfigFormat | undefined {
  const base = segments[segments.length - 1];
  if (!base) return undefined;
  const name = base.toLowerCase();
  const folders = segments.slice(0, -1).map((folder) => folder.toLowerCase());

  if (/^(docker-)?compose\.ya?ml$/.test(name) || /^docker-compose.*\.ya?ml$/.test(name) || /^compose\..+\.ya?ml$/.test(name)) {
    return 'compose';
  }
  if (name === 'dockerfile' || name === 'containerfile' || name.endsWith('.dockerfile')
      || ((name.startsWith('dockerfile.') || name.startsWith('containerfile.')) && !name.endsWith('.dockerignore'))) {
    return 'dockerfile';
  }
  if (name === '.env' || name.startsWith('.env.') || (name.endsWith('.env') && name.length > '.env'.length)) {
    return 'dotenv';
  }
  if (name === 'nginx.conf' || name.endsWith('.nginx') || name.endsWith('.conf.template')) return 'nginx';

  const parent = folders[folders.length - 1];
  if (parent !== undefined && NGINX_SITE_FOLDERS.has(parent) && !name.startsWith('.')) return 'nginx';
  // Only *.conf in conf.d: other tools keep their own files in folders of that name (mysql's *.cnf).
  if (parent === 'conf.d' && name.endsWith('.conf')) return 'nginx';
  const extensionless = !name.includes('.') && !NOT_NGINX.has(name);
  // Anywhere below an nginx/ folder (nginx/conf.d/default.conf, docker/nginx/fastcgi_params).
  if (folders.includes('nginx') && (name.endsWith('.conf') || extensionless)) {
    return 'nginx';
  }
  return undefined;
}
