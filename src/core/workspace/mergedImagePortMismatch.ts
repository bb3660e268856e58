// container-port-mismatch for a service whose ports and image are written in different compose files of one
// project: an override (`docker-compose.override.yml`) or a file read with -f after the base
// (`docker-compose.dev.yml`) that publishes `8001:8001` for a service whose `image: redis/redisinsight` stands in
// the base file. docker compose merges the two, so the container runs the base's image with the override's ports;
// the single-file rule (rules/containerPortMismatch.ts) sees the override alone, where the service names no image,
// and stays quiet. This rule hands it the merged service: the same judgement, as conservative, with the image the
// project runs and every statement of the service in every file of the project.
import { imagePortMismatch, isContainerSide } from '../rules/containerPortMismatch';
import type { Finding, PortMention } from '../types';
import type { ServiceModel } from './project';
import type { Listening } from './serviceListening';

export interface MergedService {
  service: ServiceModel;
  listening: Listening;
  /** The service's mentions in the other compose files of its project (the base, another override). */
  elsewhere: readonly PortMention[];
  /** The compose file whose `image:` the service runs, for the message. */
  imageFile?: string;
}


/** Findings on this file's container ports (`own`: this file's mentions) for one service of its project. */
export function mergedImagePortMismatch(text: string, own: readonly PortMention[], merged: MergedService): Finding[] {
  const { service, listening, elsewhere } = merged;
  const here = own.filter((mention) => mention.service === service.name);
  // Only a service whose image this file does not name: where it does, the single-file rule already judged it.
  // A built service is builtPortMismatch's (the Dockerfile, not the name, says what runs).
  if (service.builds || service.image === undefined || here.some((mention) => mention.image !== undefined)) return [];
  if (!here.some(isContainerSide)) return [];
  // Anything in any of the files that may move the port (a command, an environment read from the shell, a
  // network mode, an env_file the workspace does not hold) keeps it quiet, as the single-file rule is for one file.
  if (listening.uncertain || listening.imageDockerfile !== undefined) return [];
  const all = [...here, ...elsewhere];
  if (all.some((mention) => mention.portsChangedBy !== undefined || mention.networkSharedWith !== undefined)) return [];
  // The other files' statements go in too: a base that publishes the image's port, or a health check or setting
  // naming the override's port, keeps the rule quiet exactly as it would in one file. Their findings (positions in
  // another text) are dropped below.
  const image = service.image;
  const judged = imagePortMismatch([...here, ...elsewhere].map((mention) => ({ ...mention, image })), text);
  const mine = here.filter(isContainerSide);
  const found: Finding[] = [];
  for (const finding of judged) {
    if (finding.code !== 'container-port-mismatch') continue;
    if (!mine.some((mention) => mention.start === finding.start && mention.end === finding.end)) continue;
    if (found.some((other) => other.start === finding.start)) continue;
    // The user reading this file sees no image: line, so the message says where the image is named.
    if (merged.imageFile !== undefined) finding.message = finding.message.replace(/^(.*?\(image [^)]*)\)/, `$1, named in ${merged.imageFile})`);
    found.push(finding);
  }
  return found;
}
