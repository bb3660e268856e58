import * as assert from 'assert';
import { mentionAt, type PortMention } from '../../src/core';

function mention(start: number, end: number, port: number): PortMention {
  return { port, start, end, role: 'setting' };
}

describe('mentionAt', () => {
  const sorted = [mention(0, 4, 8080), mention(10, 12, 80), mention(20, 40, 80), mention(25, 29, 8443), mention(50, 54, 5432)];

  it('finds the mention whose digits are under the offset, ends included', () => {
    assert.strictEqual(mentionAt(sorted, 0)?.port, 8080);
    assert.strictEqual(mentionAt(sorted, 4)?.port, 8080);
    assert.strictEqual(mentionAt(sorted, 52)?.port, 5432);
  });

  it('finds nothing between mentions, before the first or after the last', () => {
    assert.strictEqual(mentionAt(sorted, 7), undefined);
    assert.strictEqual(mentionAt(sorted, 45), undefined);
    assert.strictEqual(mentionAt(sorted, 99), undefined);
    assert.strictEqual(mentionAt([], 0), undefined);
  });

  it('prefers the innermost of nested mentions (an explicit port inside an implicit address)', () => {
    assert.strictEqual(mentionAt(sorted, 26)?.port, 8443);
    assert.strictEqual(mentionAt(sorted, 22)?.port, 80);
    assert.strictEqual(mentionAt(sorted, 35)?.port, 80);
  });

  it('agrees with a linear scan on many mentions', () => {
    const many: PortMention[] = [];
    for (let i = 0; i < 5000; i++) many.push(mention(i * 10, i * 10 + 4, i));
    for (const offset of [0, 3, 5, 9, 10, 24999, 49994, 49995, 50000]) {
      const expected = many.filter((m) => m.start <= offset && offset <= m.end)[0];
      assert.strictEqual(mentionAt(many, offset), expected, `offset ${offset}`);
    }
  });
});
