// Reads the references a generated IANA row carries (written by referenceCode in
// scripts/generate-registry.ts): `9110` is RFC 9110 at the RFC Editor, `draft-…` (or `RFC-…`, IANA's name
// for a draft approved but not yet numbered) a draft at the IETF datatracker, `https://… label` a web page.
import type { ServiceReference } from '../types';

/** Separates references within a row's references field. */
const REFERENCE_SEPARATOR = '^';

export function readReferences(field: string): ServiceReference[] {
  const references: ServiceReference[] = [];
  for (const code of field.split(REFERENCE_SEPARATOR)) {
    if (/^\d+$/.test(code)) {
      references.push({ label: 'RFC ' + code, url: 'https://www.rfc-editor.org/rfc/rfc' + code });
    } else if (/^https?:\/\//.test(code)) {
      const space = code.indexOf(' ');
      references.push(space < 0 ? { label: code, url: code } : { label: code.slice(space + 1), url: code.slice(0, space) });
    } else if (code !== '') {
      references.push({ label: code, url: 'https://datatracker.ietf.org/doc/' + code.replace(/^RFC-/, 'draft-') });
    }
  }
  return references;
}
