// Unraid container templates (XML): LinuxServer.io's own (linuxserver/templates, rendered from each image's
// readme-vars.yml, so the image owner's word) and community ones (selfhosters/unRAID-CA-templates).
// `<Config Type="Port" Target="8096" Mode="tcp">`: Target is the container side; the legacy
// `<Networking><Publish><Port><ContainerPort>` form says the same.
import * as sax from 'sax';
import { imageKey } from '../../src/core/images/imageReference';
import type { Protocol } from '../../src/core/types';
import type { CatalogFiles } from './catalogFiles';
import type { ImageClaim, PortClaim } from './claims';
import { dedupe } from './composeServices';
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
        const port = Number(config.target);
        const protocol = (config.mode ?? 'tcp').toLowerCase();
        if (!Number.isInteger(port) || port < 1 || port > 65535 || (protocol !== 'tcp' && protocol !== 'udp')) continue;
        const words = readPortWords(`${config.name ?? ''} ${config.description ?? ''}`);
        const claim: PortClaim = { port, protocol: protocol as Protocol, ...words };
        if (web && web.port === port && protocol === 'tcp') { claim.speaks = web.speaks; claim.description = web.speaks === 'tls' ? 'web UI over HTTPS' : 'web UI'; }
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
      app: path.replace(/\.xml$/i, ''), main: true, title: template.fields.get('name'),
      categories: (template.fields.get('category') ?? '').toLowerCase().split(/[\s:]+/).filter(Boolean),
      ports: dedupe(ports), portSettings: [...new Set(settings)].sort(),
    });
  }
  return claims;
}
