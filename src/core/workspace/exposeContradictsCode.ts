// The application a Dockerfile builds and runs, read for where it listens (codeListenPorts.ts), and
// expose-contradicts-config when it disagrees with the Dockerfile's EXPOSE: `EXPOSE 8080` over an Express app
// that calls `app.listen(3000)`, a Go exporter whose `--port` flag defaults to 9717. Tools that read the image's
// ports (`docker run -P`, proxies that route to the exposed port, platforms) then reach nothing.
// Conservative: only when the image runs the code of one language the Dockerfile names (a Node, Python or Go
// runtime, and not a web server image serving a built site), the command and the ENV name no port of their own,
// and the listen statements could be read (a port left to a name is taken only beside a listen setting's default).
import { finding } from '../catalogue';
import type { Finding, PortMention, RelatedPlace } from '../types';
import { codeLanguageOf, codeListenPorts, type CodeLanguage, type CodeListening } from './codeListenPorts';
import { builtStages, dockerfileStages } from '../formats/dockerfileStages';

export interface CodeFile {
  path: string;
  text: string;
  lineOf(offset: number): number;
  /** Its reading, kept with the file by whoever lists the files again after a change. */
  read?: CodeListening;
}

export interface CodePortAt {
  port: number;
  setting?: string;
  path: string;
  start: number;
  end: number;
  line: number;
}

/** Folders whose sources are not the server the image runs: tests, vendored and browser code, examples. */
const NOT_SERVER_FOLDER = /(?:^|\/)(?:node_modules|vendor|third_party|test|tests|__tests__|__mocks__|spec|specs|e2e|testdata|fixtures|mocks?|examples?|samples?|docs?|public|static|dist|build|coverage|client|frontend|scripts|migrations|\.[^/]+)\//i;

const WEB_SERVER_IMAGE = /(?:^|\/)(?:nginx|nginx-unprivileged|httpd|caddy|apache|traefik|haproxy|envoy|lighttpd|openresty)(?::|@|$)/i;

/** The language whose code the built image runs, read from the stages it is built from and its command. */
export function runtimeOf(dockerfileText: string, target?: string): CodeLanguage | undefined {
  const all = dockerfileStages(dockerfileText);
  const { stages, baseImage } = builtStages(all, target);
  if (stages.length === 0) return undefined;
  if (baseImage !== undefined && WEB_SERVER_IMAGE.test(baseImage)) return undefined;
  const chainText = stages.map((stage) => dockerfileText.slice(stage.start, stage.end)).reverse().join('\n');
  const commands = [...chainText.matchAll(/^[ \t]*(?:cmd|entrypoint)[ \t]+([^\n]*(?:\\\n[^\n]*)*)/gim)].map((match) => match[1]);
  // A command that names a number, a port or a variable may put the server anywhere.
  // Words only: a program named exporter.py or import_data is no port.
  if (commands.some((command) => /\d{2,5}|(?<![a-z])(?:port|bind|listen)|\$/i.test(command))) return undefined;
  const command = commands.join(' ');
  const base = (baseImage ?? '').toLowerCase();
  if (/(?:^|\/)(?:node|bun|deno)(?::|@|$)|oven\/bun/.test(base) || /\b(?:node|npm|npx|yarn|pnpm|bun|deno|ts-node|pm2(?:-runtime)?)\b/.test(command)) return 'node';
  if (/(?:^|\/)python(?::|@|$)/.test(base) || /\b(?:python3?|flask|gunicorn|uvicorn|hypercorn)\b/.test(command)) return 'python';
  // A Go binary is built in one stage and copied into a small one (scratch, alpine, distroless).
  if (all.some((stage) => /(?:^|\/)golang(?::|@|$)/i.test(stage.base)) || /^[ \t]*run[ \t][^\n]*\bgo[ \t]+build\b/im.test(dockerfileText)) return 'go';
  return undefined;
}

/** Where the application under `folder` listens, from its sources of `language`; undefined when unknown. */
export function applicationPorts(folder: string, language: CodeLanguage, files: readonly CodeFile[]): CodePortAt[] | undefined {
  const ports: CodePortAt[] = [];
  let unresolved = false;
  /** Per file with a listen call by name: its own port setting's default, or undefined when it has none. */
  const appSettings: (CodePortAt | undefined)[] = [];
  for (const file of files) {
    const inside = folder === '' ? file.path : file.path.startsWith(`${folder}/`) ? file.path.slice(folder.length + 1) : undefined;
    if (inside === undefined || NOT_SERVER_FOLDER.test(inside) || codeLanguageOf(file.path) !== language) continue;
    const read: CodeListening = file.read ??= codeListenPorts(file.path, file.text);
    if (read.unknowable) return undefined;
    unresolved ||= read.unresolved;
    for (const port of read.ports) ports.push({ ...port, path: file.path, line: file.lineOf(port.start) });
    if (read.unresolved) appSettings.push(read.appSetting && { ...read.appSetting, path: file.path, line: file.lineOf(read.appSetting.start) });
  }
  // An application whose only listen call takes a name set from its own port setting (SPEEDTEST_PORT): that default.
  const [appSetting] = appSettings;
  if (ports.length === 0 && appSettings.length === 1 && appSetting !== undefined) ports.push(appSetting);
  // A listen call with an unread name is presumed to use a listen setting whose default the code gives.
  if (ports.length === 0 || (unresolved && !ports.some((port) => port.setting !== undefined))) return undefined;
  // Many servers in one context (a monorepo's root Dockerfile): which one the image runs is not known.
  if (new Set(ports.map((port) => port.port)).size > 3) return undefined;
  return ports;
}

