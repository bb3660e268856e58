import * as assert from 'assert';
import {
  classifyPort,
  describePortClass,
  EPHEMERAL_RANGES,
  ephemeralRangeOf,
  isInEphemeralRange,
  isNodePort,
  isPrivilegedOnLinux,
} from '../../src/core/ranges';

describe('classifyPort', () => {
  const cases: [number, string][] = [
    [-1, 'invalid'],
    [0, 'well-known'],
    [1023, 'well-known'],
    [1024, 'registered'],
    [49151, 'registered'],
    [49152, 'dynamic'],
    [65535, 'dynamic'],
    [65536, 'invalid'],
    [1.5, 'invalid'],
    [NaN, 'invalid'],
    [Infinity, 'invalid'],
  ];
  for (const [port, expected] of cases) {
    it(`classifies ${port} as ${expected}`, () => assert.strictEqual(classifyPort(port), expected));
  }

  it('calls a numeric string invalid rather than coercing it', () => {
    assert.strictEqual(classifyPort('80' as unknown as number), 'invalid');
  });
});

describe('describePortClass', () => {
  it('gives each class its own plain-English line naming its range', () => {
    assert.match(describePortClass('well-known'), /0–1023/);
    assert.match(describePortClass('registered'), /1024–49151/);
    assert.match(describePortClass('dynamic'), /49152–65535/);
    assert.match(describePortClass('invalid'), /0 to 65535/);
  });
});

describe('ephemeral ranges', () => {
  it('knows the IANA, Linux, Windows and macOS ranges', () => {
    assert.deepStrictEqual(EPHEMERAL_RANGES, {
      iana: [49152, 65535],
      linux: [32768, 60999],
      windows: [49152, 65535],
      macos: [49152, 65535],
    });
  });

  it('hands out a copy, so a caller cannot change the table', () => {
    const range = ephemeralRangeOf('linux');
    range[0] = 1;
    assert.deepStrictEqual(ephemeralRangeOf('linux'), [32768, 60999]);
  });

  it('falls back to the IANA range for an unknown name', () => {
    assert.deepStrictEqual(ephemeralRangeOf('solaris' as never), [49152, 65535]);
  });

  it('includes both ends of the Linux range and nothing outside it', () => {
    const linux = ephemeralRangeOf('linux');
    assert.strictEqual(isInEphemeralRange(32767, linux), false);
    assert.strictEqual(isInEphemeralRange(32768, linux), true);
    assert.strictEqual(isInEphemeralRange(60999, linux), true);
    assert.strictEqual(isInEphemeralRange(61000, linux), false);
  });

  it('puts 50000 in the Windows range but not 49151', () => {
    assert.strictEqual(isInEphemeralRange(50000, ephemeralRangeOf('windows')), true);
    assert.strictEqual(isInEphemeralRange(49151, ephemeralRangeOf('windows')), false);
  });

  it('accepts a user-set range and rejects non-ports', () => {
    assert.strictEqual(isInEphemeralRange(20000, [15000, 25000]), true);
    assert.strictEqual(isInEphemeralRange(20000.5, [15000, 25000]), false);
  });
});

describe('isPrivilegedOnLinux', () => {
  it('is true for 1–1023 and false from 1024', () => {
    assert.strictEqual(isPrivilegedOnLinux(80), true);
    assert.strictEqual(isPrivilegedOnLinux(1023), true);
    assert.strictEqual(isPrivilegedOnLinux(1024), false);
  });

  it('is false for port 0, which asks the kernel for any free port', () => {
    assert.strictEqual(isPrivilegedOnLinux(0), false);
  });
});

describe('isNodePort', () => {
  it('covers exactly 30000–32767', () => {
    assert.strictEqual(isNodePort(29999), false);
    assert.strictEqual(isNodePort(30000), true);
    assert.strictEqual(isNodePort(32767), true);
    assert.strictEqual(isNodePort(32768), false);
  });
});
