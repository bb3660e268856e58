// Writes the core's data files (src/core/dataFiles.ts) into a folder the hosts read them from: dist/ for the
// extension (scripts/build.mjs), packages/cli/dist/ for the command line (scripts/buildCli.mjs), the benchmark's
// bundle folder. The IANA rows and the curated image rows are the generated files, copied; the curated common ports
// are made from src/core/registry/commonPorts.ts, which stays the hand-edited source with its citations; and
// dockerfile-ast, which only a Dockerfile needs, is bundled on its own (dockerfileParser.js, see
// src/core/formats/dockerfileParser.ts), and so are the image table's code (imageTable.js, see
// src/core/images/imageTableScript.ts), the Dockerfile, nginx and .env scanners (scanners.js, see
// src/core/formats/scannersScript.ts) and the Kubernetes code (kubernetes.js, see src/core/kubernetesCode.ts).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DEPENDENCY_SHIMS } from './dependencyShims.mjs';
import { mangleLocals } from './mangleLocals.mjs';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const GENERATED_DATA_FILES = {
  'ianaPorts.data': 'src/core/registry/generated/ianaPorts.data',
  'imageTable.data': 'src/core/images/generated/imageTable.data',
};

/** commonPorts.data's text: the table of commonPorts.ts, written by the core's own renderCommonPortsData. */
export function commonPortsData() {
  const { outputFiles } = esbuild.buildSync({
    absWorkingDir: root,
    stdin: {
      contents: "export { COMMON_PORTS_TABLE } from './src/core/registry/commonPorts';\nexport { renderCommonPortsData } from './src/core/registry/commonPortsData';",
      resolveDir: root, sourcefile: 'commonPortsEntry.ts', loader: 'ts',
    },
    bundle: true, format: 'cjs', platform: 'neutral', write: false, logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', outputFiles[0].text)(module, module.exports);
  const { COMMON_PORTS_TABLE, renderCommonPortsData } = module.exports;
  return renderCommonPortsData(COMMON_PORTS_TABLE);
}

/** dockerfile-ast with what it needs, as one script for the core to run on the first Dockerfile: built as the
 *  extension's bundle is (the shims, the browser's Buffer), CommonJS. `inputs`: what it bundles, for the notices. */
export function dockerfileParserBundle() {
  const { outputFiles, metafile } = esbuild.buildSync({
    absWorkingDir: root,
    stdin: { contents: "export { DockerfileParser } from 'dockerfile-ast';", resolveDir: root, sourcefile: 'dockerfileParserEntry.ts', loader: 'ts' },
    bundle: true, format: 'cjs', platform: 'browser', target: ['es2022', 'node18'], minify: true, legalComments: 'none',
    alias: DEPENDENCY_SHIMS, inject: [join(root, 'src/web/bufferShim.ts')], write: false, metafile: true, logLevel: 'warning', outfile: 'dockerfileParser.js',
  });
  // Its locals renamed in terser's one order, which deflates smaller (scripts/mangleLocals.mjs), as every shipped script's.
  return { text: mangleLocals(outputFiles[0].text, 'dockerfileParser.js'), inputs: Object.keys(metafile.inputs) };
}

/** The image table's code (src/core/images/table/script.ts) as one script for the core to run on the first lookup of
 *  an image (src/core/images/imageTableScript.ts): CommonJS, minified as the bundle is; no dependency. */
export function imageTableBundle() {
  const { outputFiles } = esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: [join(root, 'src/core/images/table/script.ts')],
    bundle: true, format: 'cjs', platform: 'neutral', target: ['es2022', 'node18'], minify: true, legalComments: 'none',
    write: false, logLevel: 'warning', outfile: 'imageTable.js',
  });
  return mangleLocals(outputFiles[0].text, 'imageTable.js');
}

/** The Dockerfile, nginx and .env scanners (src/core/formats/scanners/script.ts) as one script for the core to run on
 *  the first such file (src/core/formats/scannersScript.ts): CommonJS, minified as the bundle is; no dependency (the
 *  Dockerfile parser is dockerfileParser.js, found through the data files). The script reads the data files through
 *  the bundle (scanners/host.ts): a second registry of them inside it would hold no text and hide the problems it found.
 *  Nor does it carry the pure code it shares with the bundle (scanners/shared.ts): each module shared.ts imports is
 *  left out (external), so the script asks for it with require('<path>'), and the bundle's require hands it
 *  what shared.ts's sharedWithScript() makes (src/core/runScript.ts). */
export function scannersBundle() {
  // Only the core's own pure code: a package would need the bundle's shims, and a module that keeps state for the
  // bundle (the data files' registry) would be a second, empty one here. Nor the rule catalogue, which the bundle
  // holds and hands over (scanners/host.ts): a copy would be 9 KB of the download for nothing.
  return scriptBundle('src/core/formats/scanners/script.ts', 'scanners.js', 'src/core/formats', 'src/core/formats/scanners/shared.ts', 'sharedWithScript',
    (input) => input.startsWith('src/core/') && input !== 'src/core/dataFiles.ts' && input !== 'src/core/catalogue.ts');
}

/** The Kubernetes code (src/core/kubernetes/script.ts: the manifests' scanner, their rules, the workspace's model of
 *  them) as one script for the core to run on the first manifest (src/core/kubernetesCode.ts). It holds the Kubernetes
 *  modules and nothing else: what they import besides is the bundle's, handed over by kubernetes/shared.ts's
 *  sharedWithKubernetes(), so that the state some of it keeps (the image table, the sharing of compose readings) is
 *  one, and so is the state the Kubernetes modules keep (they are in the script only: the bundle imports none). */
