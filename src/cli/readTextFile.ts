// Reads one file for checking, the way the editor would see it: UTF-8 without its byte-order mark. What the
// editor would not show as text (binary, another encoding) or does not analyse (over portLens.maxFileSize) is
// skipped with a reason; what cannot be read at all (no permission, a broken link, a FIFO) is unreadable.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

export type ReadOutcome =
  | { kind: 'text'; text: string }
  | { kind: 'skipped'; reason: string }
  | { kind: 'unreadable'; reason: string };

/** How far git looks for a NUL byte to call a file binary. */
const BINARY_SNIFF_BYTES = 8000;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function readTextFile(path: string, maxCharacters: number): ReadOutcome {
  try {
    const stats = statSync(path);
    // Opening a FIFO or a device would block or never end; none of them is a config file.
    if (!stats.isFile()) return { kind: 'unreadable', reason: stats.isDirectory() ? 'a folder' : 'not a regular file' };
    // UTF-8 takes at most 3 bytes per UTF-16 code unit: a file this big has more characters than allowed.
    if (stats.size > maxCharacters * 3) return { kind: 'skipped', reason: tooLarge(`${count(stats.size)} bytes`, maxCharacters) };
    const bytes = readWhole(path);
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { kind: 'skipped', reason: 'binary' };
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return { kind: 'skipped', reason: 'not UTF-8' };
    }
    if (text.length > maxCharacters) return { kind: 'skipped', reason: tooLarge(`${count(text.length)} characters`, maxCharacters) };
    return { kind: 'text', text };
  } catch (error) {
    return { kind: 'unreadable', reason: describeError(error) };
  }
}

function readWhole(path: string): Buffer {
  const descriptor = openSync(path, 'r');
  try {
    const size = fstatSync(descriptor).size;
    const buffer = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const read = readSync(descriptor, buffer, filled, size - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return buffer.subarray(0, filled);
  } finally {
    closeSync(descriptor);
  }
}

function tooLarge(size: string, maxCharacters: number): string {
  return `too large: ${size}, more than portLens.maxFileSize (${count(maxCharacters)} characters)`;
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}

export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'it does not exist (or is a broken symbolic link)';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'a symbolic link loop';
    case 'EISDIR': return 'a folder';
    default: return (error as Error)?.message ?? String(error);
  }
}
