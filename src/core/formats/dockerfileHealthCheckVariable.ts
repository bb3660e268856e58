// unreachable-port on a Dockerfile HEALTHCHECK that connects to `localhost:${PORT}` where nothing sets PORT: no
// ENV or ARG of the file names it, the check does not assign it, and the stage is built on an official image
// (which sets no such variable) or on stages of the file. A container run without `-e PORT` then checks
// `localhost:` with no port and never becomes healthy (outline#7547; traefikturkey/onboard). A default
// (`${PORT:-3000}`) or any ENV or ARG of the name keeps it quiet: `docker run -e` may still move the port.
import { imageKey } from '../images/imageReference';
import { builtStages, dockerfileStages } from './dockerfileStages';
import type { MappedText } from './mappedText';
import type { ScanCollector } from './scanCollector';

/** A HEALTHCHECK's command as read, and the offset of the instruction. */
export interface HealthCheckCommand {
  command: MappedText;
  at: number;
}

const LOCAL_VARIABLE_PORT = /\b(?:localhost|127\.0\.0\.1):\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g;

/** `declared`: every name an ENV or ARG of the file sets or declares. */
export function unsetHealthCheckPorts(text: string, checks: readonly HealthCheckCommand[], declared: ReadonlySet<string>, out: ScanCollector): void {
  if (checks.length === 0) return;
  const stages = dockerfileStages(text);
  for (const { command, at } of checks) {
    const index = stages.findIndex((stage) => stage.start <= at && at < stage.end);
    // An image of another owner (`outlinewiki/outline-base`, `${BASE}`) may set the variable itself; an official
    // image's key has no `/` (`docker.io/library/node:20` → `node`).
    if (index < 0) continue;
    const base = builtStages(stages.slice(0, index + 1), undefined).baseImage;
    if (base === undefined || imageKey(base)?.includes('/') !== false) continue;
    for (const match of command.text.matchAll(LOCAL_VARIABLE_PORT)) {
      const name = match[1] ?? match[2];
      if (declared.has(name) || command.text.includes(`${name}=`)) continue;
      const end = match.index! + match[0].length;
      out.problem('unreachable-port', command.startOf(match[0].indexOf('$') + match.index!), command.endOf(end - 1),
        `The health check connects to localhost:$${name}, but no ENV or ARG of this Dockerfile sets ${name}: run without -e ${name}, `
        + `it checks no port and the container never becomes healthy. Give it a default: \${${name}:-<port>}.`);
    }
  }
}
