// Properties of the image-aware parts: compose services built from real image rows, with or without each thing
// that may move the image's ports, published on the image's port or another. container-port-mismatch must stay
// quiet whenever one of those things is there, fire when none is and the port is not the image's, and its fix
// must leave valid YAML without the finding. Any string as an image reference must never throw.
import fc from 'fast-check';
import { parse } from 'yaml';
import { checkPorts, hoverMarkdown, lookupImage, lookupPort, scanPorts } from '../../src/core';
import { imageKey } from '../../src/core/images/imageReference';
import { imageRows } from '../../src/core/images/lookupImage';
import { portMovedOnlyBy } from '../../src/core/images/portMovedOnlyBy';
import { applyEdits } from '../unit/applyEdits';
import type { RobustnessProperty } from './robustnessProperties';

/** Rows with exactly one single port: the fix has one candidate. Images whose documentation names the only
 *  settings that move their port (portMovedOnlyBy: a generic HTTP_PORT or a config mount leaves Ollama on 11434)
 *  follow other rules, tested in rules-portMovedOnlyBy.test.ts, so they are left out here. Looked up once. */
let singlePortImages: string[] | undefined;
function singlePortImageNames(): string[] {
  singlePortImages ??= imageRows()
    .filter((row) => row.ports.length === 1 && row.ports[0].endPort === undefined && portMovedOnlyBy(row.image) === undefined)
    .map((row) => row.image);
  return singlePortImages;
}

/** What may move an image's ports, as a compose service writes it. */
const CONFIG_MOUNT = 'a config folder mounted';
const changers = ['    env_file: app.env\n', '    command: ["--port", "9999"]\n', CONFIG_MOUNT,
  '    configs: [app]\n', '    environment:\n      - HTTP_PORT\n', '    network_mode: service:vpn\n', '    entrypoint: sh -c "exec app"\n'];

const serviceCase = fc.record({
  imageIndex: fc.nat(),
  tag: fc.constantFrom('', ':latest', ':1.2.3', '@sha256:0123abcd', ':${TAG:-1}'),
  host: fc.constantFrom('', 'docker.io/', 'DOCKER.IO/'),
  container: fc.integer({ min: 1, max: 65535 }),
  hostPort: fc.integer({ min: 1, max: 65535 }),
  onImagePort: fc.boolean(),
  changer: fc.option(fc.constantFrom(...changers), { nil: undefined }),
  data: fc.boolean(),
});

export function imageProperties(): RobustnessProperty[] {
  return [{
    name: 'compose: container-port-mismatch fires exactly when nothing may move the port, and its fix clears it',
    property: fc.property(serviceCase, (c) => {
      const names = singlePortImageNames();
      if (names.length === 0) throw new Error('no image row with one port');
      const name = names[c.imageIndex % names.length];
      const info = lookupImage(name)!;
      const container = c.onImagePort ? info.ports[0].port : c.container;
      const reference = `${name.includes('.') && !name.startsWith('docker.io') ? '' : c.host}${name}${c.tag}`;
      // A data volume never moves a port; a config folder does. Both go in one `volumes:` list.
      const volumes = [c.data ? '"app-data:/var/lib/app"' : '', c.changer === CONFIG_MOUNT ? '"./conf:/etc/app"' : ''].filter(Boolean);
      const text = `services:\n  app:\n    image: "${reference}"\n    ports:\n      - "${c.hostPort}:${container}"\n`
        + (volumes.length > 0 ? `    volumes: [${volumes.join(', ')}]\n` : '') + (c.changer !== CONFIG_MOUNT ? c.changer ?? '' : '');
      const found = checkPorts(text, 'compose').filter((f) => f.code === 'container-port-mismatch');
      const expected = container !== info.ports[0].port && c.changer === undefined;
      if (found.length !== (expected ? 1 : 0)) throw new Error(`expected ${expected ? 'one finding' : 'none'}, got ${JSON.stringify(found)} for\n${text}`);
      // Every hover of the file is text, whatever the image.
      for (const mention of scanPorts(text, 'compose')) {
        if (!hoverMarkdown(mention, lookupPort(mention.port), found).startsWith('**Port')) throw new Error('hover');
      }
      if (!expected) return;
      const fix = found[0].fix;
      if (!fix) throw new Error(`no fix for one candidate in\n${text}`);
      const fixed = applyEdits(text, fix.edits);
      const ports = parse(fixed).services.app.ports as string[];
      if (ports[0] !== `${c.hostPort}:${info.ports[0].port}`) throw new Error(`fixed to ${ports[0]}`);
      if (checkPorts(fixed, 'compose').some((f) => f.code === 'container-port-mismatch')) throw new Error(`still there after the fix:\n${fixed}`);
    }),
  }, {
    name: 'image references: any string is a key or none, and lookups never throw',
    property: fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9.:/@$_{}-]{0,40}$/)), (reference) => {
      const key = imageKey(reference);
      if (key !== undefined && (key !== key.toLowerCase() || key.includes('@') || key.startsWith('docker.io/'))) throw new Error(`key ${key}`);
      lookupImage(reference);
    }),
  }];
}
