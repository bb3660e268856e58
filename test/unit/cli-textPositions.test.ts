// Offsets to the 1-based lines and columns the command line prints: the editor's position plus one.
import * as assert from 'assert';
import { LineIndex } from '../../src/cli/textPositions';

describe('port-lens positions', () => {
  it('counts \\n, \\r\\n and a lone \\r each as one line end, as VS Code does', () => {
    const text = 'a\nb\r\nc\rd';
    const lines = new LineIndex(text);
    assert.deepStrictEqual(['a', 'b', 'c', 'd'].map((letter) => lines.positionAt(text.indexOf(letter))),
      [{ line: 1, column: 1 }, { line: 2, column: 1 }, { line: 3, column: 1 }, { line: 4, column: 1 }]);
  });

  it('counts columns in UTF-16 code units: an emoji before a port takes two', () => {
    const text = '# 🐳 ports\nX="🐳:8080"';
    assert.deepStrictEqual(new LineIndex(text).positionAt(text.indexOf('8080')), { line: 2, column: 7 });
  });

  it('the end of the text is a position; offsets outside it are clamped, never thrown on', () => {
    const lines = new LineIndex('ab\n');
    assert.deepStrictEqual(lines.positionAt(3), { line: 2, column: 1 });
    assert.deepStrictEqual(lines.positionAt(99), { line: 2, column: 1 });
    assert.deepStrictEqual(lines.positionAt(-5), { line: 1, column: 1 });
    assert.deepStrictEqual(lines.positionAt(Number.NaN), { line: 1, column: 1 });
  });
});
