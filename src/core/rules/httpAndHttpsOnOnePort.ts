// container-port-mismatch: one container port published from two host ports whose variables are named one for
// plain HTTP and one for HTTPS (1Panel's `${PANEL_APP_PORT_HTTP}:3000` beside `${PANEL_APP_PORT_HTTPS}:3000`). A
// port either speaks TLS or does not, so one of the two host ports reaches a server that does not speak what its
// name promises (okxlin/appstore's OpenSpeedTest, fixed to 3001, the image's HTTPS port). Read from the names as
// written, whatever their values: no image knowledge needed, and none can make the two agree.
import { namesWord } from '../asciiWords';
import { finding } from '../catalogue';
import type { Finding, PortMention } from '../types';

/** Words of a variable's name between `_`, any case (asciiWords.ts). */
const namesTls = (name: string) => namesWord(name, ['HTTPS', 'SSL', 'TLS']);
const namesHttp = (name: string) => namesWord(name, ['HTTP']);
/** The host side of a short-syntax entry when it is one variable as written: `[ip:]${NAME[:-default]}:`. */
const HOST_VARIABLE = /^\s*["']?(?:[0-9.]+:|\[[0-9A-Fa-f:.]*\]:)?\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::?[-?][^}:]*)?\}?:/;

export function httpAndHttpsOnOnePort(mentions: readonly PortMention[], text: string): Finding[] {
  const groups = new Map<string, { name: string; mention: PortMention }[]>();
  for (const mention of mentions) {
    if (mention.role !== 'container' || mention.context !== 'ports' || mention.service === undefined || mention.endPort !== undefined) continue;
    if (!mention.entry || mention.entry.syntax !== 'short') continue;
    const name = HOST_VARIABLE.exec(text.slice(mention.entry.start, mention.entry.end))?.[1];
    if (!name) continue;
    const key = `${mention.service}\n${mention.port}/${mention.protocol ?? 'tcp'}`;
    const list = groups.get(key) ?? [];
    list.push({ name, mention });
    groups.set(key, list);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    const tls = group.find((entry) => namesTls(entry.name));
    const plain = group.find((entry) => namesHttp(entry.name) && !namesTls(entry.name));
    if (!tls || !plain) continue;
    const { mention } = tls;
    findings.push(finding('container-port-mismatch', mention.start, mention.end,
      `${tls.name} names HTTPS, but it maps to container port ${mention.port}, the same port ${plain.name} publishes as plain HTTP: `
      + `a port speaks TLS or not, so map ${tls.name} to the container's HTTPS port.`));
  }
  return findings;
}
