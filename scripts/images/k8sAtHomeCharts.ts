// The k8s-at-home Helm charts (k8s-at-home/charts, charts/<stable|incubator>/<app>/values.yaml): a store of about 180
// charts built on one common library, so every chart writes its image and ports the same way:
//   image: { repository: ghcr.io/k8s-at-home/sonarr }   service: { main: { ports: { http: { port: 8989 } } } }
// The container listens on `targetPort` when the chart sets one, otherwise on `port` (the library's default).
// A store's word, like any app store's, except for the charts' own images (ghcr.io/k8s-at-home/*), which k8s-at-home
// builds: there it is the owner's. Ports a chart sets through the app's environment are moved ports, not defaults.
import { imageKey } from '../../src/core/images/imageReference';
import type { CatalogFiles } from './catalogFiles';
import { parseQuietly } from './quietYaml';
import type { ImageClaim, PortClaim } from './claims';
import { dedupe, entries, markMoved } from './composeServices';

/** Tag words that select another server in the same image: a web server or PHP runtime bundled in front of the app. */
const VARIANT_TAG = /(^|[-_.])(nginx|fpm|apache|caddy|php)([-_.]|$)/i;

export function readK8sAtHomeCharts(files: CatalogFiles): ImageClaim[] {
  const claims: ImageClaim[] = [];
  for (const path of files.paths) {
    const m = /^charts\/(?:stable|incubator)\/([^/]+)\/values\.yaml$/.exec(path);
    if (!m) continue;
    const values = parseQuietly(files.read(path));
    if (values === undefined) continue;
    if (!values || typeof values !== 'object' || Array.isArray(values)) continue;
    const top = values as Record<string, unknown>;
    const image = top.image as Record<string, unknown> | undefined;
    const key = typeof image?.repository === 'string' ? imageKey(image.repository) : undefined;
    if (!key) continue;
    // The tag the chart runs (its values', else the chart's appVersion): a variant's tag (`v4.14.1-nginx`) runs
    // another server than the image's plain tags, so its ports say nothing about them (promasu/cryptpad).
    const tag = typeof image?.tag === 'string' && image.tag.trim() !== '' ? image.tag : /^appVersion:\s*["']?([^"'\s]+)/m.exec(chartText(files, path))?.[1] ?? '';
    if (VARIANT_TAG.test(tag)) continue;
    const ports = dedupe(servicePorts(top.service));
    const environment = new Map(entries(top.env));
    const portSettings = markMoved(ports, environment);
    if (ports.length === 0) continue;
    claims.push({
      key, catalog: files.repo, owner: key.startsWith('ghcr.io/k8s-at-home/') || key.startsWith('k8s-at-home/'), url: files.permalink(path),
      app: m[1], main: true, title: chartTitle(chartText(files, path)), categories: [], ports, portSettings,
    });
  }
  return claims;
}

/** Every enabled port of every enabled service: `service.<name>.ports.<name>.{port,targetPort,protocol,enabled}`. */
function servicePorts(value: unknown): PortClaim[] {
  const ports: PortClaim[] = [];
  for (const service of Object.values(mapping(value))) {
    const s = mapping(service);
    if (s.enabled === false) continue;
    for (const [name, raw] of Object.entries(mapping(s.ports))) {
      const p = mapping(raw);
      if (p.enabled === false) continue;
      const number = Number(p.targetPort ?? p.port);
      if (!Number.isInteger(number) || number < 1 || number > 65535) continue;
      const protocol = typeof p.protocol === 'string' ? p.protocol.toUpperCase() : 'HTTP';
      const claim: PortClaim = { port: number, protocol: protocol === 'UDP' ? 'udp' : 'tcp' };
      // The library's protocol names what the port speaks: HTTP (its default) or HTTPS; TCP and UDP say nothing more.
      if (protocol === 'HTTPS') { claim.speaks = 'tls'; claim.description = 'HTTPS'; }
      else if (protocol === 'HTTP' && /^(http|web|ui)$/i.test(name)) { claim.speaks = 'http'; claim.description = 'web UI or HTTP API'; }
      ports.push(claim);
    }
  }
  return ports;
}

function mapping(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function chartText(files: CatalogFiles, values: string): string {
  const chart = values.replace(/values\.yaml$/, 'Chart.yaml');
  return files.paths.includes(chart) ? files.read(chart) : '';
}

/** The app's name as the chart's description starts ("Sonarr is a PVR for usenet…"), when it is a short name. */
function chartTitle(text: string): string | undefined {
  const description = /^description:\s*["']?(.+?)["']?\s*$/m.exec(text)?.[1];
  const name = description?.split(/\s+(?:is|are)\s+/)[0]?.trim();
  return name && name.length <= 40 && name.split(/\s+/).length <= 4 && name !== description ? name : undefined;
}
