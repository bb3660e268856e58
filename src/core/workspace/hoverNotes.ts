// What the hover adds about a port from the rest of the workspace, in the core so that the editor and the
// command line word it alike: the service a target reaches and what it listens on, the targets that reach a
// port a service listens on, and the other compose projects that publish the same host port (not a problem:
// the stacks may never run together).
import { escapeMarkdown } from '../markdownText';
import type { PortMapEntry, TargetInfo } from '../types';

/** At most this many other publishers are named; the rest are counted. */
const MAX_PUBLISHERS = 5;

export function targetNote(info: TargetInfo, declaredAt: string): string {
  const reaches = `Reaches ${code(info.service)} (${shortPlace(declaredAt)})`;
  if (info.listensOn.length === 0) return `${reaches}; what it listens on is not known here.`;
  const ports = new Map<string, string>();
  for (const entry of info.listensOn) {
    const port = entry.endPort === undefined ? String(entry.port) : `${entry.port}-${entry.endPort}`;
    if (!ports.has(port)) ports.set(port, entry.where);
  }
  const parts = [...ports].map(([port, where]) => `${port} (${escapeMarkdown(shortPlace(where))})`);
  const listens = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  if (info.reachable === undefined) return `${reaches}, which listens on ${listens}, unless something at run time moves it.`;
  return `${reaches}, which listens on ${listens}.`;
}

/** "Dockerfile line 13" as "Dockerfile:13": the hover's lead stays one line. */
function shortPlace(where: string): string {
  return where.replace(/ line (\d+)$/, ':$1');
}

export function otherPublishersNote(entries: readonly PortMapEntry[], lineOf: (entry: PortMapEntry) => number): string | undefined {
  if (entries.length === 0) return undefined;
  const named = entries.slice(0, MAX_PUBLISHERS).map((entry) => {
    const who = entry.service === undefined ? 'a service' : code(entry.service);
    return `${who} in ${code(entry.location.path)} line ${lineOf(entry)}`;
  });
  const more = entries.length > MAX_PUBLISHERS ? ` and ${entries.length - MAX_PUBLISHERS} more` : '';
  return `Also published by ${named.join(', ')}${more}: another compose project, so only one of them can run at a time.`;
}

/** A code span: backslash escapes do not work inside one, so a backtick in the name is replaced. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** For a port a service listens on: the targets across the workspace that reach it. */
export function reachedByNote(service: string, places: readonly { path: string; line: number }[]): string | undefined {
  if (places.length === 0) return undefined;
  const named = places.slice(0, MAX_PUBLISHERS).map((place) => `${code(place.path)} line ${place.line}`);
  const more = places.length > MAX_PUBLISHERS ? ` and ${places.length - MAX_PUBLISHERS} more` : '';
  return `Reached at ${code(service)} from ${named.join(', ')}${more}.`;
}
