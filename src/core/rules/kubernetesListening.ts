// What a pod is known to listen on, for the rules that ask whether a numeric targetPort or probe port reaches
// something: the containerPorts its containers declare, the ports their images listen on, and any number
// written in their command, args or env (a port the process was told to use). `complete` says whether that is
// all: it is not when a container declares no port and runs an image Port Lens does not know. The workspace
// adds what the Dockerfile that builds a container's image says (see workspace/kubernetesBuiltImages).
import { lookupImage } from '../images/lookupImage';
import { portMovedOnlyBy } from '../images/portMovedOnlyBy';
import type { Container, PodTemplate } from '../formats/kubernetesObjects';
import { isPortKey } from '../formats/portSettings';
import type { ImageInfo } from '../types';

export interface PodListening {
  ports: Set<number>;
  complete: boolean;
}

/** What a container's image, built from a Dockerfile of the workspace, listens on: its ports, and whether the
 *  Dockerfile says so (an EXPOSE or a PORT setting). */
export type BuiltListening = (image: string) => { ports: readonly { port: number; endPort?: number }[]; says: boolean } | undefined;

/** Port names for a side job: metrics, admin, health, status… A port so named is scraped or probed, not served. */
export const SIDE_PORT_NAME = /metric|prom|admin|debug|health|stat|pprof|profil|jmx|monitor|telemetry|manage|mgmt|exporter/i;

export function podListening(pods: Iterable<PodTemplate>, built?: BuiltListening): PodListening {
  const ports = new Set<number>();
  let complete = true;
  for (const pod of pods) {
    for (const container of pod.containers) {
      const known = containerListening(container, ports, built);
      if (!known && !container.init) complete = false;
    }
  }
  return { ports, complete };
}

/** Adds what the container listens on; true when that is known (it declares ports, or its image is known and
 *  nothing in the container moves it). */
function containerListening(container: Container, into: Set<number>, built?: BuiltListening): boolean {
  let known = false;
  for (const port of container.ports) {
    if (port.containerPort) {
      into.add(port.containerPort.value);
      // A container that names every port it declares for a side job (Istio's generated gateways declare only
      // `metrics` 15020 and `status-port` 15021, and serve the Gateway's listeners on ports from their config)
      // has not declared where it serves.
      if (!port.name || !SIDE_PORT_NAME.test(port.name.value)) known = true;
    }
  }
  for (const number of container.numbersInSettings) into.add(number);
  const image = container.image?.value;
  const info = image !== undefined && !image.includes('$') ? lookupImage(image) : undefined;
  if (info && info.ports.length > 0) {
    for (const port of info.ports) {
      // Ranges are short (a few passive FTP or RTP ports): adding each keeps the lookup a set test.
      for (let p = port.port; p <= (port.endPort ?? port.port) && p - port.port < 1024; p++) into.add(p);
    }
    if (containerPortsMovedBy(container, info.portSettings) === undefined) known = true;
  } else if (image !== undefined && built) {
    const own = built(image);
    if (own && own.ports.length > 0) {
      for (const port of own.ports) for (let p = port.port; p <= (port.endPort ?? port.port) && p - port.port < 1024; p++) into.add(p);
      if (own.says && containerPortsMovedBy(container) === undefined) known = true;
    }
  }
  return known;
}

/** The container ports of the pods that bear this name. */
export function portsNamed(pods: Iterable<PodTemplate>, name: string): { container: Container; port: number | undefined }[] {
  const found: { container: Container; port: number | undefined }[] = [];
  for (const pod of pods) {
    for (const container of pod.containers) {
      for (const port of container.ports) if (port.name?.value === name) found.push({ container, port: port.containerPort?.value });
    }
  }
  return found;
}

/**
 * What in the container may make its image listen elsewhere than its defaults, judged with what the image table
 * says moves it (as Compose's container-port-mismatch judges a service): a command or args naming a number, a
 * variable, a shell, a config file or one of the image's port flags; an env setting named like a port or one of
 * the image's settings; envFrom (any setting); a mounted config. Undefined when nothing can.
 */
