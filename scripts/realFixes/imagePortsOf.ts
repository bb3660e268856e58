// Prints the ports Port Lens's image table gives each image reference read from stdin (one a line), as one JSON
// object (null for an image the table does not know). For addonSurvey.py, which is Python and cannot import the core.
// Usage: node -r tsx/cjs -r ./scripts/sourceDataFiles.ts scripts/realFixes/imagePortsOf.ts < images.txt
import { readFileSync } from 'node:fs';
import { lookupImage } from '../../src/core/images/lookupImage';

const out: Record<string, number[] | null> = {};
for (const reference of readFileSync(0, 'utf8').split('\n').filter((line) => line.trim() !== '')) {
  out[reference] = lookupImage(reference)?.ports.map((entry) => entry.port) ?? null;
}
console.log(JSON.stringify(out));
