// Ansible-NAS (davestephens/ansible-nas): each app is a role whose `roles/<app>/tasks/main.yml` runs a
// `community.docker.docker_container` task with Compose's own keys (image, ports, env, labels), and whose
// `defaults/main.yml` gives the variables (`sonarr_image_name: "linuxserver/sonarr"`). A store's word.
// Only the image is resolved from the defaults: a port written as a variable (`{{ sonarr_port }}`) is the user's
// choice, so a container side written that way says nothing; a literal one (`"{{ sonarr_port }}:8989"`) is a fact.
import { parse } from 'yaml';
import type { CatalogFiles } from './catalogFiles';
import type { ImageClaim } from './claims';
import { serviceFacts } from './composeServices';

const MODULES = new Set(['community.docker.docker_container', 'docker_container']);

export function readAnsibleNasRoles(files: CatalogFiles): ImageClaim[] {
  const claims: ImageClaim[] = [];
  for (const path of files.paths) {
    const m = /^roles\/([^/]+)\/tasks\/main\.ya?ml$/.exec(path);
    if (!m) continue;
    const defaults = yamlOf(files.read(`roles/${m[1]}/defaults/main.yml`)) ?? {};
    const containers: Record<string, unknown>[] = [];
    collect(yamlOf(files.read(path)), containers, 0);
    const running = containers.filter((c) => c.state !== 'absent' && typeof c.image === 'string');
    running.forEach((container, index) => {
      const image = String(container.image).replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) => {
        const value = defaults[name];
        return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
      });
      if (image.includes('{{')) return;
      const facts = serviceFacts(`${m[1]}-${index}`, { image, ports: container.ports, environment: container.env, labels: container.labels,
        network_mode: container.network_mode }, new Map());
      if (!facts?.key) return;
      // The app's own container: the only one, or the one named after the role.
      const main = running.length === 1 || String(container.name ?? '').includes(`${m[1]}_container_name`);
      claims.push({ key: facts.key, catalog: files.repo, owner: false, url: files.permalink(path), app: m[1], main, categories: [],
        ports: facts.ports, portSettings: facts.portSettings });
    });
  }
  return claims;
}

/** Every docker_container task's arguments, wherever the task sits (blocks nest them). */
function collect(value: unknown, out: Record<string, unknown>[], depth: number): void {
  if (!value || typeof value !== 'object' || depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (MODULES.has(key) && child && typeof child === 'object' && !Array.isArray(child)) out.push(child as Record<string, unknown>);
    else collect(child, out, depth + 1);
  }
}

function yamlOf(text: string): Record<string, unknown> | undefined {
  try {
    const doc = parse(text, { logLevel: 'silent', uniqueKeys: false }) as unknown;
    return doc && typeof doc === 'object' ? (doc as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
