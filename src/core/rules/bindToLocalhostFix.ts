// The quick fix for exposed-all-interfaces: publish the port on 127.0.0.1 only, as a text edit that keeps
// the YAML valid. Returns undefined when the entry is written in a way we cannot edit with certainty.
import type { Finding, PortMention, TextEdit } from '../types';
import { hostAddressOf, writtenHostIp } from './hostAddress';

const LOCALHOST = '127.0.0.1';

export function bindToLocalhostFix(mention: PortMention, text: string): Finding['fix'] {
  const entry = mention.entry;
  if (!entry) return undefined;
  const edit = editFor(mention, entry, text);
  return edit ? { title: `Bind to ${LOCALHOST}`, edits: [edit] } : undefined;
}

function editFor(mention: PortMention, entry: NonNullable<PortMention['entry']>, text: string): TextEdit | undefined {
  const written = writtenHostIp(mention, text);
  if (written.kind === 'unreadable') return undefined;
  if (written.kind === 'written') {
    // Replace only an IP that means every interface (0.0.0.0, ::, empty); an interpolated one stays the user's.
    if (hostAddressOf(written.ip).kind !== 'all') return undefined;
    return { start: written.start, end: written.end, newText: entry.syntax === 'short' ? `${LOCALHOST}:` : LOCALHOST };
  }
  if (entry.syntax === 'short') {
    // No IP written: the entry starts with the host port (possibly interpolated, `${PORT:-5432}:5432`).
    return { start: entry.start, end: entry.start, newText: `${LOCALHOST}:` };
  }
  const body = text.slice(entry.start, entry.end);
  if (body.startsWith('{')) {
    const spaced = /\s/.test(body.charAt(1));
    return { start: entry.start + 1, end: entry.start + 1, newText: spaced ? ` host_ip: ${LOCALHOST},` : `host_ip: ${LOCALHOST}, ` };
  }
  // Block mapping: the new key goes first, and the old first key moves to a new line at the same column.
  const lineStart = text.lastIndexOf('\n', entry.start - 1) + 1;
  const indent = text.slice(lineStart, entry.start).replace(/[^\t]/g, ' ');
  const lineEnd = text.indexOf('\n', entry.start);
  const newline = lineEnd > 0 && text.charAt(lineEnd - 1) === '\r' ? '\r\n' : '\n';
  return { start: entry.start, end: entry.start, newText: `host_ip: ${LOCALHOST}${newline}${indent}` };
}
