// The stages of a Dockerfile, enough to tell which EXPOSE and ENV lines describe the image a compose service
// builds: those of the stage it builds (`build.target`, else the last) and of the stages that one is built
// FROM, since an image inherits its base's exposed ports and environment.

export interface DockerfileStage {
  /** Offset of the FROM line: the stage's instructions lie between it and the next stage's. */
  start: number;
  end: number;
  base: string;
  alias?: string;
}

const FROM_LINE = /^[ \t]*from[ \t]+((?:--\S+[ \t]+)*)(\S+)(?:[ \t]+as[ \t]+(\S+))?/gim;

export function dockerfileStages(text: string): DockerfileStage[] {
  const stages: DockerfileStage[] = [];
  FROM_LINE.lastIndex = 0;
  for (let match = FROM_LINE.exec(text); match; match = FROM_LINE.exec(text)) {
    if (stages.length > 0) stages[stages.length - 1].end = match.index;
    stages.push({ start: match.index, end: text.length, base: match[2], alias: match[3]?.toLowerCase() });
  }
  return stages;
}

/** The stage built (the target, or the last) and the earlier stages it builds on, nearest first; `baseImage`
 *  is the image the chain starts from, when it is not a stage. */
export function builtStages(stages: readonly DockerfileStage[], target: string | undefined): { stages: DockerfileStage[]; baseImage?: string } {
  let stage = target ? stages.find((candidate) => candidate.alias === target.toLowerCase()) : stages[stages.length - 1];
  if (!stage) return { stages: [] };
  const chain: DockerfileStage[] = [];
  while (stage && !chain.includes(stage)) {
    chain.push(stage);
    const base = stage.base.toLowerCase();
    const index = stages.indexOf(stage);
    stage = stages.slice(0, index).reverse().find((earlier) => earlier.alias === base);
  }
  const first = chain[chain.length - 1];
  const fromStage = stages.some((candidate) => candidate.alias === first.base.toLowerCase() && candidate !== first);
  return fromStage ? { stages: chain } : { stages: chain, baseImage: first.base };
}
