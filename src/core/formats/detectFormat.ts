// Which of our four formats a file is, from its name (and folders) first and the editor's language id
// second: the name is what the real tools go by (`docker compose` picks compose.yaml, nginx includes
// conf.d/*.conf), while the language id is all there is for an untitled file.
import type { ConfigFormat } from '../types';
import { isKubernetesManifest, isYamlName } from './kubernetesDetect';

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

/** `text`, when given, lets content decide what the name leaves open: a YAML file (or a `yaml` document) that
 *  holds Kubernetes objects is a manifest, whatever it is called. */
export function formatOf(fileName: string, languageId?: string, text?: string): ConfigFormat | undefined {
  const segments = pathSegments(fileName);
  const byName = formatOfName(segments);
  if (byName) return byName;
  const byLanguage = languageId ? LANGUAGE_IDS.get(languageId.toLowerCase()) : undefined;
  if (byLanguage) return byLanguage;
  return kubernetesByContent(segments, languageId, text);
}

function kubernetesByContent(segments: string[], languageId: string | undefined, text: string | undefined): ConfigFormat | undefined {
  if (typeof text !== 'string') return undefined;
  const yaml = isYamlName(segments[segments.length - 1] ?? '') || languageId?.toLowerCase() === 'yaml';
  return yaml && isKubernetesManifest(text) ? 'kubernetes' : undefined;
}

/** A name that only content can decide (a YAML file may be a Kubernetes manifest): finders read such files. */
export function mayBeFormatByContent(fileName: string): boolean {
  const segments = pathSegments(fileName);
  return formatOfName(segments) === undefined && isYamlName(segments[segments.length - 1] ?? '');
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
