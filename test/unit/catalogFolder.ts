// A catalog folder for the image table generator's tests, made on disk from path → text.
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';

/** A catalog folder made from `files` (path → text), named as the repository `repo`: the generator's `folder=repo`. */
export function catalog(repo: string, files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'catalog-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return `${root}=${repo}`;
}
