#!/usr/bin/env bash
# Runs the port-lens command for the GitHub Action (action.yml) and the pre-commit hook (.pre-commit-hooks.yaml),
# which both run from a copy of this repository: its own bundle when it has been built (`npm ci` builds it),
# else the port-lens-cli package of the same version from npm (a copy the Action or pre-commit fetched has no
# node_modules, and installing the extension's development tools just to lint would take minutes).
set -euo pipefail
# PORT_LENS_BIN: a port-lens to run instead (a global install, or a build elsewhere).
if [ -n "${PORT_LENS_BIN:-}" ]; then
  exec node "$PORT_LENS_BIN" "$@"
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -f "$here/packages/cli/dist/port-lens.js" ]; then
  exec node "$here/packages/cli/bin/port-lens.js" "$@"
fi
version="$(node -p 'require(process.argv[1]).version' "$here/packages/cli/package.json")"
exec npx --yes --package "port-lens-cli@$version" -- port-lens "$@"
