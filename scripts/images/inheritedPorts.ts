// Ports an image takes from its base: an owner's Dockerfile that exposes nothing and runs its base's server
// unchanged (ownerRepository.ts marks such claims with `inherits`) listens where the base listens. The base's ports
// come from the curated rows (the official images cite their Dockerfiles) or from the base owner's own claims; a
// base with rows per tag (php:fpm, wordpress:fpm) or with owners that disagree gives nothing.
import { imageKey } from '../../src/core/images/imageReference';
import type { ImageRow } from '../../src/core/images/imageRow';
import type { ImageClaim, PortClaim } from './claims';
import { namesOf } from './mergeClaims';

export function resolveInheritedPorts(claims: readonly ImageClaim[], curated: readonly ImageRow[]): ImageClaim[] {
  const bases = new Map<string, { ports: PortClaim[]; settings: string[] } | null>();
  const tagged = new Set<string>();
  for (const row of curated) {
    for (const name of [row.image, ...(row.aliases ?? [])]) {
      const key = imageKey(name);
      if (key === undefined) continue;
      if (row.tag) tagged.add(key);
      else if (!bases.has(key)) bases.set(key, { ports: row.ports.map((p) => ({ port: p.port, ...(p.endPort ? { endPort: p.endPort } : {}), protocol: p.protocol, description: p.description })), settings: [...(row.portSettings ?? [])] });
    }
  }
  // The base owner's own word, where the curated rows are silent and the owner's claims agree.
  const owned = new Map<string, ImageClaim[]>();
  for (const c of claims) {
    if (!c.owner || c.inherits !== undefined || c.ports.length === 0) continue;
    const key = namesOf(c.key)[0];
    owned.set(key, [...(owned.get(key) ?? []), c]);
  }
  const baseOf = (key: string) => {
    if (tagged.has(key)) return undefined;
    const row = bases.get(key);
    if (row !== undefined) return row && row.ports.length > 0 ? row : undefined;
    const said = owned.get(namesOf(key)[0]);
    if (!said) return undefined;
    const sets = new Set(said.map((c) => c.ports.map((p) => `${p.port}-${p.endPort ?? ''}/${p.protocol}`).sort().join(',')));
    return sets.size === 1 ? { ports: said[0].ports, settings: said[0].portSettings } : undefined;
  };
  const resolved: ImageClaim[] = [];
  for (const c of claims) {
    if (c.inherits === undefined) { resolved.push(c); continue; }
    const base = baseOf(c.inherits);
    // An image is not its own base (`FROM owner/app:previous`).
    if (!base || namesOf(c.inherits)[0] === namesOf(c.key)[0]) continue;
    resolved.push({ ...c, ports: base.ports.map((p) => ({ ...p })), portSettings: [...new Set([...c.portSettings, ...base.settings])].sort() });
  }
  return resolved;
}
