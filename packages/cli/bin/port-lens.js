#!/usr/bin/env node
// The `port-lens` command. The code is one bundle, dist/port-lens.js, which `npm ci` in a checkout builds
// (the `prepare` script) and the published package ships. A checkout installed without scripts builds it here
// on first use instead, so the command never runs older sources than the checkout's.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'port-lens.js');
if (!existsSync(bundle)) {
  const buildScript = join(__dirname, '..', '..', '..', 'scripts', 'buildCli.mjs');
  if (!existsSync(buildScript)) {
    process.stderr.write(`port-lens: ${bundle} is missing: reinstall the package\n`);
    process.exit(2);
  }
  const { status } = require('node:child_process').spawnSync(process.execPath, [buildScript, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (status !== 0) process.exit(2);
}
require(bundle);
