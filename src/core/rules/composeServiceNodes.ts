// Each service of a compose file as the YAML documents have it, with the service's mentions: for the rules that read
// a service's own fields beyond its ports (containerPortVariable.ts, loopbackListenAddress.ts). The documents are the
// scanner's own parse while a check of the file runs (sharingComposeReadings), so reading them costs no second parse.
import { isMap, isScalar, type YAMLMap } from 'yaml';
import { parseComposeDocuments } from '../formats/composeParse';
import type { PortMention } from '../types';
import { mentionsByService } from './mentionsByService';

export interface ComposeServiceNode {
  name: string;
  node: YAMLMap;
  /** The service's mentions, in the order written. */
  mentions: readonly PortMention[];
}

/** Nothing for a text that has no compose service among its mentions: an nginx config or a .env file is never read
 *  as YAML here. */
export function composeServiceNodes(mentions: readonly PortMention[], text: string): ComposeServiceNode[] {
  if (!mentions.some((m) => m.service !== undefined)) return [];
  const docs = parseComposeDocuments(text);
  if (!docs) return [];
  // Grouped once: looking each service's mentions up in the whole list made a file of many services quadratic.
  const byService = mentionsByService(mentions);
  const out: ComposeServiceNode[] = [];
  for (const doc of docs) {
    const services = doc.get('services', true);
    if (!isMap(services)) continue;
    for (const item of services.items) {
      if (!isScalar(item.key) || !isMap(item.value)) continue;
      const name = String(item.key.value);
      out.push({ name, node: item.value, mentions: byService.get(name) ?? [] });
    }
  }
  return out;
}
