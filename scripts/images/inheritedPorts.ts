// Ports an image takes from its base: an owner's Dockerfile that exposes nothing and runs its base's server
// unchanged (ownerRepository.ts marks such claims with `inherits`) listens where the base listens. The base's ports
// come from the curated rows (the official images cite their Dockerfiles) or from the base owner's own claims. A
// base with rows per tag (php:fpm, couchdb:nouveau) gives the row its FROM tag picks, as a lookup would: a word of
// the tag names a tag's row, else the untagged row without the ports only a tag's row runs; a tag that is a
// variable (`wordpress:$VARIANT`) gives nothing. Owners that disagree give nothing.
import { imageKey } from '../../src/core/images/imageReference';
import type { ImageRow } from '../../src/core/images/imageRow';
import type { ImageClaim, PortClaim } from './claims';
import { namesOf } from './mergeClaims';

interface BasePorts {
  ports: PortClaim[];
  settings: string[];
}

function basePorts(row: ImageRow): BasePorts {
  return { ports: row.ports.map((p) => ({ port: p.port, ...(p.endPort ? { endPort: p.endPort } : {}), protocol: p.protocol, description: p.description })), settings: [...(row.portSettings ?? [])] };
}

const samePort = (a: PortClaim, b: PortClaim) => a.port === b.port && (a.endPort ?? a.port) === (b.endPort ?? b.port) && a.protocol === b.protocol;

export function resolveInheritedPorts(claims: readonly ImageClaim[], curated: readonly ImageRow[]): ImageClaim[] {
  const bases = new Map<string, BasePorts | null>();
  const tagRows = new Map<string, Map<string, BasePorts>>();
  for (const row of curated) {
    for (const name of [row.image, ...(row.aliases ?? [])]) {
      const key = imageKey(name);
      if (key === undefined) continue;
      if (row.tag) {
        const rows = tagRows.get(key) ?? new Map<string, BasePorts>();
        if (!rows.has(row.tag)) rows.set(row.tag, basePorts(row));
        tagRows.set(key, rows);
      } else if (!bases.has(key)) bases.set(key, basePorts(row));
    }
  }
  // The base owner's own word, where the curated rows are silent and the owner's claims agree.
  const owned = new Map<string, ImageClaim[]>();
  for (const c of claims) {
    if (!c.owner || c.inherits !== undefined || c.ports.length === 0) continue;
    const key = namesOf(c.key)[0];
    owned.set(key, [...(owned.get(key) ?? []), c]);
  }
  const baseOf = (key: string, tag: string | undefined): BasePorts | undefined => {
    const perTag = tagRows.get(key);
    if (perTag) {
      if (tag?.includes('$')) return undefined;
      for (const word of (tag ?? '').toLowerCase().split(/[-._]/)) {
        const picked = word ? perTag.get(word) : undefined;
        if (picked) return picked.ports.length > 0 ? picked : undefined;
      }
      // The untagged row may list a tag's ports beside its own (wordpress's 9000 for the -fpm tags): not this tag's.
      const row = bases.get(key);
      if (!row) return undefined;
      const tagged = [...perTag.values()].flatMap((r) => r.ports);
      const ports = row.ports.filter((p) => !tagged.some((t) => samePort(p, t)));
      return ports.length > 0 ? { ports, settings: row.settings } : undefined;
    }
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
    const base = baseOf(c.inherits, c.inheritsTag);
    // An image is not its own base (`FROM owner/app:previous`).
    if (!base || namesOf(c.inherits)[0] === namesOf(c.key)[0]) continue;
    resolved.push({ ...c, ports: base.ports.map((p) => ({ ...p })), portSettings: [...new Set([...c.portSettings, ...base.settings])].sort() });
  }
  return resolved;
}
