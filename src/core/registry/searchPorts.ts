// Finds ports by number, by name or by words of their description, best match first.
// Over IANA's columns it reads only the rows that hold the trigrams of every word of three letters or more
// (trigramIndex.ts, made on the first search); shorter words run native indexOf on one lower-cased copy of each
// column (made on the first search), so only rows that contain the query's longest word are ever sliced.
import type { PortInfo, ServiceEntry } from '../types';
import { allCommonServices, type PortedService } from './commonIndex';
import { allCustomServices } from './customPorts';
import { ianaTable, rowAtOffset } from './ianaIndex';
import { lookupPort } from './lookupPort';
import { buildTrigramIndex, rowsWithTrigramsOf, type TextColumn, type TrigramIndex } from './trigramIndex';

const EXACT_PORT = 100_000;
const SOURCE_BONUS: Record<ServiceEntry['source'], number> = { user: 40, common: 30, iana: 0 };
/** A port where several services match beats a port where one does, other things equal. */
const SECOND_MATCH_BONUS = 5;
/** The curated table lists a port's most common use first: a match there beats one in a port's seventh use
 *  ("web server": HTTP on 80 before Airflow's web server on 8080). */
const MAIN_USE_BONUS = 20;

function isWordStart(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  const alphanumeric = (before >= 48 && before <= 57) || (before >= 97 && before <= 122);
  return !alphanumeric;
}

function containsAtWordStart(text: string, token: string): boolean {
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    if (isWordStart(text, at)) return true;
  }
  return false;
}

function isWordEnd(text: string, index: number): boolean {
  if (index >= text.length) return true;
  const after = text.charCodeAt(index);
  return !((after >= 48 && after <= 57) || (after >= 97 && after <= 122));
}

function containsWord(text: string, token: string): boolean {
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    if (isWordStart(text, at) && isWordEnd(text, at + token.length)) return true;
  }
  return false;
}

/** A word the user has finished typing (a space follows it): "web" in "web server" is above all the word web;
 *  as the start of webpack it still counts ("rabbit mq" finds RabbitMQ), for a third. */
function finishedTokenScore(name: string, description: string, token: string): number {
  if (name === token) return 100;
  if (containsWord(name, token)) return 55;
  if (token.length >= 2 && containsWord(description, token)) return 25;
  const part = tokenScore(name, description, token);
  return part > 0 ? Math.max(1, Math.round(part / 3)) : 0;
}

/** How well one query word matches a service: in the name beats in the description, whole beats part. */
function tokenScore(name: string, description: string, token: string): number {
  if (name === token) return 100;
  if (name.startsWith(token)) return 70;
  if (containsAtWordStart(name, token)) return 55;
  if (name.includes(token)) return 40;
  if (token.length < 2) return 0; // one letter inside a description is noise, not a match
  if (containsAtWordStart(description, token)) return 25;
  if (description.includes(token)) return 12;
  return 0;
}

/** Every word must match; 0 when one does not. Names and descriptions are lower-case. (Exported for the tests'
 *  reference search, which scores every row.) */
export function serviceScore(name: string, description: string, tokens: string[], whole: string): number {
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const score = i < tokens.length - 1 ? finishedTokenScore(name, description, token) : tokenScore(name, description, token);
    if (score === 0) return 0;
    total += score;
  }
  if (tokens.length > 1 && name === whole) total += 50;
  // The words together, as typed ("web server"), say more than each of them somewhere in the text.
  else if (tokens.length > 1 && containsAtWordStart(description, whole)) total += 30;
  return total;
}

/**
 * Best score per port, plus a little when more than one of its services matches. Equal scores go to the
 * user's entries, then the curated table's order (its curator put RabbitMQ's 5672 before 5671), then
 * the lower port.
 */
class Ranking {
  private readonly best = new Map<number, number>();
  private readonly matches = new Map<number, number>();
  private readonly rank = new Map<number, number>();

  add(port: number, score: number, rank = Number.MAX_SAFE_INTEGER): void {
    if (score <= 0) return;
    this.best.set(port, Math.max(this.best.get(port) ?? 0, score));
    this.matches.set(port, (this.matches.get(port) ?? 0) + 1);
    this.rank.set(port, Math.min(this.rank.get(port) ?? Number.MAX_SAFE_INTEGER, rank));
  }

