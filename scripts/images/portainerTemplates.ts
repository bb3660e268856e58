// Portainer's app templates (Lissy93/portainer-templates merges eleven lists into one templates.json): a
// container template (type 1) names its image and ports as `host:container/proto` or `container/proto`.
import { imageKey } from '../../src/core/images/imageReference';
import type { CatalogFiles } from './catalogFiles';
import type { ImageClaim, PortClaim } from './claims';
import { containerSide, dedupe, sidePort, markMoved } from './composeServices';

export function readPortainerTemplates(files: CatalogFiles): ImageClaim[] {
  const claims: ImageClaim[] = [];
  for (const path of files.paths) {
    if (!/(^|\/)templates[^/]*\.json$/.test(path)) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(files.read(path));
    } catch {
      continue;
    }
    const templates = (doc as { templates?: unknown })?.templates;
    if (!Array.isArray(templates)) continue;
    for (const t of templates as Record<string, unknown>[]) {
      if (!t || t.type !== 1 || typeof t.image !== 'string') continue;
      const key = imageKey(t.image);
      if (!key) continue;
      const ports: PortClaim[] = [];
      if (t.network !== 'host') {
        for (const spec of Array.isArray(t.ports) ? t.ports : []) {
          const side = typeof spec === 'string' ? containerSide(spec) : undefined;
          if (side && !side.variable) ports.push(sidePort(side));
        }
      }
      const environment = new Map<string, string>();
      for (const e of Array.isArray(t.env) ? (t.env as Record<string, unknown>[]) : []) {
        if (typeof e?.name === 'string' && (typeof e.default === 'string' || typeof e.default === 'number')) environment.set(e.name, String(e.default));
      }
      const settings = markMoved(ports, environment);
      claims.push({
        key, catalog: files.repo, owner: false, url: files.permalink(path), app: String(t.name ?? t.title ?? key), main: true,
        title: typeof t.title === 'string' ? t.title.trim() : undefined,
        categories: Array.isArray(t.categories) ? t.categories.filter((c): c is string => typeof c === 'string').map((c) => c.toLowerCase()) : [],
        ports: dedupe(ports), portSettings: settings.sort(),
      });
    }
  }
  return claims;
}
