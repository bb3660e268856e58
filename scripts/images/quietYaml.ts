// Catalog files are other people's YAML, often half-templated: a file that does not parse says nothing, it does not
// stop the generator. The options every store reader uses: no warnings printed, duplicate keys kept (last wins).
import { parse } from 'yaml';

/** The file's value, or undefined when it is not YAML at all. */
export function parseQuietly(text: string): unknown {
  try {
    return parse(text, { logLevel: 'silent', uniqueKeys: false }) as unknown;
  } catch {
    return undefined;
  }
}
