// container-port-mismatch on a Service's side: a targetPort that reaches a containerPort the container's image does
// not listen on. The containerPort itself is already reported (imageMismatch, or the Dockerfile of the workspace that
// builds the image); when the Service was written to agree with it, the Service carries the same mistake (zimmertr's
// tautulli: containerPort 8080 and a Service targeting 8080, while linuxserver/tautulli listens on 8181; aks-store's
// store-admin Service on 8080 beside its containerPort 8080, while its Dockerfile EXPOSEs 8081), and the fix is
// often made on both lines.
import { containerLabel, objectLabel } from '../formats/kubernetes';
import type { Container, KubernetesObject, PortRef, Written } from '../formats/kubernetesObjects';
import { finding } from '../catalogue';
import { imagePortText } from '../images/imagePorts';
import { lookupImage } from '../images/lookupImage';
import type { Finding } from '../types';

/** A container of a pod the Service selects, with the file that defines it. */
export interface SelectedContainer {
  path: string;
  object: KubernetesObject;
  container: Container;
}

/** The finding for `target` (a Service's targetPort, or its port when the targetPort defaults to it) when every
 *  container that declares the port it reaches (by number, or by name) declares it where its image does not listen:
 *  `misdeclared` says which containerPorts (by offset in their file) container-port-mismatch reports (the image is
 *  known, nothing in the container moves its port, no probe checks the declared port). Undefined when no container
 *  declares it, or any one that does is not so reported. */
export function serviceReachesMisdeclaredPort(object: KubernetesObject, target: Written<PortRef['value']>, defaulted: boolean,
  containers: readonly SelectedContainer[], misdeclared: (end: SelectedContainer) => ReadonlySet<number>,
  placeName: (path: string, offset: number, from: string) => string, from: string,
  builtSays: (container: Container) => string | undefined = () => undefined): Finding | undefined {
  const ends: { end: SelectedContainer; at: Written<number> }[] = [];
  for (const end of containers) {
    if (end.container.init) continue;
    for (const port of end.container.ports) {
      const at = port.containerPort;
      if (at === undefined) continue;
      if (typeof target.value === 'number' ? at.value === target.value : port.name?.value === target.value) ends.push({ end, at });
    }
  }
  if (ends.length === 0) return undefined;
  // An option in the command or args may open a port the image's row does not name (as mongod's --httpinterface
  // opened 28017 beside 27017 before 3.6, a flag its row now lists): the containerPort is judged by the row's port
  // settings alone, and its Service is left to that judgement when the words may move a port.
  if (ends.some(({ end }) => mayOpenPort(end.container.commandWords))) return undefined;
  if (ends.some(({ end, at }) => !misdeclared(end).has(at.start))) return undefined;
  const [{ end, at }] = ends;
  const info = lookupImage(end.container.image!.value);
  const says = info ? `${info.software} (image ${info.image}) listens on ${info.ports.map(imagePortText).join(', ')}` : builtSays(end.container);
  if (says === undefined) return undefined;
  const what = defaulted ? `Port ${target.value} of ${objectLabel(object)} (its targetPort defaults to the same number)` : `targetPort ${target.value} of ${objectLabel(object)}`;
  const found = finding('container-port-mismatch', target.start, target.end,
    `${what} reaches containerPort ${at.value} of ${containerLabel(end.object, end.container)} at ${placeName(end.path, at.start, from)}, but ${says}, so connections are refused unless the container is configured to listen there.`);
  found.related = ends.map(({ end: other, at: port }) => ({ path: other.path, start: port.start, end: port.end, message: `containerPort ${port.value} of ${containerLabel(other.object, other.container)}` }));
  return found;
}

/** Options that may open or move a port: one whose name speaks of a port, an address or a server (--port, --bind,
 *  --listen, --httpinterface, --rest, --web.listen-address), or any word carrying a port-like number (-p 9000,
 *  :8080, a script running the server on 3000). Other options (--text hello, --verbose, --config /etc/app.yml) leave
 *  the port where the image's row says it is (amitsaha's jxlwqq/http-echo run with --text still serves 8080). */
export function mayOpenPort(words: readonly string[]): boolean {
  return words.some((word) => /\d{2,5}/.test(word)
    || (/(^|\s)-/.test(word) && /port|listen|bind|addr|http|rest|interface|web|server|serve|host|tls|ssl|grpc|socket|metrics|admin|api|expose|publish|\$/i.test(word)));
}
