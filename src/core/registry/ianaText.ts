// The IANA data file (generated/ianaPorts.data) is plain ASCII: every other character of a row, and `{` itself, is
// written as `{` its code point in hex `}` (FORTÉ → FORT{c9}). Why: a file with one non-ASCII byte is decoded from
// UTF-8 character by character from that byte on, where an ASCII file is copied; IANA's two rows with an É, at
// byte 109,470 of 197 KB, cost the core's cold start about 1.9 M instructions (1.1%) on every first lookup
// (docs/benchmarks.md, "On the s11-17 branch"). The reader undoes it on the few fields it slices out.

const OPEN = '{';

/** A row's text with every character outside printable ASCII, and `{`, as `{hex}` (the generator's side). */
export function escapeIanaText(text: string): string {
  let out = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    out += code >= 0x20 && code < 0x7f && character !== OPEN ? character : `${OPEN}${code.toString(16)}}`;
  }
  return out;
}

/** A field as it was written (the reader's side); a field without `{`, nearly all of them, is returned as it is. */
export function unescapeIanaText(text: string): string {
  return text.indexOf(OPEN) < 0 ? text : text.replace(/\{([0-9a-f]{1,6})\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}