  top(limit: number): number[] {
    const score = (port: number) => this.best.get(port)! + ((this.matches.get(port) ?? 0) > 1 ? SECOND_MATCH_BONUS : 0);
    return [...this.best.keys()]
      .map((port) => ({ port, score: score(port), rank: this.rank.get(port)! }))
      .sort((a, b) => b.score - a.score || a.rank - b.rank || a.port - b.port)
      .slice(0, limit)
      .map(({ port }) => port);
  }
}

/** A list as search reads it, made once per list (the user's list changes with settings): each service's name and
 *  description in lower case, whether it is its port's main use (the curated table's first service of the port),
 *  and, made by the first query with a word of three letters, the trigram index of the two. */
interface SearchedList {
  lower: { name: string; description: string }[];
  main: boolean[];
  index: TrigramIndex | undefined;
}

const searchedLists = new WeakMap<readonly PortedService[], SearchedList>();

function searchedList(list: readonly PortedService[]): SearchedList {
  let searched = searchedLists.get(list);
  if (!searched) {
    const seen = new Set<number>();
    searched = {
      lower: list.map(({ service }) => ({ name: service.name.toLowerCase(), description: service.description.toLowerCase() })),
      main: list.map(({ port, service }) => {
        const main = service.source === 'common' && !seen.has(port);
        seen.add(port);
        return main;
      }),
      index: undefined,
    };
    searchedLists.set(list, searched);
  }
  return searched;
}

/** The list's services that may match every word (a superset, in list order; serviceScore decides). */
function candidatesOf(searched: SearchedList, tokens: string[]): Iterable<number> | undefined {
  if (!tokens.some((token) => token.length >= 3)) return undefined;
  if (!searched.index) {
    const column = (texts: string[]): TextColumn => {
      const starts = new Uint32Array(texts.length + 1);
      for (let i = 0, at = 0; i <= texts.length; i++) {
        starts[i] = at;
        at += (texts[i]?.length ?? 0) + 1;
      }
      return { text: texts.join('\n'), starts };
    };
    searched.index = buildTrigramIndex([column(searched.lower.map((l) => l.name)), column(searched.lower.map((l) => l.description))], searched.lower.length);
  }
  return rowsWithTrigramsOf(searched.index, tokens);
}

function scorePorted(list: readonly PortedService[], tokens: string[], whole: string, ranking: Ranking, firstRank?: number): void {
  const searched = searchedList(list);
  const { lower, main } = searched;
  const score = (i: number) => {
    const { port, service } = list[i];
    const score = serviceScore(lower[i].name, lower[i].description, tokens, whole);
    if (score > 0) ranking.add(port, score + SOURCE_BONUS[service.source] + (main[i] ? MAIN_USE_BONUS : 0), firstRank === undefined ? undefined : firstRank + i);
  };
  const candidates = candidatesOf(searched, tokens);
  if (candidates) for (const i of candidates) score(i);
  else for (let i = 0; i < list.length; i++) score(i);
}

/** The IANA rows that may match every word, in a superset of those whose name or description contains the
 *  longest word; for a single letter, names starting with it (the only IANA rows a one-letter query scores). */
function ianaCandidates(tokens: string[]): Iterable<number> {
  const iana = ianaTable();
  const lower = iana.lowerCaseColumns();
  const driver = tokens.reduce((a, b) => (b.length > a.length ? b : a));
  if (driver.length >= 3) {
    // Every word must score, and a word scores only where the row's name or description contains it: the rows
    // holding each word's rarest trigram are enough (serviceScore rejects the rest).
    let index = trigramIndexes.get(lower);
    if (!index) {
      index = buildTrigramIndex([{ text: lower.names, starts: iana.nameStarts() }, { text: lower.descriptions, starts: iana.descriptionStarts() }], iana.rowCount());
      trigramIndexes.set(lower, index);
    }
    const rows = rowsWithTrigramsOf(index, tokens);
    if (rows) return rows;
  }
  const rows = new Set<number>();
  const count = iana.rowCount();
  if (driver.length < 2) {
    // Most names contain any given letter; only a name's first letter says something.
    const starts = iana.nameStarts();
    if (count > 0 && lower.names.startsWith(driver)) rows.add(0);
    for (let at = lower.names.indexOf('|' + driver); at >= 0; at = lower.names.indexOf('|' + driver, at + 1)) {
      rows.add(rowAtOffset(starts, at + 1));
    }
    return rows;
  }
  for (const [column, starts] of [
    [lower.names, iana.nameStarts()],
    [lower.descriptions, iana.descriptionStarts()],
  ] as const) {
    let at = column.indexOf(driver);
    while (at >= 0) {
      const row = rowAtOffset(starts, at);
      rows.add(row);
      if (row + 1 >= count) break;
      at = column.indexOf(driver, starts[row + 1]); // one hit per row is enough
    }
  }
  return rows;
}

