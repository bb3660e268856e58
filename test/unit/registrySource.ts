// IANA's registry file for the registry tests, and a reader of it that shares no code with the generator
// (regular expressions instead of sax), so that the tests check the generated table against the source.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { findIanaXml, IANA_XML } from '../../scripts/generate-registry';

/** The repository's copy of IANA's file (data/iana/): its absence is a broken checkout. */
export function realIanaXml(): string {
  const root = join(__dirname, '../..');
  const path = findIanaXml(root);
  if (path === undefined) assert.fail(`${IANA_XML} not found in ${root}`);
  return path;
}

export interface PlainRecord {
  name: string;
  protocol: string;
  description: string;
  number: string;
  /** The RFC numbers of the record's own `<xref type="rfc">` elements. */
  rfcs: number[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function text(xml: string): string {
  return xml
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name])
    .replace(/\s+/g, ' ')
    .trim();
}

let cached: PlainRecord[] | undefined;

/** Every `<record>` of the real file, read with regular expressions. */
export function plainRecords(): PlainRecord[] {
  if (cached) return cached;
  const xml = readFileSync(realIanaXml(), 'utf8');
  cached = [...xml.matchAll(/<record\b[^>]*>([\s\S]*?)<\/record>/g)].map(([, body]) => {
    // xrefs inside a note or the assignee are not the record's references.
    const own = body.replace(/<note\b[\s\S]*?<\/note>/g, '').replace(/<assignee>[\s\S]*?<\/assignee>/g, '');
    const field = (tag: string) => {
      const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(own);
      return match ? text(match[1]) : '';
    };
    return {
      name: field('name'),
      protocol: field('protocol'),
      description: field('description'),
      number: field('number'),
      rfcs: [...own.matchAll(/<xref type="rfc" data="rfc(\d+)"/g)].map((m) => Number(m[1])),
    };
  });
  return cached;
}
