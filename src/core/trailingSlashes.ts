// A path without the slashes at its end, in one pass. `path.replace(/\/+$/, '')` looks like the same thing, but the
// regex engine retries the run of slashes from each of its characters when something follows it, which is
// quadratic: a volume target of 40,000 slashes and one letter cost 0.7 s, and a megabyte line would hang the editor.
export function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--;
  return path.slice(0, end);
}
