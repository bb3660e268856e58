// Where a manifest's scalar is written: its offsets span exactly its text, inside any quotes. One reading for the
// objects of the manifests (kubernetesObjects) and the Services a chart makes (kubernetesChartServices), so that a
// finding on either lands on the same characters.
import type { Node } from 'yaml';

/** A value as written: its offsets span exactly the text (inside quotes). */
export interface Written<T> {
  value: T;
  start: number;
  end: number;
}

/** The offsets of a scalar's text as written, quotes excluded. */
export function spanOf(node: Node, text: string): { start: number; end: number } | undefined {
  const range = node.range;
  if (!range) return undefined;
  let [start, end] = range;
  const first = text[start];
  if ((first === '"' || first === "'") && end - start >= 2 && text[end - 1] === first) {
    start++;
    end--;
  }
  return { start, end: trimEnd(text, start, end) };
}

/** Ranges of plain scalars and collections may end after trailing spaces or a comment's start: cut to the text. */
export function trimEnd(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && /\s/.test(text[last - 1])) last--;
  return last;
}
