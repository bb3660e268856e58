// Reading the Compose YAML tree the way Compose does: aliases resolved, `<<` merge keys applied (explicit
// keys win over merged ones, earlier merge sources over later ones), and scalars seen through their source
// text so that offsets point at what the user wrote.
import { isAlias, isMap, isScalar, isSeq, visit, type Alias, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { MappedText } from './mappedText';

export interface MapEntry {
  key: string;
  keyNode: Node | null;
  /** The value with aliases resolved. */
  value: Node | null;
  /** The pair is written in this mapping (not brought in through `<<` or an alias). */
  own: boolean;
  pair: Pair;
}

/** Each document's anchors, built on the first alias met. Per document, not per walk: a parsed document is
 *  read more than once (parseComposeDocuments keeps the last ones), and never changed by a reading. */
const anchorIndexes = new WeakMap<Document, Map<string, Node[]>>();

/** Aliases and merges can be nested to blow up a walk (the "billion laughs"); a budget keeps it linear.
 *  Aliases are looked up in `anchorIndexes`: yaml's Alias.resolve searches the whole document on every call,
 *  which makes alias-heavy files quadratic. */
export class WalkBudget {
  constructor(public remaining: number) {}
  spend(): boolean {
    return --this.remaining >= 0;
  }

  /** The node an alias points to: the last anchor of that name defined before the alias. */
  target(alias: Alias, doc: Document): Node | null {
    let index = anchorIndexes.get(doc);
    if (!index) {
      const anchors = new Map<string, Node[]>();
      visit(doc, (_key, node) => {
        const anchor = (node as { anchor?: string } | null)?.anchor;
        if (anchor && !isAlias(node)) {
          const list = anchors.get(anchor) ?? [];
          list.push(node as Node);
          anchors.set(anchor, list);
        }
      });
      index = anchors;
      anchorIndexes.set(doc, index);
    }
    const candidates = index.get(alias.source) ?? [];
    const at = alias.range?.[0] ?? Infinity;
    let found: Node | null = null;
    for (const node of candidates) if ((node.range?.[0] ?? 0) < at) found = node;
    return found;
  }
}

export function resolveNode(node: unknown, doc: Document, budget: WalkBudget): Node | null {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < 16; hops++) {
    if (!budget.spend()) return null;
    current = budget.target(current, doc);
  }
  return current && !isAlias(current) ? (current as Node) : null;
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (typeof key.value === 'symbol' || (key.value === '<<' && key.type === 'PLAIN'));
}

export function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return '';
}

/** The entries of a mapping with merge keys applied. */
export function mapEntries(node: Node | null, doc: Document, budget: WalkBudget, depth = 0): MapEntry[] {
  if (!isMap(node)) return [];
  const entries: MapEntry[] = [];
  const seen = new Set<string>();
  const merges: Node[] = [];
  for (const pair of (node as YAMLMap).items) {
    if (isMergeKey(pair.key)) {
      const source = resolveNode(pair.value, doc, budget);
      if (isSeq(source)) {
        for (const item of source.items) {
          const resolved = resolveNode(item, doc, budget);
          if (resolved) merges.push(resolved);
        }
      } else if (source) merges.push(source);
      continue;
    }
    const key = keyText(pair.key);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ key, keyNode: (pair.key as Node) ?? null, value: resolveNode(pair.value, doc, budget), own: !isAlias(pair.value), pair });
  }
  if (depth >= 8) return entries;
  for (const source of merges) {
    if (!budget.spend()) break;
    for (const entry of mapEntries(source, doc, budget, depth + 1)) {
      if (seen.has(entry.key) || !budget.spend()) continue;
      seen.add(entry.key);
      entries.push({ ...entry, own: false });
    }
  }
  return entries;
}

export function seqItems(node: Node | null, doc: Document, budget: WalkBudget): { node: Node; own: boolean }[] {
  if (!isSeq(node)) return [];
  const items: { node: Node; own: boolean }[] = [];
  for (const item of node.items) {
    if (!budget.spend()) break;
    const resolved = resolveNode(item, doc, budget);
    if (resolved) items.push({ node: resolved, own: !isAlias(item) });
  }
  return items;
}

/** The value of a scalar as written, mapped to its source. Plain and quoted scalars without escapes map
 *  character by character, folded line breaks included; escapes map coarsely onto the whole scalar. */
export function scalarView(node: Scalar, text: string): MappedText | undefined {
  if (!node.range || node.value === null || node.value === undefined) return undefined;
  const [start, end] = node.range;
  const raw = text.slice(start, end);
  const value = typeof node.value === 'string' ? node.value : String(node.value);
  switch (node.type) {
    case 'PLAIN':
      // As written, not as resolved: `+80` and `0x50` stay what the user typed (the port grammar decides).
      if (!raw.includes('\n') && !raw.includes('\r')) return MappedText.exact(raw, start);
      return folded(value, text, start, end, false) ?? MappedText.coarse(value, start, end);
    case 'QUOTE_SINGLE':
    case 'QUOTE_DOUBLE': {
      const inner = raw.slice(1, -1);
      if (inner === value) return MappedText.exact(inner, start + 1);
      if (node.type === 'QUOTE_DOUBLE' && inner.includes('\\')) break;
      return folded(value, text, start + 1, end - 1, node.type === 'QUOTE_SINGLE') ?? MappedText.coarse(value, start, end);
    }
  }
  return MappedText.coarse(value, start, end);
}

const isYamlSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';

/** Maps a scalar whose value differs from its source only by line folding (line breaks and the spaces
 *  around them become one space or newline) and, in single quotes, `''` for `'`. Every non-space character
 *  of the value is found in order in the source; undefined if one is not. */
function folded(value: string, text: string, start: number, end: number, singleQuoted: boolean): MappedText | undefined {
  const from: number[] = [];
  const to: number[] = [];
  let p = start;
  for (let k = 0; k < value.length; k++) {
    const c = value[k];
    if (isYamlSpace(c) && p < end && isYamlSpace(text[p])) {
      from.push(p);
      to.push(++p);
      continue;
    }
    while (p < end && isYamlSpace(text[p]) && !isYamlSpace(c)) p++;
    if (p >= end || text[p] !== c) return undefined;
    const width = singleQuoted && c === "'" && text[p + 1] === "'" ? 2 : 1;
    from.push(p);
    to.push(p += width);
  }
  return MappedText.mapped(value, from, to, start);
}

/** Start of the line containing offset i. */
export function lineStart(text: string, i: number): number {
  let k = i;
  while (k > 0 && text[k - 1] !== '\n' && text[k - 1] !== '\r') k--;
  return k;
}

/** Offset just past the line break of the line containing offset i (or the end of the text). */
export function nextLineStart(text: string, i: number): number {
  let k = i;
  while (k < text.length && text[k] !== '\n' && text[k] !== '\r') k++;
  if (text[k] === '\r' && text[k + 1] === '\n') return k + 2;
  return k < text.length ? k + 1 : k;
}
