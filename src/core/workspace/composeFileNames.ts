// Which files docker compose reads together. Names and their order are compose-go's (DefaultFileNames,
// DefaultOverrideFileNames): it takes the first base file that exists in the folder, then the first override
// file that exists, and interpolates both with the `.env` beside them.

export const ENV_FILE_NAME = '.env';
export const BASE_FILE_NAMES: readonly string[] = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
export const OVERRIDE_FILE_NAMES: readonly string[] = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

/** docker compose reads an override file after the base file, so its settings win. */
export function isOverrideFileName(name: string): boolean {
  return OVERRIDE_FILE_NAMES.includes(name);
}

export function isBaseFileName(name: string): boolean {
  return BASE_FILE_NAMES.includes(name);
}

/** The names, in order, of the file docker compose merges with one of this name: for a base file the
 *  override files, for an override file the base files; none for other names (read only with `-f`). */
export function mergePartnerNames(name: string): readonly string[] {
  if (isBaseFileName(name)) return OVERRIDE_FILE_NAMES;
  if (isOverrideFileName(name)) return BASE_FILE_NAMES;
  return [];
}

/**
 * Whether `docker compose` run in the file's folder without `-f` reads this file: the first base name of the
 * folder by precedence and the first override name, nothing else. "By default, Compose reads two files, a
 * compose.yaml and an optional compose.override.yaml file" (https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/);
 * with several base names present compose-go takes the first of DefaultFileNames and warns "Found multiple config
 * files with supported names", so a docker-compose.yml beside a compose.yaml is not read. Every other compose file
 * of the folder (docker-compose.prod.yml, docker-compose.dev.yml, a file known by its content) is started with
 * `-f`: an alternative or an extra, not part of the default project. `exists(name)`: a compose file of that name is
 * in the same folder.
 */
export function isReadByDefault(name: string, exists: (name: string) => boolean): boolean {
  const names = isBaseFileName(name) ? BASE_FILE_NAMES : isOverrideFileName(name) ? OVERRIDE_FILE_NAMES : undefined;
  if (names === undefined || names.find(exists) !== name) return false;
  // An override file is read only beside the base file it overrides. compose-go's WithDefaultConfigPath (cli/options.go)
  // looks for a base name in the working directory and, when there is none, walks up to the parent folders; the
  // override names are looked for only in the folder where a base file was found. So docker compose run where an
  // override file has no base beside it reads the parent's files, and that override is read only with -f.
  return names === BASE_FILE_NAMES || BASE_FILE_NAMES.some(exists);
}

/** The file docker compose reads with this one by default (its override, or its base), when this one is read by
 *  default at all: see isReadByDefault. */
export function defaultPartnerName(name: string, exists: (name: string) => boolean): string | undefined {
  if (!isReadByDefault(name, exists)) return undefined;
  return mergePartnerNames(name).find(exists);
}

/**
 * The compose files a folder's `.env` names in `COMPOSE_FILE`, in reading order, as file names of that folder;
 * undefined when it does not set it (then the default names above decide). "Specifies the path to a Compose file.
 * Specifying multiple Compose files is supported ... the path separators are, by default, on Mac and Linux: `:`
 * ... The path separator can also be customized using COMPOSE_PATH_SEPARATOR"
 * (https://docs.docker.com/compose/how-tos/environment-variables/envvars/#compose_file); docker compose reads both from
 * the `.env` of the working directory (cmd/compose/compose.go applies compose-go's cli.WithDotEnv, then
 * cli.WithConfigFileEnv, which does nothing when -f is given). Paths outside the folder (`../x.yml`, `dev/compose.yml`) are dropped: the model reads a compose file with
 * the `.env` beside it, which would be the wrong one for them. An empty value is taken as unset.
 */
export function composeFileNamesOf(variables: ReadonlyMap<string, string>): string[] | undefined {
  const written = variables.get('COMPOSE_FILE')?.trim();
  if (!written) return undefined;
  const separator = variables.get('COMPOSE_PATH_SEPARATOR') || ':';
  const names: string[] = [];
  for (const part of written.split(separator)) {
    const name = part.trim().replace(/^(\.\/)+/, '');
    if (name === '' || name.includes('/') || name.includes('\\') || name === '.' || name === '..' || name.includes('$')) continue;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
