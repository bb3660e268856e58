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
