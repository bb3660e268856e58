// An esbuild plugin for every bundle of the core: the functions listed in eagerFunctions.json, the ones the first
// lookup and the first check of a compose file run (bench/commonPathFunctions.mjs lists them, from V8's own function
// events), are bundled as parenthesized function expressions, `const f = (function f(…) {…});`, where the source
// declares `function f(…) {…}`.
//
// Why: V8 compiles a function lazily. Loading the bundle, it only pre-parses each function (to find its end and its
// variables); the function's first call parses it again, in full, and compiles it. A function that a compose check
// always runs is so parsed twice. A function expression in parentheses is V8's hint that it will run at once, and V8
// compiles it as the bundle loads, once (esbuild keeps those parentheses). Measured in instructions (valgrind, the
// core cold start's probe): loading the bundle +14.9 M, the first lookup and check −25.1 M, the probe −10.4 M of
// 168 M (docs/benchmarks.md, "On the s11-17 branch"). A function off that path stays lazy: compiled eagerly and never
// run, it would cost about three times its pre-parse.
//
// The source stays plain declarations. A `const` is not hoisted, so a listed function must not be used before its
// line runs while the bundle loads. src/ has no import cycle (test/unit/importCycles.test.ts), so a module runs after
// every module it imports: only the function's own module's top-level code could reach it early. The list leaves out
// what runs during the load, src/core has no top-level try that could hide the error, and a bundle that breaks this
// throws as it loads (test/unit/eagerFunctions.test.ts loads one).
//
// yaml's ES module build (node_modules/yaml/browser/dist, which the bundles for the browser platform take) is listed
// the same way: the compose check spends much of its first run compiling yaml's composer and parser. Its modules have
// import cycles and some build objects of functions as they load (compose-node.js: `const CN = { composeNode, … }`,
// above the declarations), so the plugin first reads every one of yaml's modules and refuses a listed name that any
// of them uses outside a function body (yamlLoadTimeNames); bench/commonPathFunctions.mjs leaves those out.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const EAGER_FUNCTIONS_FILE = 'scripts/eagerFunctions.json';

/** The listed functions by file (paths from the repository's root). */
export function eagerFunctionList() {
  return JSON.parse(readFileSync(join(root, EAGER_FUNCTIONS_FILE), 'utf8'));
}

/** The names of a module's top-level function declarations, as this plugin can rewrite them. */
export function declaredFunctions(text) {
  return [...text.matchAll(/^(?:export )?function ([A-Za-z_$][\w$]*)/gm)].map((match) => match[1]);
}

/**
 * The module's text with each named top-level declaration written as a parenthesized function expression. Lines
 * keep their count and place (source maps stay true). Throws when a name is not one top-level declaration with a body
 * that ends on a line of its own `}`, or has overloads: a list that no longer fits the source fails the build.
 */
export function eagerText(text, names, file = 'the module') {
  const lines = text.split('\n');
  for (const name of names) {
    const declaration = new RegExp(`^(export )?function ${name.replace(/\$/g, '\\$')}\\b`);
    const starts = lines.flatMap((line, i) => (declaration.test(line) ? [i] : []));
    if (starts.length !== 1) throw new Error(`${file}: ${name} is listed in ${EAGER_FUNCTIONS_FILE} but is ${starts.length === 0 ? 'no' : 'more than one'} top-level function declaration (overloads?). `
      + `If the compose check's code changed, list its common path again: node bench/commonPathFunctions.mjs --write`);
    const start = starts[0];
    const end = lines.indexOf('}', start);
    if (end < 0 || /;\s*$/.test(lines[start])) throw new Error(`${file}: ${name}'s body does not end on a line of its own '}'`);
    lines[start] = lines[start].replace(/^(export )?function /, (_, exported) => `${exported ?? ''}const ${name} = (function `);
    lines[end] = '});';
  }
  return lines.join('\n');
}

/** The methods of a module's top-level classes, `Class.method`, as yaml's ES modules write them (four spaces in,
 *  `name(…) {` or `*name(…) {` on one line): what methodsEager can rewrite. Constructors, accessors and static
 *  methods are not among them. */
