// Unraid container templates (XML): LinuxServer.io's own (linuxserver/templates, rendered from each image's
// readme-vars.yml, so the image owner's word) and community ones (selfhosters/unRAID-CA-templates).
// `<Config Type="Port" Target="8096" Mode="tcp">`: Target is the container side; the legacy
// `<Networking><Publish><Port><ContainerPort>` form says the same.
import * as sax from 'sax';
import { imageKey } from '../../src/core/images/imageReference';
import type { CatalogFiles } from './catalogFiles';
import type { ImageClaim, PortClaim } from './claims';
import { containerSide, dedupe, sidePort } from './composeServices';
import { readPortWords, webUiPort } from './portWords';

interface Template {
  fields: Map<string, string>;
  configs: Record<string, string>[];
  legacyPorts: { port: string; protocol: string }[];
}

export function parseUnraidTemplate(xml: string): Template | undefined {
  const parser = sax.parser(false, { lowercase: true, trim: true });
  const template: Template = { fields: new Map(), configs: [], legacyPorts: [] };
  const stack: string[] = [];
  let legacy: { port: string; protocol: string } | undefined;
  let failed = false;
  parser.onerror = () => { failed = true; parser.resume(); };
  parser.onopentag = (tag) => {
    stack.push(tag.name);
    if (tag.name === 'config') template.configs.push(Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k.toLowerCase(), String(v)])));
    if (tag.name === 'port' && stack.includes('publish')) legacy = { port: '', protocol: 'tcp' };
  };
  parser.ontext = (text) => {
    const name = stack[stack.length - 1];
    if (legacy && name === 'containerport') legacy.port = text;
    else if (legacy && name === 'protocol') legacy.protocol = text;
    else if (stack.length === 2) template.fields.set(name, text);
  };
  parser.onclosetag = (name) => {
    stack.pop();
    if (name === 'port' && legacy) { template.legacyPorts.push(legacy); legacy = undefined; }
  };
  try {
    parser.write(xml).close();
  } catch {
    return undefined;
  }
  return failed && template.fields.size === 0 ? undefined : template;
}

/** The template's name without its publisher's prefix: binhex names its template of qmcgaw/gluetun
 *  "binhex-official-gluetun", and the software is Gluetun's. */
function titleOf(name: string | undefined, repo: string): string | undefined {
  const owner = repo.slice(0, repo.indexOf('/')).toLowerCase();
  const title = name?.replace(new RegExp(`^${owner.replace(/[^a-z0-9]/g, '.')}[-_ ]`, 'i'), '').replace(/^official[-_ ]/i, '').trim();
  return title || undefined;
}

export function readUnraidTemplates(files: CatalogFiles, owner: (key: string) => boolean): ImageClaim[] {
  const claims: ImageClaim[] = [];
  for (const path of files.paths) {
    if (!path.toLowerCase().endsWith('.xml') || path.startsWith('.github/')) continue;
    const template = parseUnraidTemplate(files.read(path));
    const repository = template?.fields.get('repository');
    const key = repository ? imageKey(repository) : undefined;
    if (!template || !key) continue;
    const network = (template.fields.get('network') ?? '').toLowerCase();
    const ports: PortClaim[] = [];
    if (network !== 'host') {
      const web = webUiPort(template.fields.get('webui'));
      for (const config of template.configs) {
        if ((config.type ?? '').toLowerCase() !== 'port') continue;
        const protocol = (config.mode ?? 'tcp').toLowerCase();
        const side = protocol === 'tcp' || protocol === 'udp' ? containerSide(`${config.target ?? ''}/${protocol}`) : undefined;
        if (!side || side.variable) continue;
        // A UDP port serves neither HTTP nor TLS, whatever the template calls it ("WebUI" on Luanti's game port).
        // LinuxServer.io's generator names every image's first port "WebUI" (quassel-core's 4242 too): that name
        // says nothing; the description and the template's WebUI link do.
        const name = /^\s*(web ?ui|port:?\s*\d*)\s*$/i.test(config.name ?? '') ? '' : config.name ?? '';
        const words = protocol === 'udp' ? {} : readPortWords(`${name} ${config.description ?? ''}`);
        const claim: PortClaim = { ...sidePort(side), ...words };
        // The template's WebUI link says HTTP or HTTPS, unless the port's own words say TLS (binhex's Crafty).
        if (web && web.port === side.port && protocol === 'tcp' && !(web.speaks === 'http' && words.speaks === 'tls')) {
          claim.speaks = web.speaks;
          claim.description = web.speaks === 'tls' ? 'web UI over HTTPS' : 'web UI';
        }
        ports.push(claim);
      }
      for (const legacy of template.legacyPorts) {
        const port = Number(legacy.port);
        const protocol = legacy.protocol.toLowerCase();
        if (Number.isInteger(port) && port > 0 && port < 65536 && (protocol === 'tcp' || protocol === 'udp')) ports.push({ port, protocol });
      }
    }
    // A variable the template sets to one of its ports is the setting that moves that port (binhex's WEBUI_PORT).
    const settings = template.configs
      .filter((c) => (c.type ?? '').toLowerCase() === 'variable' && /PORT/i.test(c.target ?? '') && /^[A-Za-z_][A-Za-z0-9_]*$/.test(c.target ?? ''))
      .filter((c) => ports.some((p) => String(p.port) === (c.default ?? '').trim()))
      .map((c) => c.target as string);
    claims.push({
      key, catalog: files.repo, owner: owner(key), url: files.permalink(path),
      app: path.replace(/\.xml$/i, ''), main: true, title: titleOf(template.fields.get('name'), files.repo),
      categories: (template.fields.get('category') ?? '').toLowerCase().split(/[\s:]+/).filter(Boolean),
      ports: dedupe(ports), portSettings: [...new Set(settings)].sort(),
    });
  }
  return claims;
}
