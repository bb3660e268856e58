// The shipped scripts' last build step: terser's mangler alone, over what esbuild has minified, renames every
// function's locals again, in one order (e, t, r, n, i…) in every function. esbuild names them well too, but each
// function its own way; the same names in the same places make the text repeat, and deflate (the .vsix is a zip)
// compresses repeats: the extension's bundle −4.3 KB deflated, kubernetes.js −1.1 KB (docs/benchmarks.md). Nothing
// else changes: no compression pass (`compress: false`), the top level untouched (the bundle's and the scripts'
// top-level names are what esbuild gave them), no new parentheses (`wrap_func_args`, `wrap_iife` off).
//
// One catch: terser prints no parentheses that the syntax does not need, and it would drop those of
// `var f=(function(e){…})`, which scripts/eagerFunctions.mjs writes on purpose (V8 compiles a parenthesized function
// as the script loads: without them the core cold start costs ~10 M instructions more). So before terser runs, each
// parenthesized function expression (found by TypeScript's parser, a public API) gets a marker call in front of its
// `(`: `var f=__portLensParenthesized(function(e){…})`. terser keeps a call to a global as it is, and the marker's
// name with it; afterwards the marker is taken out again, leaving the `(` it stood before. The counts must agree, or
// the build fails: every parenthesized function that went in comes out parenthesized, and no other.
import { minify_sync } from 'terser';
import ts from 'typescript';

const MARKER = '__portLensParenthesized';

/** Where each parenthesized function expression of a script starts (the offset of its `(`), in order. */
export function parenthesizedFunctionStarts(code) {
  const source = ts.createSourceFile('script.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const starts = [];
  const visit = (node) => {
    if (ts.isParenthesizedExpression(node) && ts.isFunctionExpression(node.expression)) starts.push(node.getStart(source));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return starts.sort((a, b) => a - b);
}

/** `code` (a minified CommonJS script) with its functions' locals renamed by terser, its parenthesized functions still parenthesized. */
export function mangleLocals(code, name = 'the script') {
  if (code.includes(MARKER)) throw new Error(`${name} already holds ${MARKER}`);
  const starts = parenthesizedFunctionStarts(code);
  let marked = '';
  let from = 0;
  // A space before the marker: `return(function…` must not become `return__portLensParenthesized(…`.
  for (const start of starts) { marked += `${code.slice(from, start)} ${MARKER}`; from = start; }
  marked += code.slice(from);
  const result = minify_sync(marked, {
    ecma: 2020, module: false, compress: false, mangle: { toplevel: false },
    // As esbuild writes it: ASCII only (a non-ASCII character escaped), no comments, no parentheses added.
    format: { ascii_only: true, comments: false, wrap_func_args: false, wrap_iife: false },
  });
  let restored = 0;
  // terser writes `return __portLensParenthesized(`; `return(` is as good.
  const code2 = result.code.replace(new RegExp(` ?${MARKER}\\(`, 'g'), () => { restored += 1; return '('; });
  if (restored !== starts.length || code2.includes(MARKER)) {
    throw new Error(`${name}: ${starts.length} parenthesized functions went into terser, ${restored} came out (scripts/mangleLocals.mjs)`);
  }
  return code2;
}