export function declaredMethods(text) {
  const methods = [];
  let owner;
  for (const line of text.split('\n')) {
    const declared = /^(?:export )?class ([A-Za-z_$][\w$]*)\b/.exec(line);
    if (declared) owner = declared[1];
    else if (/^\S/.test(line) && line !== '}') owner = undefined;
    const method = owner && /^    \*?([A-Za-z_$][\w$]*)\(.*\) \{$/.exec(line);
    if (method && method[1] !== 'constructor') methods.push(`${owner}.${method[1]}`);
  }
  return methods;
}

/**
 * yaml's class methods: V8 compiles a method lazily, as it does a function, and no parentheses reach it in a class
 * body. So each listed method (`Class.method`) leaves the body and is defined on the prototype once the module has
 * run, as a parenthesized function expression, with the property a class method has (writable, configurable, not
 * enumerable): the same object, compiled as the bundle loads. Only where that cannot change what the method does:
 * no `super` (a method outside the class has no home object) and no other use of its own name in its body (a
 * named function expression binds that name). The class keeps its line count: the method's lines are left blank,
 * and the definitions follow the module's last line.
 */
export function methodsEager(text, methods, file = 'the module') {
  const lines = text.split('\n');
  const byOwner = new Map();
  for (const listed of methods) {
    const [owner, name] = listed.split('.');
    const classLine = lines.findIndex((line) => new RegExp(`^(export )?class ${owner}\\b`).test(line));
    const classEnd = classLine < 0 ? -1 : lines.indexOf('}', classLine);
    const head = new RegExp(`^    (\\*?)${name.replace(/\$/g, '\\$')}(\\(.*\\)) \\{$`);
    const starts = classEnd < 0 ? [] : lines.slice(classLine, classEnd).flatMap((line, i) => (head.test(line) ? [classLine + i] : []));
    if (starts.length !== 1) throw new Error(`${file}: ${listed} is listed in ${EAGER_FUNCTIONS_FILE} but is ${starts.length === 0 ? 'no' : 'more than one'} method of a top-level class. `
      + `If the compose check's code changed, list its common path again: node bench/commonPathFunctions.mjs --write`);
    const start = starts[0];
    const end = lines.indexOf('    }', start);
    if (end < 0 || end > classEnd) throw new Error(`${file}: ${listed}'s body does not end on a line of its own '    }'`);
    // Read without its one-line strings: a message that says 'Tried to pop…' does not use the name.
    const body = lines.slice(start + 1, end).join('\n').replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
    if (/\bsuper\b/.test(body) || new RegExp(`(?<![.\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(body)) {
      throw new Error(`${file}: ${listed} uses super or its own name, and cannot leave its class`);
    }
    const [, star, parameters] = head.exec(lines[start]);
    // A property's function expression takes the property's name, as the method had it.
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), `${name}: (function${star} ${parameters} {`, ...lines.slice(start + 1, end), '}),']);
    for (let i = start; i <= end; i++) lines[i] = '';
  }
  if (byOwner.size === 0) return text;
  const defined = [...byOwner].flatMap(([owner, moved]) => [`${METHODS_HELPER}(${owner}, {`, ...moved, '});']);
  return [...lines, ...defined,
    `function ${METHODS_HELPER}(owner, methods) {`,
    '    for (const name of Object.keys(methods)) Object.defineProperty(owner.prototype, name, { value: methods[name], writable: true, configurable: true });',
    '}'].join('\n');
}

const METHODS_HELPER = '__portLensMethods';

/** Where yaml's ES module build lies, from the repository's root. */
export const YAML_MODULES = 'node_modules/yaml/browser/dist';

/**
 * Every identifier that yaml's ES modules use while they load: anywhere outside a function's or method's body (a
 * class's field initialisers, static blocks and `extends` run at load). By name, over all the modules, since an
 * import keeps its name across the cycles; a name used so anywhere is not made a `const`.
 */
export async function yamlLoadTimeNames(folder = join(root, YAML_MODULES)) {
  const { default: ts } = await import('typescript');
  const names = new Set();
  const skipped = (node) => ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node)
    || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node) || ts.isConstructorDeclaration(node);
  const visit = (node) => {
    if (skipped(node)) return;
    // A class's own name where it is declared is no use of it (its methods may be listed: methodsEager).
    if (ts.isClassDeclaration(node)) {
      for (const child of [...(node.heritageClauses ?? []), ...node.members]) visit(child);
      return;
    }
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  for (const entry of readdirSync(folder, { recursive: true })) {
    if (!String(entry).endsWith('.js')) continue;
    const file = join(folder, String(entry));
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) visit(statement);
    }
  }
  return names;
}

/** The plugin; put it after any plugin that stubs a module (the first onLoad that answers wins). */
export function eagerFunctionsPlugin(list = eagerFunctionList()) {
  return {
    name: 'eager-functions',
    setup(build) {
      let loadTimeNames;
      build.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]browser[\\/]dist[\\/].*\.js$/ }, async (args) => {
        const file = relative(root, args.path).split(sep).join('/');
        const names = list[file];
        if (!names) return undefined;
        loadTimeNames ??= yamlLoadTimeNames();
        const early = await loadTimeNames;
        // A method's class must not be used as yaml loads either: its methods are defined once the module has run.
        const used = names.filter((name) => early.has(name.split('.')[0]));
        if (used.length > 0) throw new Error(`${file}: ${used.join(', ')} ${used.length === 1 ? 'is' : 'are'} used while yaml loads and cannot be made a const; `
          + 'list the common path again: node bench/commonPathFunctions.mjs --write');
        const functions = names.filter((name) => !name.includes('.'));
        const methods = names.filter((name) => name.includes('.'));
        return { contents: methodsEager(eagerText(await readFile(args.path, 'utf8'), functions, file), methods, file), loader: 'js' };
      });
      build.onLoad({ filter: /[\\/]src[\\/]core[\\/].*\.ts$/ }, async (args) => {
        const file = relative(root, args.path).split(sep).join('/');
        const names = list[file];
        if (!names) return undefined;
        return { contents: eagerText(await readFile(args.path, 'utf8'), names, file), loader: 'ts' };
      });
    },
  };
}
