// Messages are one plain sentence: the Problems panel, the problem hover and every command-line format show
// them as they are, so Markdown (a backtick most of all) would show as noise. Checked over every fixture.
import * as assert from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { createWorkspace } from '../../src/core';

function filesUnder(folder: string, out: string[] = []): string[] {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) filesUnder(path, out);
    else out.push(path);
  }
  return out;
}

describe('finding messages', () => {
  for (const fixture of ['workspace', 'scanners', 'cli/mixed']) {
    it(`have no backticks and are one line, with their related places, in test/fixtures/${fixture}`, () => {
      const root = join(__dirname, '../fixtures', fixture);
      const workspace = createWorkspace();
      const paths = filesUnder(root).map((file) => {
        const path = relative(root, file).split('\\').join('/');
        workspace.set(path, readFileSync(file, 'latin1'));
        return path;
      });
      let checked = 0;
      for (const path of paths) {
        for (const finding of workspace.findings(path)) {
          for (const message of [finding.message, ...(finding.related ?? []).map((place) => place.message)]) {
            checked++;
            assert.ok(!message.includes('`'), `${path} ${finding.code}: ${message}`);
            assert.ok(!/[\r\n]/.test(message), `${path} ${finding.code}: ${message}`);
          }
        }
      }
      assert.ok(checked > 5, `only ${checked} messages`);
    });
  }
});
