// The generator reads the EXPOSE of the stage that ships (scripts/images/ownerRepository.ts, exposedPorts): the last
// stage, unless it is a development stage after the one the release builds (appwrite/appwrite's Dockerfile).
import * as assert from 'assert';
import { exposedPorts } from '../../scripts/images/ownerRepository';

const ports = (dockerfile: string) => exposedPorts(dockerfile).ports.map((p) => `${p.port}/${p.protocol}`);

describe('image table generator: the stage that ships', () => {
  it('skips a last stage named for development when an earlier stage is not (appwrite: production 80, development 80 and 8080)', () => {
    const appwrite = 'FROM composer:2 AS composer\nFROM appwrite/base:2.0.0 AS base\nRUN build\n'
      + 'FROM base AS production\nEXPOSE 80\nCMD [ "php", "app/http.php" ]\n'
      + 'FROM appwrite/base:2.0.0-xdebug AS xdebug\n'
      + 'FROM base AS development\nRUN --mount=from=xdebug,source=/usr/local/lib/php/extensions,target=/tmp/extensions cp -r /tmp/extensions /x\n'
      + 'EXPOSE 80\nEXPOSE 8080\nCMD [ "php", "app/http.php" ]\n';
    assert.deepStrictEqual(ports(appwrite), ['80/tcp']);
    assert.deepStrictEqual(ports('FROM node AS build\nEXPOSE 9229\nFROM nginx AS prod\nEXPOSE 80\nFROM node:22 AS dev\nEXPOSE 3000\n'), ['80/tcp']);
    // A variable set in the development stage does not reach the stage that ships.
    assert.deepStrictEqual(ports('FROM alpine AS app\nARG PORT=8000\nEXPOSE $PORT\nFROM app AS debug\nARG PORT=9000\nEXPOSE 5678\n'), ['8000/tcp']);
  });

  it('reads the last stage otherwise: other names, or development stages only', () => {
    assert.deepStrictEqual(ports('FROM golang AS builder\nEXPOSE 6060\nFROM alpine AS runtime\nEXPOSE 8080\n'), ['8080/tcp']);
    assert.deepStrictEqual(ports('FROM alpine AS production\nEXPOSE 80\nFROM alpine AS devtools\nEXPOSE 3000\n'), ['3000/tcp']);
    assert.deepStrictEqual(ports('FROM node:22 AS dev\nEXPOSE 3000\n'), ['3000/tcp']);
    assert.deepStrictEqual(ports('FROM node:22\nEXPOSE 3000\n'), ['3000/tcp']);
  });

  it('takes the EXPOSE and ENV of the stages the shipped one is built FROM (whats-up-docker: EXPOSE 3000 in `base`)', () => {
    const wud = 'FROM node:18-alpine AS base\nEXPOSE 3000\nENV WEB_PORT=8080\n'
      + 'FROM base AS dependencies\nRUN npm ci\n'
      + 'FROM node:18 AS ui\nEXPOSE 5173\n'
      + 'FROM dependencies AS release\nEXPOSE ${WEB_PORT}\nCMD ["node", "index"]\n';
    assert.deepStrictEqual(ports(wud), ['3000/tcp', '8080/tcp']);
    // A stage built FROM an image inherits nothing from the Dockerfile's other stages.
    assert.deepStrictEqual(ports('FROM node:18 AS base\nEXPOSE 3000\nFROM alpine\nEXPOSE 9000\n'), ['9000/tcp']);
  });
});
