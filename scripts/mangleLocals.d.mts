// Types of scripts/mangleLocals.mjs, for the unit tests that import it.
/** Where each parenthesized function expression of a script starts (the offset of its `(`), in order. */
export function parenthesizedFunctionStarts(code: string): number[];
/** `code` (a minified CommonJS script) with its functions' locals renamed by terser, its parenthesized functions still parenthesized. */
export function mangleLocals(code: string, name?: string): string;