/** An ENV that may set where the application listens (PORT, GONIC_LISTEN_ADDR, BIND_ADDRESS): frameworks read such
 *  settings into their flags, so the code's defaults may not hold. */
const LISTEN_ENV = /^[ \t]*env[ \t][^\n]*?\b[A-Za-z_]*(?:PORT|ADDR|ADDRESS|LISTEN|BIND)[A-Za-z_]*(?:[ \t]*=|[ \t]+\S)/im;

/** The application's ports, or undefined when the Dockerfile's own ENV may set them: the port is then written in
 *  the Dockerfile, beside its EXPOSE, where other rules read it. */
export function withDockerfileSettings(dockerfileText: string, ports: readonly CodePortAt[]): CodePortAt[] | undefined {
  return LISTEN_ENV.test(dockerfileText) ? undefined : [...ports];
}

/** "9717 (main.go line 21)", "3000 unless PORT is set (bin/www line 15)". */
export function describeCodePort(port: CodePortAt): string {
  const name = port.path.slice(port.path.lastIndexOf('/') + 1);
  return port.setting === undefined ? `${port.port} (${name} line ${port.line})` : `${port.port} unless ${port.setting} is set (${name} line ${port.line})`;
}

/** expose-contradicts-config on the EXPOSE ports of a Dockerfile whose application listens elsewhere. */
export function exposeContradictsCodeFindings(path: string, text: string, mentions: readonly PortMention[], files: readonly CodeFile[]): Finding[] {
  const language = runtimeOf(text);
  if (!language) return [];
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const read = applicationPorts(folder, language, files);
  const ports = read && withDockerfileSettings(text, read);
  if (!ports || ports.length === 0) return [];
  const { stages } = builtStages(dockerfileStages(text), undefined);
  const exposed = mentions.filter((mention) => mention.role === 'expose' && !mention.implicit && mention.protocol !== 'udp'
    && stages.some((stage) => mention.start >= stage.start && mention.start < stage.end));
  if (exposed.length === 0 || mentions.some((mention) => mention.role === 'expose' && text.slice(mention.start, mention.end).includes('$'))) return [];
  const listened = new Set(ports.map((port) => port.port));
  const distinct = [...listened];
  const agrees = (mention: PortMention) => listened.has(mention.port) || (mention.endPort !== undefined && distinct.some((port) => port >= mention.port && port <= mention.endPort!));
  if (exposed.some(agrees)) return oneOfListOff(text, exposed.filter((mention) => !agrees(mention)), exposed, ports);
  // Cloud Run and Knative set PORT=8080 in the container: code that reads PORT does listen there.
  if (ports.some((port) => port.setting === 'PORT') && exposed.some((mention) => mention.port === 8080)) return [];
  const fixTo = distinct.length === 1 && exposed.length === 1 ? distinct[0] : undefined;
  const seen = new Set<number>();
  const said = ports.filter((port) => !seen.has(port.port) && seen.add(port.port)).map(describeCodePort);
  const related: RelatedPlace[] = ports.map((port) => ({ path: port.path, start: port.start, end: port.end, message: `The application listens on ${describeCodePort(port)}.` }));
  return exposed.map((mention) => {
    const message = `EXPOSE says the container listens on ${mention.port}, but the application this Dockerfile runs listens on ${said.join(' and ')}.`;
    const canFix = fixTo !== undefined && text.slice(mention.start, mention.end) === String(mention.port);
    const found = finding('expose-contradicts-config', mention.start, mention.end, message,
      canFix ? { title: `Expose ${fixTo}`, edits: [{ start: mention.start, end: mention.end, newText: String(fixTo) }] } : undefined);
    found.related = related;
    return found;
  });
}

/** A list of EXPOSE ports with one of them off (ValoSpectra's EXPOSE 5100 5101 5102 over servers on 5100, 5101 and
 *  5200): every other EXPOSE port is one the code listens on, and exactly one of the code's ports is exposed by none.
 *  Only over literal listen ports (a setting's default may be moved) and single ports, never ranges: a side port
 *  exposed for another process (an inspector, a metrics agent) beside a fully exposed application stays quiet. */
function oneOfListOff(text: string, off: readonly PortMention[], exposed: readonly PortMention[], ports: readonly CodePortAt[]): Finding[] {
  if (off.length !== 1 || exposed.some((mention) => mention.endPort !== undefined) || ports.some((port) => port.setting !== undefined)) return [];
  const unexposed = [...new Set(ports.map((port) => port.port))].filter((port) => !exposed.some((mention) => mention.port === port));
  if (unexposed.length !== 1) return [];
  const [mention] = off;
  const missing = ports.filter((port) => port.port === unexposed[0]);
  const message = `EXPOSE says the container listens on ${mention.port}, but no listen statement of the application this Dockerfile runs names it, `
    + `and the one that listens on ${describeCodePort(missing[0])} is exposed by no EXPOSE.`;
  const canFix = text.slice(mention.start, mention.end) === String(mention.port);
  const found = finding('expose-contradicts-config', mention.start, mention.end, message,
    canFix ? { title: `Expose ${unexposed[0]}`, edits: [{ start: mention.start, end: mention.end, newText: String(unexposed[0]) }] } : undefined);
  found.related = missing.map((port) => ({ path: port.path, start: port.start, end: port.end, message: `The application listens on ${describeCodePort(port)}.` }));
  return [found];
}
