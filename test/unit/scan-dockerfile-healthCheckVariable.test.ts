import assert from 'assert';
import { scanDockerfile } from '../../src/core/formats/dockerfile';

const written = (text: string, m: { start: number; end: number }) => text.slice(m.start, m.end);
const unreachable = (text: string) => scanDockerfile(text).problems.filter((p) => p.code === 'unreachable-port');

describe('scanDockerfile: a HEALTHCHECK on a port variable nothing sets', () => {
  it('outline\'s final stage: localhost:${PORT} with no ENV or ARG PORT, built on node; named on the variable', () => {
    // outline/outline before 363c416 (held-out 16): the check failed wherever PORT was not passed in (#7547).
    const text = [
      'FROM outlinewiki/outline-base AS base',
      'FROM node:20-slim AS runner',
      'ENV NODE_ENV=production',
      'HEALTHCHECK CMD wget -qO- http://localhost:${PORT}/_health | grep -q "OK" || exit 1',
      'EXPOSE 3000',
      'CMD ["yarn", "start"]',
      '',
    ].join('\n');
    const found = unreachable(text);
    assert.deepStrictEqual(found.map((p) => written(text, p)), ['${PORT}']);
    assert.match(found[0].message, /no ENV or ARG of this Dockerfile sets PORT/);
  });

  it('onboard: $PORT in a stage built on another stage of the file, over a continuation, with no EXPOSE', () => {
    const text = [
      'ARG PYTHON_VERSION=3.12-slim-bookworm',
      'FROM python:${PYTHON_VERSION} as base',
      'ENV PYTHONUNBUFFERED=TRUE',
      'FROM base as production',
      'HEALTHCHECK --interval=10s --timeout=3s \\',
      '    CMD wget --spider http://localhost:$PORT/api/healthcheck || exit 1',
      'FROM base as devcontainer',
      '',
    ].join('\n');
    const found = unreachable(text);
    assert.deepStrictEqual(found.map((p) => written(text, p)), ['$PORT']);
  });

  it('an official image under any of its names is an official image (imageKey); a registry\'s own image is another owner\'s', () => {
    const check = 'HEALTHCHECK CMD wget -qO- http://localhost:${PORT}/_health\n';
    for (const base of ['docker.io/library/node:20', 'mirror.gcr.io/node:20', 'public.ecr.aws/docker/library/node:20-slim', 'node@sha256:0123abcd']) {
      assert.deepStrictEqual(unreachable(`FROM ${base}\n${check}`).length, 1, base);
    }
    for (const base of ['ghcr.io/acme/node:20', 'registry.example.com/node:20', 'acme/node:20']) assert.deepStrictEqual(unreachable(`FROM ${base}\n${check}`), [], base);
  });

  it('quiet when anything may set the variable: an ENV or ARG of it (even after the check), a default, an assignment in the check, another owner\'s base image', () => {
    const quiet = [
      'FROM node:20\nHEALTHCHECK CMD curl -f http://localhost:${PORT}/ || exit 1\nENV PORT=3000\n',
      'FROM node:20\nARG PORT\nHEALTHCHECK CMD curl -f http://localhost:$PORT/\n',
      'FROM node:20\nHEALTHCHECK CMD curl -f http://localhost:${PORT:-3000}/\nEXPOSE 3000\n',
      'FROM alpine\nHEALTHCHECK CMD ["/bin/sh", "-c", "p=$(cat /port) && PORT=$p && wget -qO- http://127.0.0.1:$PORT/"]\n',
      'FROM outlinewiki/outline-base\nHEALTHCHECK CMD wget -qO- http://localhost:${PORT}/_health\nEXPOSE 3000\n',
      'ARG BASE=node:20\nFROM ${BASE}\nHEALTHCHECK CMD wget -qO- http://localhost:${PORT}/_health\n',
      'FROM node:20\nHEALTHCHECK CMD wget -qO- http://api:${PORT}/_health\n',
    ];
    for (const text of quiet) assert.deepStrictEqual(unreachable(text), [], text);
  });
});
