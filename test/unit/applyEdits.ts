// Test-only: applies a fix's text edits the way an editor does (all offsets refer to the original text).
import type { TextEdit } from '../../src/core/types';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let floor = Infinity;
  for (const edit of ordered) {
    if (edit.start < 0 || edit.end > text.length || edit.start > edit.end) throw new Error(`edit out of bounds: ${JSON.stringify(edit)}`);
    if (edit.end > floor) throw new Error('overlapping edits');
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    floor = edit.start;
  }
  return result;
}
