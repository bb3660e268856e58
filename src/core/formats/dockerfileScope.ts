// Which ARG and ENV values an instruction can see, as BuildKit scopes them: ARGs before the first FROM are
// global but reach a stage only when redeclared (`ARG NAME`); each FROM starts a new scope, which inherits
// the ENV of the stage it builds on. We track this ourselves while walking instructions in order:
// dockerfile-ast's resolveVariable recurses without end on an ARG declared before FROM (0.7.1) and rescans
// the file on every call.
import type { Lookup } from './interpolation';

export class DockerfileScope {
  private readonly globalArgs = new Map<string, string | null>();
  private readonly stageEnvs = new Map<string, Map<string, string | null>>();
  private args = new Map<string, string | null>();
  private env = new Map<string, string | null>();
  private inStage = false;

  /** `FROM base [AS name]`. */
  enterStage(base: string, name: string | undefined): void {
    this.inStage = true;
    this.args = new Map();
    this.env = new Map(this.stageEnvs.get(base.toLowerCase()) ?? []);
    if (name) this.stageEnvs.set(name.toLowerCase(), this.env);
  }

  /** `ARG NAME[=value]`; value null when the default is unknown. `hasDefault` false for a bare `ARG NAME`. */
  declareArg(name: string, value: string | null, hasDefault: boolean): void {
    if (!this.inStage) {
      this.globalArgs.set(name, hasDefault ? value : null);
      return;
    }
    const inherited = this.globalArgs.has(name) ? this.globalArgs.get(name)! : null;
    this.args.set(name, hasDefault ? value : inherited);
  }

  setEnv(name: string, value: string | null): void {
    this.env.set(name, value);
  }

  /** What the build sees. ENV wins over ARG of the same name. Before any FROM only global ARGs exist. */
  readonly lookup: Lookup = (name) => {
    if (!this.inStage) return this.globalArgs.has(name) ? this.globalArgs.get(name)! : undefined;
    if (this.env.has(name)) return this.env.get(name)!;
    if (this.args.has(name)) return this.args.get(name)!;
    return undefined;
  };

  /** What a FROM line sees: only the ARGs declared before the first FROM, whichever stage it starts. */
  readonly fromLookup: Lookup = (name) => (this.globalArgs.has(name) ? this.globalArgs.get(name)! : undefined);

  /** What a running container sees (HEALTHCHECK commands run there): ENV defaults; anything else may come
   *  from `docker run -e`, so it is unknown rather than empty. */
  readonly runtimeLookup: Lookup = (name) => (this.env.has(name) ? this.env.get(name)! : null);
}
