// `port-lens --help`.
export const USAGE = `Usage: port-lens <command> [options]

Commands:
  check [paths…]           Check the ports in Compose files, Dockerfiles, nginx configs, .env files and
                           Kubernetes manifests under the given folders and files (default: the current
                           folder). A file is checked within its project (the current folder, or its
                           repository).
  lookup <port|name|words> What a port is used for: 9092, kafka, "mqtt broker".
  ports [paths…]           The host ports the Compose files publish: port, address, protocol, service,
                           container port, file:line.

Options for check:
  -f, --format <format>    text (default), json, sarif or github (workflow annotations)
  --fail-on <severity>     exit 1 when a finding is at least this severe: error (default), warning,
                           info, hint, or none
  --rule <code>=<severity> change a rule's severity, or turn it off (error, warning, info, hint, off);
                           repeatable. E.g. --rule dynamic-range=off
  --ephemeral-range <r>    iana, linux, windows, macos or FIRST-LAST, for dynamic-range
  -c, --config <file>      a settings file with portLens.* keys, read over the folder's
                           .vscode/settings.json
  --allow-unrecognized     pass over named files that are none of the five formats without a word, and
                           exit 0 when that leaves nothing to check (for hooks that hand over every
                           staged YAML file)

Options for lookup:        --json, -n/--limit <count> (default 10)
Options for ports:         --json, -c/--config <file>
  -h, --help               this text
  -v, --version            the version

Settings: each folder checked reads the portLens.* keys of its .vscode/settings.json, as VS Code does;
--config, then --rule and --ephemeral-range, override them.
Exit status: 0 nothing reached --fail-on; 1 something did; 2 a usage error, a path that cannot be read,
nothing to check (a folder without a Compose file, Dockerfile, nginx config, .env file or Kubernetes
manifest), or an internal error.
`;
