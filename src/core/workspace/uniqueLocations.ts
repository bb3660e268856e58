// Locations listed once each, in the order first met: references found along several paths name a place twice.
import type { PortLocation } from '../types';

export function uniqueLocations(locations: readonly PortLocation[]): PortLocation[] {
  const seen = new Set<string>();
  const unique: PortLocation[] = [];
  for (const at of locations) {
    const key = `${at.path}\u0000${at.start}\u0000${at.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push({ path: at.path, start: at.start, end: at.end });
  }
  return unique;
}
