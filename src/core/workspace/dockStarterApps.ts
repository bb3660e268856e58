// DockSTARTer's app templates: one service split across several compose files of the app's folder, which its
// tooling always merges with -f. DockSTARTer's scripts/yml_merge.sh (GhostWriters/DockSTARTer, at 5fcbac0) adds, per
// enabled app, `<app>.<ARCH>.yml` (the image), then `<app>.hostname.yml` and `<app>.ports.yml` when the app runs on
// the bridge network (else `<app>.netmode.yml`), `<app>.storage[N].yml`, `<app>.devices.yml`, and last `<app>.yml`,
// to COMPOSE_FILE, and runs `docker compose config` over them. So `<app>.ports.yml` alone says only `ports:`; the
// image it publishes comes from the arch file beside it.

/** The machine names DockSTARTer ships templates for (`uname -m`), x86_64 first: the one modelled when several are. */
const ARCHES: readonly string[] = ['x86_64', 'aarch64', 'armv7l'];
/** The parts read after the arch file, in yml_merge.sh's order; `netmode` is the alternative to hostname + ports. */
const BRIDGE_PARTS: readonly string[] = ['hostname', 'ports', 'storage', 'storage2', 'storage3', 'storage4', 'devices'];

/**
 * The compose file names DockSTARTer merges for the app whose folder this is, in its reading order; undefined when
 * the folder does not have its structure. The structure: the folder is named after the app (`.apps/komga/`) and
 * holds the app's arch file (`komga.x86_64.yml`, a compose file: it names the image). Nothing looser: an app
 * folder of another store with `app.prod.yml` beside `app.yml` holds alternatives, not parts. `exists(name)`: a
 * compose file of that name is in the folder. `<app>.yml` is listed whether the workspace reads it or not (with no
 * image, build or ports it is not recognised as compose by its content).
 */
export function dockStarterFileNames(folderName: string, exists: (name: string) => boolean): string[] | undefined {
  if (!/^[a-z0-9][a-z0-9_-]*$/i.test(folderName)) return undefined;
  const arch = ARCHES.map((machine) => `${folderName}.${machine}.yml`).find(exists);
  if (arch === undefined) return undefined;
  return [arch, ...BRIDGE_PARTS.map((part) => `${folderName}.${part}.yml`), `${folderName}.yml`];
}

/** Whether a compose file of this name in a folder of this name may change what dockStarterFileNames says. */
export function mayBeDockStarterPart(folderName: string, name: string): boolean {
  return name.startsWith(`${folderName}.`) && name.endsWith('.yml');
}
