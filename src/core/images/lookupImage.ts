// The image table, indexed on first use. The rows are built by functions, so that loading the extension
// costs only their parse: nothing is evaluated until the first compose file or Dockerfile asks.
import type { ImageInfo } from '../types';
import { communityImageRows } from './data/communityImages';
import { officialImageRows } from './data/officialImages';
import { imageKey } from './imageReference';
import type { ImageRow } from './imageRow';

let index: Map<string, ImageInfo> | undefined;

/** What the image named by an `image:` or `FROM` value runs and listens on, when the table knows it. */
export function lookupImage(reference: string): ImageInfo | undefined {
  const key = imageKey(reference);
  if (key === undefined) return undefined;
  return (index ??= buildIndex()).get(key);
}

/** Every row of the table, for tests and the corpus runner. */
export function imageRows(): readonly ImageRow[] {
  return [...officialImageRows(), ...communityImageRows()];
}

function buildIndex(): Map<string, ImageInfo> {
  const byKey = new Map<string, ImageInfo>();
  for (const row of imageRows()) {
    const { aliases, ...info } = row;
    for (const name of [row.image, ...(aliases ?? [])]) {
      const key = imageKey(name);
      if (key !== undefined && !byKey.has(key)) byKey.set(key, info);
    }
  }
  return byKey;
}
