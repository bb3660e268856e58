// Saltbox's Ansible roles (saltyorg/Saltbox and its community twin saltyorg/Sandbox): each app is a role whose
// `roles/<app>/defaults/main.yml` names the image (`<app>_role_docker_image_repo: "ghcr.io/hotio/sonarr"`) and the
// container port Traefik routes HTTP to (`<app>_role_web_port: "8989"`). A store's word. The two repositories are
// one team's, so they count as one catalog: they must not agree with each other. An environment variable of the
// role set to the web port (directly or through the role's own variable) moved it: a setting, not a default.
import { parse } from 'yaml';
import { imageKey } from '../../src/core/images/imageReference';
import type { CatalogFiles } from './catalogFiles';
import type { ImageClaim, PortClaim } from './claims';

export const SALTBOX_CATALOG = 'saltyorg/Saltbox';

export function readSaltboxRoles(files: CatalogFiles): ImageClaim[] {
  const claims: ImageClaim[] = [];
  for (const path of files.paths) {
    const m = /^roles\/([^/]+)\/defaults\/main\.ya?ml$/.exec(path);
    if (!m) continue;
    let values: Record<string, unknown>;
    try {
      const doc = parse(files.read(path), { logLevel: 'silent', uniqueKeys: false }) as unknown;
      if (!doc || typeof doc !== 'object' || Array.isArray(doc)) continue;
      values = doc as Record<string, unknown>;
    } catch {
      continue;
    }
    const prefix = Object.keys(values).find((k) => k.endsWith('_role_web_port'))?.slice(0, -'_role_web_port'.length);
    if (prefix === undefined) continue;
    const port = Number(values[`${prefix}_role_web_port`]);
    const repository = values[`${prefix}_role_docker_image_repo`];
    const key = typeof repository === 'string' && !repository.includes('{') ? imageKey(repository) : undefined;
    if (!key || !Number.isInteger(port) || port < 1 || port > 65535) continue;
    const claim: PortClaim = { port, protocol: 'tcp', speaks: 'http', description: 'web UI or HTTP API' };
    const portSettings: string[] = [];
    const envs = values[`${prefix}_role_docker_envs_default`];
    if (envs && typeof envs === 'object' && !Array.isArray(envs)) {
      for (const [name, value] of Object.entries(envs as Record<string, unknown>)) {
        const text = String(value ?? '');
        if (/web_port/.test(text) || (/PORT/i.test(name) && text.trim() === String(port))) {
          claim.movedBy ??= name;
          portSettings.push(name);
        }
      }
    }
    claims.push({ key, catalog: SALTBOX_CATALOG, owner: false, url: files.permalink(path), app: m[1], main: true, categories: [], ports: [claim], portSettings: portSettings.sort() });
  }
  return claims;
}
