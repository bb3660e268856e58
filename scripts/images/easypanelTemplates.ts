// Easypanel's templates (easypanel-io/templates): each app is `templates/<id>/index.ts`, TypeScript that builds
// the app's services, with the user's inputs and their defaults in `templates/<id>/meta.yaml`. The code is read,
// never run: an app service is an object literal with `source: { type: "image", image }`, the container ports its
// proxy routes HTTP to in `domains: [{ port }]`, published ports in `ports: [{ target, protocol }]` and its
// variables in `env`. Each such service becomes a Compose-like service, so the store is weighed like the others.
import ts from 'typescript';
import { parse } from 'yaml';
import type { CatalogFiles } from './catalogFiles';

export interface EasypanelApp {
  id: string;
  path: string;
  title?: string;
  categories: string[];
  main?: string;
  /** Compose-like services: `image`, `ports` (container side, `8080/udp`), `environment`. */
  services: Record<string, Record<string, unknown>>;
  /** Container ports the proxy routes HTTP to, by service. */
  http: Map<string, number[]>;
}

export function easypanelApps(files: CatalogFiles): EasypanelApp[] {
  const apps: EasypanelApp[] = [];
  for (const path of files.paths) {
    const m = /^templates\/([^/]+)\/index\.ts$/.exec(path);
    if (!m) continue;
    const meta = metaOf(files.read(`templates/${m[1]}/meta.yaml`));
    const app = easypanelApp(m[1], path, files.read(path), meta);
    if (app) apps.push(app);
  }
  return apps;
}

interface Meta {
  title?: string;
  categories: string[];
  defaults: Map<string, string>;
}

function metaOf(text: string): Meta {
  let doc: Record<string, unknown> | undefined;
  try {
    const parsed = parse(text, { logLevel: 'silent' }) as unknown;
    doc = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    doc = undefined;
  }
  const defaults = new Map<string, string>();
  const props = ((doc?.schema as Record<string, unknown> | undefined)?.properties ?? {}) as Record<string, unknown>;
  for (const [name, prop] of Object.entries(props)) {
    const value = (prop as Record<string, unknown> | null)?.default;
    if (typeof value === 'string' || typeof value === 'number') defaults.set(name, String(value));
  }
  const tags = Array.isArray(doc?.tags) ? (doc.tags as unknown[]).filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase()) : [];
  return { title: typeof doc?.name === 'string' ? doc.name : undefined, categories: tags, defaults };
}

/** The app's services as the template's code states them, or undefined when it states none with an image. */
export function easypanelApp(id: string, path: string, code: string, meta: Meta): EasypanelApp | undefined {
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const app: EasypanelApp = { id, path, title: meta.title, categories: meta.categories, services: {}, http: new Map() };
  let named: string | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const service = serviceOf(node, meta.defaults);
      if (service) {
        let name = service.name;
        for (let n = 2; app.services[name]; n++) name = `${service.name}-${n}`;
        app.services[name] = service.compose;
        if (service.http.length > 0) app.http.set(name, service.http);
        // The app's own service is the one named by the app's input (`input.appServiceName`), else the first.
        if (service.appInput) named ??= name;
        app.main ??= name;
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (named) app.main = named;
  return Object.keys(app.services).length > 0 ? app : undefined;
}

function serviceOf(node: ts.ObjectLiteralExpression, defaults: ReadonlyMap<string, string>):
  { name: string; appInput: boolean; compose: Record<string, unknown>; http: number[] } | undefined {
  const src = property(node, 'source');
  if (!src || !ts.isObjectLiteralExpression(src) || textOf(property(src, 'type'), defaults) !== 'image') return undefined;
  const image = textOf(property(src, 'image'), defaults);
  if (!image) return undefined;
  const nameNode = property(node, 'serviceName');
  const name = textOf(nameNode, defaults) ?? 'app';
  const appInput = nameNode !== undefined && ts.isPropertyAccessExpression(nameNode) && nameNode.name.text === 'appServiceName';
  const ports: string[] = [];
  for (const p of elements(property(node, 'ports'))) {
    const target = numberOf(property(p, 'target'));
    if (target === undefined) continue;
    const protocol = textOf(property(p, 'protocol'), defaults)?.toLowerCase();
    ports.push(protocol === 'udp' ? `${target}/udp` : `${target}`);
  }
  const http = elements(property(node, 'domains')).map((d) => numberOf(property(d, 'port'))).filter((p): p is number => p !== undefined);
  const environment: Record<string, string> = {};
  for (const line of envLines(property(node, 'env'), defaults)) {
    const eq = line.indexOf('=');
    if (eq > 0) environment[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return { name, appInput, compose: { image, ports, environment }, http };
}

function property(node: ts.Node | undefined, name: string): ts.Expression | undefined {
  if (!node || !ts.isObjectLiteralExpression(node)) return undefined;
  for (const p of node.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name) return p.initializer;
  }
  return undefined;
}

function elements(node: ts.Expression | undefined): ts.ObjectLiteralExpression[] {
  return node && ts.isArrayLiteralExpression(node) ? node.elements.filter(ts.isObjectLiteralExpression) : [];
}

/** A literal port only: a port the template takes from an input is the store's choice, not a fact. */
function numberOf(node: ts.Expression | undefined): number | undefined {
  if (!node || !ts.isNumericLiteral(node)) return undefined;
  const n = Number(node.text);
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : undefined;
}

/** A string the code states: a literal, an input's default (`input.appServiceImage`), a template of those, or the
 *  left side of `a || b`. Undefined when any part is not known. */
function textOf(node: ts.Expression | undefined, defaults: ReadonlyMap<string, string>, unknown?: string): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return textOf(node.expression, defaults);
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'input') return defaults.get(node.name.text);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.BarBarToken) return textOf(node.left, defaults);
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const part = textOf(span.expression, defaults) ?? unknown;
      if (part === undefined) return undefined;
      out += part + span.literal.text;
    }
    return out;
  }
  return undefined;
}

/** Stands for a part of an env text the code computes (a random password): its line is dropped. */
const UNKNOWN = '\u0000';

/** The lines of `env`: a string (often `[...].join("\n")`) of `NAME=value` lines; lines with unknown parts are dropped. */
function envLines(node: ts.Expression | undefined, defaults: ReadonlyMap<string, string>): string[] {
  if (!node) return [];
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join') {
    const list = node.expression.expression;
    if (ts.isArrayLiteralExpression(list)) return list.elements.flatMap((e) => envLines(e as ts.Expression, defaults));
    return [];
  }
  const text = textOf(node, defaults, UNKNOWN);
  return text === undefined ? [] : text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#') && !l.includes(UNKNOWN));
}
