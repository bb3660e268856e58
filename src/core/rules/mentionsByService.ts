// A compose file's mentions grouped by the service they belong to, in the order written: the rules that compare
// one service's statements with each other start here.
import type { PortMention } from '../types';

export function mentionsByService(mentions: readonly PortMention[]): Map<string, PortMention[]> {
  const map = new Map<string, PortMention[]>();
  for (const mention of mentions) {
    if (mention.service === undefined) continue;
    const list = map.get(mention.service);
    if (list) list.push(mention);
    else map.set(mention.service, [mention]);
  }
  return map;
}
