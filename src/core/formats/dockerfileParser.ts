// dockerfile-ast, which only a Dockerfile needs, is not in the bundle: its 60 KB cost every fresh process about
// 0.15× of yaml's own cold start to read and pre-parse (docs/benchmarks.md), Compose files and all. It ships as a
// script beside the bundle (dockerfileParser.js, made by scripts/coreData.mjs as the bundle is made), which the host
// gives the core like its data files (../dataFiles.ts) and which runs on the first Dockerfile. VS Code for the web
// runs an extension as one file, so there is no other way to leave it out of the first load; its text is the
// package's own code from the extension's own folder, as trusted as the bundle itself. This module runs inside the
// scanners' own script (scannersScript.ts), which reads the data files through the bundle (scanners/host.ts).
import type { DockerfileParser } from 'dockerfile-ast';
import { dataFileText, reportDataFileProblem } from './scanners/host';

export const DOCKERFILE_PARSER_FILE = 'dockerfileParser.js';

let current: { text: string | undefined; parser: typeof DockerfileParser | undefined } | undefined;

/** dockerfile-ast's parser, run from the script the host gave; undefined until it gives one, or when it is damaged. */
export function dockerfileParser(): typeof DockerfileParser | undefined {
  const text = dataFileText(DOCKERFILE_PARSER_FILE);
  if (current && current.text === text) return current.parser;
  let parser: typeof DockerfileParser | undefined;
  if (text !== undefined) {
    try {
      const module = { exports: {} as { DockerfileParser?: typeof DockerfileParser } };
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      new Function('module', 'exports', text)(module, module.exports);
      parser = typeof module.exports.DockerfileParser?.parse === 'function' ? module.exports.DockerfileParser : undefined;
      if (!parser) reportDataFileProblem(DOCKERFILE_PARSER_FILE, 'it does not define the Dockerfile parser');
    } catch (error) {
      reportDataFileProblem(DOCKERFILE_PARSER_FILE, `it does not run (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  current = { text, parser };
  return parser;
}
