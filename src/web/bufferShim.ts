// dockerfile-ast calls Node's `Buffer.from(text, 'UTF-8')` once, to encode a character while checking for a
// byte-order mark. A web worker has no Buffer; the browser build injects this instead (scripts/build.mjs),
// so that Dockerfiles get hovers and diagnostics in VS Code for the web too.
export const Buffer = {
  from(text: string): Uint8Array {
    return new TextEncoder().encode(text);
  },
};
