// The `port-lens` command: parses the command line, runs the command, and returns the exit status. Streams and
// the current folder come in as arguments, so that tests can run it in-process too.
import cliPackage from '../../packages/cli/package.json';
import { parseCommandLine, UsageError } from './arguments';
import { runCheck } from './checkCommand';
import { EXIT_OK, EXIT_USAGE } from './exitStatus';
import { PathError } from './loadWorkspaces';
import { dataFileProblems, hasDataFileReader, setDataFileReader } from '../core';
import { readDataFilesFrom } from './dataFiles';
import { readImageCatalogFromDisk } from './imageCatalog';
import { runLookup } from './lookupCommand';
import { runPorts } from './portsCommand';
import type { Streams } from './terminal';
import { USAGE } from './usage';

export const VERSION: string = cliPackage.version;

export function main(argv: readonly string[], streams: Streams, cwd: string): number {
  readImageCatalogFromDisk();
  // The data files beside the script; a host that runs the command inside itself (the tests) keeps its own reader.
  if (!hasDataFileReader()) setDataFileReader(readDataFilesFrom([__dirname]));
  const status = runCommand(argv, streams, cwd);
  // A data file missing or damaged leaves its table empty: the command still ran, and says what it lacked.
  for (const problem of dataFileProblems()) streams.stderr.write(`port-lens: ${problem}\n`);
  return status;
}

function runCommand(argv: readonly string[], streams: Streams, cwd: string): number {
  try {
    const command = parseCommandLine(argv);
    switch (command.kind) {
      case 'help':
        streams.stdout.write(USAGE);
        return EXIT_OK;
      case 'version':
        streams.stdout.write(`${VERSION}\n`);
        return EXIT_OK;
      case 'check': return runCheck(command, streams, cwd, VERSION);
      case 'lookup': return runLookup(command, streams, cwd);
      case 'ports': return runPorts(command, streams, cwd);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      streams.stderr.write(`port-lens: ${error.message}\nRun port-lens --help for the commands and options.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof PathError) {
      streams.stderr.write(`port-lens: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
