// What dockerfile-ast uses of vscode-languageserver-types (Position.create and Range.create, nothing else),
// put in its place when bundling (scripts/dependencyShims.mjs). The package builds each of its ~40 namespaces
// in an immediately invoked function: 27 KB of code that V8 reads as it loads the bundle, about 1.5 ms of every
// cold start, for two small constructors. These behave as the package's own (3.18): test/unit/shims.test.ts
// compares them, and fails if dockerfile-ast starts using anything else from the package.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

const UINTEGER_MAX = 2147483647;

function isUinteger(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= UINTEGER_MAX;
}

function isPosition(value: unknown): value is Position {
  const candidate = value as Position;
  return typeof candidate === 'object' && candidate !== null && isUinteger(candidate.line) && isUinteger(candidate.character);
}

export const Position = {
  create(line: number, character: number): Position {
    // The package clamps Number.MAX_VALUE (some clients' "end of line") to the protocol's largest uinteger.
    return { line: line === Number.MAX_VALUE ? UINTEGER_MAX : line, character: character === Number.MAX_VALUE ? UINTEGER_MAX : character };
  },
  is: isPosition,
};

export const Range = {
  create(one: number | Position, two: number | Position, three?: number, four?: number): Range {
    if (isUinteger(one) && isUinteger(two) && isUinteger(three) && isUinteger(four)) {
      return { start: Position.create(one, two), end: Position.create(three, four) };
    }
    if (isPosition(one) && isPosition(two)) return { start: one, end: two };
    throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
  },
};
