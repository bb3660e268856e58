// container-port-mismatch, latent: one Compose variable sets both the port the software listens on and the host side
// of its publish, while the container side is that variable's default written as a number (budget-board's client:
// `PORT: ${PORT:-6253}` beside `- ${PORT:-6253}:6253`, issue #1008). At the default the two agree; the variable
// exists to be changed, and any other value moves the software to it while the publish still reaches 6253, where
// nothing listens. The fix writes the container side with the variable too, or keeps the setting fixed.
// Only a setting the image is known to listen by (its documented port settings in a curated row, or PORT-like names
// for an image the table does not know; not a row generated from catalogs): a variable that only tells the software
// its public port moves nothing inside.
import { isGeneratedImage, lookupImage } from '../images/lookupImage';
import type { Finding, PortMention } from '../types';
import { finding } from '../catalogue';
import { LISTEN_SETTINGS } from './listenSettings';
import { lineNumberLookup } from './lineNumbers';
import { mentionsByService } from './mentionsByService';

/** A short-syntax publish `[ip:]${NAME[:-default]}:<number>[/tcp]`, as written on its line. */
const VARIABLE_HOST_LITERAL_CONTAINER = /^\s*-\s*["']?(?:[0-9.]+:)?\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-[0-9]*)?\}:([0-9]{1,5})(?:\/tcp)?["']?\s*(?:#.*)?$/;
/** The variable a setting's value is written with, on its line (`PORT: ${PORT:-6253}`, `- PORT=${PORT}`). */
const SETTING_VARIABLE = /^\s*(?:-\s*)?["']?([A-Za-z_][A-Za-z0-9_.]*)["']?\s*[:=]\s*["']?\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-[0-9]*)?\}["']?\s*(?:#.*)?$/;

export function sharedPortVariable(mentions: readonly PortMention[], text: string): Finding[] {
  // The common path: a file with no `${` at all has no such pair.
  if (!text.includes('${')) return [];
  const findings: Finding[] = [];
  let lineOf: ((offset: number) => number) | undefined;
  const lineText = (offset: number) => {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    const end = text.indexOf('\n', offset);
    return text.slice(start, end < 0 ? text.length : end);
  };
  for (const service of mentionsByService(mentions).values()) {
    const image = service[0].image;
    if (image?.includes('$') || service[0].networkSharedWith !== undefined) continue;
    const info = image === undefined ? undefined : lookupImage(image);
    // A row generated from catalogs takes its settings from the templates that set them, not from the software's
    // documentation (itzg/minecraft-server's PORT): no word on what moves the port.
    if (info && image !== undefined && isGeneratedImage(image)) continue;
    const names = info && (info.ports.length > 0 || info.listensOnNoPort)
      ? new Set((info.portSettings ?? []).filter((name) => !name.startsWith('-')).map((name) => name.toUpperCase()))
      : LISTEN_SETTINGS;
    const settings = service.filter((m) => m.role === 'setting' && m.endPort === undefined && !m.implicit
      && m.context?.startsWith('environment ') && names.has(m.context.slice('environment '.length).toUpperCase()));
    if (settings.length === 0) continue;
    const publishes = service.filter((m) => m.role === 'container' && m.context === 'ports' && m.endPort === undefined && (m.protocol ?? 'tcp') === 'tcp');
    for (const setting of settings) {
      const written = SETTING_VARIABLE.exec(lineText(setting.start));
      if (!written || written[1].toUpperCase() !== setting.context!.slice('environment '.length).toUpperCase()) continue;
      const variable = written[2];
      for (const publish of publishes) {
        const entry = VARIABLE_HOST_LITERAL_CONTAINER.exec(lineText(publish.start));
        if (!entry || entry[1] !== variable || Number(entry[2]) !== publish.port || publish.port !== setting.port) continue;
        lineOf ??= lineNumberLookup(text);
        const key = written[1];
        const message = `${key} and the host side of the publish on line ${lineOf(publish.start)} both take \${${variable}}, while its container side `
          + `is written as ${publish.port}: they agree only at the default. Any other value of ${variable} moves the software to it, and the `
          + `publish still reaches ${publish.port}, where nothing listens. Write the container side as \${${variable}} too, or give ${key} a value of its own.`;
        findings.push(finding('container-port-mismatch', setting.start, setting.end, message));
        break;
      }
    }
  }
  return findings;
}
