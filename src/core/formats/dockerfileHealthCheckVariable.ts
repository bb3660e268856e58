// unreachable-port on a Dockerfile HEALTHCHECK that connects to `localhost:${PORT}` where nothing sets PORT: no
// ENV or ARG of the file names it, the check does not assign it, and the stage is built on an official image
// (which sets no such variable) or on stages of the file. A container run without `-e PORT` then checks
// `localhost:` with no port and never becomes healthy (outline#7547; traefikturkey/onboard). A default
// (`${PORT:-3000}`) or any ENV or ARG of the name keeps it quiet: `docker run -e` may still move the port.
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
    const { stages: chain, baseImage } = builtStages(stages.slice(0, index + 1), undefined);
    // An image of another owner (`outlinewiki/outline-base`, `${BASE}`) may set the variable itself.
    if (index < 0 || (baseImage !== undefined && !/^(docker\.io\/)?(library\/)?[\w.-]+(:[\w.${}-]+)?(@\S+)?$/.test(baseImage))) continue;
    const exposed = new Set(out.mentions.filter((m) => m.context === 'EXPOSE' && !m.implicit && (m.protocol ?? 'tcp') === 'tcp'
      && chain.some((stage) => stage.start <= m.start && m.start < stage.end)).map((m) => m.port));
    LOCAL_VARIABLE_PORT.lastIndex = 0;
    for (let match = LOCAL_VARIABLE_PORT.exec(command.text); match; match = LOCAL_VARIABLE_PORT.exec(command.text)) {
      const name = match[1] ?? match[2];
      if (declared.has(name) || new RegExp(`\\b${name}=`).test(command.text)) continue;
      const offset = match.index + match[0].indexOf('$');
      const { start, end } = command.span(offset, match.index + match[0].length);
      const port = exposed.size === 1 ? [...exposed][0] : undefined;
      out.problem('unreachable-port', start, end,
        `The health check connects to localhost:${match[0].slice(match[0].indexOf('$'))}, but no ENV or ARG of this Dockerfile sets ${name}: `
        + `a container run without -e ${name} checks no port at all and never becomes healthy.`
        + (port === undefined ? '' : ` EXPOSE says ${port}: give ${name} that default.`),
        port === undefined || text.slice(start, end) !== match[0].slice(match[0].indexOf('$')) ? undefined
          : { title: `Default ${name} to ${port}`, edits: [{ start, end, newText: `\${${name}:-${port}}` }] });
    }
  }
}