/** The trigram index of each IANA table's lower-case columns, made by the first search that can use it. */
const trigramIndexes = new WeakMap<object, TrigramIndex>();

function scoreIana(tokens: string[], whole: string, ranking: Ranking): void {
  const iana = ianaTable();
  for (const row of ianaCandidates(tokens)) {
    const { name, description } = iana.lowerCaseRow(row);
    // Unnamed rows (port 24, "any private mail system") are named by their description.
    const score = serviceScore(name === '' ? description : name, description, tokens, whole);
    if (score > 0) ranking.add(iana.rowPort(row), score);
  }
  let ranged = rangedLists.get(iana);
  if (!ranged) {
    const starts = iana.rangeStarts();
    ranged = iana.rangeServices().map((service, i) => ({ port: starts[i], endPort: starts[i], service }));
    rangedLists.set(iana, ranged);
  }
  scorePorted(ranged, tokens, whole, ranking);
}

/** The ranged rows of each IANA table as a list, made once (a new list each search was lower-cased each time). */
const rangedLists = new WeakMap<object, PortedService[]>();

/** Ports whose number starts with the digits typed, the user's and known software first: "54" finds 5432. Among
 *  known software, the ports more software uses come first ("80": 8080 and 8000 before 8025). */
function scoreNumberPrefix(digits: string, ranking: Ranking): void {
  if (digits === '0') return;
  const isLonger = (port: number) => port !== Number(digits) && String(port).startsWith(digits);
  for (const { port } of allCustomServices()) if (isLonger(port)) ranking.add(port, 700);
  const uses = new Map<number, number>();
  for (const { port } of allCommonServices()) if (isLonger(port)) uses.set(port, (uses.get(port) ?? 0) + 1);
  for (const [port, count] of uses) ranking.add(port, 600 + Math.min(count, 50));
  const prefix = Number(digits);
  const iana = ianaTable();
  for (let scale = 10; prefix * scale <= 65535; scale *= 10) {
    const last = Math.min((prefix + 1) * scale - 1, 65535);
    for (let port = prefix * scale; port <= last; port++) if (iana.hasPort(port)) ranking.add(port, 100);
  }
}

const NUMBER_QUERY = /^:?(\d{1,5})(?:\/(?:tcp|udp|sctp|dccp))?$/;

/** Ports matching a number, a name or words of a description, best match first. Never throws. */
export function searchPorts(query: string, limit = 20): PortInfo[] {
  if (typeof query !== 'string') return [];
  const max = typeof limit === 'number' && Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 20;
  const whole = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (max === 0 || whole === '') return [];
  const ranking = new Ranking();

  const number = NUMBER_QUERY.exec(whole);
  if (number) {
    const digits = String(Number(number[1]));
    if (Number(digits) <= 65535) ranking.add(Number(digits), EXACT_PORT);
    scoreNumberPrefix(digits, ranking);
  } else {
    const tokens = whole.split(/[\s,;]+/).filter((t) => t !== '');
    scorePorted(allCustomServices(), tokens, whole, ranking, 0);
    scorePorted(allCommonServices(), tokens, whole, ranking, 100_000);
    scoreIana(tokens, whole, ranking);
  }
  const results: PortInfo[] = [];
  for (const port of ranking.top(max)) {
    const info = lookupPort(port);
    if (info) results.push(info);
  }
  return results;
}

/** Why a query finds nothing, in one sentence for the person who typed it (undefined when it finds something,
 *  or is empty): a number that is no port, or no name or words that match. */
export function noResultsReason(query: string, results: readonly PortInfo[]): string | undefined {
  if (typeof query !== 'string' || results.length > 0) return undefined;
  const whole = query.trim().replace(/\s+/g, ' ');
  if (whole === '') return undefined;
  const number = NUMBER_QUERY.exec(whole.toLowerCase());
  if (number) return `${Number(number[1])} is out of range: port numbers run from 0 to 65535.`;
  if (/^-?\d+$/.test(whole)) return `${whole} is not a port number: port numbers run from 0 to 65535.`;
  return `No port or service named or described as "${whole}".`;
}

