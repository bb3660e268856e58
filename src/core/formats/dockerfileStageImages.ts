// The image each Dockerfile stage starts from: `FROM node:20 AS build` is `node:20`; a later `FROM build` is
// the same image again; `FROM $BASE` takes BASE's default from an ARG declared before the first FROM, as
// BuildKit substitutes it.
import { interpolate, unknownAsWritten, type DollarEscape, type Lookup } from './interpolation';
import { MappedText } from './mappedText';

export class StageImages {
  private readonly byStage = new Map<string, string | undefined>();

  /** The image of a stage that starts `FROM base [AS name]`; undefined for `scratch`. A variable that
   *  cannot be read stays as written (`${BASE}`), which no image is looked up by. Remembers it under the stage's name for later stages that build on this one. */
  imageOf(base: string, lookup: Lookup, escape: DollarEscape, name: string | undefined): string | undefined {
    const image = this.resolve(base, lookup, escape);
    if (name) this.byStage.set(name.toLowerCase(), image);
    return image;
  }

  private resolve(base: string, lookup: Lookup, escape: DollarEscape): string | undefined {
    const value = unknownAsWritten(interpolate(MappedText.exact(base, 0), lookup, escape), base).trim();
    if (value === '') return undefined;
    // Stage names are case-insensitive, and a stage's name wins over an image of the same name.
    const stage = value.toLowerCase();
    if (this.byStage.has(stage)) return this.byStage.get(stage);
    return stage === 'scratch' ? undefined : value;
  }
}
