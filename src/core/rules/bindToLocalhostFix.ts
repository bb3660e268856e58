// The quick fix for exposed-all-interfaces: publish the port on 127.0.0.1 only, as a text edit that keeps
// the YAML valid. Returns undefined when the entry is written in a way we cannot edit with certainty.
import type { Finding, PortMention, TextEdit } from '../types';

const LOCALHOST = '127.0.0.1';

export function bindToLocalhostFix(mention: PortMention, text: string): Finding['fix'] {
  const entry = mention.entry;
  if (!entry || entry.start < 0 || entry.end > text.length || entry.start > entry.end) return undefined;
  const edit = entry.syntax === 'short' ? shortSyntaxEdit(mention, entry.start, text) : longSyntaxEdit(mention, entry, text);
  return edit ? { title: `Bind to ${LOCALHOST}`, edits: [edit] } : undefined;
}

/** `"5432:5432"` → `"127.0.0.1:5432:5432"`; `"0.0.0.0:5432:5432"` or `"[::]:5432:5432"` → the same. */
function shortSyntaxEdit(mention: PortMention, entryStart: number, text: string): TextEdit | undefined {
  if (mention.start < entryStart) return undefined;
  const beforeHostPort = text.slice(entryStart, mention.start);
  const hostIp = mention.hostIp ?? '';
  if (hostIp === '' && !beforeHostPort.startsWith(':')) {
    // No IP written: the entry starts with the host port (possibly interpolated, `${PORT:-5432}:5432`).
    return { start: entryStart, end: entryStart, newText: `${LOCALHOST}:` };
  }
  const writtenIp = beforeHostPort.endsWith(':') ? beforeHostPort.slice(0, -1).replace(/^\[(.*)\]$/, '$1') : undefined;
  if (writtenIp === undefined || writtenIp.toLowerCase() !== hostIp.toLowerCase()) return undefined;
  return { start: entryStart, end: mention.start, newText: `${LOCALHOST}:` };
}

/** Sets `host_ip: 127.0.0.1` in a long-syntax mapping: replaces a written host_ip, else adds the key. */
function longSyntaxEdit(mention: PortMention, entry: { start: number; end: number }, text: string): TextEdit | undefined {
  const body = text.slice(entry.start, entry.end);
  if (mention.hostIp) {
    const match = /(^|[\s{,])host_ip[ \t]*:[ \t]*("[^"\n]*"|'[^'\n]*'|[^\s,}#]+)/.exec(body);
    if (!match) return undefined;
    const valueStart = entry.start + match.index + match[0].length - match[2].length;
    return { start: valueStart, end: valueStart + match[2].length, newText: LOCALHOST };
  }
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
