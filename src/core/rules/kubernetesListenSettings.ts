// container-port-mismatch from a container's own statements (the Kubernetes side of Compose's settingPortMismatch):
// its env or args tell the process which port to listen on (PORT=3000, --port=8081, TELEMETRY_HOST=0.0.0.0 with
// TELEMETRY_PORT=8080), while its containerPorts name only other ports. One of the two is wrong whatever the
// image's defaults: a Service or probe sent to the declared port reaches nothing.
import { containerLabel } from '../formats/kubernetes';
import type { Container, KubernetesObject, PodTemplate, Written } from '../formats/kubernetesObjects';
import { lookupImage } from '../images/lookupImage';
import type { Finding, ImageInfo } from '../types';
import { finding } from '../catalogue';
import { LISTEN_SETTINGS } from './listenSettings';
import { lineNumberLookup } from './lineNumbers';

interface ListenSetting {
  /** The setting as written, for the message: PORT on line 12, or --port=8081 in its args. */
  said: string;
  port: number;
  at?: Written<number>;
}

/** Flags that name the process's main listening port, with the number alone or after the host of an address. */
const PORT_FLAG = /^--?(port|http-port|listen-port|server-port|web-port)(?:=|\s+)(\d{1,5})$/;
const ADDRESS_FLAG = /^--?(listen|listen-address|http-address|bind|bind-address|web\.listen-address)(?:=|\s+)(?:0\.0\.0\.0|\[::\]|::)?:(\d{1,5})$/;
/** Hosts that mean every interface: a prefix_HOST set to one makes prefix_PORT the container's own listening port. */
const WILDCARD = new Set(['0.0.0.0', '::', '[::]', '*']);
const HOST_SUFFIXES = ['HOST', 'ADDR', 'ADDRESS', 'BIND', 'LISTEN', 'IP', 'INTERFACE'];

/** A port setting named for the container itself: PETSTOREPRODUCTSERVICE_SERVER_PORT in the container
 *  petstoreproductservice, WEB_HTTP_PORT in web (by its name or its image's). An app reads its own server's port
 *  under its own name; a client's setting is named for what it reaches. Only for images the table does not know
 *  (the table lists the settings a known image reads). */
function ownSetting(container: Container, key: string): boolean {
  const match = /^(.+?)_(?:SERVER_|HTTP_|LISTEN_)?PORT$/.exec(key);
  if (!match) return false;
  const prefix = squeeze(match[1]);
  const image = container.image?.value.split('@')[0].split('/').pop()?.split(':')[0];
  return prefix.length >= 3 && [container.name, image].some((name) => name !== undefined && squeeze(name) === prefix);
}

function squeeze(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function listenSettingsOf(container: Container, info: ImageInfo | undefined, text: string): ListenSetting[] {
  const found: ListenSetting[] = [];
  const imageSettings = new Set((info?.portSettings ?? []).filter((name) => !name.startsWith('-')).map((name) => name.toUpperCase()));
  const line = lineNumberLookup(text);
  for (const setting of container.envPorts) {
    const key = setting.name.toUpperCase();
    const prefix = key.endsWith('_PORT') ? setting.name.slice(0, -'_PORT'.length) : undefined;
    const wildcardHost = prefix !== undefined && HOST_SUFFIXES.some((suffix) => {
      const value = container.envValues?.get(`${prefix}_${suffix}`) ?? container.envValues?.get(`${prefix}_${suffix.toLowerCase()}`);
      return value !== undefined && WILDCARD.has(value.trim());
    });
    // A client whose owner says it listens on no port reads no generic PORT as its own.
    if ((LISTEN_SETTINGS.has(key) && !info?.listensOnNoPort) || imageSettings.has(key) || wildcardHost || (!info && ownSetting(container, key))) {
      found.push({ said: `${setting.name} on line ${line(setting.port.start)}`, port: setting.port.value, at: setting.port });
    }
  }
  const words = container.commandWords;
  for (let i = 0; i < words.length; i++) {
    // --port 8081 written as two items of the list is one flag.
    const word = /^--?[a-z.-]+$/.test(words[i]) && /^\d{1,5}$/.test(words[i + 1] ?? '') ? `${words[i]}=${words[i + 1]}` : words[i];
    const match = PORT_FLAG.exec(word.trim()) ?? ADDRESS_FLAG.exec(word.trim());
    if (match) found.push({ said: `${word.trim()} in its args`, port: Number(match[2]) });
  }
  return found.filter((setting) => setting.port >= 1 && setting.port <= 65535);
}

export function listenSettingMismatch(object: KubernetesObject, pod: PodTemplate, container: Container, text: string): Finding[] {
  const image = container.image?.value;
  const info = image !== undefined && !image.includes('$') ? lookupImage(image) : undefined;
  const settings = listenSettingsOf(container, info, text);
  if (settings.length === 0) return [];
  const declared = container.ports.filter((port) => port.containerPort !== undefined && port.protocol === 'tcp').map((port) => port.containerPort!);
  if (declared.length === 0) return [];
  // Any container of the pod declaring a setting's port (a sidecar in front of it, or this one) agrees with it.
  const podPorts = new Set(pod.containers.flatMap((each) => each.ports.map((port) => port.containerPort?.value)));
  if (settings.some((setting) => podPorts.has(setting.port))) return [];
  // A declared port the image listens on, that another of its settings names (a metrics port beside the web
  // port), or that a probe checks by number: something says it listens there, and the declarations are only
  // incomplete.
  if (info && declared.some((port) => info.ports.some((p) => p.port <= port.value && port.value <= (p.endPort ?? p.port)))) return [];
  const settingPorts = new Set(settings.map((setting) => setting.port));
  const otherNumbers = [...container.numbersInSettings].filter((number) => !settingPorts.has(number));
  if (declared.some((port) => otherNumbers.includes(port.value))) return [];
  if (declared.some((port) => container.probes.some((probe) => probe.port.value === port.value))) return [];
  const [setting] = settings;
  return declared.map((port) => {
    const found = finding('container-port-mismatch', port.start, port.end,
      `${setting.said} tells ${containerLabel(object, container)} to listen on ${setting.port}, but its ports name containerPort ${port.value}: one of them is wrong, and nothing answers on this port unless both agree.`,
      settings.length === 1 && declared.length === 1 ? { title: `Use container port ${setting.port}`, edits: [{ start: port.start, end: port.end, newText: String(setting.port) }] } : undefined);
    if (setting.at) found.related = [{ path: '', start: setting.at.start, end: setting.at.end, message: setting.said }];
    return found;
  });
}
