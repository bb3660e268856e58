// Bitnami's Helm charts (bitnami/charts, bitnami/<chart>/values.yaml): Bitnami's own word on the ports of its
// images. A values mapping that names an image (`image.repository: bitnami/ghost`) and its `containerPorts`
// (`http: 2368`) is one claim; the chart's components (metrics exporters, workers) are mappings of their own.
import { imageKey } from '../../src/core/images/imageReference';
import type { CatalogFiles } from './catalogFiles';
import { parseQuietly } from './quietYaml';
import type { ImageClaim, PortClaim } from './claims';
import { dedupe } from './composeServices';

export function readBitnamiCharts(files: CatalogFiles): ImageClaim[] {
  const claims: ImageClaim[] = [];
  for (const path of files.paths) {
    const m = /^bitnami\/([^/]+)\/values\.yaml$/.exec(path);
    if (!m) continue;
    const values = parseQuietly(files.read(path));
    if (values === undefined) continue;
    const chart = parseChart(files.read(`bitnami/${m[1]}/Chart.yaml`));
    const url = files.permalink(path);
    walk(values, (mapping, depth) => {
      const image = mapping.image as Record<string, unknown> | undefined;
      const repository = typeof image?.repository === 'string' ? image.repository : undefined;
      const key = repository ? imageKey(repository) : undefined;
      const ports = portsOf(mapping.containerPorts);
      if (!key || !key.startsWith('bitnami/') || ports.length === 0) return;
      const main = depth === 0;
      claims.push({ key, catalog: files.repo, owner: true, url, app: m[1], main, title: main ? chart : undefined, categories: [], ports, portSettings: [] });
    });
  }
  return claims;
}

/** `http: 8080`, `https: 8443`, `metrics: 9187`: the names say what the ports speak. */
function portsOf(value: unknown): PortClaim[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const ports: PortClaim[] = [];
  for (const [name, number] of Object.entries(value as Record<string, unknown>)) {
    const port = typeof number === 'number' ? number : Number(number);
    if (!Number.isInteger(port) || port < 1 || port > 65535) continue;
    const claim: PortClaim = { port, protocol: /udp/i.test(name) ? 'udp' : 'tcp' };
    if (/^https|tls|ssl/i.test(name)) { claim.speaks = 'tls'; claim.description = 'HTTPS'; }
    else if (/^(http|web|metrics|api|console|ui)/i.test(name)) { claim.speaks = 'http'; claim.description = /metrics/i.test(name) ? 'metrics (HTTP)' : 'web UI or HTTP API'; }
    ports.push(claim);
  }
  return dedupe(ports);
}

/** The software's name as the chart's description starts: "Ghost is an open source publishing platform…". */
function parseChart(text: string): string | undefined {
  const description = /^description:\s*(.+)$/m.exec(text)?.[1];
  const name = description?.split(/\s+(?:is|are)\s+/)[0]?.trim();
  return name && name.length <= 40 && name.split(/\s+/).length <= 5 ? name : undefined;
}

function walk(value: unknown, visit: (mapping: Record<string, unknown>, depth: number) => void, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 6) return;
  if (Array.isArray(value)) return;
  const mapping = value as Record<string, unknown>;
  visit(mapping, depth);
  for (const child of Object.values(mapping)) walk(child, visit, depth + 1);
}
