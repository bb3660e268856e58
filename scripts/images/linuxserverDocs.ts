// LinuxServer.io's documentation pages (linuxserver/docker-documentation, docs/images/docker-<name>.md), rendered
// from each image's readme-vars.yml: the image owner's word on its ports (the `-p` table: host:container[/udp]),
// the variables that move them (the `-e` table) and the software's name (the description's first link).
import { imageKey } from '../../src/core/images/imageReference';
import type { CatalogFiles } from './catalogFiles';
import type { ImageClaim, PortClaim } from './claims';
import { containerSide, dedupe, sidePort } from './composeServices';
import { readPortWords } from './portWords';

export function readLinuxServerDocs(files: CatalogFiles): ImageClaim[] {
  const claims: ImageClaim[] = [];
  for (const path of files.paths) {
    if (!/^docs\/(images|deprecated_images)\/docker-[^/]+\.md$/.test(path)) continue;
    const name = /docker-([^/]+)\.md$/.exec(path)![1];
    const claim = readLinuxServerPage(files.read(path), files.repo, files.permalink(path), `linuxserver/${name}`);
    if (claim) claims.push(claim);
  }
  return claims;
}

/** `expected` is the image the page is for: its examples may run other images beside it (a socket proxy). */
export function readLinuxServerPage(text: string, catalog: string, url: string, expected: string): ImageClaim | undefined {
  const key = [...text.matchAll(/^\s*image:\s*(\S+)/gm)].map((m) => imageKey(m[1])).find((k) => k === expected);
  if (!key) return undefined;
  const ports: PortClaim[] = [];
  const settings: string[] = [];
  const portsTable = section(text, /^### Ports/m);
  for (const row of portsTable.matchAll(/^\|\s*`([^`]+)`\s*\|\s*([^|\n]*)\|/gm)) {
    const side = containerSide(row[1]);
    if (side && !side.variable) ports.push({ ...sidePort(side), ...readPortWords(row[2]) });
  }
  for (const row of section(text, /^### Environment Variables/m).matchAll(/^\|\s*`([A-Za-z0-9_]+)=([^`]*)`\s*\|/gm)) {
    if (/PORT/i.test(row[1]) && /^\d{1,5}$/.test(row[2].trim())) settings.push(row[1]);
  }
  const description = /^description:\s*"?\[([^\]]+)\]\(/m.exec(text)?.[1] ?? /^title:\s*(.+)$/m.exec(text)?.[1];
  const tags = section(text.slice(0, 2000), /^tags:/m).split('\n').map((l) => /^\s*-\s*(.+)$/.exec(l)?.[1]?.toLowerCase()).filter((t): t is string => !!t);
  const claim: ImageClaim = {
    key, catalog, owner: true, url, app: key, main: true, title: description?.trim(), categories: tags,
    ports: dedupe(ports), portSettings: settings.sort(),
  };
  // The page's `-p` table is there and empty, and its Compose example publishes nothing and does not share the host's
  // network (where a table may be left empty though the software listens): the owner says the image listens on no
  // port. A page without the table (base images, socket-proxy's) says nothing either way.
  const table = /^### Ports[^\n]*\n\s*\|[^\n]*\|\s*\n\s*\|[\s:|-]*\|\s*\n\s*(\n|#|$)/m.test(text);
  if (table && !/^\s*\|\s*`/m.test(portsTable) && !/^\s*ports:/m.test(text) && !/network_mode:\s*"?host|--net(work)?[= ]host/i.test(text)) {
    claim.listensOnNoPort = true;
  }
  return claim;
}

/** The text from the heading to the next heading (or the end). */
function section(text: string, heading: RegExp): string {
  const m = heading.exec(text);
  if (!m) return '';
  const rest = text.slice(m.index + m[0].length);
  const next = /^(#{1,3} |---$|[a-z_]+:)/m.exec(rest.slice(1));
  return next ? rest.slice(0, next.index + 1) : rest;
}
