// The quick fix for a `HOST:CONTAINER` mapping under `expose:`: move it to the service's `ports:` (created
// when absent). Text edits that keep the file valid YAML in block and flow style; when the layout is one
// we cannot edit safely (entries reached through aliases or merges, several items on one line), no fix.
import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLSeq } from 'yaml';
import type { Finding, TextEdit } from '../types';
import { lineStart, nextLineStart, type MapEntry } from './composeYaml';
import { quoteForYaml } from './composePorts';

export interface ExposeFixInput {
  text: string;
  /** The service's mapping, when written in place (not through an alias). */
  serviceNode: Node | null;
  expose: MapEntry;
  item: Scalar;
  ports: MapEntry | undefined;
}

export function exposeMoveFix(input: ExposeFixInput): Finding['fix'] | undefined {
  const { text, serviceNode, expose, item, ports } = input;
  if (!isMap(serviceNode) || !expose.own || !isSeq(expose.value) || !item.range) return undefined;
  const exposeSeq = expose.value as YAMLSeq;
  if (!exposeSeq.items.includes(item as never)) return undefined;
  const entryText = entryForPorts(text, item);
  const title = `Move ${text.slice(item.range[0], item.range[1])} to ports:`;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';

  if (!ports) {
    // The only entry: renaming `expose` to `ports` moves it with the smallest edit.
    if (exposeSeq.items.length === 1 && isScalar(expose.keyNode) && expose.keyNode.range) {
      const k = expose.keyNode.range;
      return { title, edits: sorted([
        { start: k[0], end: k[1], newText: 'ports' },
        { start: item.range[0], end: item.range[1], newText: entryText },
      ]) };
    }
    const removal = removeItem(text, exposeSeq, item);
    const creation = createPorts(text, serviceNode, expose, entryText, eol);
    return removal && creation ? { title, edits: sorted([...removal, creation]) } : undefined;
  }
  if (!ports.own || !isSeq(ports.value)) return undefined;
  const removal = exposeSeq.items.length === 1 ? removePair(text, serviceNode, expose) : removeItem(text, exposeSeq, item);
  const addition = appendToSeq(text, ports.value as YAMLSeq, entryText, eol);
  return removal && addition ? { title, edits: sorted([...removal, addition]) } : undefined;
}

/** In start order; an insertion at the very start of a removal becomes one replacement, so that editors
 *  never see two edits touching at one position. */
function sorted(edits: TextEdit[]): TextEdit[] {
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextEdit[] = [];
  for (const edit of ordered) {
    const last = merged[merged.length - 1];
    if (last && last.start === edit.start && last.end === last.start) {
      merged[merged.length - 1] = { start: edit.start, end: edit.end, newText: last.newText + edit.newText };
    } else merged.push(edit);
  }
  return merged;
}

/** Written quoted, so that YAML 1.1 readers do not turn it into a base-60 number. */
function entryForPorts(text: string, item: Scalar): string {
  const raw = text.slice(item.range![0], item.range![1]);
  return item.type === 'PLAIN' ? quoteForYaml(raw) : raw;
}

const onlySpaces = (s: string) => /^[ \t]*$/.test(s);
/** After an entry: spaces, then maybe a comment. */
const restOfLineIsEmpty = (s: string) => /^[ \t]*(#.*)?$/.test(s);

function lineOf(text: string, i: number): { start: number; end: number; next: number } {
  const start = lineStart(text, i);
  const next = nextLineStart(text, i);
  let end = next;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return { start, end, next };
}

/** Removes one item from a sequence that keeps other items. */
function removeItem(text: string, seq: YAMLSeq, item: Scalar): TextEdit[] | undefined {
  const [start, end] = item.range!;
  if (seq.flow) {
    let after = end;
    while (text[after] === ' ' || text[after] === '\t') after++;
    if (text[after] === ',') {
      after++;
      while (text[after] === ' ' || text[after] === '\t') after++;
      return [{ start, end: after, newText: '' }];
    }
    let before = start;
    while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
    if (text[before - 1] === ',') return [{ start: before - 1, end, newText: '' }];
    return undefined;
  }
  const line = lineOf(text, start);
  if (!/^[ \t]*-[ \t]+$/.test(text.slice(line.start, start)) || !restOfLineIsEmpty(text.slice(end, line.end))) return undefined;
  return [{ start: line.start, end: line.next, newText: '' }];
}

/** Removes a whole `key: value` pair of a block mapping (the lines it occupies). */
function removePair(text: string, serviceNode: Node, entry: MapEntry): TextEdit[] | undefined {
  const key = entry.keyNode;
  const value = entry.value;
  if (!isScalar(key) || !key.range || !value || !value.range) return undefined;
  if (isMap(serviceNode) && serviceNode.flow) {
    // `{image: x, expose: ["8080:80"]}`: drop the pair and its comma.
    let after = value.range[1];
    while (text[after] === ' ' || text[after] === '\t') after++;
    if (text[after] === ',') {
      after++;
      while (text[after] === ' ' || text[after] === '\t') after++;
      return [{ start: key.range[0], end: after, newText: '' }];
    }
    let before = key.range[0];
    while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
    if (text[before - 1] === ',') return [{ start: before - 1, end: value.range[1], newText: '' }];
    return undefined;
  }
  const first = lineOf(text, key.range[0]);
  if (!onlySpaces(text.slice(first.start, key.range[0]))) return undefined;
  let valueEnd = value.range[1];
  while (valueEnd > key.range[1] && /\s/.test(text[valueEnd - 1])) valueEnd--;
  const last = lineOf(text, Math.max(valueEnd - 1, key.range[1]));
  return [{ start: first.start, end: last.next, newText: '' }];
}

/** A new `ports:` pair, written just before `expose:` with the same indentation. */
function createPorts(text: string, serviceNode: Node, expose: MapEntry, entryText: string, eol: string): TextEdit | undefined {
  const key = expose.keyNode;
  if (!isScalar(key) || !key.range) return undefined;
  if (isMap(serviceNode) && serviceNode.flow) {
    return { start: key.range[0], end: key.range[0], newText: `ports: [${entryText}], ` };
  }
  const line = lineOf(text, key.range[0]);
  const indent = text.slice(line.start, key.range[0]);
  if (!onlySpaces(indent)) return undefined;
  return { start: line.start, end: line.start, newText: `${indent}ports:${eol}${indent}  - ${entryText}${eol}` };
}

/** Adds an entry at the end of an existing `ports:` sequence. */
function appendToSeq(text: string, seq: YAMLSeq, entryText: string, eol: string): TextEdit | undefined {
  if (!seq.range) return undefined;
  const items = seq.items as Node[];
  if (seq.flow) {
    const last = items[items.length - 1];
    if (last?.range) return { start: last.range[1], end: last.range[1], newText: `, ${entryText}` };
    const close = seq.range[1] - 1;
    return text[close] === ']' ? { start: close, end: close, newText: entryText } : undefined;
  }
  const first = items[0];
  const last = items[items.length - 1];
  if (!first?.range || !last?.range) return undefined;
  const prefix = text.slice(lineStart(text, first.range[0]), first.range[0]);
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) return undefined;
  let lastEnd = last.range[1];
  while (lastEnd > last.range[0] && /\s/.test(text[lastEnd - 1])) lastEnd--;
  const at = nextLineStart(text, lastEnd - 1);
  const needsBreak = at === text.length && !/[\r\n]$/.test(text);
  return { start: at, end: at, newText: `${needsBreak ? eol : ''}${prefix}${entryText}${needsBreak ? '' : eol}` };
}
