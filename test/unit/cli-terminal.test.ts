// Colour and the progress line: only for a person at a terminal.
import * as assert from 'assert';
import { ProgressLine, useColor } from '../../src/cli/terminal';

function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('port-lens on a terminal', () => {
  it('colour needs a terminal, and NO_COLOR (any non-empty value) or TERM=dumb turns it off', () => {
    assert.strictEqual(useColor({ isTTY: true }, {}), true);
    assert.strictEqual(useColor({ isTTY: false }, {}), false);
    assert.strictEqual(useColor({}, {}), false);
    assert.strictEqual(useColor({ isTTY: true }, { NO_COLOR: '1' }), false);
    assert.strictEqual(useColor({ isTTY: true }, { NO_COLOR: '' }), true);
    assert.strictEqual(useColor({ isTTY: true }, { TERM: 'dumb' }), false);
  });

  it('the progress line is rewritten in place on a terminal and cleared at the end', () => {
    const stream = recorder(true);
    const progress = new ProgressLine(stream, true, 0, 0);
    progress.update(1200, 5000);
    progress.clear();
    assert.deepStrictEqual(stream.written, ['\r\x1b[Kport-lens: read 1,200 of 5,000 files', '\r\x1b[K']);
  });

  it('no progress line when stderr is not a terminal, and nothing to clear', () => {
    const stream = recorder(false);
    const progress = new ProgressLine(stream, false, 0, 0);
    progress.update(1, 2);
    progress.clear();
    assert.deepStrictEqual(stream.written, []);
  });

  it('a short run shows none: the line waits before it first appears', () => {
    const stream = recorder(true);
    const progress = new ProgressLine(stream, true, 60_000, 0);
    progress.update(1, 2);
    progress.clear();
    assert.deepStrictEqual(stream.written, []);
  });
});