export function kubernetesBundle() {
  return scriptBundle('src/core/kubernetes/script.ts', 'kubernetes.js', 'src/core', 'src/core/kubernetes/shared.ts', 'sharedWithKubernetes',
    (input) => /^src\/core\/(kubernetes\/script\.ts$|(formats|rules|workspace)\/kubernetes[A-Z]?\w*\.ts$)/.test(input)
      && input !== 'src/core/formats/kubernetesDetect.ts');
}

/** `entry` bundled as one script: CommonJS, minified as the bundle is, with every module (and package) `sharedModule`
 *  imports left out, to be asked for with require() by its path from `folder`; the build fails if it would bundle an
 *  input `allowed` refuses, or if one of its modules imports a name from a left-out module that `sharedFunction`()
 *  does not hand over. */
function scriptBundle(entry, outfile, folder, sharedModule, sharedFunction, allowed) {
  const shared = sharedModules(sharedModule, sharedFunction);
  const { outputFiles, metafile } = esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: [join(root, entry)],
    bundle: true, format: 'cjs', platform: 'neutral', target: ['es2022', 'node18'], minify: true, legalComments: 'none',
    // Written nowhere; in `folder`, so that the paths the script asks for are short (./portSpec.ts).
    write: false, metafile: true, logLevel: 'warning', outfile: join(root, folder, outfile),
    external: [...shared.modules, ...shared.packages],
  });
  const wrong = Object.keys(metafile.inputs).filter((input) => !allowed(input) || shared.modules.has(join(root, input)));
  if (wrong.length > 0) throw new Error(`${outfile} must not bundle ${wrong.join(', ')}`);
  // What it leaves out is what the shared module imports, each name a key of what it hands over: the bundle gives nothing else.
  const missing = [];
  for (const input of Object.keys(metafile.inputs)) {
    const source = readFileSync(join(root, input), 'utf8');
    for (const [, path] of source.matchAll(/^import\s[^;]*?\sfrom\s+'([^']+)'/gms)) {
      const target = path.startsWith('.') ? join(root, dirname(input), path) + '.ts' : path;
      if (!shared.modules.has(target) && !shared.packages.includes(target)) continue;
      for (const name of importedNames(source, path)) {
        if (!shared.names.has(name)) missing.push(`${input} imports ${name} from ${path}, which ${sharedFunction}() does not hand over`);
      }
    }
  }
  if (missing.length > 0) throw new Error(`${outfile}: ${missing.join('; ')}`);
  return mangleLocals(outputFiles[0].text, outfile);
}

/** What a shared module hands a script: the modules it imports (absolute paths), the packages, and the keys of the
 *  object its `sharedFunction`() makes (run here, as commonPortsData runs the table's renderer). */
function sharedModules(sharedModule, sharedFunction) {
  // A package it hands over is left out here too: the object's keys are what counts, not their values.
  const packages = [...readFileSync(join(root, sharedModule), 'utf8').matchAll(/^import\s[^;]*?\sfrom\s+'([^'.][^']*)'/gms)].map((match) => match[1]);
  const { outputFiles, metafile } = esbuild.buildSync({
    absWorkingDir: root, entryPoints: [join(root, sharedModule)], bundle: true, format: 'cjs', platform: 'neutral',
    write: false, metafile: true, logLevel: 'warning', outfile: 'shared.js', external: packages,
  });
  const modules = new Set(metafile.inputs[sharedModule].imports.filter((entry) => !entry.external).map((entry) => join(root, entry.path)));
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, () => ({}));
  return { modules, packages, names: new Set(Object.keys(module.exports[sharedFunction]())) };
}

/** The values a module's source imports from `from` (types left out); `*` for a namespace or default import. */
export function importedNames(source, from) {
  const names = [];
  const quoted = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const match of source.matchAll(new RegExp(`^import\\s+(type\\s+)?([^;]*?)\\s+from\\s+['"]${quoted}['"]`, 'gms'))) {
    if (match[1]) continue;
    const braces = /^\{([^}]*)\}$/.exec(match[2].trim());
    if (!braces) { names.push('*'); continue; }
    for (const item of braces[1].split(',').map((part) => part.trim()).filter(Boolean)) {
      if (!item.startsWith('type ')) names.push(item.split(/\s+as\s+/)[0]);
    }
  }
  return names;
}

/** Writes the seven files into `folder`; returns their names. */
export function writeCoreDataFiles(folder) {
  mkdirSync(folder, { recursive: true });
  for (const [name, source] of Object.entries(GENERATED_DATA_FILES)) copyFileSync(join(root, source), join(folder, name));
  writeFileSync(join(folder, 'commonPorts.data'), commonPortsData());
  writeFileSync(join(folder, 'dockerfileParser.js'), dockerfileParserBundle().text);
  writeFileSync(join(folder, 'imageTable.js'), imageTableBundle());
  writeFileSync(join(folder, 'scanners.js'), scannersBundle());
  writeFileSync(join(folder, 'kubernetes.js'), kubernetesBundle());
  return [...Object.keys(GENERATED_DATA_FILES), 'commonPorts.data', 'dockerfileParser.js', 'imageTable.js', 'scanners.js', 'kubernetes.js'];
}