export function containerPortsMovedBy(container: Container, portSettings?: ImageInfo['portSettings']): string | undefined {
  // An image whose documentation names every way its port moves (images/portMovedOnlyBy, as Compose reads it):
  // a mounted config, a config file on the command line or a generic PORT setting leaves its port where it is
  // (Homepage's ConfigMap of services.yaml and settings.yaml at /app/config; its port is PORT alone).
  const image = container.image?.value;
  const onlyBy = image !== undefined && !image.includes('$') ? portMovedOnlyBy(image)?.settings : undefined;
  const settings = onlyBy ?? portSettings ?? [];
  for (const written of container.commandWords) {
    const word = expandSettings(written, container);
    // A config file named on the command line may set the port (the table's port settings are not all there is:
    // redis.conf has its own port line).
    if (!onlyBy && /\.(conf|cfg|ini|ya?ml|json|toml|properties|xml)\b/i.test(word)) return `its command or args (${word})`;
    const first = word.trim().split(/\s+/)[0] ?? '';
    if (/[0-9$;&|]/.test(word) || /(^|\/)(ba|z|da|a)?sh$/.test(first) || settings.some((setting) => setting.startsWith('-') && word.includes(setting))) {
      return `its command or args (${word})`;
    }
  }
  const env = container.envNames.find((name) => (!onlyBy && isPortKey(name) && !isClientPortSetting(container, name)) || settings.includes(name));
  if (env !== undefined) return `env ${env}`;
  if (container.envFrom) return 'envFrom';
  if (!onlyBy && container.configMounts.length > 0) return `a volume mounted at ${container.configMounts[0]}`;
  return undefined;
}

/** Hosts that name the container itself or every interface: beside them a port setting is the container's own. */
const OWN_HOSTS = new Set(['0.0.0.0', '::', '[::]', '*', 'localhost', '127.0.0.1', '::1', '']);

/** A port setting that says where another server is, not where this container listens: DB_PORT beside
 *  DB_HOSTNAME=mysql (a client of the mysql Service). The prefix's host setting names a host other than the
 *  container itself or every interface. */
export function isClientPortSetting(container: Container, name: string): boolean {
  const upper = name.toUpperCase();
  if (!upper.endsWith('_PORT')) return false;
  const prefix = name.slice(0, -'_PORT'.length);
  for (const suffix of ['HOST', 'HOSTNAME', 'ADDR', 'ADDRESS', 'SERVER']) {
    const value = container.envValues?.get(`${prefix}_${suffix}`) ?? container.envValues?.get(`${prefix}_${suffix.toLowerCase()}`);
    if (value !== undefined && !OWN_HOSTS.has(value.trim().toLowerCase()) && /^[a-z0-9][a-z0-9.-]*$/i.test(value.trim())) return true;
    // The host taken from a Secret or ConfigMap (its value unseen): a database's or a broker's is another server's
    // (mattermost's DB_HOST and DB_PORT from the secret mattermost.env).
    if (value === undefined && BACKING_SERVICE_PREFIX.test(prefix) && container.envNames.some((env) => env.toUpperCase() === `${upper.slice(0, -'_PORT'.length)}_${suffix}`)) return true;
  }
  return false;
}

/** Prefixes of settings that point at a database, cache, broker or mail server the application connects to. */
const BACKING_SERVICE_PREFIX = /^(?:[a-z0-9]+_)?(?:db|database|postgres|postgresql|pg|mysql|mariadb|mongo|mongodb|redis|memcached?|rabbitmq|amqp|kafka|elasticsearch|smtp|mail|ldap|nats|etcd|zookeeper|cassandra)$/i;

/** Kubernetes expands $(NAME) in command and args from the container's own env. A reference to a setting that is
 *  of the container's, as the value of a flag that is not about ports or addresses (kops' ingress-nginx:
 *  --nginx-configmap=$(POD_NAMESPACE)/ingress-nginx; thanos: --objstore.config=$(OBJSTORE_CONFIG)), stands for
 *  its literal value, or for a word without numbers when it comes from a fieldRef, secret or ConfigMap. Anything
 *  else stays a variable, which may move the port. */
function expandSettings(word: string, container: Container): string {
  if (!word.includes('$(')) return word;
  const flag = /^-{1,2}[A-Za-z0-9_.-]+=/.exec(word)?.[0] ?? '';
  if (flag === '' || /port|addr|listen|bind|host|url|endpoint|server/i.test(flag)) return word;
  return word.replace(/(?<!\$)\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (reference, name: string) => {
    // A setting named like a port moves the port by itself (see env below); one the container lacks is unknown.
    if (!container.envNames.includes(name)) return reference;
    return container.envValues?.get(name) ?? 'value';
  });
}
